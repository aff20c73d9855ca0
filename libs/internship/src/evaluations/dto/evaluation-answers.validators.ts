import { ValidateBy, ValidationOptions } from 'class-validator';
import { COMPETENCY_LEVELS } from '../../rules/evaluation.rules';

/** The most competencies one evaluation may answer, and the longest competency code. */
export const MAX_ANSWERS = 200;
const KEY = /^[A-Za-z0-9._-]{1,40}$/;

function isMap(value: unknown, entry: (v: unknown) => boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length <= MAX_ANSWERS && entries.every(([k, v]) => KEY.test(k) && (v === null || entry(v)));
}

/** An object { competencyCode: level or null }. */
export const IsLevelMap = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isLevelMap',
      validator: {
        validate: (value) => isMap(value, (v) => (COMPETENCY_LEVELS as readonly unknown[]).includes(v)),
        defaultMessage: () => `niveaux attendus : ${COMPETENCY_LEVELS.join(', ')} (ou null) par code de compétence`,
      },
    },
    options,
  );

/** An object { competencyCode: comment or null }, each comment at most `max` characters. */
export const IsCommentMap = (max: number, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCommentMap',
      validator: {
        validate: (value) => isMap(value, (v) => typeof v === 'string' && v.length <= max),
        defaultMessage: () => `commentaires attendus par code de compétence, ${max} caractères au plus chacun`,
      },
    },
    options,
  );

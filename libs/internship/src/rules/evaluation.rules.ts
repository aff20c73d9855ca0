/** The level a tutor gives each competency. */
export type CompetencyLevel = 'not_acquired' | 'in_progress' | 'acquired' | 'mastered';

/** The levels, lowest first. */
export const COMPETENCY_LEVELS: readonly CompetencyLevel[] = ['not_acquired', 'in_progress', 'acquired', 'mastered'];

/** French labels of the levels. */
export const COMPETENCY_LEVEL_LABELS: Readonly<Record<CompetencyLevel, string>> = {
  not_acquired: 'Non acquis',
  in_progress: 'En cours d’acquisition',
  acquired: 'Acquis',
  mastered: 'Maîtrisé',
};

/** The longest comment on one competency, in characters. */
export const COMPETENCY_COMMENT_MAX_LENGTH = 1000;

/** The longest overall comment, in characters. */
export const OVERALL_COMMENT_MAX_LENGTH = 2000;

/** What a tutor evaluation covers: the competency blocks of the placement, each with the ids of its competencies. */
export interface EvaluationForm {
  blocks: readonly { blockId: string; competencyIds: readonly string[] }[];
}

/** A tutor's answers: a level and an optional comment per competency id, and the overall comment. */
export interface EvaluationDraft {
  levels: Readonly<Record<string, CompetencyLevel | null | undefined>>;
  comments: Readonly<Record<string, string | null | undefined>>;
  overallComment: string | null;
}

/** A blocking error of a submission, with the field it concerns ('levels', 'comments.C1.2', 'overallComment'). */
export interface EvaluationError {
  field: string;
  code:
    'EVALUATION_LEVELS_MISSING' | 'EVALUATION_UNKNOWN_COMPETENCY' | 'EVALUATION_COMMENT_TOO_LONG' | 'EVALUATION_OVERALL_COMMENT_MISSING';
  message: string;
}

/**
 * Checks a draft before its submission (saving a draft is never refused). Errors (ok is false when there is any), in
 * this order: competencies of the form without a level, all in one error listed in form order (« 3 compétences sans
 * niveau : C1, C2, C3 »); levels or comments for ids not in the form; per competency in form order, a comment over
 * COMPETENCY_COMMENT_MAX_LENGTH characters; an overall comment blank or over OVERALL_COMMENT_MAX_LENGTH. Throws a
 * RangeError on a form without competencies or with a repeated id, or an unknown level.
 */
export function checkEvaluationSubmission(form: EvaluationForm, draft: EvaluationDraft): { ok: boolean; errors: EvaluationError[] } {
  const ids = formCompetencyIds(form);
  for (const level of Object.values(draft.levels)) {
    if (level !== null && level !== undefined && !COMPETENCY_LEVELS.includes(level)) {
      throw new RangeError(`Niveau de compétence inconnu : « ${level} ».`);
    }
  }
  const errors: EvaluationError[] = [];
  const missing = ids.filter((id) => !Object.hasOwn(draft.levels, id) || !draft.levels[id]);
  if (missing.length > 0) {
    const count = missing.length > 1 ? `${missing.length} compétences sans niveau` : '1 compétence sans niveau';
    errors.push({ field: 'levels', code: 'EVALUATION_LEVELS_MISSING', message: `${count} : ${missing.join(', ')}.` });
  }
  const unknown = [...new Set([...Object.keys(draft.levels), ...Object.keys(draft.comments)])].filter((id) => !ids.includes(id));
  if (unknown.length > 0) {
    const message = `Compétence${unknown.length > 1 ? 's' : ''} hors de cette évaluation : ${unknown.join(', ')}.`;
    errors.push({ field: 'levels', code: 'EVALUATION_UNKNOWN_COMPETENCY', message });
  }
  for (const id of ids) {
    const comment = Object.hasOwn(draft.comments, id) ? draft.comments[id] : undefined;
    if (typeof comment === 'string' && comment.length > COMPETENCY_COMMENT_MAX_LENGTH) {
      const message = `Le commentaire de ${id} dépasse ${COMPETENCY_COMMENT_MAX_LENGTH} caractères (${comment.length}).`;
      errors.push({ field: `comments.${id}`, code: 'EVALUATION_COMMENT_TOO_LONG', message });
    }
  }
  const overall = draft.overallComment ?? '';
  if (overall.trim() === '') {
    errors.push({
      field: 'overallComment',
      code: 'EVALUATION_OVERALL_COMMENT_MISSING',
      message: 'L’appréciation générale est obligatoire.',
    });
  } else if (overall.length > OVERALL_COMMENT_MAX_LENGTH) {
    const message = `L’appréciation générale dépasse ${OVERALL_COMMENT_MAX_LENGTH} caractères (${overall.length}).`;
    errors.push({ field: 'overallComment', code: 'EVALUATION_COMMENT_TOO_LONG', message });
  }
  return { ok: errors.length === 0, errors };
}

/** The competency ids of `form`, block after block. Throws a RangeError when there is none or an id is repeated. */
export function formCompetencyIds(form: EvaluationForm): string[] {
  const ids = form.blocks.flatMap((b) => [...b.competencyIds]);
  if (ids.length === 0) throw new RangeError('Évaluation sans compétence.');
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) throw new RangeError(`Compétence en double dans l’évaluation : « ${repeated} ».`);
  return ids;
}

import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldErrors } from './app-error';

/** How an unknown field is refused, in a declared body as in a route that takes none. */
export const UNKNOWN_FIELD = "n'est pas un champ autorisé";

const num = (message: string) => message.match(/(\d+)/)?.[1] ?? '';

/** French wording for class-validator's constraints (its own messages are English). */
const FRENCH: Record<string, (english: string) => string> = {
  whitelistValidation: () => UNKNOWN_FIELD,
  isNotEmpty: () => 'est obligatoire',
  isDefined: () => 'est obligatoire',
  isString: () => 'doit être un texte',
  isEmail: () => 'doit être une adresse e-mail valide',
  isUuid: () => 'doit être un identifiant (UUID) valide',
  isInt: () => 'doit être un nombre entier',
  isBoolean: () => 'doit être vrai ou faux',
  isDateString: () => 'doit être une date au format AAAA-MM-JJ',
  isISO8601: () => 'doit être une date au format ISO 8601',
  isEnum: (m) => `doit être l'une des valeurs : ${m.split(': ')[1] ?? ''}`.trim(),
  isIn: (m) => `doit être l'une des valeurs : ${m.split(': ')[1] ?? ''}`.trim(),
  minLength: (m) => `doit contenir au moins ${num(m)} caractères`,
  maxLength: (m) => `doit contenir au plus ${num(m)} caractères`,
  min: (m) => `doit être supérieur ou égal à ${num(m)}`,
  max: (m) => `doit être inférieur ou égal à ${num(m)}`,
  matches: () => "n'a pas le format attendu",
};

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const messages = Object.entries(e.constraints ?? {}).map(([key, english]) => FRENCH[key]?.(english) ?? english);
    if (messages.length) out[field] = messages;
    Object.assign(out, flattenValidationErrors(e.children ?? [], field));
  }
  return out;
}

/**
 * Global validation: whitelist, unknown fields refused, payloads transformed to DTO classes.
 * With stopAtFirstError, the decorator nearest the property runs first: put the type check (IsString,
 * IsEmail...) last in a DTO so a wrong type is reported as such.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new AppError(400, 'VALIDATION_FAILED', 'Certaines données sont invalides.', flattenValidationErrors(errors)),
  });
}

import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { prototypeKeyPaths } from './prototype-keys.rules';
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
  isNumber: () => 'doit être un nombre',
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
  isArray: () => 'doit être une liste',
  arrayMinSize: (m) => `doit contenir au moins ${num(m)} élément${num(m) === '1' ? '' : 's'}`,
  arrayMaxSize: (m) => `doit contenir au plus ${num(m)} élément${num(m) === '1' ? '' : 's'}`,
  arrayUnique: () => 'ne doit pas contenir deux fois le même élément',
  isObject: (m) => (m.startsWith('each value') ? 'chaque élément doit être un objet' : 'doit être un objet'),
  nestedValidation: (m) => (m.startsWith('each value') ? 'chaque élément doit être un objet' : 'doit être un objet'),
  isUrl: () => 'doit être une adresse web valide',
};

/**
 * Whether `message` is class-validator's own (English, naming the property): only those are put in French. A DTO's
 * own message (`@Matches(re, { message: 'le numéro … compte 11 chiffres' })`) is kept, it says more than the default.
 */
const isDefaultMessage = (message: string, property: string) =>
  message.startsWith(`${property} `) || /^(each value in |property |nested property )/.test(message);

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const messages = Object.entries(e.constraints ?? {}).map(([key, message]) =>
      isDefaultMessage(message, e.property) ? (FRENCH[key]?.(message) ?? message) : message,
    );
    if (messages.length) out[field] = messages;
    Object.assign(out, flattenValidationErrors(e.children ?? [], field));
  }
  return out;
}

/**
 * Nest's pipe deletes `__proto__`, `prototype` and `constructor` from a body and class-transformer skips fields named
 * like an object's methods (`toString`, `valueOf`...): they would pass unseen where any other unknown field is refused.
 * Refused here the same way, before anything reads the body.
 */
class AppValidationPipe extends ValidationPipe {
  /**
   * A declared body is a JSON object. Nest's pipe took `null` as `{}` (a PATCH of nothing answered 200 and was audited)
   * and validated an array or a text as an empty object; a form, a CSV or a file sent to a JSON route arrives as an
   * object without prototype, a Buffer or a stream.
   */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined && this.toValidate(metadata)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new AppError(400, 'BODY_NOT_OBJECT', 'Le corps de la requête doit être un objet JSON.');
      if (Object.getPrototypeOf(value) !== Object.prototype)
        throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', "Le type de contenu n'est pas pris en charge (JSON attendu).");
    }
    return super.transform(value, metadata);
  }

  protected override stripProtoKeys(value: unknown): void {
    const found = prototypeKeyPaths(value);
    if (found.length)
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        'Certaines données sont invalides.',
        Object.fromEntries(found.map((p) => [p, [UNKNOWN_FIELD]])),
      );
  }
}

/**
 * Global validation: whitelist, unknown fields refused, payloads transformed to DTO classes.
 * With stopAtFirstError, the decorator nearest the property runs first: put the type check (IsString,
 * IsEmail...) last in a DTO so a wrong type is reported as such.
 */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new AppError(400, 'VALIDATION_FAILED', 'Certaines données sont invalides.', flattenValidationErrors(errors)),
  });
}

import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsDefined, isEmail, IsObject, ValidateBy, ValidateIf, ValidateNested, ValidationOptions } from 'class-validator';
import { isValidDate } from '../time/paris-time';

/** A calendar date written YYYY-MM-DD that exists (2027-02-30 does not). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidDate(value),
        defaultMessage: () => 'doit être une date au format AAAA-MM-JJ',
      },
    },
    options,
  );
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A day (YYYY-MM-DD) or an instant (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]) that exists. */
export function IsDayOrInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDayOrInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && INSTANT.test(value) && isValidDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)),
        defaultMessage: () => 'doit être une date (AAAA-MM-JJ) ou un instant ISO 8601',
      },
    },
    options,
  );
}

/** Whether `value` is a finite number with at most `places` decimals (1e-9 has nine, though it is written without a dot). */
export const isDecimal = (value: unknown, places: number): boolean =>
  typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value;

/**
 * A number with at most `places` decimals. class-validator's `IsNumber({ maxDecimalPlaces })` counts the decimals after
 * a dot in `String(value)` and threw on a number JSON writes with an exponent (`1e-9`), answering 500.
 */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimal',
      validator: {
        validate: (value: unknown) => isDecimal(value, places),
        defaultMessage: () =>
          places === 0 ? 'doit être un nombre entier' : `doit être un nombre (${places} décimale${places > 1 ? 's' : ''} au plus)`,
      },
    },
    options,
  );
}

/** Optional, but never null: leaving it out keeps the current value, null is refused by the next validators. */
export const IsOptionalNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/**
 * Required, but may be null: a PUT that replaces a whole record clears a value with null, and a field left out is refused
 * (with `IsOptional` it was taken as null, so a client forgetting a field wiped it without a word).
 */
export const IsNullable = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_object, value) => value !== null),
    IsDefined(),
  );

/**
 * An e-mail address. class-validator's `IsEmail` threw (URIError, answered 500) on a text holding a lone surrogate
 * (`"\ud800"`, which JSON can carry): such a text is refused first.
 */
export const isEmailAddress = (value: unknown): boolean => typeof value === 'string' && isWellFormed(value) && isEmail(value);

/** Whether `text` is valid Unicode (no lone surrogate): `encodeURIComponent` throws on one. */
function isWellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isEmail', validator: { validate: isEmailAddress, defaultMessage: () => 'doit être une adresse e-mail valide' } },
    options,
  );
}

/**
 * A list whose items are objects validated as `type`. ValidateNested alone lets an item that is not an object pass (an
 * item `[]` is taken as a list of no objects: a host-site contact without a name was stored; found by the fuzzing), so
 * every item is checked as an object first. The three decorators are applied in the order TypeScript applies them when
 * written one above the other (the nearest the property first), which decides the error reported under
 * stopAtFirstError.
 */
export function EachNested(type: () => new () => object): PropertyDecorator {
  return applyDecorators(Type(type), IsObject({ each: true }), ValidateNested({ each: true }));
}

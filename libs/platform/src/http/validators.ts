import { ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
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

/** Optional, but never null: leaving it out keeps the current value, null is refused by the next validators. */
export const IsOptionalNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

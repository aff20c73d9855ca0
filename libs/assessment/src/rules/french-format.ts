/**
 * French wording of the assessment rules' figures: marks and averages with a decimal comma, lists, hours.
 * (Dates: frenchDate from @app/platform/time/date-labels.)
 */

/**
 * `value` rounded to 2 decimals, halves away from zero, after removing binary noise (1.005 → 1.01, 11.245 → 11.25,
 * 9.999999999999998 → 10). Throws a RangeError on a non-finite number.
 */
export function round2(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Nombre invalide : ${value}.`);
  const hundredths = Number((Math.abs(value) * 100).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(hundredths)) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** A number rounded to 2 decimals with a decimal comma and no trailing zero: 11.25 → '11,25', 10 → '10', 9.5 → '9,5'. */
export function frenchDecimal(value: number): string {
  return String(round2(value)).replace('.', ',');
}

/** Items joined the French way: [] → '', ['BC02'] → 'BC02', ['BC01', 'BC02', 'BC04'] → 'BC01, BC02 et BC04'. */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** A count with its noun, singular for 0 and 1 as in French: (1, 'épreuve', 'épreuves') → '1 épreuve', 2 → '2 épreuves'. */
export function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count >= 2 ? plural : singular}`;
}

/** Whole minutes as hours and minutes: 16740 → '279 h', 15066 → '251 h 06', 45 → '0 h 45'. Throws a RangeError below 0. */
export function hoursLabel(minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 0) throw new RangeError(`Durée invalide : ${minutes} minutes.`);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** A label trimmed, between French quotes with plain spaces as in the product's messages: ' Oral ' → '« Oral »'. */
export function quoted(label: string): string {
  return `« ${label.trim()} »`;
}

/** `text` trimmed, or null when it is null, undefined or blank. */
export function trimmedOrNull(text: string | null | undefined): string | null {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  return trimmed === '' ? null : trimmed;
}

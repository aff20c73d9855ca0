/**
 * A number as French readers write it, with a decimal comma and at most `decimals` decimals, cut (never rounded up,
 * so that 2.999 years do not read as 3): 1.5 → '1,5', 3 → '3', 2.999 → '2,99'. Throws a RangeError on a negative
 * or non-finite number.
 */
export function frenchNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`Nombre invalide : ${value} (un nombre positif ou nul est attendu).`);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(value));
  if (!match) return value < 1 ? '0' : String(value);
  const fraction = (match[2] ?? '').slice(0, decimals).replace(/0+$/, '');
  return fraction ? `${match[1]},${fraction}` : match[1];
}

/** '1 an', '1,5 an', '2 ans', '0 an' (French: singular below 2). */
export function yearsLabel(years: number): string {
  return `${frenchNumber(years)} ${years >= 2 ? 'ans' : 'an'}`;
}

/** An integer with French thousands grouping by a narrow no-break space: 1607 → '1 607'. */
export function groupedInteger(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

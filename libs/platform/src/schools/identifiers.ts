/** The Luhn checksum used by French business identifiers (SIREN, SIRET) and RPPS numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** La Poste's head office SIREN, whose establishments' SIRET follow another rule (sum of digits a multiple of 5). */
const LA_POSTE_SIREN = '356000000';

/**
 * Whether `value` is a SIRET: 14 digits (spaces allowed between groups) passing the Luhn check, or, for La Poste's
 * establishments, whose digits add up to a multiple of 5.
 */
export function isSiret(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith(LA_POSTE_SIREN)) return [...digits].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  return luhnValid(digits);
}

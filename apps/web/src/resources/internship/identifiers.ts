/** Checks of the identifiers a form takes, as the API makes them (a hint before sending; the API has the last word). */

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** 14 digits (spaces allowed) passing the Luhn check; La Poste's establishments: digits adding up to a multiple of 5. */
export function isSiret(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith('356000000')) return [...digits].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  return luhnValid(digits);
}

/** 11 digits (spaces allowed) passing the Luhn check. */
export function isRpps(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  return /^\d{11}$/.test(digits) && luhnValid(digits);
}

/** react-admin validators: an empty value passes (the fields are optional). */
export const siretHint = (value: string | null | undefined) => (value && !isSiret(value) ? 'app.internship.siret_hint' : undefined);
export const rppsHint = (value: string | null | undefined) => (value && !isRpps(value) ? 'app.internship.rpps_hint' : undefined);

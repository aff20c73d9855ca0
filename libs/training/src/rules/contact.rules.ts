/** Normalising the e-mail addresses and phone numbers people type or import. */

/** A deliberately strict address: ASCII local part without leading, trailing or doubled dots; a domain with a TLD. */
const EMAIL_PATTERN = /^[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const EMAIL_MAX_LENGTH = 254;
const PHONE_CHARACTERS = /^[+\d\s.\-/()]+$/;

/** The address trimmed and lower-cased, or null when it is not a valid e-mail address. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return email.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(email) ? email : null;
}

/**
 * A non-empty phone number kept as digits with an optional leading '+', or null when it is not one.
 * Accepted: a French 10-digit number ('06 12 34 56 78' → '0612345678'; 9 digits get back the leading 0 a spreadsheet
 * dropped), '+33' then 9 digits ('+33 (0)6 12 34 56 78' → '+33612345678'), another international number of 8 to 15
 * digits after '+' (or '00' when longer than a French number). Spaces, dots, hyphens, slashes and brackets are separators; anything else is refused.
 */
export function normalisePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (!PHONE_CHARACTERS.test(trimmed)) return null;
  let compact = trimmed.replace(/\(0\)/g, '').replace(/[\s.\-/()]/g, '');
  if (compact.startsWith('00') && compact.length > 10) compact = `+${compact.slice(2)}`;
  if (/^0[1-9]\d{8}$/.test(compact) || /^\+33[1-9]\d{8}$/.test(compact)) return compact;
  if (/^[1-9]\d{8}$/.test(compact)) return `0${compact}`;
  if (!compact.startsWith('+33') && /^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  return null;
}

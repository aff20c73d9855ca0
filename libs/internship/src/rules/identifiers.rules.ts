import { luhnValid } from '@app/platform/schools/identifiers';

/**
 * Whether `value` is an RPPS number (Répertoire partagé des professionnels de santé, the tutor's identifier when a
 * health professional): exactly 11 digits, spaces allowed between groups, passing the Luhn check.
 */
export function isRpps(value: string): boolean {
  if (typeof value !== 'string') return false;
  const digits = value.replace(/\s/g, '');
  return /^\d{11}$/.test(digits) && luhnValid(digits);
}

/** Outcome of checkOptionalRpps: the RPPS to store (digits only, null when none given) or a refusal with a French message. */
export type RppsCheck = { ok: true; rpps: string | null } | { ok: false; code: 'RPPS_INVALID'; message: string };

/**
 * Checks the optional RPPS of a form: null, undefined or blank gives `rpps: null`; an RPPS (isRpps) gives its 11
 * digits without spaces; anything else is refused (`RPPS_INVALID`).
 */
export function checkOptionalRpps(value: string | null | undefined): RppsCheck {
  if (value === null || value === undefined || value.trim() === '') return { ok: true, rpps: null };
  if (!isRpps(value)) {
    return {
      ok: false,
      code: 'RPPS_INVALID',
      message: `Numéro RPPS invalide : « ${value} » (11 chiffres dont une clé de contrôle sont attendus).`,
    };
  }
  return { ok: true, rpps: value.replace(/\s/g, '') };
}

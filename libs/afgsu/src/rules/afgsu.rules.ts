import { addYears } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import { isValidDate } from '@app/platform/time/paris-time';
import {
  AfgsuAttestation,
  AfgsuLevel,
  AfgsuSettings,
  afgsuExpiresOn,
  afgsuFirstExpiredDay,
  afgsuLabel,
  assertAttestations,
  assertDate,
  assertSettings,
  attestationInForceOn,
  whyNotValid,
} from './afgsu-attestation';

export * from './afgsu-attestation';
export * from './afgsu-status.rules';

/** Outcome of checkAttestation: the last valid day (inclusive), or the first error with the form field it concerns. */
export type AttestationCheck =
  | { ok: true; expiresOn: string }
  | {
      ok: false;
      code: 'AFGSU_INVALID_DATE' | 'AFGSU_INVALID_LEVEL' | 'AFGSU_DATE_IN_FUTURE' | 'AFGSU_EXPIRY_BEFORE_ISSUE';
      message: string;
      field: 'issuedOn' | 'level' | 'expiresOn';
    };

/**
 * Checks a new attestation typed in by staff, first error only, in this order: the issue date is a valid date, the
 * level is 1 or 2, the issue date is not after `today`; when an explicit expiry date is given (some CESU print one) it
 * is a valid date not before the issue date (the same day is accepted) and is returned as given; otherwise the
 * expiry is computed by afgsuExpiresOn with `settings.afgsuValidityYears`. `expiresOn` is the last valid day.
 * Throws a RangeError on an invalid `today` or invalid settings.
 */
export function checkAttestation(
  input: { level: number; issuedOn: string; expiresOn?: string | null },
  today: string,
  settings: AfgsuSettings,
): AttestationCheck {
  assertDate(today);
  assertSettings(settings);
  const { level, issuedOn, expiresOn } = input;
  if (!isValidDate(issuedOn)) {
    const message = `Date de délivrance invalide : « ${issuedOn} » (format attendu AAAA-MM-JJ).`;
    return { ok: false, code: 'AFGSU_INVALID_DATE', message, field: 'issuedOn' };
  }
  if (level !== 1 && level !== 2) {
    return { ok: false, code: 'AFGSU_INVALID_LEVEL', message: `Niveau d’AFGSU invalide : ${level} (1 ou 2 attendu).`, field: 'level' };
  }
  if (issuedOn > today) {
    const message = `La date de délivrance (${frenchDate(issuedOn)}) ne peut pas être postérieure à aujourd’hui (${frenchDate(today)}).`;
    return { ok: false, code: 'AFGSU_DATE_IN_FUTURE', message, field: 'issuedOn' };
  }
  if (expiresOn === undefined || expiresOn === null) return { ok: true, expiresOn: afgsuExpiresOn(issuedOn, settings.afgsuValidityYears) };
  if (!isValidDate(expiresOn)) {
    const message = `Date de fin de validité invalide : « ${expiresOn} » (format attendu AAAA-MM-JJ).`;
    return { ok: false, code: 'AFGSU_INVALID_DATE', message, field: 'expiresOn' };
  }
  if (expiresOn < issuedOn) {
    const message = `La date de fin de validité (${frenchDate(expiresOn)}) ne peut pas précéder la date de délivrance (${frenchDate(issuedOn)}).`;
    return { ok: false, code: 'AFGSU_EXPIRY_BEFORE_ISSUE', message, field: 'expiresOn' };
  }
  return { ok: true, expiresOn };
}

/**
 * Whether the AFGSU is valid on `date` (e.g. the jury date): the gate of block BC04 and of the certification decision.
 * Valid when a verified attestation has issuedOn ≤ date ≤ expiresOn (any level; the latest expiry is named):
 * « AFGSU valide le 12/06/2027 (AFGSU 1, jusqu’au 03/02/2029). ». Otherwise the French reason says why, naming the
 * first expired day and the last valid day of the latest attestation expired by then, or the issue date of the
 * earliest one issued after `date`, or « aucune attestation vérifiée », or « attestation antérieure non encore
 * vérifiée » when only unverified attestations exist (their existence is also noted after another reason).
 * Throws a RangeError on an invalid date or a malformed attestation.
 */
export function afgsuValidOn(attestations: readonly AfgsuAttestation[], date: string): { valid: boolean; reason: string } {
  const current = attestationInForceOn(attestations, date);
  const day = frenchDate(date);
  if (current) {
    return { valid: true, reason: `AFGSU valide le ${day} (${afgsuLabel(current.level)}, jusqu’au ${frenchDate(current.expiresOn)}).` };
  }
  const why = whyNotValid(attestations, date);
  if (why.code === 'none') return { valid: false, reason: `Pas d’AFGSU valide le ${day} : ${why.message}.` };
  const pending = attestations.some((a) => !a.verified) ? ' ; une attestation antérieure reste à vérifier' : '';
  return { valid: false, reason: `Pas d’AFGSU valide le ${day} : ${why.message}${pending}.` };
}

/** Outcome of checkRefresher: the new last valid day, the attestation extended and its level kept; or why it is refused. */
export type RefresherCheck =
  | { ok: true; expiresOn: string; baseId: string; level: AfgsuLevel }
  | {
      ok: false;
      code:
        | 'AFGSU_INVALID_DATE'
        | 'AFGSU_DATE_IN_FUTURE'
        | 'AFGSU_REFRESHER_NO_ATTESTATION'
        | 'AFGSU_REFRESHER_BEFORE_ISSUE'
        | 'AFGSU_REFRESHER_AFTER_EXPIRY';
      message: string;
    };

/**
 * Checks a refresher (réactualisation, 7 h) taken on `refresherOn`. Accepted when a verified attestation is in force
 * that day (issuedOn ≤ refresherOn ≤ expiresOn, the expiry day itself included; attestationInForceOn picks the latest
 * expiry): the new last valid day is that attestation's `expiresOn` plus `settings.afgsuValidityYears` years (from the
 * previous expiry, not from the refresher date; a 29 February expiry moves to 28 February for good in a common year)
 * and its level is kept. Refused, in this order: an invalid date; a date after `today`; no verified attestation
 * (unverified prior ones are named); a date after the expiry of the latest attestation expired by then (the full
 * 14 h course is required; the first expired day and the last valid day are named); a date before every issue date.
 * Throws a RangeError on an invalid `today`, invalid settings or a malformed attestation.
 */
export function checkRefresher(
  attestations: readonly AfgsuAttestation[],
  refresherOn: string,
  today: string,
  settings: AfgsuSettings,
): RefresherCheck {
  assertDate(today);
  assertSettings(settings);
  assertAttestations(attestations);
  if (!isValidDate(refresherOn)) {
    return {
      ok: false,
      code: 'AFGSU_INVALID_DATE',
      message: `Date de réactualisation invalide : « ${refresherOn} » (format attendu AAAA-MM-JJ).`,
    };
  }
  if (refresherOn > today) {
    const message = `La date de réactualisation (${frenchDate(refresherOn)}) ne peut pas être postérieure à aujourd’hui (${frenchDate(today)}).`;
    return { ok: false, code: 'AFGSU_DATE_IN_FUTURE', message };
  }
  const base = attestationInForceOn(attestations, refresherOn);
  if (base) return { ok: true, expiresOn: addYears(base.expiresOn, settings.afgsuValidityYears), baseId: base.id, level: base.level };
  const why = whyNotValid(attestations, refresherOn);
  if (why.code === 'expired') {
    const { expiresOn } = why.attestation!;
    const message =
      `L’AFGSU a expiré le ${frenchDate(afgsuFirstExpiredDay(expiresOn))} (valable jusqu’au ${frenchDate(expiresOn)}) : ` +
      'une réactualisation n’est plus possible, la formation complète de 14 h est exigée.';
    return { ok: false, code: 'AFGSU_REFRESHER_AFTER_EXPIRY', message };
  }
  if (why.code === 'not_yet') {
    const message =
      `La réactualisation du ${frenchDate(refresherOn)} précède la délivrance de l’AFGSU ` +
      `(${frenchDate(why.attestation!.issuedOn)}) : elle ne peut pas la prolonger.`;
    return { ok: false, code: 'AFGSU_REFRESHER_BEFORE_ISSUE', message };
  }
  const message =
    attestations.length > 0
      ? 'Aucune attestation AFGSU vérifiée à réactualiser : attestation antérieure non encore vérifiée.'
      : 'Aucune attestation AFGSU à réactualiser : la formation complète de 14 h est exigée.';
  return { ok: false, code: 'AFGSU_REFRESHER_NO_ATTESTATION', message };
}

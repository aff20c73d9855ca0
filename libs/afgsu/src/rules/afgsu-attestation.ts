import { addDays, addYears } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import { isValidDate } from '@app/platform/time/paris-time';

/** An AFGSU level: 1, or 2, which counts wherever a level 1 is required (the CQP only requires a level 1). */
export type AfgsuLevel = 1 | 2;

/**
 * How an attestation was obtained: `initial` (full 14 h course) and `refresher` (7 h réactualisation) at the school's
 * CESU sessions, recorded by staff; `prior`: obtained elsewhere before the training (e.g. a nurse's AFGSU 2).
 */
export type AfgsuKind = 'initial' | 'refresher' | 'prior';

/**
 * An AFGSU attestation as stored (plain data). Dates are 'YYYY-MM-DD' Europe/Paris calendar dates; `expiresOn` is the
 * LAST VALID DAY (inclusive): the attestation is valid on every day from `issuedOn` to `expiresOn`, both included.
 * Only `verified` attestations count (staff set it at once for their own CESU sessions, after checking for a prior one).
 */
export interface AfgsuAttestation {
  id: string;
  level: AfgsuLevel;
  kind: AfgsuKind;
  issuedOn: string;
  expiresOn: string;
  verified: boolean;
}

/** The AFGSU rule settings of a CQP version (overridable per school): validity in years, notice before expiry in days. */
export interface AfgsuSettings {
  afgsuValidityYears: number;
  afgsuExpiryNoticeDays: number;
}

/** The settings when nothing else is configured: valid 4 years, « expire bientôt » 90 days before the last valid day. */
export const DEFAULT_AFGSU_SETTINGS: AfgsuSettings = { afgsuValidityYears: 4, afgsuExpiryNoticeDays: 90 };

/**
 * The last valid day (inclusive) of an attestation issued on `issuedOn`: the same day and month `validityYears` later
 * (29 February gives 28 February in a common year: 2024-02-29 + 4 → 2028-02-29, + 1 → 2025-02-28). The first expired
 * day is the day after (afgsuFirstExpiredDay). Throws a RangeError on an invalid date or a number of years that is not
 * a whole number of at least 1.
 */
export function afgsuExpiresOn(issuedOn: string, validityYears: number): string {
  assertValidityYears(validityYears);
  return addYears(issuedOn, validityYears);
}

/** The first day an attestation is no longer valid: the day after its last valid day `expiresOn`. Throws a RangeError on an invalid date. */
export function afgsuFirstExpiredDay(expiresOn: string): string {
  return addDays(expiresOn, 1);
}

/** 'AFGSU 1' or 'AFGSU 2'. */
export function afgsuLabel(level: AfgsuLevel): string {
  return `AFGSU ${level}`;
}

/**
 * The attestation that counts on `date`: among the verified ones with issuedOn ≤ date ≤ expiresOn, the one with the
 * latest `expiresOn` (ties: level 2 first, then the latest issue, then the smallest id); null when none is valid on
 * that day. Throws a RangeError on an invalid date or a malformed attestation (stored data).
 */
export function attestationInForceOn(attestations: readonly AfgsuAttestation[], date: string): AfgsuAttestation | null {
  assertDate(date);
  assertAttestations(attestations);
  const valid = attestations.filter((a) => a.verified && a.issuedOn <= date && date <= a.expiresOn);
  return valid.sort(byPrecedence)[0] ?? null;
}

/**
 * Why no verified attestation is valid on `date` (which the caller has checked): `expired` when one expired before
 * (the latest such is named), else `not_yet` when all were issued after (the earliest is named), else `none`.
 * Messages are French fragments without a capital or final period. Assumes the attestations are well-formed.
 */
export function whyNotValid(
  attestations: readonly AfgsuAttestation[],
  date: string,
): { code: 'expired' | 'not_yet' | 'none'; attestation: AfgsuAttestation | null; message: string } {
  const verified = attestations.filter((a) => a.verified);
  const expired = verified.filter((a) => a.expiresOn < date).sort(byPrecedence)[0];
  if (expired) {
    const message = `l’attestation a expiré le ${frenchDate(afgsuFirstExpiredDay(expired.expiresOn))} (valable jusqu’au ${frenchDate(expired.expiresOn)})`;
    return { code: 'expired', attestation: expired, message };
  }
  const next = [...verified].sort((a, b) => compare(a.issuedOn, b.issuedOn) || byPrecedence(a, b))[0];
  if (next) return { code: 'not_yet', attestation: next, message: `l’attestation n’a été délivrée que le ${frenchDate(next.issuedOn)}` };
  const message = attestations.length > 0 ? 'attestation antérieure non encore vérifiée' : 'aucune attestation vérifiée';
  return { code: 'none', attestation: null, message };
}

/**
 * Orders attestations by precedence: latest `expiresOn` first, then level 2 before level 1, then the latest issue,
 * then the smallest id (so that the choice never depends on the input order).
 */
export function byPrecedence(a: AfgsuAttestation, b: AfgsuAttestation): number {
  return compare(b.expiresOn, a.expiresOn) || b.level - a.level || compare(b.issuedOn, a.issuedOn) || compare(a.id, b.id);
}

/**
 * Throws a RangeError unless every attestation has valid dates with expiresOn ≥ issuedOn and a level of 1 or 2
 * (stored data that checkAttestation would have refused).
 */
export function assertAttestations(attestations: readonly AfgsuAttestation[]): void {
  for (const a of attestations) {
    assertDate(a.issuedOn);
    assertDate(a.expiresOn);
    if (a.expiresOn < a.issuedOn) throw new RangeError(`Attestation AFGSU ${a.id} incohérente : fin de validité avant la délivrance.`);
    if (a.level !== 1 && a.level !== 2) throw new RangeError(`Attestation AFGSU ${a.id} : niveau invalide (${a.level}).`);
  }
}

/** Throws a RangeError unless the validity is a whole number of years ≥ 1 and the notice a whole number of days ≥ 0. */
export function assertSettings(settings: AfgsuSettings): void {
  assertValidityYears(settings.afgsuValidityYears);
  const days = settings.afgsuExpiryNoticeDays;
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`Préavis d’expiration de l’AFGSU invalide : ${days} (un nombre entier de jours positif ou nul est attendu).`);
  }
}

/** Throws a RangeError unless `date` is a valid 'YYYY-MM-DD' date. */
export function assertDate(date: string): void {
  if (!isValidDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ).`);
}

function assertValidityYears(years: number): void {
  if (!Number.isSafeInteger(years) || years < 1) {
    throw new RangeError(`Durée de validité de l’AFGSU invalide : ${years} (un nombre entier d’années d’au moins 1 est attendu).`);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

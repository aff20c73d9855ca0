import { daysBetween } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import {
  AfgsuAttestation,
  AfgsuSettings,
  afgsuFirstExpiredDay,
  afgsuLabel,
  assertDate,
  assertSettings,
  attestationInForceOn,
} from './afgsu-attestation';

/**
 * The AFGSU status of a trainee on a given day: `valid`, `expiring_soon` (valid, within the notice), `expired`, `planned`
 * (none valid but a session is planned) or `missing` (no verified attestation issued by then, no session planned).
 */
export type AfgsuStatusCode = 'valid' | 'expiring_soon' | 'expired' | 'planned' | 'missing';

/** French labels of the statuses, as shown in lists. */
export const AFGSU_STATUS_LABELS: Readonly<Record<AfgsuStatusCode, string>> = {
  valid: 'Valide',
  expiring_soon: 'Expire bientôt',
  expired: 'Expirée',
  planned: 'Prévue',
  missing: 'Manquante',
};

/**
 * A trainee's AFGSU on a day: `current` is the attestation in force (or null); `expiresOn` its last valid day, or when
 * none is in force the last valid day of the latest expired one (null when there is none); `daysLeft` the days from
 * the day to `expiresOn` when one is in force (0 on the last valid day), else null; `plannedOn` the earliest planned
 * session on or after the day (null when none); `explanation` a French sentence.
 */
export interface AfgsuStatus {
  status: AfgsuStatusCode;
  label: string;
  current: AfgsuAttestation | null;
  expiresOn: string | null;
  daysLeft: number | null;
  plannedOn: string | null;
  explanation: string;
}

/**
 * The AFGSU status on `today`, a Europe/Paris calendar date ('YYYY-MM-DD'; for an instant, pass parisDate(instant)).
 * Only verified attestations issued on or before `today` count; the one in force is the latest valid on `today`
 * (attestationInForceOn). With one in force: `expiring_soon` when daysLeft ≤ settings.afgsuExpiryNoticeDays
 * (90 days before the last valid day is already « Expire bientôt », 91 is not), else `valid`. With none: `planned`
 * when a planned session starts on or after `today` (the earliest is named), else `expired` when a counted attestation
 * has expired, else `missing`. Throws a RangeError on an invalid date, invalid settings or a malformed attestation.
 */
export function afgsuStatus(
  attestations: readonly AfgsuAttestation[],
  plannedSessions: readonly { startsOn: string }[],
  today: string,
  settings: AfgsuSettings,
): AfgsuStatus {
  assertDate(today);
  assertSettings(settings);
  plannedSessions.forEach((s) => assertDate(s.startsOn));
  const current = attestationInForceOn(attestations, today);
  const plannedOn =
    plannedSessions
      .map((s) => s.startsOn)
      .filter((d) => d >= today)
      .sort()[0] ?? null;
  const result = (status: AfgsuStatusCode, expiresOn: string | null, explanation: string): AfgsuStatus => ({
    status,
    label: AFGSU_STATUS_LABELS[status],
    current,
    expiresOn,
    daysLeft: current && daysBetween(today, current.expiresOn),
    plannedOn,
    explanation,
  });
  if (current) {
    const daysLeft = daysBetween(today, current.expiresOn);
    const until = `${afgsuLabel(current.level)} valable jusqu’au ${frenchDate(current.expiresOn)} (${inDays(daysLeft)})`;
    if (daysLeft > settings.afgsuExpiryNoticeDays) return result('valid', current.expiresOn, `${until}.`);
    return result('expiring_soon', current.expiresOn, `${until} : réactualisation (7 h) à suivre au plus tard à cette date.`);
  }
  const lastExpiry =
    attestations
      .filter((a) => a.verified && a.issuedOn <= today)
      .map((a) => a.expiresOn)
      .sort()
      .at(-1) ?? null;
  const expiredSince = lastExpiry && `AFGSU expirée depuis le ${frenchDate(afgsuFirstExpiredDay(lastExpiry))}`;
  if (plannedOn) {
    return result('planned', lastExpiry, `Session AFGSU prévue le ${frenchDate(plannedOn)}${expiredSince ? ` (${expiredSince})` : ''}.`);
  }
  if (expiredSince) return result('expired', lastExpiry, `${expiredSince} : formation complète de 14 h à suivre.`);
  const pending = attestations.some((a) => !a.verified && a.issuedOn <= today);
  return result(
    'missing',
    null,
    pending
      ? 'Aucune attestation AFGSU vérifiée : une attestation antérieure reste à vérifier.'
      : 'Aucune attestation AFGSU : à programmer.',
  );
}

/** 'aujourd’hui', 'demain', 'dans 1 204 jours' (thousands grouped by a narrow no-break space). */
function inDays(days: number): string {
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  return `dans ${String(days).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')} jours`;
}

import { addDays } from '@app/platform/time/calendar';
import { AfgsuAttestation, AfgsuSettings, assertAttestations, assertDate, assertSettings, byPrecedence } from './afgsu-attestation';

/** Days before the last valid day on which an « expiring » reminder is due, largest first. */
export const AFGSU_EXPIRY_REMINDER_DAYS = [90, 30] as const;

/** One of the thresholds of AFGSU_EXPIRY_REMINDER_DAYS. */
export type AfgsuExpiryThreshold = (typeof AFGSU_EXPIRY_REMINDER_DAYS)[number];

/** The AFGSU reminders the reminder engine sends. */
export type AfgsuReminderKind = 'afgsu_expiring' | 'afgsu_expired' | 'afgsu_session_tomorrow';

/**
 * A reminder and the Europe/Paris day ('YYYY-MM-DD') it is due on. `key` is deterministic, for deduplication:
 * `afgsu-expiring:<attestationId>:<thresholdDays>`, `afgsu-expired:<attestationId>`, `afgsu-session:<sessionId>`.
 */
export interface AfgsuReminderDue {
  kind: AfgsuReminderKind;
  dueOn: string;
  thresholdDays?: AfgsuExpiryThreshold;
  key: string;
}

/**
 * When each AFGSU reminder of one trainee is due, whatever today is (remindersDueOn picks today's), sorted by due
 * date then key. Expiry reminders only concern the attestation in force overall: the verified one with the latest
 * `expiresOn` (ties as in byPrecedence), so an attestation superseded by a refresher or a later one gives none:
 * « expiring » on addDays(expiresOn, −90) and addDays(expiresOn, −30), except a threshold that would fall before its
 * issue date; « expired » on the first expired day addDays(expiresOn, 1). Each planned session gives « session
 * tomorrow » on the day before it starts. `settings` are only validated: the thresholds are AFGSU_EXPIRY_REMINDER_DAYS.
 * Throws a RangeError on an invalid date, invalid settings or a malformed attestation.
 */
export function afgsuReminderDueDates(
  attestations: readonly AfgsuAttestation[],
  plannedSessions: readonly { id: string; startsOn: string }[],
  settings: AfgsuSettings,
): AfgsuReminderDue[] {
  assertSettings(settings);
  assertAttestations(attestations);
  plannedSessions.forEach((s) => assertDate(s.startsOn));
  const reminders: AfgsuReminderDue[] = [];
  const inForce = attestations.filter((a) => a.verified).sort(byPrecedence)[0];
  if (inForce) {
    for (const thresholdDays of AFGSU_EXPIRY_REMINDER_DAYS) {
      const dueOn = addDays(inForce.expiresOn, -thresholdDays);
      if (dueOn < inForce.issuedOn) continue;
      reminders.push({ kind: 'afgsu_expiring', dueOn, thresholdDays, key: `afgsu-expiring:${inForce.id}:${thresholdDays}` });
    }
    reminders.push({ kind: 'afgsu_expired', dueOn: addDays(inForce.expiresOn, 1), key: `afgsu-expired:${inForce.id}` });
  }
  for (const session of plannedSessions) {
    reminders.push({ kind: 'afgsu_session_tomorrow', dueOn: addDays(session.startsOn, -1), key: `afgsu-session:${session.id}` });
  }
  return reminders.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The reminders of `reminders` due exactly on `today` (a Europe/Paris 'YYYY-MM-DD' date), in their order. Throws a RangeError on an invalid date. */
export function remindersDueOn<T extends { dueOn: string }>(reminders: readonly T[], today: string): T[] {
  assertDate(today);
  return reminders.filter((r) => r.dueOn === today);
}

/** The reminder catalogue's kind of an AFGSU reminder: `afgsu_expiring_90`, `afgsu_expiring_30`, `afgsu_expired`, `afgsu_session_tomorrow`. */
export function afgsuCatalogueKind(reminder: Pick<AfgsuReminderDue, 'kind' | 'thresholdDays'>): string {
  if (reminder.kind !== 'afgsu_expiring') return reminder.kind;
  if (reminder.thresholdDays === undefined) throw new RangeError('Rappel d’expiration AFGSU sans seuil.');
  return `afgsu_expiring_${reminder.thresholdDays}`;
}

/**
 * The days on which an attestation's expiry reminders may fall due on `today` (for a first selection in SQL): it
 * expires in 90 or 30 days, or expired yesterday. Throws a RangeError on an invalid date.
 */
export function afgsuExpiryDatesDueOn(today: string): string[] {
  assertDate(today);
  return [...AFGSU_EXPIRY_REMINDER_DAYS.map((days) => addDays(today, days)), addDays(today, -1)];
}

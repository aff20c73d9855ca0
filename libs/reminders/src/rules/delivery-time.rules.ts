import { addDays } from '@app/platform/time/calendar';
import { isValidTime, parisDate, parisInstant, parisTime } from '@app/platform/time/paris-time';

/** No e-mail leaves between these Europe/Paris times: from QUIET_FROM (included) to QUIET_UNTIL (excluded). */
export const QUIET_FROM = '20:00';
export const QUIET_UNTIL = '08:00';

/**
 * The instant a reminder due on `dueOn` (a Europe/Paris date) at `localTime` ('HH:MM', Europe/Paris) is sent: that
 * wall-clock time on that day, whatever the offset (09:00 is 08:00 UTC in winter and 07:00 UTC in summer). A time
 * skipped by the spring change is sent one hour later (parisInstant). Throws a RangeError on an invalid date or time.
 */
export function reminderInstant(dueOn: string, localTime: string): Date {
  // Stryker disable next-line ConditionalExpression: parisInstant refuses the same times with the same RangeError
  if (!isValidTime(localTime)) throw new RangeError(`Heure invalide : « ${localTime} » (format attendu HH:MM).`);
  return parisInstant(dueOn, localTime);
}

/** Whether `instant` falls in the quiet hours (20:00 to 08:00 Europe/Paris). */
export function inQuietHours(instant: Date): boolean {
  const time = parisTime(instant);
  return time >= QUIET_FROM || time < QUIET_UNTIL;
}

/**
 * When an e-mail meant for `instant` may leave: `instant` itself outside the quiet hours; otherwise 08:00 Europe/Paris
 * the same morning (before 08:00) or the next morning (from 20:00). In-app notifications are never held. Throws a
 * RangeError on an invalid instant.
 */
export function emailSendTime(instant: Date): Date {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError('Instant invalide.');
  if (!inQuietHours(instant)) return instant;
  const day = parisDate(instant);
  return parisInstant(parisTime(instant) >= QUIET_FROM ? addDays(day, 1) : day, QUIET_UNTIL);
}

/** What delivery does with a notification at `now` (deliveryStep). */
export type DeliveryStep = 'skip' | 'early' | 'quiet' | 'send';

/** How early a job may run and still send (clock differences between Redis and the worker). */
export const EARLY_TOLERANCE_MS = 1000;

/**
 * What delivery does with `notification` at `now`, the first that applies: `skip` unless still scheduled; `early`
 * before its sendAt (beyond EARLY_TOLERANCE_MS: scheduled again for its time); `quiet` for an e-mail in the quiet
 * hours (held until emailSendTime(now)); otherwise `send` (after its source re-checked it).
 */
export function deliveryStep(notification: { status: string; channel: string; sendAt: Date }, now: Date): DeliveryStep {
  if (notification.status !== 'scheduled') return 'skip';
  if (notification.sendAt.getTime() > now.getTime() + EARLY_TOLERANCE_MS) return 'early';
  if (notification.channel === 'email' && inQuietHours(now)) return 'quiet';
  return 'send';
}

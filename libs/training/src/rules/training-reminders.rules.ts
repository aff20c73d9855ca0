import { addDays } from '@app/platform/time/calendar';
import { isValidDate, parisDate } from '@app/platform/time/paris-time';
import { absenceRate, overThreshold } from './ledger.rules';
import { SigningWindow } from './signing.rules';

function assertDate(date: string): void {
  if (!isValidDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ).`);
}

/**
 * « Sessions tomorrow », one reminder per person (trainee or trainer) and day, listing their sessions of tomorrow in
 * time order: `sessions` are (person, session) pairs; those not on addDays(today, 1) are ignored. The key names the
 * person and the day (`course-sessions-tomorrow:<personId>:<day>`): a session moved to another day is reminded anew.
 * Throws a RangeError on an invalid date.
 */
export function sessionsTomorrow<S extends { personId: string; date: string; startTime: string }>(
  sessions: readonly S[],
  today: string,
): { key: string; personId: string; sessions: S[] }[] {
  assertDate(today);
  const tomorrow = addDays(today, 1);
  const byPerson = new Map<string, S[]>();
  for (const s of sessions) {
    assertDate(s.date);
    if (s.date !== tomorrow) continue;
    byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), s]);
  }
  return [...byPerson].map(([personId, mine]) => ({
    key: `course-sessions-tomorrow:${personId}:${tomorrow}`,
    personId,
    sessions: [...mine].sort((a, b) => a.startTime.localeCompare(b.startTime)),
  }));
}

/**
 * The Europe/Paris day a session's attendance sheet closed, or null while it is open at the end of `today`: the day
 * of the trainer's countersignature (signing stops then), else the day of the window's end (endsAt plus
 * closesMinutesAfter, see checkSigningWindow) if it is before `today`. A window closing later today counts tomorrow
 * (the daily sweep runs in the morning). Throws a RangeError on an invalid date or window.
 */
export function sheetClosedOn(
  session: { endsAt: Date; countersignedAt: Date | null },
  window: SigningWindow,
  today: string,
): string | null {
  assertDate(today);
  if (!Number.isFinite(window.closesMinutesAfter) || window.closesMinutesAfter < 0) {
    throw new RangeError(`Fenêtre de signature invalide : ${window.closesMinutesAfter} minutes.`);
  }
  const closesOn = parisDate(new Date(session.endsAt.getTime() + window.closesMinutesAfter * 60_000));
  const countersignedOn = session.countersignedAt ? parisDate(session.countersignedAt) : null;
  if (countersignedOn && countersignedOn <= today) return countersignedOn < closesOn ? countersignedOn : closesOn;
  return closesOn < today ? closesOn : null;
}

/**
 * « Attendance not signed »: the trainer marked the trainee present (or late) but the trainee's signature is missing
 * once the sheet closed (sheetClosedOn). Due on the closing day when the sheet was countersigned (event-driven run),
 * else the day after the window ended (the morning sweep), at the latest the day after closing: an older sheet is left
 * to the staff's corrections. Key `attendance-unsigned:<sessionId>:<traineeId>`. Throws a RangeError like sheetClosedOn.
 */
export function attendanceUnsignedDue(
  session: { id: string; endsAt: Date; countersignedAt: Date | null },
  line: { traineeId: string; status: string; signedAt: Date | null },
  window: SigningWindow,
  today: string,
): { key: string } | null {
  if (line.signedAt !== null || (line.status !== 'present' && line.status !== 'late')) return null;
  const closedOn = sheetClosedOn(session, window, today);
  if (closedOn === null || closedOn < addDays(today, -1)) return null;
  return { key: `attendance-unsigned:${session.id}:${line.traineeId}` };
}

/** Minutes of ended sessions a trainee attended, was excused from and missed (the ledger's sense). */
export interface AbsenceTally {
  attended: number;
  excused: number;
  missed: number;
}

/**
 * « Absence rate exceeded », once per crossing: the rate (the ledger's absenceRate) of the sessions ended before
 * `today` is over `thresholdPercent` while that of the sessions ended before yesterday was not. Due the morning after
 * the crossing day; key `absence-rate:<traineeId>:<crossing day>` (a trainee back under the threshold who crosses it
 * again is reminded again). Throws a RangeError on an invalid date or threshold.
 */
export function absenceCrossingDue(
  trainee: { id: string; before: AbsenceTally; after: AbsenceTally },
  thresholdPercent: number,
  today: string,
): { key: string; rate: number } | null {
  assertDate(today);
  if (!Number.isFinite(thresholdPercent)) throw new RangeError(`Seuil d'absences invalide : ${thresholdPercent}.`);
  const rate = (t: AbsenceTally) => absenceRate(t.attended, t.excused, t.missed);
  const now = rate(trainee.after);
  if (!overThreshold(now, thresholdPercent) || overThreshold(rate(trainee.before), thresholdPercent)) return null;
  return { key: `absence-rate:${trainee.id}:${addDays(today, -1)}`, rate: now };
}

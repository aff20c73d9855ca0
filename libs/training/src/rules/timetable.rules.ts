import { frenchDate } from '@app/platform/time/date-labels';
import { isValidDate, isValidTime, minutesBetween, minutesOfDay } from '@app/platform/time/paris-time';

/** A course session in a cohort's timetable: Paris local date and times, same day. */
export interface SessionSlot {
  id?: string;
  cohortId: string;
  date: string;
  startTime: string;
  endTime: string;
  trainerId: string | null;
}

export type TimetableViolation =
  | { code: 'INVALID_TIME_RANGE'; message: string }
  | { code: 'SESSION_OUTSIDE_COHORT'; message: string }
  | { code: 'SESSION_OVERLAP'; message: string; withSessionId: string }
  | { code: 'TRAINER_DOUBLE_BOOKED'; message: string; withSessionId: string };

/** What `overlaps` looks at: the day, the half-open time range [startTime, endTime) and the identity. */
export type TimeSlot = Pick<SessionSlot, 'id' | 'date' | 'startTime' | 'endTime'>;

/** Planned length of a session in minutes (wall clock); 0 when the end is not after the start. */
export function sessionMinutes(slot: Pick<SessionSlot, 'startTime' | 'endTime'>): number {
  return Math.max(0, minutesBetween(slot.startTime, slot.endTime));
}

/**
 * Whether two sessions share time: same date and intersecting half-open ranges [start, end), so 08:00–10:00 and
 * 10:00–12:00 do not overlap. A session never overlaps itself (same id) nor an empty range.
 */
export function overlaps(a: TimeSlot, b: TimeSlot): boolean {
  if (a.id !== undefined && a.id === b.id) return false;
  if (a.date !== b.date || sessionMinutes(a) === 0 || sessionMinutes(b) === 0) return false;
  return minutesOfDay(a.startTime) < minutesOfDay(b.endTime) && minutesOfDay(b.startTime) < minutesOfDay(a.endTime);
}

/**
 * Violations of the timetable rules for a new or edited session, in this order: time range, cohort dates, then
 * conflicts by start time. `others` holds the cohort's sessions and the trainer's sessions in other cohorts; the
 * candidate itself (same id) is ignored. Conflicts are only looked for when the date and times are well-formed.
 * Throws a RangeError when the cohort's dates or another session's times are malformed (stored data).
 */
export function checkSession(
  candidate: SessionSlot,
  cohort: { startDate: string; endDate: string },
  others: (SessionSlot & { id: string })[],
): TimetableViolation[] {
  const violations: TimetableViolation[] = [...timeRangeViolations(candidate), ...cohortViolations(candidate, cohort)];
  if (!isValidDate(candidate.date) || !isValidTime(candidate.startTime) || !isValidTime(candidate.endTime)) return violations;
  const conflicts = others.filter((other) => overlaps(candidate, other)).sort(byStartThenId);
  for (const other of conflicts) {
    const conflict = conflictViolation(candidate, other);
    if (conflict) violations.push(conflict);
  }
  return violations;
}

function timeRangeViolations(slot: SessionSlot): TimetableViolation[] {
  if (!isValidTime(slot.startTime) || !isValidTime(slot.endTime)) {
    const message = `Horaires invalides : « ${slot.startTime} » à « ${slot.endTime} » (format attendu HH:MM).`;
    return [{ code: 'INVALID_TIME_RANGE', message }];
  }
  if (minutesBetween(slot.startTime, slot.endTime) <= 0) {
    const message = `L'heure de fin (${slot.endTime}) doit être postérieure à l'heure de début (${slot.startTime}).`;
    return [{ code: 'INVALID_TIME_RANGE', message }];
  }
  return [];
}

function cohortViolations(slot: SessionSlot, cohort: { startDate: string; endDate: string }): TimetableViolation[] {
  const period = `du ${frenchDate(cohort.startDate)} au ${frenchDate(cohort.endDate)}`;
  if (!isValidDate(slot.date)) {
    return [{ code: 'SESSION_OUTSIDE_COHORT', message: `Date de séance invalide : « ${slot.date} » (la promotion se déroule ${period}).` }];
  }
  if (slot.date < cohort.startDate || slot.date > cohort.endDate) {
    const message = `La séance du ${frenchDate(slot.date)} est en dehors des dates de la promotion (${period}).`;
    return [{ code: 'SESSION_OUTSIDE_COHORT', message }];
  }
  return [];
}

function conflictViolation(candidate: SessionSlot, other: SessionSlot & { id: string }): TimetableViolation | null {
  const when = `le ${frenchDate(other.date)} de ${other.startTime} à ${other.endTime}`;
  if (other.cohortId === candidate.cohortId) {
    const message = `Cette séance (${candidate.startTime} à ${candidate.endTime}) chevauche une autre séance de la promotion ${when}.`;
    return { code: 'SESSION_OVERLAP', message, withSessionId: other.id };
  }
  if (candidate.trainerId !== null && other.trainerId === candidate.trainerId) {
    const message = `Le formateur anime déjà une séance d'une autre promotion ${when}.`;
    return { code: 'TRAINER_DOUBLE_BOOKED', message, withSessionId: other.id };
  }
  return null;
}

function byStartThenId(a: SessionSlot & { id: string }, b: SessionSlot & { id: string }): number {
  return minutesOfDay(a.startTime) - minutesOfDay(b.startTime) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

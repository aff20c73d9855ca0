import { frenchDate } from '@app/platform/time/date-labels';
import { isValidDate, isValidTime, minutesBetween, minutesOfDay } from '@app/platform/time/paris-time';

/** An AFGSU session organised with a CESU: the full course (`initial`, 14 h) or a refresher (réactualisation, 7 h). */
export type AfgsuSessionKind = 'initial' | 'refresher';

/** One day of a session: a Europe/Paris date ('YYYY-MM-DD') and times ('HH:MM'), end after start, same day. */
export interface AfgsuSessionDay {
  date: string;
  startTime: string;
  endTime: string;
}

/** Expected total length of each kind of session, in minutes: 14 h for the full course, 7 h for a refresher. */
export const AFGSU_COURSE_MINUTES: Readonly<Record<AfgsuSessionKind, number>> = { initial: 14 * 60, refresher: 7 * 60 };

/** The largest capacity a session may be given. */
export const AFGSU_MAX_CAPACITY = 30;

/** The usual size of an AFGSU group: outside it, a warning, not an error. */
export const AFGSU_GROUP_SIZE = { min: 10, max: 12 } as const;

/** A blocking error of a session plan, with the form field it concerns ('days', 'days[1].endTime', 'capacity'...). */
export interface AfgsuSessionError {
  field: string;
  code:
    | 'AFGSU_SESSION_NO_DAYS'
    | 'AFGSU_INVALID_DATE'
    | 'AFGSU_INVALID_TIME'
    | 'AFGSU_END_NOT_AFTER_START'
    | 'AFGSU_DAYS_OVERLAP'
    | 'AFGSU_INVALID_CAPACITY';
  message: string;
}

/**
 * Checks a session plan. Errors (ok is false when there is any), in this order: no day; per day in order, an
 * invalid date, invalid times, an end not after the start; per later day, a time range sharing time with an earlier
 * day on the same date (half-open ranges: 09:00–12:00 then 12:00–17:00 is fine); a capacity that is not a whole
 * number from 1 to AFGSU_MAX_CAPACITY. French warnings (not blocking): a total other than AFGSU_COURSE_MINUTES of the
 * kind (only looked at when the days have no error), a capacity outside AFGSU_GROUP_SIZE. Throws a RangeError on an
 * unknown kind.
 */
export function checkSessionPlan(plan: { kind: AfgsuSessionKind; days: readonly AfgsuSessionDay[]; capacity: number }): {
  ok: boolean;
  errors: AfgsuSessionError[];
  warnings: string[];
} {
  const expected = AFGSU_COURSE_MINUTES[plan.kind];
  if (expected === undefined) throw new RangeError(`Type de session AFGSU inconnu : « ${plan.kind} ».`);
  const errors: AfgsuSessionError[] = [];
  const warnings: string[] = [];
  if (plan.days.length === 0) {
    errors.push({ field: 'days', code: 'AFGSU_SESSION_NO_DAYS', message: 'Une session AFGSU compte au moins une journée.' });
  }
  plan.days.forEach((day, i) => errors.push(...dayErrors(day, `days[${i}]`)));
  plan.days.forEach((day, j) => {
    const earlier = plan.days.slice(0, j).find((other) => wellFormed(day) && wellFormed(other) && overlap(day, other));
    if (!earlier) return;
    const message =
      `Le créneau du ${frenchDate(day.date)} de ${day.startTime} à ${day.endTime} chevauche ` +
      `celui de ${earlier.startTime} à ${earlier.endTime}.`;
    errors.push({ field: `days[${j}]`, code: 'AFGSU_DAYS_OVERLAP', message });
  });
  const { capacity } = plan;
  if (!Number.isSafeInteger(capacity) || capacity < 1 || capacity > AFGSU_MAX_CAPACITY) {
    const message = `Capacité invalide : ${capacity} (un nombre entier de 1 à ${AFGSU_MAX_CAPACITY} est attendu).`;
    errors.push({ field: 'capacity', code: 'AFGSU_INVALID_CAPACITY', message });
  } else if (capacity < AFGSU_GROUP_SIZE.min || capacity > AFGSU_GROUP_SIZE.max) {
    warnings.push(`${GROUP_SIZE} : capacité de ${capacity}.`);
  }
  if (plan.days.length > 0 && !errors.some((e) => e.field.startsWith('days'))) {
    const total = plan.days.reduce((sum, day) => sum + minutesBetween(day.startTime, day.endTime), 0);
    const course = plan.kind === 'initial' ? 'La formation complète' : 'La réactualisation';
    if (total !== expected) warnings.push(`${course} dure ${durationLabel(expected)} : ${durationLabel(total)} prévues.`);
  }
  return { ok: errors.length === 0, errors, warnings };
}

/** Outcome of checkEnrolment: accepted with French warnings, or refused with a code and a French message. */
export type AfgsuEnrolmentCheck =
  { ok: true; warnings: string[] } | { ok: false; code: 'AFGSU_ALREADY_ENROLLED' | 'AFGSU_SESSION_FULL'; message: string };

/**
 * Whether one more trainee may be enrolled in a session that already has `enrolledCount` trainees. Refused when the
 * trainee is already enrolled (checked first), or when the session is full (enrolledCount ≥ capacity). Accepted with
 * a warning when the number of participants after this enrolment is outside AFGSU_GROUP_SIZE. Throws a RangeError on
 * a capacity that is not a whole number from 1 to AFGSU_MAX_CAPACITY or a count that is not a whole number ≥ 0.
 */
export function checkEnrolment(session: { capacity: number }, enrolledCount: number, alreadyEnrolled: boolean): AfgsuEnrolmentCheck {
  const { capacity } = session;
  if (!Number.isSafeInteger(capacity) || capacity < 1 || capacity > AFGSU_MAX_CAPACITY) {
    throw new RangeError(`Capacité de session AFGSU invalide : ${capacity}.`);
  }
  if (!Number.isSafeInteger(enrolledCount) || enrolledCount < 0) throw new RangeError(`Nombre d’inscrits invalide : ${enrolledCount}.`);
  if (alreadyEnrolled) {
    return { ok: false, code: 'AFGSU_ALREADY_ENROLLED', message: 'Ce stagiaire est déjà inscrit à cette session AFGSU.' };
  }
  if (enrolledCount >= capacity) {
    const message = `La session AFGSU est complète : ${participants(enrolledCount)} pour ${capacity} ${capacity > 1 ? 'places' : 'place'}.`;
    return { ok: false, code: 'AFGSU_SESSION_FULL', message };
  }
  const after = enrolledCount + 1;
  const outside = after < AFGSU_GROUP_SIZE.min || after > AFGSU_GROUP_SIZE.max;
  return { ok: true, warnings: outside ? [`${GROUP_SIZE} : ${participants(after)} avec cette inscription.`] : [] };
}

const GROUP_SIZE = `Les groupes AFGSU comptent ${AFGSU_GROUP_SIZE.min} à ${AFGSU_GROUP_SIZE.max} participants`;

function dayErrors(day: AfgsuSessionDay, field: string): AfgsuSessionError[] {
  if (!isValidDate(day.date)) {
    return [
      { field: `${field}.date`, code: 'AFGSU_INVALID_DATE', message: `Date invalide : « ${day.date} » (format attendu AAAA-MM-JJ).` },
    ];
  }
  const when = `le ${frenchDate(day.date)}`;
  for (const [time, name] of [
    [day.startTime, 'startTime'],
    [day.endTime, 'endTime'],
  ] as const) {
    if (!isValidTime(time)) {
      return [
        { field: `${field}.${name}`, code: 'AFGSU_INVALID_TIME', message: `Heure invalide ${when} : « ${time} » (format attendu HH:MM).` },
      ];
    }
  }
  if (minutesBetween(day.startTime, day.endTime) <= 0) {
    const message = `L’heure de fin (${day.endTime}) doit être postérieure à l’heure de début (${day.startTime}) ${when}.`;
    return [{ field: `${field}.endTime`, code: 'AFGSU_END_NOT_AFTER_START', message }];
  }
  return [];
}

function wellFormed(day: AfgsuSessionDay): boolean {
  return isValidDate(day.date) && isValidTime(day.startTime) && isValidTime(day.endTime) && minutesBetween(day.startTime, day.endTime) > 0;
}

function overlap(a: AfgsuSessionDay, b: AfgsuSessionDay): boolean {
  return a.date === b.date && minutesOfDay(a.startTime) < minutesOfDay(b.endTime) && minutesOfDay(b.startTime) < minutesOfDay(a.endTime);
}

function participants(n: number): string {
  return `${n} ${n > 1 ? 'participants' : 'participant'}`;
}

/** 45 → '45 min', 840 → '14 h', 630 → '10 h 30'. */
function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

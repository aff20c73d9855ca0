import { assertDate } from './internship-settings';
import { Period } from './placement.rules';

/** The most evaluations one placement may have. */
export const MAX_EVALUATIONS_PER_PLACEMENT = 10;

/** An evaluation already scheduled: `locked` once a draft was saved or it was submitted (its date then never moves). */
export interface ScheduledEvaluation {
  id: string;
  dueOn: string;
  locked: boolean;
}

/** What to change so that a placement's evaluations fall on the wanted dates. */
export interface SchedulePlan {
  /** Evaluations moved to another date (never a locked one). */
  update: { id: string; dueOn: string }[];
  /** Dates that need a new evaluation. */
  create: string[];
  /** Evaluations no longer wanted (never a locked one). */
  remove: string[];
}

/** A refusal of checkEvaluationDates: 400 for a bad list, 409 for a locked evaluation left out. */
export type EvaluationDatesCheck =
  | { ok: true; dates: string[] }
  | {
      ok: false;
      code: 'EVALUATION_DATES_INVALID' | 'EVALUATION_DATES_LOCKED';
      message: string;
    };

/**
 * Whether staff may give a placement the due dates `dates`: at least one and at most MAX_EVALUATIONS_PER_PLACEMENT,
 * each a real date within the placement (bounds included), all distinct (`EVALUATION_DATES_INVALID`); and every locked
 * evaluation (drafted or submitted) keeps its date (`EVALUATION_DATES_LOCKED`). Accepted with the dates sorted.
 * Throws a RangeError on an invalid placement date.
 */
export function checkEvaluationDates(
  placement: Period,
  dates: readonly string[],
  existing: readonly ScheduledEvaluation[],
): EvaluationDatesCheck {
  assertDate(placement.startOn);
  assertDate(placement.endOn);
  const invalid = (message: string) => ({ ok: false, code: 'EVALUATION_DATES_INVALID', message }) as const;
  if (dates.length === 0 || dates.length > MAX_EVALUATIONS_PER_PLACEMENT) {
    return invalid(`Indiquez de 1 à ${MAX_EVALUATIONS_PER_PLACEMENT} dates d’évaluation.`);
  }
  const outside = dates.filter((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || d < placement.startOn || d > placement.endOn);
  if (outside.length > 0) {
    return invalid(
      `Date${outside.length > 1 ? 's' : ''} hors du stage (${placement.startOn} – ${placement.endOn}) : ${outside.join(', ')}.`,
    );
  }
  const repeated = dates.filter((d, i) => dates.indexOf(d) !== i);
  if (repeated.length > 0) return invalid(`Date en double : ${[...new Set(repeated)].join(', ')}.`);
  const kept = existing.filter((e) => e.locked && !dates.includes(e.dueOn)).map((e) => e.dueOn);
  if (kept.length > 0) {
    return {
      ok: false,
      code: 'EVALUATION_DATES_LOCKED',
      message: `Une évaluation déjà commencée ou transmise ne peut pas être retirée ni déplacée : ${kept.sort().join(', ')}.`,
    };
  }
  return { ok: true, dates: [...dates].sort() };
}

/**
 * The dates to keep when a placement's own dates change: the locked evaluations keep theirs, and the free ones take the
 * last `computed.length − locked` computed dates (the locked ones, being started, stand for the earliest due dates),
 * leaving out a date a locked evaluation already has. Sorted.
 */
export function redatedSchedule(existing: readonly ScheduledEvaluation[], computed: readonly string[]): string[] {
  const locked = existing.filter((e) => e.locked).map((e) => e.dueOn);
  const free = computed.slice(Math.min(locked.length, computed.length)).filter((d) => !locked.includes(d));
  return [...new Set([...locked, ...free])].sort();
}

/**
 * How to reach the schedule `dates` from `existing`: locked evaluations stay as they are; the free ones, in date order,
 * are moved to the wanted dates no locked evaluation has, in date order (a free one already on a wanted date stays);
 * missing dates are created, surplus free evaluations removed. Throws a RangeError when a locked evaluation's date is
 * not in `dates` (check it first with checkEvaluationDates).
 */
export function planEvaluationSchedule(existing: readonly ScheduledEvaluation[], dates: readonly string[]): SchedulePlan {
  const locked = existing.filter((e) => e.locked);
  const missingLocked = locked.find((e) => !dates.includes(e.dueOn));
  if (missingLocked) throw new RangeError(`Évaluation commencée absente du calendrier : ${missingLocked.dueOn}.`);
  const open = [...new Set(dates)].filter((d) => !locked.some((e) => e.dueOn === d)).sort();
  const free = existing.filter((e) => !e.locked).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  const staying = free.filter((e, i) => open.includes(e.dueOn) && free.findIndex((f) => f.dueOn === e.dueOn) === i);
  const toFill = open.filter((d) => !staying.some((e) => e.dueOn === d));
  const movable = free.filter((e) => !staying.includes(e));
  const update = movable.slice(0, toFill.length).map((e, i) => ({ id: e.id, dueOn: toFill[i] }));
  return {
    update,
    create: toFill.slice(movable.length),
    remove: movable.slice(toFill.length).map((e) => e.id),
  };
}

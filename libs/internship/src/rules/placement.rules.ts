import { addDays } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import { assertDate } from './internship-settings';

/**
 * A placement of a trainee at a host site (stage or alternance employer). `startOn` and `endOn` are Europe/Paris
 * calendar dates ('YYYY-MM-DD'), both INCLUDED: the trainee is at the site every day from startOn to endOn.
 */
export interface Placement {
  id: string;
  traineeId: string;
  hostSiteId: string;
  startOn: string;
  endOn: string;
  plannedHours: number;
}

/** The period of a placement, both dates included. */
export type Period = Pick<Placement, 'startOn' | 'endOn'>;

/** What checkPlacement needs besides the candidate. */
export interface PlacementContext {
  /** The other placements of the same trainee (the candidate itself, when updated, is ignored by its id). */
  traineePlacements: readonly (Period & { id: string })[];
  cohort: { startDate: string; endDate: string };
  hostSite: { capacity: number };
  /** Placements at the same host site, any trainee (the candidate itself is ignored by its id). */
  hostSitePlacements: readonly (Period & { id: string })[];
}

/** The codes of checkPlacement's refusals, in the order they are looked for. */
export type PlacementRefusalCode =
  'PLACEMENT_END_BEFORE_START' | 'PLACEMENT_OUTSIDE_COHORT' | 'PLACEMENT_OVERLAP' | 'HOST_SITE_FULL' | 'PLACEMENT_INVALID_HOURS';

/** Outcome of checkPlacement: accepted, or the first refusal with its code and a French message. */
export type PlacementCheck = { ok: true } | { ok: false; code: PlacementRefusalCode; message: string };

/** Whether two periods share at least one day (dates included: one ending on the 10th and one starting the 10th do). */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.startOn <= b.endOn && b.startOn <= a.endOn;
}

/**
 * The largest number of `periods` running on the same day within `within` (both dates included), by a sweep over the
 * days where a period starts or the day after one ends. Periods outside `within` do not count. Throws a RangeError
 * on an invalid date.
 */
export function maxConcurrent(periods: readonly Period[], within: Period): number {
  [within, ...periods].forEach((p) => (assertDate(p.startOn), assertDate(p.endOn)));
  const events: [string, number][] = [];
  for (const p of periods) {
    if (p.endOn < p.startOn || !periodsOverlap(p, within)) continue;
    events.push([p.startOn < within.startOn ? within.startOn : p.startOn, 1]);
    events.push([addDays(p.endOn > within.endOn ? within.endOn : p.endOn, 1), -1]);
  }
  // On the same day, departures (-1) are counted before arrivals (+1): they happen the day after the last day.
  events.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  let current = 0;
  let max = 0;
  for (const [, delta] of events) {
    current += delta;
    max = Math.max(max, current);
  }
  return max;
}

/**
 * Checks a new or updated placement; the first refusal, in this order: `PLACEMENT_END_BEFORE_START` (endOn before
 * startOn; a one-day placement is fine), `PLACEMENT_OUTSIDE_COHORT` (a day outside the cohort's startDate–endDate,
 * both included), `PLACEMENT_OVERLAP` (shares a day with another placement of the trainee, see periodsOverlap),
 * `HOST_SITE_FULL` (on some day of the period, the placements at the host site, this one included, outnumber its
 * capacity: reaching it exactly is fine), `PLACEMENT_INVALID_HOURS` (plannedHours not a finite number > 0).
 * Placements carrying the candidate's id are ignored (an update never collides with itself). Throws a RangeError on
 * an invalid date (candidate, cohort or other placements), a cohort ending before it starts, or a capacity that is not
 * a whole number ≥ 0.
 */
export function checkPlacement(candidate: Placement, context: PlacementContext): PlacementCheck {
  const { cohort, hostSite } = context;
  [candidate.startOn, candidate.endOn, cohort.startDate, cohort.endDate].forEach(assertDate);
  if (cohort.endDate < cohort.startDate) throw new RangeError('Cohorte invalide : la date de fin précède la date de début.');
  if (!Number.isSafeInteger(hostSite.capacity) || hostSite.capacity < 0) {
    throw new RangeError(`Capacité du lieu de stage invalide : ${hostSite.capacity}.`);
  }
  const others = context.traineePlacements.filter((p) => p.id !== candidate.id);
  const atSite = context.hostSitePlacements.filter((p) => p.id !== candidate.id);
  [...others, ...atSite].forEach((p) => (assertDate(p.startOn), assertDate(p.endOn)));
  const { startOn, endOn } = candidate;
  if (endOn < startOn) {
    const message = `La date de fin (${frenchDate(endOn)}) précède la date de début (${frenchDate(startOn)}).`;
    return { ok: false, code: 'PLACEMENT_END_BEFORE_START', message };
  }
  if (startOn < cohort.startDate || endOn > cohort.endDate) {
    const message =
      `Le stage doit se dérouler pendant la formation de la cohorte, ` +
      `du ${frenchDate(cohort.startDate)} au ${frenchDate(cohort.endDate)}.`;
    return { ok: false, code: 'PLACEMENT_OUTSIDE_COHORT', message };
  }
  const clash = others.find((p) => periodsOverlap(p, candidate));
  if (clash) {
    const message = `Le stagiaire a déjà un stage du ${frenchDate(clash.startOn)} au ${frenchDate(clash.endOn)} sur cette période.`;
    return { ok: false, code: 'PLACEMENT_OVERLAP', message };
  }
  const peak = maxConcurrent([...atSite, candidate], candidate);
  if (peak > hostSite.capacity) {
    const places = `${hostSite.capacity} ${hostSite.capacity > 1 ? 'places' : 'place'}`;
    const message = `Le lieu de stage est complet sur cette période : ${peak} stagiaires pour ${places}.`;
    return { ok: false, code: 'HOST_SITE_FULL', message };
  }
  if (typeof candidate.plannedHours !== 'number' || !Number.isFinite(candidate.plannedHours) || candidate.plannedHours <= 0) {
    const message = `Nombre d’heures prévu invalide : ${candidate.plannedHours} (un nombre positif est attendu).`;
    return { ok: false, code: 'PLACEMENT_INVALID_HOURS', message };
  }
  return { ok: true };
}

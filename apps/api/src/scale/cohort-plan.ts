import { addDays } from '@app/platform/time/calendar';
import { CITIES, City, FRENCH_MONTHS, FRENCH_WEEKDAYS, SCHOOL_PREFIXES } from './scale-names';
import { ScaleKeys } from './scale-keys';
import { ScaleOptions } from './scale-options';
import { TimetableFormat } from './timetable-template';

export interface SchoolPlan {
  index: number;
  slug: string;
  name: string;
  city: City;
}

/**
 * A cohort of the plan. Cohorts of a school are numbered by start date; each runs in a « lane » (a weekday and a
 * trainer): two cohorts of a school never share a lane while they run, so a trainer is never booked twice and the
 * host sites kept for a lane take one trainee at a time.
 */
export interface CohortPlan {
  index: number;
  school: number;
  /** Rank of the cohort in its school. */
  rank: number;
  lane: number;
  /** 0 = Monday … 4 = Friday: the cohort's training day. */
  weekday: number;
  trainer: number;
  format: TimetableFormat;
  size: number;
  /** Global index of the cohort's first trainee; its trainees are firstTrainee … firstTrainee + size − 1. */
  firstTrainee: number;
  startDate: string;
  /** The last training day: the certification épreuves, held as the cohort's exam session. */
  examDate: string;
  /** Two weeks after the épreuves: the jury, the cohort's last day. */
  endDate: string;
  name: string;
}

export interface ScalePlan {
  /** The first day of the dataset's period: schools exist from then on. */
  since: string;
  schools: SchoolPlan[];
  cohorts: CohortPlan[];
  trainersPerSchool: number;
  lanes: number;
  /** Places kept per lane: host sites (one trainee at a time each) and AFGSU groups are sized on it. */
  maxCohortSize: number;
}

/** Trainees per cohort on average (20 to 25 in practice). */
const MEAN_COHORT = 22.5;
/** Intakes keep opening up to this many days after « today ». */
const LEAD_DAYS = 60;
const FORMATS: [TimetableFormat, number][] = [
  ['presentiel', 6],
  ['alternance', 4],
  ['mixte', 5],
  ['distanciel', 5],
];

const isoWeekday = (date: string) => (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;

/** Cohort sizes of a school adding up to `quota`: even shares, then ±2 moved between neighbours so sizes vary. */
function cohortSizes(quota: number, count: number, school: number, keys: ScaleKeys): number[] {
  const sizes = Array.from({ length: count }, (_, k) => Math.floor(((k + 1) * quota) / count) - Math.floor((k * quota) / count));
  for (let k = 0; k + 1 < count; k += 2) {
    const shift = keys.pickTs('cohort-size', school * 10_000 + k, 5) - 2;
    if (sizes[k] + shift >= 1 && sizes[k + 1] - shift >= 1) [sizes[k], sizes[k + 1]] = [sizes[k] + shift, sizes[k + 1] - shift];
  }
  return sizes;
}

function formatOf(keys: ScaleKeys, cohort: number): TimetableFormat {
  let roll = keys.pickTs('cohort-format', cohort, 20);
  for (const [format, weight] of FORMATS) {
    if (roll < weight) return format;
    roll -= weight;
  }
  return 'presentiel';
}

/** Days from the épreuves to the jury, the cohort's last day. */
const JURY_AFTER_DAYS = 14;

/**
 * The schools and cohorts of a dataset: each school takes an equal share of the trainees, in cohorts of about 22 whose
 * starts are spread evenly over `years` (the last ones up to two months after « today »), schools shifted from one
 * another. A cohort meets on `trainingDays` weeks from its start (moved to its lane's weekday), then its jury sits.
 */
export function planDataset(options: ScaleOptions, keys: ScaleKeys, trainingDays: number): ScalePlan {
  const examOffset = 7 * (trainingDays - 1);
  const spanDays = examOffset + JURY_AFTER_DAYS + 1;
  const windowEnd = addDays(options.today, LEAD_DAYS);
  const windowStart = addDays(windowEnd, -options.years * 365);
  const quotas = Array.from(
    { length: options.schools },
    (_, s) => Math.floor(options.trainees / options.schools) + (s < options.trainees % options.schools ? 1 : 0),
  );
  const counts = quotas.map((q) => Math.max(1, Math.round(q / MEAN_COHORT)));
  const spacings = counts.map((n) => (options.years * 365) / n);
  // start(k + lanes) − start(k) ≥ lanes × spacing − 1 − 6 (rounding, weekday) must exceed the span.
  const lanes = 5 * Math.max(2, Math.ceil(Math.ceil((spanDays + 8) / Math.min(...spacings)) / 5));
  const schools = quotas.map((_, s) => {
    const city = CITIES[s % CITIES.length];
    const round = Math.floor(s / CITIES.length);
    const name = `${SCHOOL_PREFIXES[s % SCHOOL_PREFIXES.length]} ${city.name}${round ? ` ${round + 1}` : ''}`;
    return { index: s, slug: `scale-${options.seed}-${String(s + 1).padStart(2, '0')}`, name, city };
  });
  const cohorts: CohortPlan[] = [];
  let firstTrainee = 0;
  quotas.forEach((quota, s) => {
    const sizes = cohortSizes(quota, counts[s], s, keys);
    const offset = (s * spacings[s]) / options.schools;
    sizes.forEach((size, rank) => {
      const lane = rank % lanes;
      const weekday = lane % 5;
      const nominal = addDays(windowStart, Math.floor(offset + rank * spacings[s]));
      const startDate = addDays(nominal, (weekday - isoWeekday(nominal) + 7) % 7);
      const [year, month] = startDate.split('-').map(Number);
      const index = cohorts.length;
      cohorts.push({
        index,
        school: s,
        rank,
        lane,
        weekday,
        trainer: Math.floor(lane / 5),
        format: formatOf(keys, index),
        size,
        firstTrainee,
        startDate,
        examDate: addDays(startDate, examOffset),
        endDate: addDays(startDate, spanDays - 1),
        name: `Promotion ${rank + 1} – ${FRENCH_WEEKDAYS[weekday]}, ${FRENCH_MONTHS[month - 1]} ${year}`,
      });
      firstTrainee += size;
    });
  });
  const maxCohortSize = Math.max(...cohorts.map((c) => c.size));
  // Row indexes keep 64 places per cohort (its trainees, its other candidates) and 128 host sites per lane.
  if (maxCohortSize > 40) throw new RangeError(`Cohorts of ${maxCohortSize} trainees: 40 at most`);
  return { since: addDays(windowStart, -90), schools, cohorts, trainersPerSchool: lanes / 5, lanes, maxCohortSize };
}

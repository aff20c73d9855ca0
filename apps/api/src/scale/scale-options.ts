import { parseArgs } from 'node:util';
import { isValidDate, parisDate } from '@app/platform/time/paris-time';

/** The size and shape of a scale dataset; the same options give the same rows. */
export interface ScaleOptions {
  schools: number;
  trainees: number;
  /** Years of intakes, the last ones starting up to two months after `today`. */
  years: number;
  seed: number;
  /** The dataset's « today » (Europe/Paris): what is past (signed, marked, decided) and what is to come. */
  today: string;
}

export const DEFAULT_SCALE_OPTIONS: Omit<ScaleOptions, 'today'> = { schools: 35, trainees: 60_000, years: 5, seed: 42 };

/** Limits that keep row indexes inside the ids and the dataset readable (see ScaleKeys and the cohort plan). */
const LIMITS = { schools: [1, 99], trainees: [1, 500_000], years: [1, 20], seed: [0, 999_999] } as const;

/** `npm run seed:scale -- --schools 35 --trainees 60000 --years 5 --seed 42 --today 2026-11-30` (every option optional). */
export function parseScaleArgs(argv: string[], now = new Date()): ScaleOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      schools: { type: 'string' },
      trainees: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
    },
  });
  const integer = (name: keyof typeof LIMITS): number => {
    const raw = values[name];
    const value = raw === undefined ? DEFAULT_SCALE_OPTIONS[name] : Number(raw);
    const [min, max] = LIMITS[name];
    if (!Number.isSafeInteger(value) || value < min || value > max) throw new RangeError(`--${name}: a whole number from ${min} to ${max}`);
    return value;
  };
  const today = values.today ?? parisDate(now);
  if (!isValidDate(today)) throw new RangeError('--today: a date YYYY-MM-DD');
  const options = { schools: integer('schools'), trainees: integer('trainees'), years: integer('years'), seed: integer('seed'), today };
  if (options.trainees < options.schools) throw new RangeError('--trainees: at least one per school');
  return options;
}

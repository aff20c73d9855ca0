import { isValidDate } from '@app/platform/time/paris-time';

/**
 * The internship rule settings: when tutor evaluations are due, as fractions of the placement (0.5: half-way, 1: the
 * end date), and how many days after its due date an evaluation not submitted becomes late.
 */
export interface InternshipSettings {
  evaluationFractions: readonly number[];
  evaluationGraceDays: number;
}

/** The settings when nothing else is configured: an evaluation half-way and one at the end, late 7 days after its due date. */
export const DEFAULT_INTERNSHIP_SETTINGS: InternshipSettings = { evaluationFractions: [0.5, 1], evaluationGraceDays: 7 };

/**
 * Throws a RangeError unless `evaluationFractions` is a non-empty, strictly increasing list of numbers in ]0, 1] and
 * `evaluationGraceDays` a whole number from 0 to 365.
 */
export function assertSettings(settings: InternshipSettings): void {
  const { evaluationFractions: fractions, evaluationGraceDays: grace } = settings;
  if (!Array.isArray(fractions) || fractions.length === 0) {
    throw new RangeError('Échéances d’évaluation invalides : au moins une fraction du stage est attendue.');
  }
  fractions.forEach((f, i) => {
    if (typeof f !== 'number' || !(f > 0 && f <= 1) || (i > 0 && f <= fractions[i - 1])) {
      throw new RangeError(`Échéance d’évaluation invalide : ${f} (fractions croissantes de ]0, 1] attendues).`);
    }
  });
  if (!Number.isSafeInteger(grace) || grace < 0 || grace > 365) {
    throw new RangeError(`Délai de grâce invalide : ${grace} (un nombre entier de jours de 0 à 365 est attendu).`);
  }
}

/** Throws a RangeError unless `date` is a real 'YYYY-MM-DD' calendar date. */
export function assertDate(date: string): void {
  if (!isValidDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ).`);
}

/** Throws a RangeError unless `instant` is a Date with a time (not an Invalid Date). */
export function assertInstant(instant: Date, what = 'Instant'): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError(`${what} invalide.`);
}

import { addMonths, addYears } from '@app/platform/time/calendar';
import { isValidDate, parisDate } from '@app/platform/time/paris-time';

/**
 * How long personal data is kept (DOMAIN « Records and personal data »), as the rule settings of a certification
 * version give it (a school may change each within its bounds): the figures come from RuleSettings, never from here.
 */
export interface RetentionSettings {
  /** Calendar years an identity document copy is kept, counting the year its file closed (1: purged on 1 January after). */
  identityDocumentRetentionYears: number;
  /** Months the file of a candidate not admitted (refused, withdrawn) is kept after it closed. */
  unsuccessfulApplicationRetentionMonths: number;
  /** Years attendance, conventions, evaluations and results are kept after the training ended, then anonymised. */
  trainingRecordsRetentionYears: number;
  /** Months a former trainee's account stays usable after the training ended, then disabled and anonymised. */
  formerTraineeAccountRetentionMonths: number;
}

/** The lowest value each period may take: below it the law or the funders' audits would be breached (0 never). */
export const RETENTION_MINIMUMS: Record<keyof RetentionSettings, number> = {
  identityDocumentRetentionYears: 1,
  unsuccessfulApplicationRetentionMonths: 1,
  // Attendance, conventions and evaluations prove the training to public funders: at least 10 years.
  trainingRecordsRetentionYears: 10,
  formerTraineeAccountRetentionMonths: 1,
};

/** Refuses a period that is not a whole number at or above its minimum (a misconfigured school must purge nothing). */
export function assertRetentionSettings(settings: RetentionSettings): void {
  for (const [key, min] of Object.entries(RETENTION_MINIMUMS) as [keyof RetentionSettings, number][]) {
    const value = settings[key];
    if (!Number.isSafeInteger(value) || value < min) {
      throw new RangeError(`Durée de conservation invalide pour ${key} : ${value} (un entier d’au moins ${min} est attendu).`);
    }
  }
}

/**
 * The Paris day from which an identity document copy is purged: 1 January of the year after the last calendar year it
 * is kept. The years count from the later of its upload and the closing of its file (enrolled, refused, withdrawn): a
 * copy uploaded in December for a file decided in January is not purged while the file is still being decided. Null
 * while the file is open.
 */
export function identityDocumentPurgeOn(uploadedAt: Date, fileClosedAt: Date | null, years: number): string | null {
  if (!fileClosedAt) return null;
  const year = Math.max(Number(parisDate(uploadedAt).slice(0, 4)), Number(parisDate(fileClosedAt).slice(0, 4)));
  return `${year + years}-01-01`;
}

/** The Paris day from which the file of a candidate not admitted is purged: `months` after the day it closed. */
export function unsuccessfulApplicationPurgeOn(closedAt: Date, months: number): string {
  return addMonths(parisDate(closedAt), months);
}

/** The day from which a former trainee's records are anonymised: `years` after the day the training ended. */
export function trainingRecordsAnonymiseOn(trainingEndedOn: string, years: number): string {
  return addYears(trainingEndedOn, years);
}

/** The day from which a former trainee's account is disabled and anonymised: `months` after the training ended. */
export function formerTraineeAccountCloseOn(trainingEndedOn: string, months: number): string {
  return addMonths(trainingEndedOn, months);
}

/**
 * How long the access log of health data is kept: a year (CNIL's guidance for access logs: 6 months to a year; the
 * database refuses to purge lines younger than 6 months whoever asks).
 */
export const HEALTH_ACCESS_LOG_RETENTION_YEARS = 1;

/**
 * The first Paris day whose health-data access lines are kept on `today`: the same day a year earlier (28 February for
 * 29 February); the lines of the days before it are purged.
 */
export function healthAccessLogKeptFrom(today: string): string {
  if (!isValidDate(today)) throw new RangeError(`Date invalide : « ${today} ».`);
  const [year, rest] = [Number(today.slice(0, 4)) - HEALTH_ACCESS_LOG_RETENTION_YEARS, today.slice(4)];
  const day = `${String(year).padStart(4, '0')}${rest}`;
  return isValidDate(day) ? day : `${String(year).padStart(4, '0')}-02-28`;
}

/** Whether data whose purge day is `purgeOn` is past its period on the Paris day `today` (the purge day included). */
export function isPastRetention(purgeOn: string | null, today: string): boolean {
  return purgeOn !== null && today >= purgeOn;
}

/** Personal values written over a record that is anonymised (the record is kept for the statistics and the funders). */
export const ANONYMOUS = {
  lastName: 'Anonymisé',
  firstName: '',
  fullName: 'Compte anonymisé',
};

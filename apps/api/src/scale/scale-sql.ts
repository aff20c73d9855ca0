import { isValidDate } from '@app/platform/time/paris-time';
import { ScaleSql } from './scale-context';

/** SQL: the instant of a Europe/Paris local date (an SQL date expression) and time ('HH:MM'). */
export function parisAt(dateSql: string, time: string): string {
  if (!/^\d\d:\d\d$/.test(time)) throw new RangeError(`Not a time: ${time}`);
  return parisAtTime(dateSql, `time '${time}'`);
}

/** SQL: the instant of a Europe/Paris local date and time, both SQL expressions (the time as text 'HH:MM' or a time). */
export function parisAtTime(dateSql: string, timeSql: string): string {
  return `(((${dateSql}) + (${timeSql})::time) AT TIME ZONE 'Europe/Paris')`;
}

/**
 * A temporary table of the dataset's transaction (dropped at commit) from a SELECT, analysed at once so that the
 * planner knows its size when the big INSERT … SELECT statements join it.
 */
export async function createWorkTable(sql: ScaleSql, name: string, select: string, params: unknown[] = []): Promise<void> {
  await sql(`CREATE TEMP TABLE ${name} ON COMMIT DROP AS ${select}`, params);
  await sql(`ANALYZE ${name}`);
}

/** SQL: a date literal (checked, so it can be written into a statement). */
export function dateLiteral(date: string): string {
  if (!isValidDate(date)) throw new RangeError(`Not a date: ${date}`);
  return `DATE '${date}'`;
}

/**
 * SQL: `baseSql` (a text of `length` digits) followed by its Luhn check digit, as SIRET and RPPS numbers are: from the
 * right, every second digit of the base (the last one first) counts double, minus 9 above 9.
 */
export function withLuhnDigit(baseSql: string, length: number): string {
  return `(SELECT b.v || ((10 - sum(CASE WHEN (${length} - i) % 2 = 0 THEN d * 2 - CASE WHEN d > 4 THEN 9 ELSE 0 END ELSE d END) % 10) % 10)
             FROM (SELECT (${baseSql}) AS v) b, LATERAL (SELECT i, substr(b.v, i, 1)::int AS d FROM generate_series(1, ${length}) i) x
            GROUP BY b.v)`;
}

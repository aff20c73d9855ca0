import { isValidDate } from './paris-time';

/**
 * Arithmetic on calendar dates written 'YYYY-MM-DD' (no time, no time zone): the dates people read in the
 * product (hire dates, issue and expiry dates, deadlines). Each throws a RangeError on an invalid date.
 */

const DAY_MS = 86_400_000;

function assertDate(date: string): void {
  if (!isValidDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ).`);
}

/** Milliseconds of `date` at 00:00 UTC (years 0–99 included, which Date.UTC would map to 19xx). */
function utcMs(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) throw new RangeError('Date hors limites.');
  return `${String(year).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** `date` plus whole `years`, same month and day; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  assertDate(date);
  if (!Number.isSafeInteger(years) || years < 0)
    throw new RangeError(`Nombre d'années invalide : ${years} (un entier positif ou nul est attendu).`);
  const [year, month, day] = date.split('-');
  const target = Number(year) + years;
  if (target > 9999) throw new RangeError(`Date hors limites : ${date} plus ${years} ans.`);
  const shifted = `${String(target).padStart(4, '0')}-${month}-${day}`;
  return isValidDate(shifted) ? shifted : `${String(target).padStart(4, '0')}-02-28`;
}

/** `date` plus whole `months`, the day kept or the month's last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  assertDate(date);
  if (!Number.isSafeInteger(months) || months < 0) throw new RangeError(`Nombre de mois invalide : ${months}.`);
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  if (targetYear > 9999) throw new RangeError(`Date hors limites : ${date} plus ${months} mois.`);
  const leap = (targetYear % 4 === 0 && targetYear % 100 !== 0) || targetYear % 400 === 0;
  const monthLength = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][targetMonth - 1];
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, monthLength))}`;
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  assertDate(date);
  if (!Number.isSafeInteger(days)) throw new RangeError(`Nombre de jours invalide : ${days}.`);
  return fromUtcMs(utcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  assertDate(from);
  assertDate(to);
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** The Monday and the Sunday of the ISO week (Monday first) holding `date`. */
export function weekOf(date: string): { monday: string; sunday: string } {
  assertDate(date);
  const isoDay = ((new Date(utcMs(date)).getUTCDay() + 6) % 7) + 1; // Monday 1 … Sunday 7
  const monday = addDays(date, 1 - isoDay);
  return { monday, sunday: addDays(monday, 6) };
}

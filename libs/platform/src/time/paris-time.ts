/**
 * Europe/Paris wall-clock time: dates are 'YYYY-MM-DD', times of day 'HH:MM' (24 h).
 * Offsets come from the runtime's time-zone database (Intl), so both DST changes are handled without a library.
 */

export const PARIS_TIME_ZONE = 'Europe/Paris';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Instants whose Paris date falls in years 0001 to 9999, the range of 'YYYY-MM-DD'. */
const FIRST_MS = -62_135_596_800_000 + DAY_MS; // 0001-01-02T00:00Z
const LAST_MS = Date.UTC(9999, 11, 30); // 9999-12-30T00:00Z

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** True when `s` is a real calendar date written 'YYYY-MM-DD' (year 0001 to 9999): '2026-02-30' is not. */
export function isValidDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const match = DATE_PATTERN.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when `s` is a time of day written 'HH:MM' from '00:00' to '23:59': '24:00' and '8:00' are not. */
export function isValidTime(s: unknown): s is string {
  return typeof s === 'string' && TIME_PATTERN.test(s);
}

/** Minutes since midnight of a valid 'HH:MM' time. Throws a RangeError on anything else. */
export function minutesOfDay(time: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Heure invalide : « ${time} » (format attendu HH:MM).`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes from `startTime` to `endTime` on the same day (end − start); zero or negative when end is not after start. */
export function minutesBetween(startTime: string, endTime: string): number {
  return minutesOfDay(endTime) - minutesOfDay(startTime);
}

/**
 * The UTC instant of a Europe/Paris local date and time.
 * A time skipped by the spring change (e.g. 2026-03-29 02:30) gives the instant one hour later (03:30 local);
 * a time repeated by the autumn change (e.g. 2026-10-25 02:30) gives its first occurrence (still summer time).
 */
export function parisInstant(date: string, time: string): Date {
  const wall = wallClockUtcMs(date, time);
  const offsetBefore = offsetMs(wall - DAY_MS);
  const offsetAfter = offsetMs(wall + DAY_MS);
  const matches = [wall - offsetBefore, wall - offsetAfter]
    .filter((ms) => formatDate(wallClock(ms)) === date && formatTime(wallClock(ms)) === time)
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? wall - offsetBefore);
}

/** The Europe/Paris calendar date ('YYYY-MM-DD') of an instant. */
export function parisDate(instant: Date): string {
  return formatDate(wallClock(instantMs(instant)));
}

/** The Europe/Paris time of day ('HH:MM', seconds dropped) of an instant. */
export function parisTime(instant: Date): string {
  return formatTime(wallClock(instantMs(instant)));
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** The local date and time read as if it were UTC, in milliseconds (Date.UTC maps years 0–99 to 19xx, hence setUTCFullYear). */
function wallClockUtcMs(date: string, time: string): number {
  if (!isValidDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ).`);
  const minutes = minutesOfDay(time);
  const [year, month, day] = date.split('-').map(Number);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() + minutes * MINUTE_MS;
}

function instantMs(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms) || ms < FIRST_MS || ms > LAST_MS) throw new RangeError('Instant invalide.');
  return ms;
}

function wallClock(ms: number): WallClock {
  const parts: Record<string, number> = {};
  for (const part of parisParts.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** Paris offset from UTC at an instant, in milliseconds (whole seconds: historical offsets were not whole minutes). */
function offsetMs(ms: number): number {
  const w = wallClock(ms);
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime() - (ms - (((ms % 1000) + 1000) % 1000));
}

function formatDate(w: WallClock): string {
  return `${String(w.year).padStart(4, '0')}-${pad2(w.month)}-${pad2(w.day)}`;
}

function formatTime(w: WallClock): string {
  return `${pad2(w.hour)}:${pad2(w.minute)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

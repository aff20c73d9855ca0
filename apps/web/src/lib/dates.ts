export const LOCALE = 'fr-FR';
export const TIME_ZONE = 'Europe/Paris';

export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
};

/** UTC offset of Paris on a given calendar day, as "+01:00" or "+02:00". */
export function parisOffset(day: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' }).formatToParts(
    new Date(`${day}T12:00:00Z`),
  );
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** ISO instant of the start (or the last millisecond) of a "YYYY-MM-DD" day in Paris. */
export function parisDayBound(day: string | undefined, bound: 'start' | 'end'): string | undefined {
  if (!day || !DAY.test(day)) return undefined;
  const time = bound === 'start' ? '00:00:00.000' : '23:59:59.999';
  return new Date(`${day}T${time}${parisOffset(day)}`).toISOString();
}

/** The Paris calendar day of an instant, as "YYYY-MM-DD". */
export function parisDay(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The Paris wall-clock time of an instant, as "HH:MM". */
export function parisTime(instant: Date | string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** "HH:MM" → minutes since midnight. */
export function clockMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Calendar arithmetic on "YYYY-MM-DD" days (no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** A "YYYY-MM-DD" day in French words, e.g. « lundi 12 janvier 2026 » (options pick the parts). */
export function formatDay(day: string | null | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  if (!day || !DAY.test(day)) return '—';
  return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', ...options }).format(new Date(`${day}T12:00:00Z`));
}

/** « 12/01/2026 » */
export const shortDay = (day: string | null | undefined) => formatDay(day, { dateStyle: 'short' });

/** An instant as « 12/01/2026 09:05 » in Paris. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(LOCALE, DATE_TIME_OPTIONS).format(new Date(instant));
}

/** « 12/01/2026 → 30/06/2026 » */
export const dayRange = (start: string, end: string) => `${shortDay(start)} → ${shortDay(end)}`;

/** First letter in upper case: « dimanche 22 novembre » → « Dimanche 22 novembre ». */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const LOCALE = 'fr-FR';
export const TIME_ZONE = 'Europe/Paris';

export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
};

/** UTC offset of Paris on a given calendar day, as "+01:00" or "+02:00". */
function parisOffset(day: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`));
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** ISO instant of the start (or the last millisecond) of a "YYYY-MM-DD" day in Paris. */
export function parisDayBound(day: string | undefined, bound: 'start' | 'end'): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const time = bound === 'start' ? '00:00:00.000' : '23:59:59.999';
  return new Date(`${day}T${time}${parisOffset(day)}`).toISOString();
}

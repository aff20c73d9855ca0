import type { AfgsuSession, AfgsuSessionDay } from '../../../api/afgsu';
import { capitalize, formatDay, shortDay } from '../../../lib/dates';

/** The session's dates, « 12/01/2027, 13/01/2027 » (each day once). */
export const sessionDates = (session: Pick<AfgsuSession, 'days'>) =>
  [...new Set(session.days.map((day) => day.date))].map(shortDay).join(', ');

/** One day with its times, « Mardi 12 janvier 2027 · 09:00 – 16:00 ». */
export const dayWithTimes = (day: AfgsuSessionDay, translate: (key: string, options?: object) => string) =>
  translate('app.afgsu.sessions.day_time', {
    day: capitalize(formatDay(day.date, { dateStyle: 'full' })),
    start: day.startTime,
    end: day.endTime,
  });

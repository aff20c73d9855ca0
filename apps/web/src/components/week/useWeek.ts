import { useSearchParams } from 'react-router';
import { addDays, mondayOf, parisDay } from '../../lib/dates';

const PARAM = 'semaine';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The week shown (its Monday), kept in the URL (?semaine=YYYY-MM-DD) so a reload stays on it. */
export function useWeek() {
  const [params, setParams] = useSearchParams();
  const asked = params.get(PARAM);
  const monday = mondayOf(asked && DAY.test(asked) ? asked : parisDay());
  const go = (day: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(PARAM, mondayOf(day));
        return next;
      },
      { replace: true },
    );
  return {
    monday,
    /** Monday to Sunday (the calendar shows Sunday only when a session falls on it). */
    days: Array.from({ length: 7 }, (_, index) => addDays(monday, index)),
    sunday: addDays(monday, 6),
    previous: () => go(addDays(monday, -7)),
    next: () => go(addDays(monday, 7)),
    today: () => go(parisDay()),
  };
}

export type Week = ReturnType<typeof useWeek>;

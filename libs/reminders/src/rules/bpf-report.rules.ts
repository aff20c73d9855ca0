import { isValidDate } from '@app/platform/time/paris-time';

/**
 * The days (month-day) on which school administrators are reminded of the yearly training report (bilan pédagogique et
 * financier, BPF), due before 31 May: four weeks and one week before.
 */
export const BPF_REMINDER_DAYS = ['05-02', '05-24'] as const;

/** The BPF reminder due on `today`, with its key `bpf-report:<year>:<month-day>` and the deadline; null on other days. */
export function bpfReminderDue(today: string): { key: string; deadline: string; daysLeft: number } | null {
  if (!isValidDate(today)) throw new RangeError(`Date invalide : « ${today} » (format attendu AAAA-MM-JJ).`);
  const [year, month, day] = today.split('-');
  const monthDay = `${month}-${day}`;
  if (!(BPF_REMINDER_DAYS as readonly string[]).includes(monthDay)) return null;
  return { key: `bpf-report:${year}:${monthDay}`, deadline: `${year}-05-31`, daysLeft: 31 - Number(day) };
}

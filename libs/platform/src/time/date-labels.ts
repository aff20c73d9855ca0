import { isValidDate } from './paris-time';

/** A 'YYYY-MM-DD' date as French readers write it: '2026-03-12' → '12/03/2026'. Throws a RangeError on an invalid date. */
export function frenchDate(date: string): string {
  if (!isValidDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ).`);
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

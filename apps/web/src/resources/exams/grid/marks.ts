import type { Mark } from '../../../api/exams';
import { frenchNumber } from '../../../lib/exams';

/** Words read as an absence, whatever the case (the API's own list). */
const ABSENT_WORDS = ['abs', 'absent', 'absente'];
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** Why a typed mark is refused before sending; the messages (as the API words them) are under `app.exams.grid.invalid`. */
export type MarkProblem = 'not_a_number' | 'out_of_range' | 'too_precise';

export type MarkReading = { ok: true; mark: Mark } | { ok: false; problem: MarkProblem };

/**
 * A mark typed in a cell, for an épreuve marked on `maxMark`: « 12,5 » or « 12.5 », « abs » / « absent » (any case)
 * for an absence, empty to clear. Refuses anything else, a negative mark or one above the maximum, more than 2 decimals.
 */
export function readMark(text: string, maxMark: number): MarkReading {
  const typed = text.trim();
  if (typed === '') return { ok: true, mark: null };
  if (ABSENT_WORDS.includes(typed.toLowerCase())) return { ok: true, mark: 'absent' };
  if (!NUMBER.test(typed)) return { ok: false, problem: 'not_a_number' };
  const value = Number(typed.replace(',', '.'));
  if (value < 0 || value > maxMark) return { ok: false, problem: 'out_of_range' };
  if (Number(value.toFixed(2)) !== value) return { ok: false, problem: 'too_precise' };
  return { ok: true, mark: value === 0 ? 0 : value };
}

/** What a cell shows for a mark: « 12,5 », `absent` (the catalogue's « abs ») or nothing. */
export const markText = (mark: Mark, absent: string) => (mark === null ? '' : mark === 'absent' ? absent : frenchNumber(mark));

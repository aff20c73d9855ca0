import { assertEpreuves, Epreuve, isFiniteNumber, Mark } from './assessment';
import { frenchDecimal, round2 } from './french-format';

/** Why a mark is refused: not a number, outside 0..maxMark, more than 2 decimals, empty or unreadable text. */
export type MarkErrorCode = 'MARK_NOT_A_NUMBER' | 'MARK_OUT_OF_RANGE' | 'MARK_TOO_PRECISE' | 'MARK_EMPTY' | 'MARK_UNREADABLE';

/** Outcome of validateMark, parseFrenchMark and readMark: the mark, or a code and a French message. */
export type MarkCheck = { ok: true; mark: Mark } | { ok: false; code: MarkErrorCode; message: string };

/** Texts read as an absence, compared without case and surrounding spaces. */
export const ABSENT_WORDS: readonly string[] = ['abs', 'absent', 'absente'];

const NUMBER_PATTERN = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Checks a mark for an épreuve: 'absent', or a finite number from 0 to maxMark (both included) with at most 2 decimals.
 * Refusals, in this order: not a number (NaN, ±Infinity, anything but 'absent'), « La note doit être comprise entre 0
 * et 20. » (the épreuve's maxMark), more than 2 decimals. -0 is returned as 0. Throws a RangeError on a malformed épreuve.
 */
export function validateMark(value: Mark, epreuve: Epreuve): MarkCheck {
  assertEpreuves([epreuve]);
  const max = frenchDecimal(epreuve.maxMark);
  if (value === 'absent') return { ok: true, mark: 'absent' };
  if (!isFiniteNumber(value)) {
    return { ok: false, code: 'MARK_NOT_A_NUMBER', message: `La note doit être un nombre entre 0 et ${max}, ou « absent ».` };
  }
  if (value < 0 || value > epreuve.maxMark) {
    return { ok: false, code: 'MARK_OUT_OF_RANGE', message: `La note doit être comprise entre 0 et ${max}.` };
  }
  if (Number(value.toFixed(2)) !== value) {
    const typed = String(value).replace('.', ',');
    return { ok: false, code: 'MARK_TOO_PRECISE', message: `La note doit avoir au plus 2 décimales : ${typed}.` };
  }
  return { ok: true, mark: value === 0 ? 0 : value };
}

/**
 * Reads a mark typed in French, surrounding spaces ignored: digits with an optional decimal comma or point ('12,5',
 * '12.5', '0', '-1': the sign only so that validateMark names the bounds), or an absence ('abs', 'absent', 'absente',
 * any case). Refuses an empty text (MARK_EMPTY) and anything else (MARK_UNREADABLE: '12,', ',5', '1e3', '12/20').
 * Does not check bounds nor decimals: see readMark. Throws a RangeError when `text` is not a string.
 */
export function parseFrenchMark(text: string): MarkCheck {
  if (typeof text !== 'string') throw new RangeError('Note à lire : texte attendu.');
  const trimmed = text.trim();
  const hint = 'saisir un nombre (ex. 12,5) ou « abs » pour une absence.';
  if (trimmed === '') return { ok: false, code: 'MARK_EMPTY', message: `Note vide : ${hint}` };
  if (ABSENT_WORDS.includes(trimmed.toLowerCase())) return { ok: true, mark: 'absent' };
  if (!NUMBER_PATTERN.test(trimmed)) return { ok: false, code: 'MARK_UNREADABLE', message: `Note illisible « ${trimmed} » : ${hint}` };
  const value = Number(trimmed.replace(',', '.'));
  return { ok: true, mark: value === 0 ? 0 : value };
}

/** A mark typed in French for an épreuve: parseFrenchMark, then validateMark on what was read. Throws like both. */
export function readMark(text: string, epreuve: Epreuve): MarkCheck {
  const parsed = parseFrenchMark(text);
  return parsed.ok ? validateMark(parsed.mark, epreuve) : parsed;
}

/**
 * A valid mark brought to a scale of 20 (not rounded): mark × 20 / maxMark, 'absent' counting 0 (35 on 40 → 17.5).
 * Throws a RangeError on a mark that validateMark refuses or a malformed épreuve.
 */
export function markOn20(mark: Mark, epreuve: Epreuve): number {
  const check = validateMark(mark, epreuve);
  if (!check.ok) throw new RangeError(`Épreuve ${epreuve.id} : ${check.message}`);
  return check.mark === 'absent' ? 0 : (check.mark * 20) / epreuve.maxMark;
}

/**
 * The pass mark of an épreuve marked on `maxMark` matching `passMarkOn20` (default 10) on 20, rounded to 2 decimals:
 * (40) → 20, (10) → 5, (15, 12) → 9. Throws a RangeError when maxMark ≤ 0 or passMarkOn20 is outside 0..20.
 */
export function defaultPassMark(maxMark: number, passMarkOn20 = 10): number {
  if (!isFiniteNumber(maxMark) || maxMark <= 0) throw new RangeError(`Note maximale invalide : ${maxMark}.`);
  if (!isFiniteNumber(passMarkOn20) || passMarkOn20 < 0 || passMarkOn20 > 20) {
    throw new RangeError(`Note minimale sur 20 invalide : ${passMarkOn20}.`);
  }
  return round2((passMarkOn20 * maxMark) / 20);
}

/** A mark on its épreuve's scale in French: (12.5, /20) → '12,5/20', 'absent' → 'absent'. */
export function markLabel(mark: Mark, epreuve: Pick<Epreuve, 'maxMark'>): string {
  return mark === 'absent' ? 'absent' : `${frenchDecimal(mark)}/${frenchDecimal(epreuve.maxMark)}`;
}

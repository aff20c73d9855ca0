import fc from 'fast-check';
import { Epreuve } from './assessment';
import { defaultPassMark, markLabel, markOn20, parseFrenchMark, readMark, validateMark } from './marks.rules';

const ep = (over: Partial<Epreuve> = {}): Epreuve => ({
  id: 'e1',
  blockCode: 'BC01',
  kind: 'written',
  label: 'Écrit',
  maxMark: 20,
  passMark: 10,
  weight: 1,
  ...over,
});
const on20 = ep();

describe('validateMark', () => {
  it('accepts 0, maxMark and marks with up to 2 decimals', () => {
    expect(validateMark(0, on20)).toEqual({ ok: true, mark: 0 });
    expect(validateMark(20, on20)).toEqual({ ok: true, mark: 20 });
    expect(validateMark(12.5, on20)).toEqual({ ok: true, mark: 12.5 });
    expect(validateMark(12.35, on20)).toEqual({ ok: true, mark: 12.35 });
    expect(validateMark(0.01, on20)).toEqual({ ok: true, mark: 0.01 });
    expect(validateMark(39.99, ep({ maxMark: 40, passMark: 20 }))).toEqual({ ok: true, mark: 39.99 });
  });

  it('accepts an absence', () => {
    expect(validateMark('absent', on20)).toEqual({ ok: true, mark: 'absent' });
  });

  it('turns -0 into 0', () => {
    const check = validateMark(-0, on20);
    expect(check.ok && Object.is(check.mark, 0)).toBe(true);
  });

  it('refuses a mark out of range, naming the bounds', () => {
    expect(validateMark(20.01, on20)).toEqual({
      ok: false,
      code: 'MARK_OUT_OF_RANGE',
      message: 'La note doit être comprise entre 0 et 20.',
    });
    expect(validateMark(-1, on20)).toMatchObject({ ok: false, code: 'MARK_OUT_OF_RANGE' });
    expect(validateMark(41, ep({ maxMark: 40, passMark: 20 }))).toMatchObject({ message: 'La note doit être comprise entre 0 et 40.' });
    expect(validateMark(13, ep({ maxMark: 12.5, passMark: 6 }))).toMatchObject({ message: 'La note doit être comprise entre 0 et 12,5.' });
  });

  it('refuses more than 2 decimals', () => {
    expect(validateMark(12.345, on20)).toEqual({
      ok: false,
      code: 'MARK_TOO_PRECISE',
      message: 'La note doit avoir au plus 2 décimales : 12,345.',
    });
    expect(validateMark(0.1 + 0.2, on20)).toMatchObject({ code: 'MARK_TOO_PRECISE' });
  });

  it('refuses what is not a number, checked before the range', () => {
    const message = 'La note doit être un nombre entre 0 et 20, ou « absent ».';
    expect(validateMark(NaN, on20)).toEqual({ ok: false, code: 'MARK_NOT_A_NUMBER', message });
    expect(validateMark(Infinity, on20)).toMatchObject({ code: 'MARK_NOT_A_NUMBER' });
    expect(validateMark('abs' as 'absent', on20)).toMatchObject({ code: 'MARK_NOT_A_NUMBER' });
    expect(validateMark('12' as unknown as number, on20)).toMatchObject({ code: 'MARK_NOT_A_NUMBER' });
  });

  it('throws a RangeError on a malformed épreuve', () => {
    expect(() => validateMark(10, ep({ maxMark: 0 }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ maxMark: -20 }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ passMark: 21 }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ passMark: -1 }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ weight: -1 }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ weight: 0 }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ weight: NaN }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ kind: 'quiz' as Epreuve['kind'] }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ id: ' ' }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ label: '' }))).toThrow(RangeError);
    expect(() => validateMark(10, ep({ blockCode: '' }))).toThrow(RangeError);
  });

  it('accepts exactly the numbers 0..max with at most 2 decimals (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 2500 }), (hundredths) => {
        const value = hundredths / 100;
        expect(validateMark(value, on20).ok).toBe(value >= 0 && value <= 20);
      }),
    );
  });
});

describe('parseFrenchMark', () => {
  it('reads a decimal comma or point', () => {
    expect(parseFrenchMark('12,5')).toEqual({ ok: true, mark: 12.5 });
    expect(parseFrenchMark('12.5')).toEqual({ ok: true, mark: 12.5 });
    expect(parseFrenchMark(' 14 ')).toEqual({ ok: true, mark: 14 });
    expect(parseFrenchMark('0,25')).toEqual({ ok: true, mark: 0.25 });
    expect(parseFrenchMark('\u00a08,75\u00a0')).toEqual({ ok: true, mark: 8.75 });
    expect(parseFrenchMark('-1')).toEqual({ ok: true, mark: -1 });
    expect(parseFrenchMark('-0')).toEqual({ ok: true, mark: 0 });
  });

  it('reads abs, absent, ABS (any case) as an absence', () => {
    for (const text of ['abs', 'ABS', 'Abs', 'absent', 'ABSENT', 'Absente', ' abs ']) {
      expect(parseFrenchMark(text)).toEqual({ ok: true, mark: 'absent' });
    }
  });

  it('refuses an empty text', () => {
    expect(parseFrenchMark('  ')).toEqual({
      ok: false,
      code: 'MARK_EMPTY',
      message: 'Note vide : saisir un nombre (ex. 12,5) ou « abs » pour une absence.',
    });
  });

  it('refuses unreadable text', () => {
    expect(parseFrenchMark('12,5,3')).toEqual({
      ok: false,
      code: 'MARK_UNREADABLE',
      message: 'Note illisible « 12,5,3 » : saisir un nombre (ex. 12,5) ou « abs » pour une absence.',
    });
    for (const text of ['12,', ',5', '1e3', '12/20', 'douze', 'abse', '12 5', '+3', '0x10', 'Infinity']) {
      expect(parseFrenchMark(text)).toMatchObject({ ok: false, code: 'MARK_UNREADABLE' });
    }
  });

  it('throws a RangeError when not given a string', () => {
    expect(() => parseFrenchMark(12 as unknown as string)).toThrow(RangeError);
  });

  it('reads back any mark written the French way (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (hundredths) => {
        const value = hundredths / 100;
        expect(parseFrenchMark(String(value).replace('.', ','))).toEqual({ ok: true, mark: value });
      }),
    );
  });
});

describe('readMark', () => {
  it('parses then validates', () => {
    expect(readMark('12,5', on20)).toEqual({ ok: true, mark: 12.5 });
    expect(readMark('abs', on20)).toEqual({ ok: true, mark: 'absent' });
    expect(readMark('25', on20)).toMatchObject({
      ok: false,
      code: 'MARK_OUT_OF_RANGE',
      message: 'La note doit être comprise entre 0 et 20.',
    });
    expect(readMark('-1', on20)).toMatchObject({ code: 'MARK_OUT_OF_RANGE' });
    expect(readMark('12,555', on20)).toMatchObject({
      code: 'MARK_TOO_PRECISE',
      message: 'La note doit avoir au plus 2 décimales : 12,555.',
    });
    expect(readMark('x', on20)).toMatchObject({ code: 'MARK_UNREADABLE' });
    expect(readMark('', on20)).toMatchObject({ code: 'MARK_EMPTY' });
  });
});

describe('markOn20', () => {
  it('scales to 20, an absence counting 0', () => {
    expect(markOn20(35, ep({ maxMark: 40, passMark: 20 }))).toBe(17.5);
    expect(markOn20(12.5, on20)).toBe(12.5);
    expect(markOn20(5, ep({ maxMark: 10, passMark: 5 }))).toBe(10);
    expect(markOn20('absent', on20)).toBe(0);
  });

  it('throws a RangeError on an invalid mark', () => {
    expect(() => markOn20(21, on20)).toThrow(RangeError);
    expect(() => markOn20(21, on20)).toThrow('Épreuve e1 : La note doit être comprise entre 0 et 20.');
  });
});

describe('defaultPassMark', () => {
  it('scales 10/20 (or the given pass mark) to the maximum', () => {
    expect(defaultPassMark(20)).toBe(10);
    expect(defaultPassMark(40)).toBe(20);
    expect(defaultPassMark(10)).toBe(5);
    expect(defaultPassMark(15, 12)).toBe(9);
    expect(defaultPassMark(7)).toBe(3.5);
    expect(defaultPassMark(3, 10)).toBe(1.5);
    expect(defaultPassMark(17, 11)).toBe(9.35);
  });

  it('throws a RangeError on a bad maximum or pass mark', () => {
    expect(() => defaultPassMark(0)).toThrow(RangeError);
    expect(() => defaultPassMark(-20)).toThrow(RangeError);
    expect(() => defaultPassMark(20, 21)).toThrow(RangeError);
    expect(() => defaultPassMark(20, -1)).toThrow(RangeError);
  });
});

describe('markLabel', () => {
  it('writes a mark on its scale', () => {
    expect(markLabel(12.5, on20)).toBe('12,5/20');
    expect(markLabel(35, { maxMark: 40 })).toBe('35/40');
    expect(markLabel('absent', on20)).toBe('absent');
  });
});

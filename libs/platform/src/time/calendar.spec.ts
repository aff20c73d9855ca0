import fc from 'fast-check';
import { addDays, addMonths, addYears, daysBetween, weekOf } from './calendar';

describe('addYears', () => {
  it('adds whole years, zero included; 29 February falls back to 28 February in a common year', () => {
    expect(addYears('2026-03-12', 0)).toBe('2026-03-12');
    expect(addYears('2026-12-31', 1)).toBe('2027-12-31');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2000-02-29', 100)).toBe('2100-02-28');
    expect(addYears('2000-02-29', 400)).toBe('2400-02-29');
  });

  it('refuses invalid dates and years', () => {
    expect(() => addYears('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addYears('2026-01-01', -1)).toThrow(RangeError);
    expect(() => addYears('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addYears('9999-01-01', 1)).toThrow(RangeError);
  });
});

describe('addDays and daysBetween', () => {
  it('crosses months, years and 29 February', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });

  it('are inverse of each other', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1900, max: 2200 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(date, fc.integer({ min: -20000, max: 20000 }), (d, n) => daysBetween(d, addDays(d, n)) === n),
      { numRuns: 500 },
    );
  });
});

describe('weekOf', () => {
  it('gives the Monday and Sunday of the week, across months, years and 29 February', () => {
    expect(weekOf('2026-11-29')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' }); // a Sunday
    expect(weekOf('2026-11-30')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' }); // a Monday
    expect(weekOf('2027-01-01')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
    expect(weekOf('2024-02-29')).toEqual({ monday: '2024-02-26', sunday: '2024-03-03' });
    expect(() => weekOf('2026-02-30')).toThrow(RangeError);
  });

  it('always holds the date, starts on a Monday and lasts seven days', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1900, max: 2200 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(date, (d) => {
        const { monday, sunday } = weekOf(d);
        return monday <= d && d <= sunday && daysBetween(monday, sunday) === 6 && new Date(`${monday}T00:00:00Z`).getUTCDay() === 1;
      }),
      { numRuns: 500 },
    );
  });
});

describe('addMonths', () => {
  it('keeps the day or takes the month’s last day (leap years included)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2100-01-29', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-29', 1)).toBe('2000-02-29');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
    expect(addMonths('2026-05-10', 0)).toBe('2026-05-10');
  });

  it('refuses a bad date, a negative or fractional period, or a date past year 9999, saying why in French', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow('Date invalide : « 2026-02-30 »');
    expect(() => addMonths('2026-01-01', -1)).toThrow('Nombre de mois invalide : -1');
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError);
    expect(addMonths('9999-11-15', 1)).toBe('9999-12-15');
    expect(() => addMonths('9999-12-15', 1)).toThrow('Date hors limites : 9999-12-15 plus 1 mois.');
  });

  it('never goes back in time, and lands in the right month (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), fc.nat(600), (d, months) => {
        const date = d.toISOString().slice(0, 10);
        const result = addMonths(date, months);
        expect(result >= date).toBe(true);
        const [y, m] = date.split('-').map(Number);
        const [ry, rm, rd] = result.split('-').map(Number);
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        expect(rd).toBeLessThanOrEqual(Number(date.slice(8)));
      }),
    );
  });
});

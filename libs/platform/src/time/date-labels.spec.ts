import { frenchDate } from './date-labels';

describe('frenchDate', () => {
  it('writes a date day first', () => {
    expect(frenchDate('2026-03-12')).toBe('12/03/2026');
    expect(frenchDate('2024-02-29')).toBe('29/02/2024');
  });

  it('throws a French RangeError on an invalid date', () => {
    expect(() => frenchDate('2026-02-30')).toThrow('Date invalide : « 2026-02-30 »');
  });
});

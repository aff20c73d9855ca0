import fc from 'fast-check';
import { frenchNumber, groupedInteger, yearsLabel } from './french-number';

describe('frenchNumber', () => {
  it.each([
    [0, '0'],
    [3, '3'],
    [1.5, '1,5'],
    [2.25, '2,25'],
    [2.999, '2,99'],
    [1.1, '1,1'],
    [0.001, '0'],
    [1e-7, '0'],
    [12.5, '12,5'],
  ])('writes %p as %p', (value, label) => {
    expect(frenchNumber(value)).toBe(label);
  });

  it('keeps the number of decimals asked for, cutting', () => {
    expect(frenchNumber(10.96, 1)).toBe('10,9');
    expect(frenchNumber(10.04, 1)).toBe('10');
  });

  it.each([-1, NaN, Infinity])('throws a RangeError on %p', (value) => {
    expect(() => frenchNumber(value)).toThrow(RangeError);
  });

  it('never reads more than the number', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (value) => {
        expect(Number(frenchNumber(value).replace(',', '.'))).toBeLessThanOrEqual(value);
      }),
    );
  });
});

describe('yearsLabel', () => {
  it.each([
    [0, '0 an'],
    [1, '1 an'],
    [1.5, '1,5 an'],
    [2, '2 ans'],
    [3.5, '3,5 ans'],
  ])('%p → %p', (years, label) => {
    expect(yearsLabel(years)).toBe(label);
  });
});

describe('groupedInteger', () => {
  it('groups thousands with a narrow no-break space', () => {
    expect(groupedInteger(1607)).toBe('1\u202f607');
    expect(groupedInteger(999)).toBe('999');
    expect(groupedInteger(1234567)).toBe('1\u202f234\u202f567');
    expect(groupedInteger(1606.9)).toBe('1\u202f606');
  });
});

import fc from 'fast-check';
import { counted, frenchDecimal, frenchList, hoursLabel, quoted, round2, trimmedOrNull } from './french-format';

describe('round2', () => {
  it('rounds halves away from zero once binary noise is removed', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(11.245)).toBe(11.25);
    expect(round2(11.244999)).toBe(11.24);
    expect(round2(9.999999999999998)).toBe(10);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(-0.001)).toBe(0);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(round2(20)).toBe(20);
  });

  it('throws a RangeError on a non-finite number', () => {
    expect(() => round2(NaN)).toThrow(RangeError);
    expect(() => round2(Infinity)).toThrow(RangeError);
  });

  it('is monotonic and at most half a hundredth away', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(round2(lo)).toBeLessThanOrEqual(round2(hi));
        expect(Math.abs(round2(a) - a)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe('frenchDecimal', () => {
  it('writes a decimal comma without trailing zeros', () => {
    expect(frenchDecimal(11.25)).toBe('11,25');
    expect(frenchDecimal(10)).toBe('10');
    expect(frenchDecimal(9.5)).toBe('9,5');
    expect(frenchDecimal(9.999)).toBe('10');
    expect(frenchDecimal(0)).toBe('0');
  });
});

describe('frenchList', () => {
  it('joins with commas and « et »', () => {
    expect(frenchList([])).toBe('');
    expect(frenchList(['BC02'])).toBe('BC02');
    expect(frenchList(['BC02', 'BC04'])).toBe('BC02 et BC04');
    expect(frenchList(['BC01', 'BC02', 'BC04'])).toBe('BC01, BC02 et BC04');
  });
});

describe('counted', () => {
  it('is singular for 0 and 1, plural from 2', () => {
    expect(counted(0, 'épreuve', 'épreuves')).toBe('0 épreuve');
    expect(counted(1, 'épreuve', 'épreuves')).toBe('1 épreuve');
    expect(counted(2, 'épreuve', 'épreuves')).toBe('2 épreuves');
  });
});

describe('hoursLabel', () => {
  it('writes hours and two-digit minutes', () => {
    expect(hoursLabel(16740)).toBe('279 h');
    expect(hoursLabel(15066)).toBe('251 h 06');
    expect(hoursLabel(15090)).toBe('251 h 30');
    expect(hoursLabel(45)).toBe('0 h 45');
    expect(hoursLabel(0)).toBe('0 h');
  });

  it('throws a RangeError on negative or fractional minutes', () => {
    expect(() => hoursLabel(-1)).toThrow(RangeError);
    expect(() => hoursLabel(1.5)).toThrow(RangeError);
  });
});

describe('quoted and trimmedOrNull', () => {
  it('quotes a trimmed label', () => {
    expect(quoted(' Oral ')).toBe('« Oral »');
  });

  it('trims, and gives null for blank text', () => {
    expect(trimmedOrNull('  motif  ')).toBe('motif');
    expect(trimmedOrNull('   ')).toBeNull();
    expect(trimmedOrNull(null)).toBeNull();
    expect(trimmedOrNull(undefined)).toBeNull();
  });
});

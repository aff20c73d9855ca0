import fc from 'fast-check';
import { isSiret, luhnValid } from './identifiers';

describe('isSiret', () => {
  it('accepts real SIRET numbers, with or without spaces', () => {
    expect(isSiret('73282932000074')).toBe(true);
    expect(isSiret('732 829 320 00074')).toBe(true);
    expect(isSiret('35600000000047')).toBe(true); // La Poste: digits add up to a multiple of 5
    expect(isSiret('35600000000048')).toBe(false); // passes Luhn, but not La Poste's rule
  });

  it('refuses wrong lengths, letters and a wrong check digit', () => {
    expect(isSiret('7328293200007')).toBe(false);
    expect(isSiret('732829320000744')).toBe(false);
    expect(isSiret('7328293200007A')).toBe(false);
    expect(isSiret('73282932000075')).toBe(false);
    expect(isSiret('')).toBe(false);
  });

  it('catches every single-digit typo (Luhn)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digits = [...'73282932000074'].map(Number);
        digits[position] = (digits[position] + delta) % 10;
        return !luhnValid(digits.join(''));
      }),
    );
  });
});

import { isDecimal, isEmailAddress } from './validators';

describe('a number with at most so many decimals', () => {
  it('takes integers and numbers with few enough decimals', () => {
    for (const value of [0, 20, 12.5, 0.01, 199.99, 1e21]) expect(isDecimal(value, 2)).toBe(true);
  });

  it('refuses more decimals, also when JSON writes them with an exponent, and anything not a finite number', () => {
    for (const value of [0.001, 1e-9, 1.5e-7, 12.345, Number.NaN, Infinity, '12', null, undefined, [1]])
      expect(isDecimal(value, 2)).toBe(false);
    expect(isDecimal(0.5, 0)).toBe(false);
  });
});

describe('an e-mail address', () => {
  it('takes addresses and refuses the rest, a lone surrogate included (class-validator threw on it)', () => {
    expect(isEmailAddress('claire.dubois@ecole.fr')).toBe(true);
    for (const value of ['\ud800', 'a\ud800@ecole.fr', 'a@\udfff.fr', 'pas-une-adresse', '', 42, null])
      expect(isEmailAddress(value)).toBe(false);
  });
});

import fc from 'fast-check';
import { luhnValid } from '@app/platform/schools/identifiers';
import { checkOptionalRpps, isRpps } from './identifiers.rules';

describe('isRpps', () => {
  it('accepts 11 digits passing the Luhn check, spaces allowed', () => {
    expect(isRpps('10000000009')).toBe(true);
    expect(isRpps('12345678903')).toBe(true);
    expect(isRpps('123 456 789 03')).toBe(true);
  });

  it('refuses a wrong key, another length, letters or a non-string', () => {
    expect(isRpps('10000000008')).toBe(false);
    expect(isRpps('1000000009')).toBe(false);
    expect(isRpps('100000000090')).toBe(false);
    expect(isRpps('1000000000A')).toBe(false);
    expect(isRpps('')).toBe(false);
    expect(isRpps(12345678903 as unknown as string)).toBe(false);
  });

  it('property: any 11 digits are an RPPS exactly when the Luhn check passes, and one changed digit breaks it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (digits) => {
        expect(isRpps(digits)).toBe(luhnValid(digits));
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), fc.nat(10), fc.integer({ min: 1, max: 9 }), (body, pos, shift) => {
        const key = [...'0123456789'].find((k) => luhnValid(body + k))!;
        const valid = body + key;
        const i = pos % 11;
        const broken = valid.slice(0, i) + String((Number(valid[i]) + shift) % 10) + valid.slice(i + 1);
        expect(isRpps(valid)).toBe(true);
        expect(isRpps(broken)).toBe(false);
      }),
    );
  });
});

describe('checkOptionalRpps', () => {
  it('gives null when nothing is given', () => {
    expect(checkOptionalRpps(null)).toEqual({ ok: true, rpps: null });
    expect(checkOptionalRpps(undefined)).toEqual({ ok: true, rpps: null });
    expect(checkOptionalRpps('   ')).toEqual({ ok: true, rpps: null });
  });

  it('stores the digits without spaces', () => {
    expect(checkOptionalRpps(' 123 456 789 03 ')).toEqual({ ok: true, rpps: '12345678903' });
  });

  it('refuses an invalid RPPS with a French message', () => {
    expect(checkOptionalRpps('12345678901')).toEqual({
      ok: false,
      code: 'RPPS_INVALID',
      message: 'Numéro RPPS invalide : « 12345678901 » (11 chiffres dont une clé de contrôle sont attendus).',
    });
  });
});

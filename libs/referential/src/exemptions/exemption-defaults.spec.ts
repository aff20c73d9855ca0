import { checkExemptionTable, ExemptionDefault } from './exemption-defaults';

const blocks = [
  { code: 'BC01', modules: [{ code: 'BC01-M1' }, { code: 'BC01-M2' }] },
  { code: 'BC04', modules: [{ code: 'BC04-M1' }] },
];
const row = (over: Partial<ExemptionDefault> = {}): ExemptionDefault => ({
  diploma: 'dei',
  blockCode: 'BC01',
  moduleCode: 'BC01-M1',
  share: 1,
  reason: 'acquis en formation infirmière',
  ...over,
});

describe('checkExemptionTable', () => {
  it('accepts a valid table, an empty one, and a whole-block line', () => {
    expect(checkExemptionTable([row(), row({ moduleCode: null, share: 0.5 }), row({ diploma: 'deas' })], blocks)).toEqual([]);
    expect(checkExemptionTable([], blocks)).toEqual([]);
  });

  it('names the line and what is wrong', () => {
    expect(
      checkExemptionTable(
        [
          row({ diploma: 'bac' as never }),
          row({ blockCode: 'BC09' }),
          row({ moduleCode: 'BC04-M1' }),
          row({ share: 0 }),
          row({ share: 1.5 }),
          row({ share: 0.333 }),
          row({ share: Number.NaN }),
          row({ reason: '  ' }),
          row(),
          row(),
        ],
        blocks,
      ),
    ).toEqual([
      { line: 1, message: 'diplôme inconnu « bac »' },
      { line: 2, message: 'le bloc « BC09 » n’existe pas dans cette version' },
      { line: 3, message: 'le module « BC04-M1 » n’appartient pas au bloc BC01' },
      { line: 4, message: 'part de dispense « 0 » invalide : entre 0,01 et 1, deux décimales au plus' },
      { line: 5, message: 'part de dispense « 1.5 » invalide : entre 0,01 et 1, deux décimales au plus' },
      { line: 6, message: 'part de dispense « 0.333 » invalide : entre 0,01 et 1, deux décimales au plus' },
      { line: 7, message: 'part de dispense « NaN » invalide : entre 0,01 et 1, deux décimales au plus' },
      { line: 8, message: 'la justification doit compter de 3 à 300 caractères' },
      { line: 10, message: 'DEI a déjà une ligne pour BC01-M1' },
    ]);
  });

  it('accepts the smallest and the largest share', () => {
    expect(checkExemptionTable([row({ share: 0.01 }), row({ moduleCode: 'BC01-M2', share: 1 })], blocks)).toEqual([]);
  });

  it('accepts every whole percentage, whatever the floating-point rounding (0.57 × 100 = 56.99…)', () => {
    for (let percent = 1; percent <= 100; percent++) {
      expect(checkExemptionTable([row({ share: percent / 100 })], blocks)).toEqual([]);
    }
  });
});

import { assertDate, assertInstant, assertSettings, DEFAULT_INTERNSHIP_SETTINGS } from './internship-settings';

describe('internship settings', () => {
  it('defaults to evaluations half-way and at the end, late after 7 days', () => {
    expect(DEFAULT_INTERNSHIP_SETTINGS).toEqual({ evaluationFractions: [0.5, 1], evaluationGraceDays: 7 });
    expect(() => assertSettings(DEFAULT_INTERNSHIP_SETTINGS)).not.toThrow();
    expect(() => assertSettings({ evaluationFractions: [1], evaluationGraceDays: 0 })).not.toThrow();
  });

  it.each([
    [[], 7],
    [[0, 1], 7],
    [[0.5, 1.5], 7],
    [[1, 0.5], 7],
    [[0.5, 0.5], 7],
    [[Number.NaN], 7],
    [[0.5], -1],
    [[0.5], 1.5],
    [[0.5], 366],
  ])('throws a RangeError on fractions %j and grace %p', (evaluationFractions, evaluationGraceDays) => {
    expect(() => assertSettings({ evaluationFractions, evaluationGraceDays })).toThrow(RangeError);
  });

  it('checks dates and instants', () => {
    expect(() => assertDate('2024-02-29')).not.toThrow();
    expect(() => assertDate('2025-02-29')).toThrow('Date invalide : « 2025-02-29 » (format attendu AAAA-MM-JJ).');
    expect(() => assertInstant(new Date('nope'))).toThrow(RangeError);
    expect(() => assertInstant('2026-01-01' as unknown as Date)).toThrow(RangeError);
    expect(() => assertInstant(new Date(0))).not.toThrow();
  });
});

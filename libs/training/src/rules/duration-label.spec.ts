import fc from 'fast-check';
import { durationLabel } from './duration-label';

describe('durationLabel', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30'],
    [125, '2 h 05'],
    [4620, '77 h'],
    [16740, '279 h'],
    [-30, '−30 min'],
  ])('%i minutes → %s', (minutes, label) => {
    expect(durationLabel(minutes)).toBe(label);
  });

  it('can be read back to the same number of minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (minutes) => {
        const match = /^(?:(\d+) h(?: (\d{2}))?|(\d+) min)$/.exec(durationLabel(minutes))!;
        expect(match).not.toBeNull();
        const back = match[3] !== undefined ? Number(match[3]) : Number(match[1]) * 60 + Number(match[2] ?? 0);
        expect(back).toBe(minutes);
      }),
    );
  });
});

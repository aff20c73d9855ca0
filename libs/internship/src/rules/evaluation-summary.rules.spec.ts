import fc from 'fast-check';
import { COMPETENCY_LEVELS, CompetencyLevel } from './evaluation.rules';
import { levelCounts } from './evaluation-summary.rules';

describe('levelCounts', () => {
  it('counts each level of the block and the competencies without one, ignoring other blocks', () => {
    expect(levelCounts({ A: 'acquired', B: 'acquired', C: 'mastered', D: null, X: 'not_acquired' }, ['A', 'B', 'C', 'D', 'E'])).toEqual({
      not_acquired: 0,
      in_progress: 0,
      acquired: 2,
      mastered: 1,
      unrated: 2,
    });
  });

  it('refuses an unknown level', () => {
    expect(() => levelCounts({ A: 'excellent' as CompetencyLevel }, ['A'])).toThrow(RangeError);
  });

  it('always adds up to the number of competencies of the block', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('A', 'B', 'C', 'D', 'E'), fc.option(fc.constantFrom(...COMPETENCY_LEVELS))),
        fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D')),
        (levels, ids) => {
          const c = levelCounts(levels, ids);
          expect(c.not_acquired + c.in_progress + c.acquired + c.mastered + c.unrated).toBe(ids.length);
        },
      ),
    );
  });
});

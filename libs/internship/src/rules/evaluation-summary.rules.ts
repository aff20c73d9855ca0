import { COMPETENCY_LEVELS, CompetencyLevel } from './evaluation.rules';

/** How many competencies of a block got each level, and how many have none. */
export type LevelCounts = Record<CompetencyLevel, number> & { unrated: number };

/**
 * Counts the levels `levels` gives to the competencies `competencyIds` (one block): one per level, and `unrated` for
 * those without a level; ids outside the list are ignored. Throws a RangeError on an unknown level.
 */
export function levelCounts(
  levels: Readonly<Record<string, CompetencyLevel | null | undefined>>,
  competencyIds: readonly string[],
): LevelCounts {
  const counts: LevelCounts = { not_acquired: 0, in_progress: 0, acquired: 0, mastered: 0, unrated: 0 };
  for (const id of competencyIds) {
    const level = Object.hasOwn(levels, id) ? levels[id] : null;
    if (level === null || level === undefined) counts.unrated++;
    else if (COMPETENCY_LEVELS.includes(level)) counts[level]++;
    else throw new RangeError(`Niveau de compétence inconnu : « ${String(level)} ».`);
  }
  return counts;
}

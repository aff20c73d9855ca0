import {
  assertEpreuves,
  assertSettings,
  AttemptStatus,
  DEFAULT_ASSESSMENT_SETTINGS,
  Epreuve,
  Mark,
  MarkSheet,
  ResultRule,
} from './assessment';
import { counted, frenchDecimal, frenchList, quoted, round2 } from './french-format';
import { markLabel, markOn20, validateMark } from './marks.rules';

/**
 * The result of an attempt at a block: `average` is the weighted average of the marks on 20 rounded to 2 decimals
 * (null while incomplete); `missing` the ids of the épreuves without a mark, in the épreuves' order; `explanation` French
 * sentences, each ending with a period.
 */
export interface AttemptResult {
  status: AttemptStatus;
  average: number | null;
  explanation: string;
  missing: string[];
}

/** Every result rule, the default first. */
export const RESULT_RULES: readonly ResultRule[] = ['weighted_average', 'all_passed'];

/**
 * The result of an attempt at a block from the marks of the block's épreuves (`marks` by épreuve id).
 * If any épreuve has no mark (neither a number nor 'absent'), the attempt is `incomplete` (« 2 épreuves sans note :
 * « Écrit » et « Oral ». »). Otherwise the average is Σ weight × mark on 20 / Σ weight, an absence counting 0, rounded to
 * 2 decimals; and under `weighted_average` (default) the attempt is passed when that rounded average ≥ `passMark`
 * (on 20, default 10: exactly 10 passes), under `all_passed` when every épreuve has a mark ≥ its own passMark (an
 * absence fails). Raising a mark never turns passed into failed. Throws a RangeError on no épreuve, épreuves of several
 * blocks or malformed, a mark for an unknown épreuve or refused by validateMark, an unknown rule, a passMark outside 0..20.
 */
export function attemptResult(
  epreuves: readonly Epreuve[],
  marks: MarkSheet,
  rule: ResultRule = 'weighted_average',
  passMark: number = DEFAULT_ASSESSMENT_SETTINGS.passMark,
): AttemptResult {
  assertEpreuves(epreuves, true);
  assertSettings({ passMark });
  if (!RESULT_RULES.includes(rule)) throw new RangeError(`Règle de résultat inconnue : « ${rule} ».`);
  const ids = new Set(epreuves.map((e) => e.id));
  for (const id of Object.keys(marks)) {
    if (!ids.has(id)) throw new RangeError(`Note pour une épreuve inconnue du bloc : « ${id} ».`);
  }
  const markOf = (e: Epreuve): Mark | null => {
    const mark = marks[e.id];
    if (mark === null || mark === undefined) return null;
    const check = validateMark(mark, e);
    if (!check.ok) throw new RangeError(`Épreuve ${quoted(e.label)} : ${check.message}`);
    return check.mark;
  };
  const given = epreuves.map((e) => ({ epreuve: e, mark: markOf(e) }));
  const missing = given.filter((g) => g.mark === null).map((g) => g.epreuve);
  if (missing.length > 0) {
    const explanation = `${counted(missing.length, 'épreuve', 'épreuves')} sans note : ${frenchList(missing.map((e) => quoted(e.label)))}.`;
    return { status: 'incomplete', average: null, explanation, missing: missing.map((e) => e.id) };
  }
  const complete = given as { epreuve: Epreuve; mark: Mark }[];
  const totalWeight = complete.reduce((sum, g) => sum + g.epreuve.weight, 0);
  const weighted = complete.reduce((sum, g) => sum + g.epreuve.weight * markOn20(g.mark, g.epreuve), 0);
  const average = Math.min(20, Math.max(0, round2(weighted / totalWeight)));
  const avg = `${frenchDecimal(average)}/20`;
  const parts: string[] = [];
  let passed: boolean;
  if (rule === 'weighted_average') {
    complete.filter((g) => g.mark === 'absent').forEach((g) => parts.push(`Épreuve ${quoted(g.epreuve.label)} absente : 0`));
    passed = average >= passMark;
    parts.push(`Moyenne pondérée ${avg} ${passed ? '≥' : '<'} ${frenchDecimal(passMark)} : bloc ${passed ? 'réussi' : 'non réussi'}`);
  } else {
    const failing = complete.filter((g) => g.mark === 'absent' || g.mark < g.epreuve.passMark);
    for (const { epreuve, mark } of failing) {
      const name = `Épreuve ${quoted(epreuve.label)}`;
      const minimum = markLabel(epreuve.passMark, epreuve);
      parts.push(
        mark === 'absent' ? `${name} absente : non réussie` : `${name} : ${markLabel(mark, epreuve)}, sous la note minimale de ${minimum}`,
      );
    }
    passed = failing.length === 0;
    parts.push(
      passed
        ? `Toutes les épreuves atteignent leur note minimale (moyenne ${avg}) : bloc réussi`
        : `${counted(failing.length, 'épreuve non réussie', 'épreuves non réussies')} (moyenne ${avg}) : bloc non réussi`,
    );
  }
  return { status: passed ? 'passed' : 'failed', average, explanation: `${parts.join('. ')}.`, missing: [] };
}

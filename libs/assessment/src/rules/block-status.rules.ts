import { addDays, addYears } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import { assertDate, assertSettings, assertText, JuryDecision } from './assessment';
import { currentDecision } from './jury.rules';

/** How a block was validated: by a jury decision in this training path, in an earlier path, or by VAE. */
export type ValidationSource = 'path' | 'earlier' | 'vae';

/** A validation recorded outside this path's jury decisions: an earlier path, or a VAE, with its date ('YYYY-MM-DD'). */
export interface PriorValidation {
  blockCode: string;
  source: 'earlier' | 'vae';
  validatedOn: string;
}

/**
 * Whether a block is acquired on a date: the validation that counts (`source`, `validatedOn`, `acquiredUntil` its last
 * acquired day, null for life), all null when not acquired; `detail` in French.
 */
export interface BlockStatus {
  blockCode: string;
  acquired: boolean;
  source: ValidationSource | null;
  validatedOn: string | null;
  acquiredUntil: string | null;
  detail: string;
}

/**
 * The last day a block validated on `validatedOn` stays acquired: addYears(validatedOn, blockValidityYears) — the
 * anniversary itself included, 29 February giving 28 February in a common year —, or null when acquired for life
 * (blockValidityYears null). Throws a RangeError on an invalid date or a number of years that is not a whole number ≥ 1.
 */
export function acquiredUntil(validatedOn: string, blockValidityYears: number | null): string | null {
  assertDate(validatedOn);
  assertSettings({ blockValidityYears });
  return blockValidityYears === null ? null : addYears(validatedOn, blockValidityYears);
}

const PRECEDENCE: Record<ValidationSource, number> = { path: 0, earlier: 1, vae: 2 };

/**
 * The status of a block on `onDate`. Candidates: the current decision of the block's jury decisions (currentDecision)
 * when « validé », dated its jury date; the prior validations of the block. A candidate counts when validatedOn ≤ onDate
 * ≤ acquiredUntil. Among those, the one acquired the longest counts (for life first; ties: path, earlier, VAE).
 * Decisions and validations of other blocks are ignored. Details: « BC02 validé par le jury du 12/06/2026, acquis
 * jusqu’au 12/06/2031 », « BC02 validé par VAE le 03/02/2024, acquis à vie », « BC02 non validé (validation du
 * 12/06/2020 expirée depuis le 13/06/2025) », « BC02 non validé (jury du 12/06/2026) », « BC02 non validé ».
 * Throws a RangeError on malformed input (see currentDecision and acquiredUntil).
 */
export function blockStatus(input: {
  blockCode: string;
  decisions: readonly JuryDecision[];
  priorValidations: readonly PriorValidation[];
  onDate: string;
  blockValidityYears: number | null;
}): BlockStatus {
  const { blockCode, onDate, blockValidityYears } = input;
  assertText(blockCode, 'Code du bloc');
  assertDate(onDate);
  assertSettings({ blockValidityYears });
  const current = currentDecision(input.decisions.filter((d) => d.blockCode === blockCode));
  const candidates: { source: ValidationSource; validatedOn: string }[] = [];
  if (current?.outcome === 'validated') candidates.push({ source: 'path', validatedOn: current.decidedOn });
  for (const p of input.priorValidations) {
    if (p.source !== 'earlier' && p.source !== 'vae') throw new RangeError(`Validation antérieure de type inconnu : « ${p.source} ».`);
    assertDate(p.validatedOn);
    if (p.blockCode === blockCode) candidates.push({ source: p.source, validatedOn: p.validatedOn });
  }
  const dated = candidates
    .filter((c) => c.validatedOn <= onDate)
    .map((c) => ({ ...c, until: acquiredUntil(c.validatedOn, blockValidityYears) }));
  const acquired = dated
    .filter((c) => c.until === null || onDate <= c.until)
    .sort((a, b) => compareUntil(b.until, a.until) || PRECEDENCE[a.source] - PRECEDENCE[b.source])[0];
  if (acquired) {
    const how =
      acquired.source === 'path'
        ? `par le jury du ${frenchDate(acquired.validatedOn)}`
        : acquired.source === 'vae'
          ? `par VAE le ${frenchDate(acquired.validatedOn)}`
          : `le ${frenchDate(acquired.validatedOn)} lors d’un parcours antérieur`;
    const until = acquired.until === null ? 'acquis à vie' : `acquis jusqu’au ${frenchDate(acquired.until)}`;
    return {
      blockCode,
      acquired: true,
      source: acquired.source,
      validatedOn: acquired.validatedOn,
      acquiredUntil: acquired.until,
      detail: `${blockCode} validé ${how}, ${until}`,
    };
  }
  const expired = dated.sort((a, b) => compareUntil(b.until, a.until))[0];
  const why = expired?.until
    ? ` (validation du ${frenchDate(expired.validatedOn)} expirée depuis le ${frenchDate(addDays(expired.until, 1))})`
    : current && current.decidedOn <= onDate
      ? ` (jury du ${frenchDate(current.decidedOn)})`
      : '';
  return { blockCode, acquired: false, source: null, validatedOn: null, acquiredUntil: null, detail: `${blockCode} non validé${why}` };
}

/** Orders last acquired days, null (for life) being the latest. */
function compareUntil(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

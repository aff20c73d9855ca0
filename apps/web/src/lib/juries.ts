import type { ChipProps } from '@mui/material';
import type { TranslateFunction } from 'react-admin';
import { errorMessage } from '../api/errors';
import type { AttemptResult, BlockOutcome, Decision, JuryBlock } from '../api/juries';
import { LOCALE } from './dates';
import { traineePath } from './paths';

export const OUTCOMES = ['validated', 'not_validated'] as const satisfies readonly BlockOutcome[];

export const OUTCOME_COLORS = { validated: 'success', not_validated: 'error' } as const satisfies Record<BlockOutcome, ChipProps['color']>;

export const RESULT_COLORS = { passed: 'success', failed: 'error', incomplete: 'warning' } as const satisfies Record<
  AttemptResult,
  ChipProps['color']
>;

/** The staff's jury pages (the `juries` resource), the trainee's « Mes résultats », a trainee's « Résultats » tab. */
export const JURIES_PATH = '/juries';
export const juryPath = (juryId: string) => `${JURIES_PATH}/${juryId}`;
export const MY_RESULTS_PATH = '/mes-resultats';
export const traineeResultsPath = (traineeId: string) => `${traineePath(traineeId)}/resultats`;

const MARK = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
/** An average on 20, « 11,25/20 ». */
export const markOn20 = (average: number | null) => (average === null ? '—' : `${MARK.format(average)}/20`);

/** « Proposition : non validé », or « Pas de proposition » (no complete attempt). */
export const proposalText = (translate: TranslateFunction, proposal: BlockOutcome | null) =>
  proposal
    ? translate('app.juries.cell.proposal', { outcome: translate(`app.juries.outcome_lower.${proposal}`) })
    : translate('app.juries.cell.no_proposal');

/** The API's French refusal of a decision (or our message for a network or server failure). */
export function refusalText(translate: TranslateFunction, error: unknown): string {
  const message = errorMessage(error);
  return translate(message, { _: message });
}

/** The jury departed from the rules' proposal (or there was none). */
export const isOverride = (decision: Pick<Decision, 'outcome' | 'proposal'>) => decision.outcome !== decision.proposal;

/**
 * What the jury may do on a block: nothing without an attempt; a decision already recorded on the latest attempt can
 * only be corrected (with a reason); « Confirmer » records the proposal when there is one and nothing decided yet.
 */
export function cellActions(block: JuryBlock) {
  const decidable = block.latestAttempt !== null;
  const correcting = decidable && block.decision?.attemptNumber === block.latestAttempt;
  return { decidable, correcting, canConfirm: decidable && !correcting && block.proposal !== null };
}

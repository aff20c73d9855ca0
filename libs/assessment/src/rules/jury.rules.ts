import { frenchDate } from '@app/platform/time/date-labels';
import {
  AFGSU_BLOCK_CODE,
  AfgsuOnJuryDate,
  assertDate,
  assertDecision,
  assertOutcome,
  assertText,
  AttemptRecord,
  BlockOutcome,
  JuryDecision,
  OUTCOME_LABELS,
  sortedAttempts,
} from './assessment';
import { quoted, trimmedOrNull } from './french-format';

/**
 * What the rules propose to the jury for a block, from the latest attempt: `proposal` null when there is no attempt or
 * the latest is incomplete; `attemptNumber` and `sessionDate` of that attempt (null without attempt); `reason` in French.
 */
export interface JuryProposal {
  proposal: BlockOutcome | null;
  attemptNumber: number | null;
  sessionDate: string | null;
  reason: string;
}

/**
 * The proposal for a block from its attempts: the latest attempt (highest number) passed → `validated`, failed →
 * `not_validated`, incomplete → no proposal (an earlier complete attempt is not used: the latest one is the one to
 * decide on); no attempt → no proposal. Throws a RangeError on malformed attempts (see sortedAttempts).
 */
export function juryProposal(attempts: readonly AttemptRecord[]): JuryProposal {
  const latest = sortedAttempts(attempts).at(-1);
  if (!latest) return { proposal: null, attemptNumber: null, sessionDate: null, reason: 'Aucun passage : pas de proposition.' };
  const which = `Passage ${latest.number} du ${frenchDate(latest.sessionDate)}`;
  const base = { attemptNumber: latest.number, sessionDate: latest.sessionDate };
  if (latest.result === 'incomplete') return { ...base, proposal: null, reason: `${which} incomplet : pas de proposition.` };
  const proposal: BlockOutcome = latest.result === 'passed' ? 'validated' : 'not_validated';
  const result = latest.result === 'passed' ? 'réussi' : 'non réussi';
  return { ...base, proposal, reason: `${which} ${result} : proposition ${quoted(OUTCOME_LABELS[proposal])}.` };
}

/** A decision the jury is about to record: the jury date, an optional comment, a reason when it corrects one. */
export interface DecisionDraft {
  blockCode: string;
  outcome: BlockOutcome;
  decidedOn: string;
  comment: string | null;
  correctionReason: string | null;
}

/** Why a decision is refused. */
export type DecisionErrorCode =
  | 'DECISION_WITHOUT_ATTEMPT'
  | 'DECISION_BEFORE_SESSION'
  | 'DECISION_BEFORE_CURRENT'
  | 'BC04_REQUIRES_AFGSU'
  | 'OVERRIDE_WITHOUT_COMMENT'
  | 'CORRECTION_WITHOUT_REASON';

/**
 * Outcome of checkDecision. Accepted: what to record with it (attempt decided on, proposal, whether it overrides it,
 * the decision it supersedes, comment and correction reason trimmed, null when blank or not a correction).
 */
export type DecisionCheck =
  | {
      ok: true;
      attemptNumber: number;
      proposal: BlockOutcome | null;
      override: boolean;
      supersedesId: string | null;
      comment: string | null;
      correctionReason: string | null;
    }
  | { ok: false; code: DecisionErrorCode; message: string };

/**
 * Whether the jury may record `draft` for the block, given the `proposal` (juryProposal of its attempts), the block's
 * `current` decision (currentDecision of its history) and, for BC04, the AFGSU on the jury date. Refusals in this order:
 * no attempt; jury date before the attempt's session; jury date before the current decision's (which would then stay
 * current); BC04 « validé » without a valid AFGSU (its reason quoted); outcome other than the proposal (or no proposal:
 * incomplete attempt) without a comment; a second decision on the same attempt (a correction, superseding the current
 * one) without a reason. Throws a RangeError on malformed input, a current decision of another block or of a later
 * attempt than the proposal's, or a BC04 « validé » draft without `afgsu`.
 */
export function checkDecision(
  proposal: JuryProposal,
  draft: DecisionDraft,
  context: { current: JuryDecision | null; afgsu?: AfgsuOnJuryDate },
): DecisionCheck {
  assertText(draft.blockCode, 'Code du bloc');
  assertOutcome(draft.outcome);
  assertDate(draft.decidedOn);
  const { current, afgsu } = context;
  const block = `Le bloc ${draft.blockCode}`;
  const refuse = (code: DecisionErrorCode, message: string): DecisionCheck => ({ ok: false, code, message });
  if (proposal.attemptNumber === null || proposal.sessionDate === null) {
    return refuse('DECISION_WITHOUT_ATTEMPT', `${block} n’a aucun passage : le jury ne peut pas se prononcer.`);
  }
  if (proposal.proposal !== null) assertOutcome(proposal.proposal);
  assertDate(proposal.sessionDate);
  const attempt = `passage ${proposal.attemptNumber} du ${frenchDate(proposal.sessionDate)}`;
  if (draft.decidedOn < proposal.sessionDate) {
    return refuse('DECISION_BEFORE_SESSION', `La décision du ${frenchDate(draft.decidedOn)} ne peut pas précéder le ${attempt}.`);
  }
  if (current) {
    assertDecision(current);
    if (current.blockCode !== draft.blockCode) throw new RangeError(`Décision en cours d’un autre bloc (${current.blockCode}).`);
    if (current.attemptNumber > proposal.attemptNumber)
      throw new RangeError('Décision en cours sur un passage postérieur à la proposition.');
    if (draft.decidedOn < current.decidedOn) {
      const message = `Une décision du ${frenchDate(current.decidedOn)} existe déjà : la nouvelle ne peut pas être datée du ${frenchDate(draft.decidedOn)}.`;
      return refuse('DECISION_BEFORE_CURRENT', message);
    }
  }
  if (draft.blockCode === AFGSU_BLOCK_CODE && draft.outcome === 'validated') {
    if (!afgsu || typeof afgsu.afgsuValid !== 'boolean')
      throw new RangeError(`AFGSU à la date du jury requise pour le bloc ${AFGSU_BLOCK_CODE}.`);
    if (!afgsu.afgsuValid) {
      const reason = trimmedOrNull(afgsu.reason)?.replace(/\.$/, '') ?? 'AFGSU non valide';
      const message = `${block} ne peut pas être déclaré « validé » sans AFGSU valide à la date du jury : ${reason}.`;
      return refuse('BC04_REQUIRES_AFGSU', message);
    }
  }
  const comment = trimmedOrNull(draft.comment);
  const override = draft.outcome !== proposal.proposal;
  if (override && comment === null) {
    const message =
      proposal.proposal === null
        ? `Sans proposition (${attempt} incomplet), la décision doit être motivée par un commentaire.`
        : `La décision s’écarte de la proposition ${quoted(OUTCOME_LABELS[proposal.proposal])} : un commentaire est obligatoire.`;
    return refuse('OVERRIDE_WITHOUT_COMMENT', message);
  }
  const correcting = current !== null && current.attemptNumber === proposal.attemptNumber;
  const correctionReason = correcting ? trimmedOrNull(draft.correctionReason) : null;
  if (correcting && correctionReason === null) {
    const earlier = `${quoted(OUTCOME_LABELS[current.outcome])}, jury du ${frenchDate(current.decidedOn)}`;
    const message = `${block} a déjà une décision pour le ${attempt} (${earlier}) : la correction doit être motivée.`;
    return refuse('CORRECTION_WITHOUT_REASON', message);
  }
  return {
    ok: true,
    attemptNumber: proposal.attemptNumber,
    proposal: proposal.proposal,
    override,
    supersedesId: correcting ? current.id : null,
    comment,
    correctionReason,
  };
}

/**
 * The decision that counts in a block's history: the latest by `decidedOn`, then by `sequence`; null for an empty
 * history. The history itself is left as it is (see decisionHistory). Throws a RangeError on a malformed decision,
 * decisions of several blocks, or two decisions with the same id or the same sequence.
 */
export function currentDecision(history: readonly JuryDecision[]): JuryDecision | null {
  return decisionHistory(history).at(-1) ?? null;
}

/** A block's decisions oldest first (by `decidedOn`, then `sequence`), as shown in its history. Throws like currentDecision. */
export function decisionHistory(history: readonly JuryDecision[]): JuryDecision[] {
  const ids = new Set<string>();
  const sequences = new Set<number>();
  for (const d of history) {
    assertDecision(d);
    if (d.blockCode !== history[0].blockCode)
      throw new RangeError(`Décisions de blocs différents : ${history[0].blockCode} et ${d.blockCode}.`);
    if (ids.has(d.id)) throw new RangeError(`Décision ${d.id} en double.`);
    if (sequences.has(d.sequence)) throw new RangeError(`Deux décisions portent le numéro d’ordre ${d.sequence}.`);
    ids.add(d.id);
    sequences.add(d.sequence);
  }
  return [...history].sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.sequence - b.sequence));
}

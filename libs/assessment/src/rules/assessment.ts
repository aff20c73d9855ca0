import { isValidDate } from '@app/platform/time/paris-time';

/** How an épreuve is taken (same codes as the `assessments.kind` column). */
export type EpreuveKind = 'written' | 'oral' | 'practical' | 'dossier' | 'tutor_evaluation';

/** Every épreuve kind, in the order forms list them. */
export const EPREUVE_KINDS: readonly EpreuveKind[] = ['written', 'oral', 'practical', 'dossier', 'tutor_evaluation'];

/**
 * An épreuve of a block (plain data): `maxMark` > 0; `passMark` from 0 to maxMark, ON THE ÉPREUVE'S OWN SCALE (10 for
 * a /20, 20 for a /40: see defaultPassMark); `weight` > 0, its share in the block's weighted average.
 */
export interface Epreuve {
  id: string;
  blockCode: string;
  kind: EpreuveKind;
  label: string;
  maxMark: number;
  passMark: number;
  weight: number;
}

/** A mark: a number from 0 to the épreuve's maxMark with at most 2 decimals, or 'absent'. */
export type Mark = number | 'absent';

/** The marks of one attempt by épreuve id; a missing key, null or undefined means no mark yet. */
export type MarkSheet = Readonly<Record<string, Mark | null | undefined>>;

/** How an attempt's result is computed from its marks (same codes as `block_result_rules.rule`). */
export type ResultRule = 'weighted_average' | 'all_passed';

/** The result of an attempt: `incomplete` while any épreuve has no mark. */
export type AttemptStatus = 'passed' | 'failed' | 'incomplete';

/** An attempt (passage) n of a trainee at a block: numbered from 1, its exam session date ('YYYY-MM-DD') and result. */
export interface AttemptRecord extends AttemptDate {
  result: AttemptStatus;
}

/** An attempt as the retake rules read it: its number and its session's date (its marks do not matter there). */
export interface AttemptDate {
  number: number;
  sessionDate: string;
}

/** What a jury decides for a block. */
export type BlockOutcome = 'validated' | 'not_validated';

/** French labels of the outcomes, as the jury reads them: « validé », « non validé ». */
export const OUTCOME_LABELS: Readonly<Record<BlockOutcome, string>> = { validated: 'validé', not_validated: 'non validé' };

/**
 * A recorded jury decision on a block (never edited: a correction is a new decision naming the one it supersedes).
 * `decidedOn` is the jury date ('YYYY-MM-DD'); `sequence` a whole number increasing in the order decisions are recorded,
 * which orders decisions of the same day. `proposal` is what the rules proposed (null when there was none).
 */
export interface JuryDecision {
  id: string;
  blockCode: string;
  attemptNumber: number;
  proposal: BlockOutcome | null;
  outcome: BlockOutcome;
  comment: string | null;
  supersedesId: string | null;
  correctionReason: string | null;
  decidedOn: string;
  sequence: number;
}

/** Whether the trainee's AFGSU is valid on the jury date, and why in French (computed by the AFGSU rules). */
export interface AfgsuOnJuryDate {
  afgsuValid: boolean;
  reason: string;
}

/**
 * The assessment settings of a CQP version (same names as the referential's rule settings): block pass mark on 20
 * for the weighted average, attempts allowed per block (first one included), years after the first attempt within
 * which retakes are allowed, years a validated block stays acquired (null: for life).
 */
export interface AssessmentSettings {
  passMark: number;
  maxAttempts: number;
  retakeWindowYears: number;
  blockValidityYears: number | null;
}

/** The settings when nothing else is configured: 10/20, 3 attempts, retakes within 5 years, blocks acquired for life. */
export const DEFAULT_ASSESSMENT_SETTINGS: Readonly<AssessmentSettings> = {
  passMark: 10,
  maxAttempts: 3,
  retakeWindowYears: 5,
  blockValidityYears: null,
};

/** The block that cannot be validated without a valid AFGSU on the jury date. */
export const AFGSU_BLOCK_CODE = 'BC04';

/** Throws a RangeError unless `date` is a valid 'YYYY-MM-DD' date. */
export function assertDate(date: string): void {
  if (!isValidDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ).`);
}

/** Throws a RangeError unless `value` is a non-blank string; `what` (a masculine noun) names it in the message. */
export function assertText(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new RangeError(`${what} manquant ou vide.`);
}

/**
 * Throws a RangeError unless the épreuves are well formed (see Epreuve), with distinct ids; with `sameBlock`, also
 * unless there is at least one and all belong to the same block.
 */
export function assertEpreuves(epreuves: readonly Epreuve[], sameBlock = false): void {
  if (sameBlock && epreuves.length === 0) throw new RangeError('Un bloc est évalué par au moins une épreuve.');
  const ids = new Set<string>();
  for (const e of epreuves) {
    assertText(e.id, 'Identifiant d’épreuve');
    assertText(e.blockCode, `Bloc de l’épreuve ${e.id}`);
    assertText(e.label, `Intitulé de l’épreuve ${e.id}`);
    if (!EPREUVE_KINDS.includes(e.kind)) throw new RangeError(`Épreuve ${e.id} : type inconnu « ${e.kind} ».`);
    if (!isFiniteNumber(e.maxMark) || e.maxMark <= 0) throw new RangeError(`Épreuve ${e.id} : note maximale invalide (${e.maxMark}).`);
    if (!isFiniteNumber(e.passMark) || e.passMark < 0 || e.passMark > e.maxMark) {
      throw new RangeError(`Épreuve ${e.id} : note minimale invalide (${e.passMark}), attendue de 0 à ${e.maxMark}.`);
    }
    if (!isFiniteNumber(e.weight) || e.weight <= 0) throw new RangeError(`Épreuve ${e.id} : coefficient invalide (${e.weight}).`);
    if (ids.has(e.id)) throw new RangeError(`Épreuve ${e.id} en double.`);
    if (sameBlock && e.blockCode !== epreuves[0].blockCode) {
      throw new RangeError(`Épreuves de blocs différents : ${epreuves[0].blockCode} et ${e.blockCode}.`);
    }
    ids.add(e.id);
  }
}

/**
 * The attempts sorted by number, after throwing a RangeError unless they are numbered 1 to n (each once), have valid
 * session dates strictly increasing with the number, and a known result where they carry one.
 */
export function sortedAttempts<A extends AttemptDate>(attempts: readonly A[]): A[] {
  const sorted = [...attempts].sort((a, b) => a.number - b.number);
  sorted.forEach((a, i) => {
    if (a.number !== i + 1) throw new RangeError(`Passages mal numérotés : 1 à ${sorted.length} attendus, ${a.number} trouvé.`);
    assertDate(a.sessionDate);
    if ('result' in a && !['passed', 'failed', 'incomplete'].includes(a.result as string))
      throw new RangeError(`Passage ${a.number} : résultat inconnu.`);
    if (i > 0 && a.sessionDate <= sorted[i - 1].sessionDate) {
      throw new RangeError(`Passage ${a.number} daté du ${a.sessionDate}, pas après le passage ${i} (${sorted[i - 1].sessionDate}).`);
    }
  });
  return sorted;
}

/** Throws a RangeError unless the decision is well formed: ids, outcome, proposal, attempt number ≥ 1, date, sequence. */
export function assertDecision(d: JuryDecision): void {
  assertText(d.id, 'Identifiant de décision');
  assertText(d.blockCode, `Bloc de la décision ${d.id}`);
  if (!isOutcome(d.outcome)) throw new RangeError(`Décision ${d.id} : résultat inconnu « ${d.outcome} ».`);
  if (d.proposal !== null && !isOutcome(d.proposal)) throw new RangeError(`Décision ${d.id} : proposition inconnue.`);
  if (!Number.isSafeInteger(d.attemptNumber) || d.attemptNumber < 1) throw new RangeError(`Décision ${d.id} : numéro de passage invalide.`);
  if (!Number.isSafeInteger(d.sequence)) throw new RangeError(`Décision ${d.id} : numéro d’ordre invalide (${d.sequence}).`);
  assertDate(d.decidedOn);
}

/** Throws a RangeError unless `outcome` is 'validated' or 'not_validated'. */
export function assertOutcome(outcome: unknown): asserts outcome is BlockOutcome {
  if (!isOutcome(outcome)) throw new RangeError(`Décision inconnue : « ${String(outcome)} ».`);
}

/**
 * Throws a RangeError unless each setting present is well formed: passMark from 0 to 20; maxAttempts and
 * retakeWindowYears whole numbers ≥ 1; blockValidityYears null or a whole number ≥ 1.
 */
export function assertSettings(settings: Partial<AssessmentSettings>): void {
  const { passMark, maxAttempts, retakeWindowYears, blockValidityYears } = settings;
  if (passMark !== undefined && (!isFiniteNumber(passMark) || passMark < 0 || passMark > 20)) {
    throw new RangeError(`Note minimale du bloc invalide : ${passMark} (de 0 à 20).`);
  }
  if (maxAttempts !== undefined) assertWholeAtLeastOne(maxAttempts, 'Nombre maximal de passages');
  if (retakeWindowYears !== undefined) assertWholeAtLeastOne(retakeWindowYears, 'Délai de rattrapage');
  if (blockValidityYears !== undefined && blockValidityYears !== null)
    assertWholeAtLeastOne(blockValidityYears, 'Durée d’acquisition d’un bloc');
}

/** True for a number that is neither NaN nor infinite. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isOutcome(value: unknown): value is BlockOutcome {
  return value === 'validated' || value === 'not_validated';
}

function assertWholeAtLeastOne(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 1)
    throw new RangeError(`${what} invalide : ${value} (un nombre entier d’au moins 1 est attendu).`);
}

import { addDays, addYears } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import { AssessmentSettings, assertDate, assertSettings, assertText, AttemptDate, JuryDecision, sortedAttempts } from './assessment';
import { acquiredUntil } from './block-status.rules';
import { counted } from './french-format';
import { currentDecision } from './jury.rules';

/** The settings the retake rules use. */
export type RetakeSettings = Pick<AssessmentSettings, 'maxAttempts' | 'retakeWindowYears' | 'blockValidityYears'>;

/** Why a new attempt at a block is refused, one code per rule. */
export type RetakeRefusalCode =
  'BLOCK_ALREADY_VALIDATED' | 'MAX_ATTEMPTS_REACHED' | 'NO_DECISION_YET' | 'RETAKE_NOT_LATER' | 'RETAKE_WINDOW_PASSED';

/**
 * Outcome of checkRetake: allowed with the new attempt's number, the attempts left after it and the last day a session
 * may be held (null before any attempt: the window starts with the first one); or refused with the rule and a French message.
 */
export type RetakeCheck =
  | { ok: true; attemptNumber: number; remainingAfter: number; deadline: string | null }
  | { ok: false; code: RetakeRefusalCode; message: string };

/**
 * What checkRetake and retakeOutlook look at: the block's attempts (numbers and dates: their results do not matter,
 * the jury's decisions do) and jury decisions (other blocks' are ignored).
 */
export interface RetakeInput {
  blockCode: string;
  attempts: readonly AttemptDate[];
  decisions: readonly JuryDecision[];
  settings: RetakeSettings;
}

/**
 * Whether the trainee may sit the block at a session on `newSessionDate`. Without any attempt: allowed as attempt 1.
 * Otherwise refused, checked in this order: the current decision is « validé » and the block still acquired on the new
 * date (BLOCK_ALREADY_VALIDATED; an expired validation no longer counts, see acquiredUntil); n attempts ≥ maxAttempts
 * (MAX_ATTEMPTS_REACHED: with 3, attempts 1 to 3 exist → no 4th); the latest attempt has no jury decision yet
 * (NO_DECISION_YET); the new date is not after the latest attempt's session (RETAKE_NOT_LATER); the new date is after
 * retakeDeadline of the first attempt, the deadline itself being allowed (RETAKE_WINDOW_PASSED). Allowed: attempt n + 1.
 * Throws a RangeError on malformed attempts, decisions or settings, or a decision on an attempt that does not exist.
 */
export function checkRetake(input: RetakeInput & { newSessionDate: string }): RetakeCheck {
  const { blockCode, newSessionDate, settings } = input;
  const { attempts, current } = readInput(input);
  assertDate(newSessionDate);
  const { maxAttempts } = settings;
  const refuse = (code: RetakeRefusalCode, message: string): RetakeCheck => ({ ok: false, code, message });
  const first = attempts[0];
  const latest = attempts.at(-1);
  if (!first || !latest) return { ok: true, attemptNumber: 1, remainingAfter: maxAttempts - 1, deadline: null };
  if (current?.outcome === 'validated') {
    const until = acquiredUntil(current.decidedOn, settings.blockValidityYears);
    if (until === null || newSessionDate <= until) {
      const acquired = until === null ? 'acquis à vie' : `acquis jusqu’au ${frenchDate(until)}`;
      const message = `Le bloc ${blockCode} est déjà validé (jury du ${frenchDate(current.decidedOn)}, ${acquired}).`;
      return refuse('BLOCK_ALREADY_VALIDATED', message);
    }
  }
  if (attempts.length >= maxAttempts) {
    const message = `${counted(maxAttempts, 'passage', 'passages')} au plus : le bloc ${blockCode} a déjà été présenté ${attempts.length} fois.`;
    return refuse('MAX_ATTEMPTS_REACHED', message);
  }
  const previous = `passage ${latest.number} du ${frenchDate(latest.sessionDate)}`;
  if (!current || current.attemptNumber !== latest.number) {
    return refuse('NO_DECISION_YET', `Le ${previous} du bloc ${blockCode} n’a pas encore de décision du jury.`);
  }
  if (newSessionDate <= latest.sessionDate) {
    return refuse('RETAKE_NOT_LATER', `La nouvelle session (${frenchDate(newSessionDate)}) doit être postérieure au ${previous}.`);
  }
  const deadline = retakeDeadline(first.sessionDate, settings);
  if (newSessionDate > deadline) {
    const message =
      `Le bloc ${blockCode} peut être repassé jusqu’au ${frenchDate(deadline)} (${counted(settings.retakeWindowYears, 'an', 'ans')} ` +
      `après le premier passage du ${frenchDate(first.sessionDate)}) : session du ${frenchDate(newSessionDate)} hors délai.`;
    return refuse('RETAKE_WINDOW_PASSED', message);
  }
  return { ok: true, attemptNumber: latest.number + 1, remainingAfter: maxAttempts - latest.number - 1, deadline };
}

/**
 * The last day a retake session may be held: addYears(firstAttemptDate, retakeWindowYears), that day included
 * (29 February + 1 year → 28 February). Throws a RangeError on an invalid date or window.
 */
export function retakeDeadline(firstAttemptDate: string, settings: Pick<AssessmentSettings, 'retakeWindowYears'>): string {
  assertDate(firstAttemptDate);
  assertSettings({ retakeWindowYears: settings.retakeWindowYears });
  return addYears(firstAttemptDate, settings.retakeWindowYears);
}

/** Attempts left under maxAttempts after `attemptCount` attempts, never below 0. Throws a RangeError on a bad count or maximum. */
export function remainingAttempts(attemptCount: number, settings: Pick<AssessmentSettings, 'maxAttempts'>): number {
  assertSettings({ maxAttempts: settings.maxAttempts });
  if (!Number.isSafeInteger(attemptCount) || attemptCount < 0) throw new RangeError(`Nombre de passages invalide : ${attemptCount}.`);
  return Math.max(0, settings.maxAttempts - attemptCount);
}

/** A trainee's retake situation for a block on « Mes résultats ». */
export interface RetakeOutlook {
  canRetake: boolean;
  remainingAttempts: number;
  deadline: string | null;
  message: string;
}

/**
 * What « Mes résultats » says about retaking a block on `today`: in this order, « Bloc validé » (current decision
 * validated and still acquired), the maximum reached, the window passed (today after the deadline), the jury decision
 * awaited for the latest attempt, else how many attempts remain and until when (« Encore 2 passages possibles, jusqu’au
 * 01/06/2026 inclus. »). Before any attempt: all attempts remain, no deadline yet. Throws like checkRetake.
 */
export function retakeOutlook(input: RetakeInput & { today: string }): RetakeOutlook {
  const { attempts, current } = readInput(input);
  assertDate(input.today);
  const remaining = remainingAttempts(attempts.length, input.settings);
  const first = attempts[0];
  const deadline = first ? retakeDeadline(first.sessionDate, input.settings) : null;
  const result = (canRetake: boolean, message: string): RetakeOutlook => ({ canRetake, remainingAttempts: remaining, deadline, message });
  const possible = counted(remaining, 'passage possible', 'passages possibles');
  if (!first || !deadline) return result(true, `${possible}.`);
  if (current?.outcome === 'validated') {
    const until = acquiredUntil(current.decidedOn, input.settings.blockValidityYears);
    if (until === null || input.today <= until) return result(false, 'Bloc validé : pas de rattrapage.');
  }
  if (remaining === 0) return result(false, `Nombre maximal de passages atteint (${input.settings.maxAttempts}).`);
  if (input.today > deadline) return result(false, `Délai de rattrapage dépassé depuis le ${frenchDate(addDays(deadline, 1))}.`);
  const latest = attempts[attempts.length - 1];
  if (current?.attemptNumber !== latest.number) return result(false, `Décision du jury attendue pour le passage ${latest.number}.`);
  return result(true, `Encore ${possible}, jusqu’au ${frenchDate(deadline)} inclus.`);
}

function readInput(input: RetakeInput): { attempts: AttemptDate[]; current: JuryDecision | null } {
  assertText(input.blockCode, 'Code du bloc');
  assertSettings(input.settings);
  const attempts = sortedAttempts(input.attempts);
  const decisions = input.decisions.filter((d) => d.blockCode === input.blockCode);
  const current = currentDecision(decisions);
  for (const d of decisions) {
    if (d.attemptNumber > attempts.length) throw new RangeError(`Décision ${d.id} sur un passage inexistant (${d.attemptNumber}).`);
  }
  return { attempts, current };
}

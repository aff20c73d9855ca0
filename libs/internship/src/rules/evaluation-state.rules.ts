import { addDays, daysBetween } from '@app/platform/time/calendar';
import { assertDate, assertInstant, assertSettings, InternshipSettings } from './internship-settings';
import { Period } from './placement.rules';

/** A tutor evaluation as stored: its due date, when a draft was first saved, when it was last submitted and reopened. */
export interface TutorEvaluation {
  id: string;
  dueOn: string;
  draftSavedAt: Date | null;
  submittedAt: Date | null;
  reopenedAt: Date | null;
}

/** Where a tutor evaluation stands (evaluationState). */
export type EvaluationState = 'not_due' | 'due' | 'late' | 'draft' | 'submitted' | 'reopened';

/**
 * The due dates of the tutor evaluations of a placement, one per fraction of settings.evaluationFractions:
 * addDays(startOn, ⌊daysBetween(startOn, endOn) × fraction⌋), so 0.5 is half-way (rounded down) and 1 the end date.
 * Fractions giving a date already given are left out (a short placement may have a single evaluation). Throws a
 * RangeError on an invalid date, an end before the start or invalid settings.
 */
export function evaluationDueDates(placement: Period, settings: InternshipSettings): { fraction: number; dueOn: string }[] {
  assertSettings(settings);
  const days = daysBetween(placement.startOn, placement.endOn);
  if (days < 0) throw new RangeError('Stage invalide : la date de fin précède la date de début.');
  const dates: { fraction: number; dueOn: string }[] = [];
  for (const fraction of settings.evaluationFractions) {
    const dueOn = addDays(placement.startOn, Math.floor(days * fraction));
    if (!dates.some((d) => d.dueOn === dueOn)) dates.push({ fraction, dueOn });
  }
  return dates;
}

/** The first day on which an evaluation due on `dueOn` and not submitted is late: addDays(dueOn, graceDays). */
export function evaluationLateOn(dueOn: string, graceDays: number): string {
  return addDays(dueOn, graceDays);
}

/**
 * Where `evaluation` stands on `today`, the first that applies: `submitted` (submitted after its last reopening, if any),
 * `reopened` (reopened by staff after its submission: the tutor may change it and submit again), `late` (today on or
 * after evaluationLateOn(dueOn, settings.evaluationGraceDays): with 7 days, due on the 10th, late from the 17th),
 * `draft` (a draft was saved), `due` (today on or after dueOn), `not_due`. Throws a RangeError on an invalid date or
 * instant, invalid settings, or a reopening without a submission.
 */
export function evaluationState(evaluation: TutorEvaluation, today: string, settings: InternshipSettings): EvaluationState {
  assertSettings(settings);
  assertDate(evaluation.dueOn);
  assertDate(today);
  const { draftSavedAt, submittedAt, reopenedAt } = evaluation;
  [draftSavedAt, submittedAt, reopenedAt].forEach((at) => at !== null && assertInstant(at));
  if (reopenedAt !== null && submittedAt === null) {
    throw new RangeError('Évaluation rouverte sans avoir été transmise.');
  }
  if (submittedAt !== null) return reopenedAt === null || submittedAt.getTime() > reopenedAt.getTime() ? 'submitted' : 'reopened';
  if (today >= evaluationLateOn(evaluation.dueOn, settings.evaluationGraceDays)) return 'late';
  if (draftSavedAt !== null) return 'draft';
  return today >= evaluation.dueOn ? 'due' : 'not_due';
}

/** Whether `evaluation` counts as transmitted: submitted and not reopened since. Throws as evaluationState. */
export function isSubmitted(evaluation: TutorEvaluation): boolean {
  return evaluationState(evaluation, evaluation.dueOn, { evaluationFractions: [1], evaluationGraceDays: 0 }) === 'submitted';
}

/**
 * Whether the tutor may change (save or submit) `evaluation`: refused with `EVALUATION_SUBMITTED` once submitted
 * (read-only until a staff reopening). Throws as evaluationState.
 */
export function checkEvaluationEdit(
  evaluation: TutorEvaluation,
): { ok: true } | { ok: false; code: 'EVALUATION_SUBMITTED'; message: string } {
  if (!isSubmitted(evaluation)) return { ok: true };
  const message = 'L’évaluation a été transmise et ne peut plus être modifiée ; l’organisme de formation peut la rouvrir.';
  return { ok: false, code: 'EVALUATION_SUBMITTED', message };
}

/** The roles who may reopen a submitted evaluation. */
export const REOPEN_ROLES = ['school_admin', 'staff'] as const;

/** The longest reason for a reopening, in characters. */
export const REOPEN_REASON_MAX_LENGTH = 500;

/**
 * Whether a person with `role` may reopen `evaluation` for `reason`. Refused, in this order: `REOPEN_FORBIDDEN`
 * (role not in REOPEN_ROLES), `EVALUATION_NOT_SUBMITTED` (not submitted, or already reopened), `REOPEN_REASON_REQUIRED`
 * (reason blank or over REOPEN_REASON_MAX_LENGTH characters). Accepted with the reason trimmed. Throws as evaluationState.
 */
export function checkReopen(
  evaluation: TutorEvaluation,
  role: string,
  reason: string | null,
):
  | { ok: true; reason: string }
  | { ok: false; code: 'REOPEN_FORBIDDEN' | 'EVALUATION_NOT_SUBMITTED' | 'REOPEN_REASON_REQUIRED'; message: string } {
  const submitted = isSubmitted(evaluation);
  if (!(REOPEN_ROLES as readonly string[]).includes(role)) {
    return { ok: false, code: 'REOPEN_FORBIDDEN', message: 'Seul l’organisme de formation peut rouvrir une évaluation transmise.' };
  }
  if (!submitted) return { ok: false, code: 'EVALUATION_NOT_SUBMITTED', message: 'L’évaluation n’a pas été transmise.' };
  const trimmed = (reason ?? '').trim();
  if (trimmed === '' || trimmed.length > REOPEN_REASON_MAX_LENGTH) {
    const message = `Le motif de réouverture est obligatoire (${REOPEN_REASON_MAX_LENGTH} caractères au plus).`;
    return { ok: false, code: 'REOPEN_REASON_REQUIRED', message };
  }
  return { ok: true, reason: trimmed };
}

/**
 * The input of the certification readiness checklist: `required` is the number of evaluations expected (all of
 * `evaluations`), `submitted` those submitted and not reopened since. Throws as evaluationState.
 */
export function tutorEvaluationsSummary(evaluations: readonly TutorEvaluation[]): { required: number; submitted: number } {
  return { required: evaluations.length, submitted: evaluations.filter(isSubmitted).length };
}

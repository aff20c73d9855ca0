import { parisDate } from '@app/platform/time/paris-time';
import { DEFAULT_INTERNSHIP_SETTINGS } from '../rules/internship-settings';
import { evaluationLateOn, evaluationState } from '../rules/evaluation-state.rules';
import { FormBlock } from './evaluation-form.service';
import { TutorEvaluation } from './tutor-evaluation.entity';
import { EvaluationFormResponse, EvaluationSummaryResponse, TutorEvaluationListItem } from './dto/tutor-evaluation.dto';

const settings = DEFAULT_INTERNSHIP_SETTINGS;
const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** Where an evaluation stands today (Europe/Paris), with its due and late dates. */
export function evaluationSummary(e: TutorEvaluation, now = new Date()): EvaluationSummaryResponse {
  return {
    id: e.id,
    placementId: e.placementId,
    dueOn: e.dueOn,
    lateOn: evaluationLateOn(e.dueOn, settings.evaluationGraceDays),
    state: evaluationState(e, parisDate(now), settings),
    draftSavedAt: e.draftSavedAt,
    submittedAt: e.submittedAt,
    reopenedAt: e.reopenedAt,
    reopenReason: e.reopenReason,
    updatedAt: e.updatedAt,
  };
}

/** An evaluation in a tutor's list (its placement loaded). */
export function evaluationListItem(e: TutorEvaluation, now = new Date()): TutorEvaluationListItem {
  const p = e.placement!;
  return {
    ...evaluationSummary(e, now),
    traineeName: fullName(p.trainee!),
    hostSiteName: p.hostSite!.name,
    startOn: p.startOn,
    endOn: p.endOn,
  };
}

/** The whole grid: the form's blocks and competencies with the saved levels and comments. */
export function evaluationFormView(e: TutorEvaluation, blocks: FormBlock[], readOnly: boolean): EvaluationFormResponse {
  const tutor = e.placement!.tutor!;
  return {
    ...evaluationListItem(e),
    tutorName: fullName(tutor),
    readOnly,
    blocks: blocks.map((b) => ({
      ...b,
      competencies: b.competencies.map((c) => ({
        ...c,
        level: Object.hasOwn(e.levels, c.code) ? e.levels[c.code] : null,
        comment: Object.hasOwn(e.comments, c.code) ? e.comments[c.code] : null,
      })),
    })),
    overallComment: e.overallComment,
    tutorHasAccount: tutor.accountId !== null,
  };
}

import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db } from '@app/platform';
import { checkEvaluationSubmission, CompetencyLevel, EvaluationDraft, formCompetencyIds } from '../rules/evaluation.rules';
import { checkEvaluationEdit, isSubmitted } from '../rules/evaluation-state.rules';
import { asEvaluationForm, EvaluationFormService } from './evaluation-form.service';
import { evaluationFormView } from './evaluation-views';
import { TutorEvaluation } from './tutor-evaluation.entity';
import { EvaluationAnswersRequest, EvaluationFormResponse } from './dto/tutor-evaluation.dto';

/** How the tutor reached the evaluation (kept in the audit trail). */
export type EvaluationAccess = 'link' | 'account' | 'staff';

/** Answers without empty entries (what is stored). */
function stored(input: EvaluationAnswersRequest): {
  levels: Record<string, CompetencyLevel>;
  comments: Record<string, string>;
  overallComment: string | null;
} {
  const levels = Object.fromEntries(Object.entries(input.levels).filter(([, v]) => v !== null)) as Record<string, CompetencyLevel>;
  const comments = Object.fromEntries(
    Object.entries(input.comments)
      .map(([k, v]) => [k, v?.trim() ?? ''] as const)
      .filter(([, v]) => v !== ''),
  );
  const overall = input.overallComment?.trim() ?? '';
  return { levels, comments, overallComment: overall === '' ? null : overall };
}

/**
 * Filling one evaluation, whichever way the tutor came (magic link or account): the grid, saving a draft (never
 * refused for its content; refused once submitted) and submitting (every competency with a level and an overall
 * comment; then read-only). The caller has found and locked the evaluation, with its placement.
 */
@Injectable()
export class EvaluationFillingService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly forms: EvaluationFormService,
  ) {}

  async view(evaluation: TutorEvaluation, access: EvaluationAccess): Promise<EvaluationFormResponse> {
    const readOnly = access === 'staff' || isSubmitted(evaluation);
    return evaluationFormView(evaluation, await this.forms.blocksOf(evaluation.placement!), readOnly);
  }

  async saveDraft(evaluation: TutorEvaluation, input: EvaluationAnswersRequest, access: EvaluationAccess): Promise<EvaluationFormResponse> {
    this.assertEditable(evaluation);
    const now = new Date();
    Object.assign(evaluation, stored(input), { draftSavedAt: evaluation.draftSavedAt ?? now });
    await this.db.tx.update(
      TutorEvaluation,
      { id: evaluation.id },
      {
        levels: evaluation.levels,
        comments: evaluation.comments,
        overallComment: evaluation.overallComment,
        draftSavedAt: evaluation.draftSavedAt,
      },
    );
    return this.view(await this.reload(evaluation), access);
  }

  /** Submits `input` (nothing is written when it is refused). */
  async submit(evaluation: TutorEvaluation, input: EvaluationAnswersRequest, access: EvaluationAccess): Promise<EvaluationFormResponse> {
    this.assertEditable(evaluation);
    const blocks = await this.forms.blocksOf(evaluation.placement!);
    const form = asEvaluationForm(blocks);
    const answers = stored(input);
    const draft: EvaluationDraft = answers;
    const check = checkEvaluationSubmission(form, draft);
    if (!check.ok) {
      const errors: Record<string, string[]> = {};
      for (const e of check.errors) (errors[e.field] ??= []).push(e.message);
      for (const code of formCompetencyIds(form).filter((id) => !answers.levels[id])) errors[`levels.${code}`] = ['niveau à choisir'];
      const message = `L’évaluation n’est pas complète, rien n’est transmis : ${check.errors.map((e) => e.message).join(' ')}`;
      throw new AppError(400, 'EVALUATION_INCOMPLETE', message, errors);
    }
    const before = {
      levels: evaluation.levels,
      comments: evaluation.comments,
      overallComment: evaluation.overallComment,
      submittedAt: evaluation.submittedAt,
    };
    const now = new Date();
    await this.db.tx.update(
      TutorEvaluation,
      { id: evaluation.id },
      { ...answers, draftSavedAt: evaluation.draftSavedAt ?? now, submittedAt: now },
    );
    await this.audit.record({
      entityType: 'tutor_evaluation',
      entityId: evaluation.id,
      action: 'tutor_evaluation.submitted',
      before,
      after: { ...answers, submittedAt: now, tutorId: evaluation.placement!.tutorId, via: access },
    });
    return this.view(await this.reload(evaluation), access);
  }

  private assertEditable(evaluation: TutorEvaluation): void {
    const edit = checkEvaluationEdit(evaluation);
    if (!edit.ok) throw new AppError(409, edit.code, edit.message);
  }

  private async reload(evaluation: TutorEvaluation): Promise<TutorEvaluation> {
    const fresh = await this.db.tx.findOneByOrFail(TutorEvaluation, { id: evaluation.id });
    return Object.assign(fresh, { placement: evaluation.placement });
  }
}

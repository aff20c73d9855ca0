import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, notFound } from '@app/platform';
import { DEFAULT_INTERNSHIP_SETTINGS } from '../rules/internship-settings';
import { evaluationDueDates } from '../rules/evaluation-state.rules';
import { checkEvaluationDates, planEvaluationSchedule, redatedSchedule, ScheduledEvaluation } from '../rules/evaluation-schedule.rules';
import { Placement } from '../placements/placement.entity';
import { TutorEvaluation } from './tutor-evaluation.entity';
import { TutorEvaluationRepository } from './tutor-evaluation.repository';

const scheduled = (e: TutorEvaluation): ScheduledEvaluation => ({
  id: e.id,
  dueOn: e.dueOn,
  locked: e.draftSavedAt !== null || e.submittedAt !== null,
});

/**
 * When a placement's tutor evaluations are due: at the default fractions of the placement when it is created, moved
 * with its dates (never an evaluation already drafted or submitted), or on dates staff choose for the placement.
 */
@Injectable()
export class EvaluationScheduleService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly evaluations: TutorEvaluationRepository,
  ) {}

  /** After a placement is created or changed: creates its evaluations, or re-dates them when its dates moved. */
  async placementSaved(placementId: string, previous: { startOn: string; endOn: string } | null): Promise<void> {
    const placement = await this.db.tx.findOneByOrFail(Placement, { id: placementId });
    if (previous && previous.startOn === placement.startOn && previous.endOn === placement.endOn) return;
    const computed = evaluationDueDates(placement, DEFAULT_INTERNSHIP_SETTINGS).map((d) => d.dueOn);
    const existing = (await this.evaluations.ofPlacement(placementId)).map(scheduled);
    await this.apply(placement, existing, redatedSchedule(existing, computed), previous ? 'placement_dates_changed' : 'placement_created');
  }

  /** Staff set the placement's own due dates (within it, distinct; a drafted or submitted one stays). */
  async setDates(placementId: string, dates: string[]): Promise<void> {
    const placement = await this.db.tx.findOne(Placement, { where: { id: placementId }, lock: { mode: 'pessimistic_write' } });
    if (!placement) throw notFound('Stage');
    const existing = (await this.evaluations.ofPlacement(placementId)).map(scheduled);
    const check = checkEvaluationDates(placement, dates, existing);
    if (!check.ok) {
      throw new AppError(check.code === 'EVALUATION_DATES_LOCKED' ? 409 : 400, check.code, check.message, { dates: [check.message] });
    }
    await this.apply(placement, existing, check.dates, 'staff');
  }

  private async apply(placement: Placement, existing: ScheduledEvaluation[], dates: string[], cause: string): Promise<void> {
    const plan = planEvaluationSchedule(existing, dates);
    if (plan.update.length + plan.create.length + plan.remove.length === 0) return;
    for (const u of plan.update) await this.db.tx.update(TutorEvaluation, { id: u.id }, { dueOn: u.dueOn });
    if (plan.remove.length > 0) await this.db.tx.delete(TutorEvaluation, plan.remove);
    if (plan.create.length > 0) {
      await this.db.tx.insert(
        TutorEvaluation,
        plan.create.map((dueOn) => ({ schoolId: placement.schoolId, placementId: placement.id, dueOn })),
      );
    }
    await this.audit.record({
      entityType: 'placement',
      entityId: placement.id,
      action: 'tutor_evaluations.scheduled',
      before: { dueDates: existing.map((e) => e.dueOn).sort() },
      after: { dueDates: dates },
      reason: cause,
    });
  }
}

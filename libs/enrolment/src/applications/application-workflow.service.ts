import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, notFound } from '@app/platform';
import { ApplicationStatus, checkTransition, STATUS_LABELS, TransitionContext } from '../rules/application-status.rules';
import { Assessment } from './application-assessment.service';
import { Application } from './application.entity';

/** Loads applications of the caller's school and moves them along the workflow table, every move audited. */
@Injectable()
export class ApplicationWorkflow {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async load(id: string): Promise<Application> {
    const application = await this.db.tx.findOneBy(Application, { id });
    if (!application) throw notFound('Candidature');
    return application;
  }

  context(application: Application, a: Assessment): TransitionContext {
    return {
      complete: a.complete,
      eligible: a.eligibility.eligible,
      eligibilityOverridden: application.eligibilityOverride,
      interviewOutcomeRecorded: application.interviewOutcome !== null,
    };
  }

  /** Refuses (409, naming the rule) a move the table or its condition does not allow. */
  check(application: Application, a: Assessment, to: ApplicationStatus, changes: Partial<Application> = {}): void {
    const check = checkTransition(application.status, to, 'staff', this.context({ ...application, ...changes }, a));
    if (!check.ok) throw new AppError(409, check.code, check.message);
  }

  /** One move of the workflow table by staff, checked and audited (who, when, why), with the fields it sets. */
  async move(
    application: Application,
    a: Assessment,
    to: ApplicationStatus,
    reason: string,
    changes: Partial<Application> = {},
  ): Promise<void> {
    this.check(application, a, to, changes);
    await this.db.tx.update(Application, { id: application.id }, { ...changes, status: to });
    await this.audit.record({
      entityType: 'application',
      entityId: application.id,
      action: 'application.status_changed',
      before: { status: application.status },
      after: { status: to, label: STATUS_LABELS[to], ...changes },
      reason,
    });
  }
}

import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { Account, AppError, AuditService, Caller, Db, FileStorage, notFound, RequestContext } from '@app/platform';
import { ReferentialService } from '@app/referential';
import { PlansService, TraineesService } from '@app/training';
import { Cohort } from '@app/training/cohorts/cohort.entity';
import { ApplicationDocument } from '../documents/application-document.entity';
import { ApplicationStatus, checkTransition, STATUS_LABELS, TransitionContext, TRANSITIONS } from '../rules/application-status.rules';
import { DEFAULT_EXEMPTIONS, ProposedExemption, proposeExemptions } from '../rules/positioning.rules';
import { DOCUMENT_LABELS } from '../rules/documents.rules';
import { ApplicationAssessmentService, Assessment } from './application-assessment.service';
import { Application } from './application.entity';
import { ApplicationDetailResponse, ApplicationQuery, ApplicationSummaryResponse, EnrolExemption } from './dto/application.dto';

const SORT = { createdAt: 'a.created_at', lastName: 'a.last_name' } as const;
/** Types a browser may show inline without risk (never HTML or SVG, which are refused at upload anyway). */
const INLINE = ['application/pdf', 'image/jpeg', 'image/png'];

/** The staff's side of admissions: the files of the school, their documents, the workflow. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly db: Db,
    private readonly assessment: ApplicationAssessmentService,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly context: RequestContext,
    private readonly referential: ReferentialService,
    private readonly trainees: TraineesService,
    private readonly plans: PlansService,
  ) {}

  async list(q: ApplicationQuery): Promise<[ApplicationSummaryResponse[], number]> {
    const qb = this.db.tx
      .createQueryBuilder(Application, 'a')
      .innerJoin(Cohort, 'c', 'c.id = a.cohort_id')
      .addSelect('c.name', 'cohort_name');
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('a.last_name ILIKE :like', { like })
            .orWhere('a.first_name ILIKE :like', { like })
            .orWhere('a.email ILIKE :like', { like })
            .orWhere('a.reference ILIKE :like', { like }),
        ),
      );
    }
    if (q.status) qb.andWhere('a.status = :status', { status: q.status });
    if (q.cohortId) qb.andWhere('a.cohort_id = :cohortId', { cohortId: q.cohortId });
    const total = await qb.clone().getCount();
    const { entities, raw } = await qb
      .orderBy(SORT[q.sort], q.direction)
      .addOrderBy('a.id')
      .offset(q.skip)
      .limit(q.pageSize)
      .getRawAndEntities<{ cohort_name: string }>();
    return [entities.map((a, i) => summary(a, raw[i].cohort_name)), total];
  }

  private async entity(id: string): Promise<Application> {
    const application = await this.db.tx.findOneBy(Application, { id });
    if (!application) throw notFound('Candidature');
    return application;
  }

  async get(id: string): Promise<ApplicationDetailResponse> {
    const application = await this.entity(id);
    const a = await this.assessment.assess(application);
    const context = {
      complete: a.complete,
      eligible: a.eligibility.eligible,
      eligibilityOverridden: application.eligibilityOverride,
      interviewOutcomeRecorded: false,
    };
    return {
      ...summary(application, a.cohort.name),
      phone: application.phone,
      situation: application.situation,
      diplomas: application.diplomas,
      secretaryExperienceYears: application.secretaryExperienceYears,
      hiredAsAssistantOn: application.hiredAsAssistantOn,
      employerName: application.employerName,
      fundingPath: application.fundingPath,
      vae: application.vae,
      vaeExperienceHours: application.vaeExperienceHours,
      eligible: a.eligibility.eligible,
      eligibility: a.eligibility.explanation,
      eligibilityOverride: application.eligibilityOverride,
      eligibilityOverrideReason: application.eligibilityOverrideReason,
      checklist: a.checklist,
      documents: a.documents.map((d) => ({
        id: d.id,
        kind: d.kind,
        label: DOCUMENT_LABELS[d.kind],
        status: d.status,
        contentType: d.contentType,
        size: d.size,
        sha256: d.sha256,
        fileName: d.fileName,
        rejectionReason: d.rejectionReason,
        uploadedAt: d.uploadedAt,
      })),
      deadlines: a.deadlines,
      interviewAt: application.interviewAt,
      interviewOutcome: application.interviewOutcome,
      interviewNotes: application.interviewNotes,
      traineeId: application.traineeId,
      nextStatuses: TRANSITIONS[application.status].filter((to) => checkTransition(application.status, to, 'staff', context).ok),
    };
  }

  /** Accepts or rejects a document; a rejection's reason is shown to the candidate, who can send another. */
  async review(
    id: string,
    documentId: string,
    decision: { accept: true } | { accept: false; reason: string },
  ): Promise<ApplicationDetailResponse> {
    const application = await this.entity(id);
    const document = await this.db.tx.findOneBy(ApplicationDocument, { id: documentId, applicationId: application.id });
    if (!document) throw notFound('Pièce');
    const status = decision.accept ? 'accepted' : 'rejected';
    const rejectionReason = decision.accept ? null : decision.reason;
    await this.db.tx.update(
      ApplicationDocument,
      { id: documentId },
      { status, rejectionReason, reviewedBy: this.context.caller?.accountId ?? null, reviewedAt: new Date() },
    );
    await this.audit.record({
      entityType: 'application_document',
      entityId: documentId,
      action: `application_document.${status}`,
      before: { status: document.status },
      after: { status },
      reason: rejectionReason,
    });
    return this.get(id);
  }

  /** The bytes of a document: inline for PDF and images (preview), else as an attachment. */
  async file(
    id: string,
    documentId: string,
    inline: boolean,
  ): Promise<{ document: ApplicationDocument; body: Readable; disposition: string }> {
    await this.entity(id);
    const document = await this.db.tx.findOneBy(ApplicationDocument, { id: documentId, applicationId: id });
    if (!document) throw notFound('Pièce');
    const kind = inline && INLINE.includes(document.contentType) ? 'inline' : 'attachment';
    const name = encodeURIComponent(document.fileName);
    return {
      document,
      body: await this.storage.get(document.storageKey),
      disposition: `${kind}; filename="document"; filename*=UTF-8''${name}`,
    };
  }

  /** Moves the application along the workflow table; every decision records who, when and why. */
  async changeStatus(id: string, to: ApplicationStatus, reason: string): Promise<ApplicationDetailResponse> {
    const application = await this.entity(id);
    const a = await this.assessment.assess(application);
    await this.move(application, a, to, reason);
    return this.get(id);
  }

  private transitionContext(application: Application, a: Assessment): TransitionContext {
    return {
      complete: a.complete,
      eligible: a.eligibility.eligible,
      eligibilityOverridden: application.eligibilityOverride,
      interviewOutcomeRecorded: application.interviewOutcome !== null,
    };
  }

  /** One move of the workflow table, checked and audited (who, when, why). */
  private async move(
    application: Application,
    a: Assessment,
    to: ApplicationStatus,
    reason: string,
    changes: Partial<Application> = {},
  ): Promise<void> {
    const check = checkTransition(application.status, to, 'staff', this.transitionContext({ ...application, ...changes }, a));
    if (!check.ok) throw new AppError(409, check.code, check.message);
    const id = application.id;
    await this.db.tx.update(Application, { id }, { ...changes, status: to });
    await this.audit.record({
      entityType: 'application',
      entityId: id,
      action: 'application.status_changed',
      before: { status: application.status },
      after: { status: to, label: STATUS_LABELS[to], ...changes },
      reason,
    });
  }

  /** Schedules the entretien de positionnement (complete file; eligible or overridden). */
  async scheduleInterview(id: string, at: string, interviewerId: string | null): Promise<ApplicationDetailResponse> {
    const application = await this.entity(id);
    if (interviewerId && !(await this.db.tx.existsBy(Account, { id: interviewerId }))) {
      throw new AppError(400, 'UNKNOWN_INTERVIEWER', 'Cette personne n’a pas de compte dans votre école.', { interviewerId: ['inconnu'] });
    }
    const when = new Date(at);
    await this.move(
      application,
      await this.assessment.assess(application),
      'interview_scheduled',
      `Entretien prévu le ${when.toISOString()}`,
      {
        interviewAt: when,
        interviewerId,
      },
    );
    return this.get(id);
  }

  /** Records how the interview went; the file can then be decided. */
  async recordInterview(id: string, outcome: Application['interviewOutcome'], notes: string): Promise<ApplicationDetailResponse> {
    const application = await this.entity(id);
    await this.move(application, await this.assessment.assess(application), 'interviewed', notes, {
      interviewOutcome: outcome,
      interviewNotes: notes,
    });
    return this.get(id);
  }

  /** The exemptions the rules propose from the candidate's diplomas (staff adjust them before enrolling). */
  async proposal(id: string): Promise<ProposedExemption[]> {
    const application = await this.entity(id);
    const cohort = await this.db.tx.findOneByOrFail(Cohort, { id: application.cohortId });
    const version = await this.referential.getVersion(cohort.versionId);
    const blocks = (version.blocks ?? []).map((b) => ({
      id: b.id,
      code: b.code,
      plannedMinutes: b.plannedMinutes,
      modules: b.modules ?? [],
    }));
    // AFGSU attestations are not tracked yet: the AFGSU module is never proposed (it needs a valid attestation).
    return proposeExemptions(application.diplomas, DEFAULT_EXEMPTIONS, blocks, false);
  }

  /**
   * Enrols an admitted candidate: the trainee (invited by e-mail) and their individual plan are created in
   * the request's transaction, with the application's move to "enrolled": all or nothing.
   */
  async enrol(
    caller: Caller,
    id: string,
    exemptions: EnrolExemption[],
  ): Promise<{ traineeId: string; application: ApplicationDetailResponse }> {
    const application = await this.entity(id);
    const a = await this.assessment.assess(application);
    const check = checkTransition(application.status, 'enrolled', 'staff', this.transitionContext(application, a));
    if (!check.ok) throw new AppError(409, check.code, check.message);
    const [trainee] = await this.trainees.add(caller, application.cohortId, [
      { lastName: application.lastName, firstName: application.firstName, email: application.email, phone: application.phone },
    ]);
    for (const e of exemptions) {
      await this.plans.addExemption(trainee.id, {
        blockId: e.blockId,
        moduleId: e.moduleId ?? null,
        minutes: e.minutes,
        justification: e.justification,
      });
    }
    await this.move(application, a, 'enrolled', 'Inscription dans la session', { traineeId: trainee.id });
    return { traineeId: trainee.id, application: await this.get(id) };
  }

  async overrideEligibility(id: string, override: boolean, justification: string): Promise<ApplicationDetailResponse> {
    const application = await this.entity(id);
    await this.db.tx.update(
      Application,
      { id },
      { eligibilityOverride: override, eligibilityOverrideReason: override ? justification : null },
    );
    await this.audit.record({
      entityType: 'application',
      entityId: id,
      action: override ? 'application.eligibility_overridden' : 'application.eligibility_override_removed',
      before: { eligibilityOverride: application.eligibilityOverride },
      after: { eligibilityOverride: override },
      reason: justification,
    });
    return this.get(id);
  }
}

function summary(a: Application, cohortName: string): ApplicationSummaryResponse {
  return {
    id: a.id,
    reference: a.reference,
    status: a.status,
    statusLabel: STATUS_LABELS[a.status],
    lastName: a.lastName,
    firstName: a.firstName,
    email: a.email,
    cohortId: a.cohortId,
    cohortName,
    submittedAt: a.submittedAt,
    createdAt: a.createdAt,
  };
}

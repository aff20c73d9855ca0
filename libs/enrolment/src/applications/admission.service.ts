import { Injectable } from '@nestjs/common';
import { AfgsuAttestationsService } from '@app/afgsu';
import { Account, AppError, AuditService, Caller, Db, ReminderEvents } from '@app/platform';
import { addYears } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { ExemptionTableService, ReferentialService, RuleSettingsService } from '@app/referential';
import { PlansService, TraineesService } from '@app/training';
import { Cohort } from '@app/training/cohorts/cohort.entity';
import { ApplicationDocument } from '../documents/application-document.entity';
import { ProposedExemption, proposeExemptions } from '../rules/positioning.rules';
import { ApplicationAssessmentService } from './application-assessment.service';
import { ApplicationWorkflow } from './application-workflow.service';
import { Application } from './application.entity';
import { EnrolExemption } from './dto/application.dto';

/** The AFGSU a candidate declared, as the positioning proposal sees it. */
export interface DeclaredAfgsu {
  /** The copy is accepted and the attestation still valid on the day training starts (or today, if later). */
  valid: boolean;
  expiresOn: string | null;
  /** The accepted copy, if any. */
  copy: ApplicationDocument | null;
}

/** Selection and admission: interview, eligibility override, positioning proposal, enrolment into the cohort. */
@Injectable()
export class AdmissionService {
  constructor(
    private readonly db: Db,
    private readonly assessment: ApplicationAssessmentService,
    private readonly workflow: ApplicationWorkflow,
    private readonly audit: AuditService,
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
    private readonly exemptionTable: ExemptionTableService,
    private readonly trainees: TraineesService,
    private readonly plans: PlansService,
    private readonly afgsu: AfgsuAttestationsService,
    private readonly reminders: ReminderEvents,
  ) {}

  /**
   * Schedules the entretien de positionnement (complete file; eligible or overridden), or moves it while it is still to
   * come (another date or interviewer, audited). Its reminder follows: a new one for the new day, the old one dropped.
   */
  async scheduleInterview(id: string, at: string, interviewerId: string | null): Promise<void> {
    const application = await this.workflow.load(id);
    if (interviewerId && !(await this.db.tx.existsBy(Account, { id: interviewerId }))) {
      throw new AppError(400, 'UNKNOWN_INTERVIEWER', 'Cette personne n’a pas de compte dans votre école.', { interviewerId: ['inconnu'] });
    }
    const when = new Date(at);
    if (application.status === 'interview_scheduled') {
      await this.db.tx.update(Application, { id }, { interviewAt: when, interviewerId });
      await this.audit.record({
        entityType: 'application',
        entityId: id,
        action: 'application.interview_moved',
        before: { interviewAt: application.interviewAt, interviewerId: application.interviewerId },
        after: { interviewAt: when, interviewerId },
      });
    } else {
      await this.workflow.move(
        application,
        await this.assessment.assess(application),
        'interview_scheduled',
        `Entretien prévu le ${when.toISOString()}`,
        { interviewAt: when, interviewerId },
      );
    }
    await this.reminders.changed();
  }

  /** Records how the interview went; the file can then be decided. */
  async recordInterview(id: string, outcome: Application['interviewOutcome'], notes: string): Promise<void> {
    const application = await this.workflow.load(id);
    await this.workflow.move(application, await this.assessment.assess(application), 'interviewed', notes, {
      interviewOutcome: outcome,
      interviewNotes: notes,
    });
  }

  async overrideEligibility(id: string, override: boolean, justification: string): Promise<void> {
    const application = await this.workflow.load(id);
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
  }

  /** The declared AFGSU counts when its copy is accepted and it is valid the day training starts (or today, if later). */
  async declaredAfgsu(application: Application, cohort: Cohort): Promise<DeclaredAfgsu> {
    if (!application.afgsuIssuedOn) return { valid: false, expiresOn: null, copy: null };
    const { afgsuValidityYears } = await this.settings.settingsFor(cohort.versionId);
    const expiresOn = addYears(application.afgsuIssuedOn, afgsuValidityYears);
    const copies = await this.db.tx.find(ApplicationDocument, {
      where: { applicationId: application.id, kind: 'afgsu' },
      order: { uploadedAt: 'DESC', id: 'DESC' },
      take: 1,
    });
    const today = parisDate(new Date());
    const from = cohort.startDate > today ? cohort.startDate : today;
    const copy = copies[0]?.status === 'accepted' ? copies[0] : null;
    return { valid: copy !== null && expiresOn >= from, expiresOn, copy };
  }

  /** The exemptions the school's exemption table proposes from the candidate's diplomas (staff adjust them). */
  async proposal(id: string): Promise<ProposedExemption[]> {
    const application = await this.workflow.load(id);
    const cohort = await this.db.tx.findOneByOrFail(Cohort, { id: application.cohortId });
    const version = await this.referential.getVersion(cohort.versionId);
    const { rows } = await this.exemptionTable.tableFor(cohort.versionId);
    const blocks = (version.blocks ?? []).map((b) => ({
      id: b.id,
      code: b.code,
      plannedMinutes: b.plannedMinutes,
      modules: b.modules ?? [],
    }));
    const afgsu = await this.declaredAfgsu(application, cohort);
    return proposeExemptions(application.diplomas, rows, blocks, afgsu.valid);
  }

  /**
   * Enrols an admitted candidate: the trainee (invited by e-mail), their individual plan and the AFGSU attestation they
   * declared (when staff accepted its copy, which is the check) are created in the request's transaction, with the
   * application's move to "enrolled": all or nothing.
   */
  async enrol(caller: Caller, id: string, exemptions: EnrolExemption[]): Promise<string> {
    const application = await this.workflow.load(id);
    const a = await this.assessment.assess(application);
    this.workflow.check(application, a, 'enrolled');
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
    const declared = await this.declaredAfgsu(application, a.cohort);
    if (declared.copy && application.afgsuLevel && application.afgsuIssuedOn) {
      const copy = declared.copy;
      await this.afgsu.recordCheckedPrior(trainee.id, {
        level: application.afgsuLevel,
        issuedOn: application.afgsuIssuedOn,
        issuingCentre: 'Attestation fournie à la candidature',
        document: { key: copy.storageKey, type: copy.contentType, size: copy.size, sha256: copy.sha256, name: copy.fileName },
      });
    }
    await this.workflow.move(application, a, 'enrolled', 'Inscription dans la session', { traineeId: trainee.id });
    return trainee.id;
  }
}

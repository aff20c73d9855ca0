import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, FileStorage, MailService, notFound, RequestContext, toCsv } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { parisDate, parisTime } from '@app/platform/time/paris-time';
import { ApplicationDocument } from '../documents/application-document.entity';
import { ApplicationStatus, checkTransition, TRANSITIONS } from '../rules/application-status.rules';
import { FUNDING_PATH_LABELS, SITUATION_LABELS } from '../rules/candidate';
import { DOCUMENT_LABELS } from '../rules/documents.rules';
import { ApplicationAssessmentService } from './application-assessment.service';
import { ApplicationListRepository, applicationSummary } from './application-list.repository';
import { ApplicationWorkflow } from './application-workflow.service';
import { Application } from './application.entity';
import { ApplicationDetailResponse, ApplicationFilters, ApplicationQuery, ApplicationSummaryResponse } from './dto/application.dto';

/** Types a browser may show inline without risk (never HTML or SVG, which are refused at upload anyway). */
const INLINE = ['application/pdf', 'image/jpeg', 'image/png'];
/** Statuses a rejected document sends back to « Incomplète », so that the candidate can mend and send the file again. */
const REOPENED_BY_REJECTION: ApplicationStatus[] = ['submitted', 'complete'];

/** The staff's side of admissions: the files of the school, their documents, the workflow, the export. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly db: Db,
    private readonly assessment: ApplicationAssessmentService,
    private readonly workflow: ApplicationWorkflow,
    private readonly list: ApplicationListRepository,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly mail: MailService,
    private readonly context: RequestContext,
  ) {}

  page(q: ApplicationQuery): Promise<[ApplicationSummaryResponse[], number]> {
    return this.list.page(q);
  }

  async get(id: string): Promise<ApplicationDetailResponse> {
    const application = await this.workflow.load(id);
    const a = await this.assessment.assess(application);
    const context = this.workflow.context(application, a);
    const missing = a.checklist.filter((c) => c.status === null || c.status === 'rejected').length;
    return {
      ...applicationSummary(application, a.cohort.name, a.eligibility.eligible, missing),
      phone: application.phone,
      situation: application.situation,
      diplomas: application.diplomas,
      secretaryExperienceYears: application.secretaryExperienceYears,
      hiredAsAssistantOn: application.hiredAsAssistantOn,
      employerName: application.employerName,
      fundingPath: application.fundingPath,
      vae: application.vae,
      vaeExperienceHours: application.vaeExperienceHours,
      afgsuLevel: application.afgsuLevel,
      afgsuIssuedOn: application.afgsuIssuedOn,
      eligibility: a.eligibility.explanation,
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

  /**
   * Accepts or rejects a document. A rejection's reason is shown to the candidate, who is told by e-mail and can send
   * another; a file already sent goes back to « Incomplète » (audited) so that they can send it again.
   */
  async review(
    id: string,
    documentId: string,
    decision: { accept: true } | { accept: false; reason: string },
  ): Promise<ApplicationDetailResponse> {
    const application = await this.workflow.load(id);
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
    if (!decision.accept && document.status !== 'rejected') await this.afterRejection(application, document, decision.reason);
    return this.get(id);
  }

  private async afterRejection(application: Application, document: ApplicationDocument, reason: string): Promise<void> {
    const label = DOCUMENT_LABELS[document.kind];
    if (REOPENED_BY_REJECTION.includes(application.status)) {
      const a = await this.assessment.assess(application);
      await this.workflow.move(application, a, 'incomplete', `Pièce refusée (${label}) : ${reason}`);
    }
    await this.mail.compose({
      key: `application-document-rejected:${document.id}`,
      schoolId: application.schoolId,
      to: application.email,
      subject: `Candidature ${application.reference} : une pièce est à remplacer`,
      text: [
        `Bonjour ${application.firstName} ${application.lastName},`,
        `La pièce « ${label} » de votre candidature ${application.reference} n’a pas pu être acceptée : ${reason}`,
        'Ouvrez le lien personnel reçu lors de votre candidature pour déposer une nouvelle pièce, puis renvoyez votre dossier.',
      ].join('\n\n'),
    });
  }

  /** The bytes of a document: inline for PDF and images (preview), else as an attachment. */
  async file(
    id: string,
    documentId: string,
    inline: boolean,
  ): Promise<{ document: ApplicationDocument; body: Readable; disposition: string }> {
    await this.workflow.load(id);
    const document = await this.db.tx.findOneBy(ApplicationDocument, { id: documentId, applicationId: id });
    if (!document) throw notFound('Pièce');
    if (document.purgedAt) {
      throw new AppError(410, 'DOCUMENT_PURGED', 'Cette pièce a été supprimée : sa durée de conservation était échue (RGPD).');
    }
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
    const application = await this.workflow.load(id);
    await this.workflow.move(application, await this.assessment.assess(application), to, reason);
    return this.get(id);
  }

  /** The applications matching the list's filters as a CSV file for a spreadsheet (French headers and values). */
  async exportCsv(filters: ApplicationFilters): Promise<string> {
    const rows = await this.list.export(filters);
    return toCsv(
      [
        'Référence',
        'Nom',
        'Prénom',
        'E-mail',
        'Téléphone',
        'Session',
        'Statut',
        'Éligible',
        'Dérogation',
        'Pièces manquantes',
        'Situation',
        'Financement',
        'VAE',
        'Déposée le',
        'Entretien',
      ],
      rows.map(({ application: a, summary: s }) => [
        a.reference,
        a.lastName,
        a.firstName,
        a.email,
        a.phone,
        s.cohortName,
        s.statusLabel,
        s.eligible,
        a.eligibilityOverride,
        s.missingDocuments,
        SITUATION_LABELS[a.situation],
        FUNDING_PATH_LABELS[a.fundingPath],
        a.vae,
        a.submittedAt ? frenchDate(parisDate(a.submittedAt)) : null,
        a.interviewAt ? `${frenchDate(parisDate(a.interviewAt))} ${parisTime(a.interviewAt)}` : null,
      ]),
    );
  }
}

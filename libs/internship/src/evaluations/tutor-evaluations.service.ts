import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Caller, Db, MailService, notFound } from '@app/platform';
import { formCompetencyIds } from '../rules/evaluation.rules';
import { checkReopen, isSubmitted } from '../rules/evaluation-state.rules';
import { MagicLink } from '../links/magic-link.entity';
import { MagicLinksService } from '../links/magic-links.service';
import { Placement } from '../placements/placement.entity';
import { asEvaluationForm, EvaluationFormService } from './evaluation-form.service';
import { EvaluationFillingService } from './evaluation-filling.service';
import { evaluationLinkMail } from './evaluation.mails';
import { evaluationSummary } from './evaluation-views';
import { TutorEvaluation } from './tutor-evaluation.entity';
import { TutorEvaluationRepository } from './tutor-evaluation.repository';
import { EvaluationFormResponse, EvaluationLinkResponse, PlacementEvaluationResponse } from './dto/tutor-evaluation.dto';

/**
 * Staff's side of tutor evaluations: a placement's evaluations with their state and the last link sent, one filled
 * grid (read-only), sending the tutor the link (also what the reminder engine calls at the due date), and reopening
 * a submitted evaluation with a reason.
 */
@Injectable()
export class TutorEvaluationsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly links: MagicLinksService,
    private readonly evaluations: TutorEvaluationRepository,
    private readonly forms: EvaluationFormService,
    private readonly filling: EvaluationFillingService,
  ) {}

  async ofPlacement(placementId: string): Promise<PlacementEvaluationResponse[]> {
    const placement = await this.db.tx.findOne(Placement, { where: { id: placementId }, relations: { trainee: true } });
    if (!placement) throw notFound('Stage');
    const ids = formCompetencyIds(asEvaluationForm(await this.forms.blocksOf(placement)));
    const evaluations = await this.evaluations.ofPlacement(placementId);
    const now = new Date();
    const links = await this.links.histories(
      'evaluation',
      evaluations.map((e) => e.id),
    );
    return evaluations.map((e) => {
      const last = links.get(e.id)?.[0];
      return {
        ...evaluationSummary(e, now),
        rated: ids.filter((id) => Boolean(e.levels[id])).length,
        competencyCount: ids.length,
        lastLink: last ? linkResponse(last) : null,
      };
    });
  }

  async get(id: string): Promise<EvaluationFormResponse> {
    return this.filling.view(await this.evaluations.withPlacement(id), 'staff');
  }

  /**
   * E-mails the placement's tutor a new link to the evaluation (earlier unused links stop working). Refused when it
   * is submitted (nothing to fill in). Audited.
   */
  async sendLink(id: string): Promise<PlacementEvaluationResponse[]> {
    const evaluation = await this.evaluations.withPlacement(id, { lock: true });
    if (isSubmitted(evaluation)) {
      throw new AppError(
        409,
        'EVALUATION_SUBMITTED',
        'L’évaluation a déjà été transmise : rouvrez-la pour que le tuteur puisse la modifier.',
      );
    }
    await this.issueLink(evaluation);
    return this.ofPlacement(evaluation.placementId);
  }

  /** Reopens a submitted evaluation (school administrators and staff, with a reason) and e-mails the tutor a new link. */
  async reopen(id: string, caller: Caller, reason: string): Promise<PlacementEvaluationResponse[]> {
    const evaluation = await this.evaluations.withPlacement(id, { lock: true });
    const check = checkReopen(evaluation, caller.role, reason);
    if (!check.ok) {
      const status = check.code === 'REOPEN_FORBIDDEN' ? 403 : check.code === 'EVALUATION_NOT_SUBMITTED' ? 409 : 400;
      throw new AppError(
        status,
        check.code,
        check.message,
        check.code === 'REOPEN_REASON_REQUIRED' ? { reason: [check.message] } : undefined,
      );
    }
    const before = { submittedAt: evaluation.submittedAt, reopenedAt: evaluation.reopenedAt, reopenReason: evaluation.reopenReason };
    const reopenedAt = new Date();
    await this.db.tx.update(TutorEvaluation, { id }, { reopenedAt, reopenReason: check.reason });
    Object.assign(evaluation, { reopenedAt, reopenReason: check.reason });
    await this.audit.record({
      entityType: 'tutor_evaluation',
      entityId: id,
      action: 'tutor_evaluation.reopened',
      before,
      after: { submittedAt: evaluation.submittedAt, reopenedAt, reopenReason: check.reason },
      reason: check.reason,
    });
    await this.issueLink(evaluation);
    return this.ofPlacement(evaluation.placementId);
  }

  /** Issues the link and composes its e-mail in the open transaction (the evaluation's placement loaded). */
  private async issueLink(evaluation: TutorEvaluation): Promise<void> {
    const { tutor, trainee, hostSite } = evaluation.placement!;
    const tutorName = `${tutor!.firstName} ${tutor!.lastName}`;
    const { link, url } = await this.links.issue({
      purpose: 'evaluation',
      subjectId: evaluation.id,
      recipientEmail: tutor!.email,
      recipientName: tutorName,
    });
    const rendered = evaluationLinkMail({
      tutorName,
      traineeName: `${trainee!.firstName} ${trainee!.lastName}`,
      hostSiteName: hostSite!.name,
      dueOn: evaluation.dueOn,
      url,
      expiresAt: link.expiresAt,
      reopenReason: evaluation.reopenedAt ? evaluation.reopenReason : null,
    });
    await this.mail.compose({ key: `tutor-evaluation-link:${link.id}`, schoolId: evaluation.schoolId, to: tutor!.email, ...rendered });
    await this.audit.record({
      entityType: 'tutor_evaluation',
      entityId: evaluation.id,
      action: 'tutor_evaluation.link_sent',
      after: { linkId: link.id, to: tutor!.email, expiresAt: link.expiresAt },
    });
  }
}

function linkResponse(l: MagicLink): EvaluationLinkResponse {
  return {
    recipientName: l.recipientName,
    recipientEmail: l.recipientEmail,
    sentAt: l.createdAt,
    expiresAt: l.expiresAt,
    usedAt: l.usedAt,
    replacedAt: l.replacedAt,
  };
}

import { Injectable } from '@nestjs/common';
import { MagicLinksService } from '../links/magic-links.service';
import { MagicLink } from '../links/magic-link.entity';
import { EvaluationFillingService } from './evaluation-filling.service';
import { TutorAccountsService } from './tutor-accounts.service';
import { TutorEvaluation } from './tutor-evaluation.entity';
import { TutorEvaluationRepository } from './tutor-evaluation.repository';
import { EvaluationAnswersRequest, EvaluationFormResponse, TutorAccountResponse } from './dto/tutor-evaluation.dto';

/**
 * A tutor without an account, by the magic link e-mailed to them: the link opens exactly its one evaluation (in the
 * link's school, the link row locked), and is used up once the evaluation is submitted.
 */
@Injectable()
export class PublicEvaluationsService {
  constructor(
    private readonly links: MagicLinksService,
    private readonly evaluations: TutorEvaluationRepository,
    private readonly filling: EvaluationFillingService,
    private readonly tutorAccounts: TutorAccountsService,
  ) {}

  private open<T>(token: string, work: (evaluation: TutorEvaluation, link: MagicLink) => Promise<T>): Promise<T> {
    return this.links.open(token, 'evaluation', async (link) =>
      work(await this.evaluations.withPlacement(link.subjectId, { lock: true }), link),
    );
  }

  view(token: string): Promise<EvaluationFormResponse> {
    return this.open(token, (evaluation) => this.filling.view(evaluation, 'link'));
  }

  saveDraft(token: string, input: EvaluationAnswersRequest): Promise<EvaluationFormResponse> {
    return this.open(token, (evaluation) => this.filling.saveDraft(evaluation, input, 'link'));
  }

  submit(token: string, input: EvaluationAnswersRequest): Promise<EvaluationFormResponse> {
    return this.open(token, async (evaluation, link) => {
      const done = await this.filling.submit(evaluation, input, 'link');
      await this.links.use(link);
      return done;
    });
  }

  activateAccount(token: string): Promise<TutorAccountResponse> {
    return this.open(token, (evaluation) => this.tutorAccounts.activate(evaluation.placement!.tutorId));
  }
}

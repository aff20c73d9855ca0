import { Injectable } from '@nestjs/common';
import { EvaluationFillingService } from './evaluation-filling.service';
import { evaluationListItem } from './evaluation-views';
import { TutorEvaluationRepository } from './tutor-evaluation.repository';
import { EvaluationAnswersRequest, EvaluationFormResponse, TutorEvaluationListItem } from './dto/tutor-evaluation.dto';

/** A tutor with an account: the evaluations of the placements they supervise, and only those (any other id: 404). */
@Injectable()
export class MyTutorEvaluationsService {
  constructor(
    private readonly evaluations: TutorEvaluationRepository,
    private readonly filling: EvaluationFillingService,
  ) {}

  async list(accountId: string): Promise<TutorEvaluationListItem[]> {
    const now = new Date();
    return (await this.evaluations.ofTutorAccount(accountId)).map((e) => evaluationListItem(e, now));
  }

  async view(accountId: string, id: string): Promise<EvaluationFormResponse> {
    return this.filling.view(await this.evaluations.withPlacement(id, { tutorAccountId: accountId }), 'account');
  }

  async saveDraft(accountId: string, id: string, input: EvaluationAnswersRequest): Promise<EvaluationFormResponse> {
    return this.filling.saveDraft(await this.evaluations.withPlacement(id, { tutorAccountId: accountId, lock: true }), input, 'account');
  }

  async submit(accountId: string, id: string, input: EvaluationAnswersRequest): Promise<EvaluationFormResponse> {
    return this.filling.submit(await this.evaluations.withPlacement(id, { tutorAccountId: accountId, lock: true }), input, 'account');
  }
}

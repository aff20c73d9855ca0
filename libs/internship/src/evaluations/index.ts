import { EvaluationFillingService } from './evaluation-filling.service';
import { EvaluationFormService } from './evaluation-form.service';
import { EvaluationScheduleService } from './evaluation-schedule.service';
import { MyTutorEvaluationsController } from './my-tutor-evaluations.controller';
import { MyTutorEvaluationsService } from './my-tutor-evaluations.service';
import { PublicEvaluationsController } from './public-evaluations.controller';
import { PublicEvaluationsService } from './public-evaluations.service';
import { TutorAccountsService } from './tutor-accounts.service';
import { TutorEvaluationResultsService } from './tutor-evaluation-results.service';
import { TutorEvaluationRepository } from './tutor-evaluation.repository';
import { TutorEvaluationsController } from './tutor-evaluations.controller';
import { TutorEvaluationsService } from './tutor-evaluations.service';

export { EvaluationScheduleService, TutorEvaluationResultsService, TutorEvaluationsService };
export type { BlockTutorEvaluation } from './tutor-evaluation-results.service';

/** Tutor evaluations: staff, public (magic link) and tutor-account routes. */
export const EVALUATION_CONTROLLERS = [TutorEvaluationsController, PublicEvaluationsController, MyTutorEvaluationsController];

export const EVALUATION_PROVIDERS = [
  TutorEvaluationRepository,
  EvaluationFormService,
  EvaluationFillingService,
  EvaluationScheduleService,
  TutorEvaluationsService,
  PublicEvaluationsService,
  MyTutorEvaluationsService,
  TutorAccountsService,
  TutorEvaluationResultsService,
];

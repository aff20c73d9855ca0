import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { parisDate } from '@app/platform/time/paris-time';
import { BlockKind, ReferentialService, RuleSettingsService } from '@app/referential';
import { CohortsService, TraineesService } from '@app/training';
import { currentDecision } from '../rules/jury.rules';
import { retakeOutlook } from '../rules/retake.rules';
import { AssessmentRecords } from '../attempts/assessment-records.repository';
import { Attempt } from '../attempts/attempt.entity';
import { decisionResponse } from '../juries/jury-board.service';
import { TraineeResultsResponse } from './dto/results.dto';

/** A trainee's results per block (« Mes résultats »): attempts with their results, the decision in force, retakes left. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly db: Db,
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
    private readonly trainees: TraineesService,
    private readonly cohorts: CohortsService,
    private readonly records: AssessmentRecords,
  ) {}

  async forTrainee(traineeId: string): Promise<TraineeResultsResponse> {
    const trainee = await this.trainees.get(traineeId);
    const { versionId } = await this.cohorts.entity(trainee.cohortId);
    const blocks = (await this.referential.blocksOf(versionId)).filter((b) => b.kind === BlockKind.Competency);
    const paths = await this.records.forTrainees([traineeId], new Map(blocks.map((b) => [b.id, b.code])));
    const attempts = await this.db.tx.find(Attempt, { where: { traineeId }, relations: { examSession: true }, order: { number: 'ASC' } });
    const results = await this.records.results(attempts);
    const settings = await this.settings.settingsFor(versionId);
    const today = parisDate(new Date());
    return {
      traineeId,
      blocks: blocks.map((b) => {
        const path = paths.get(`${traineeId}:${b.id}`) ?? { attempts: [], decisions: [] };
        const outlook = retakeOutlook({ blockCode: b.code, attempts: path.attempts, decisions: path.decisions, settings, today });
        const current = currentDecision(path.decisions);
        return {
          blockId: b.id,
          blockCode: b.code,
          blockTitle: b.title,
          attempts: attempts
            .filter((a) => a.blockId === b.id)
            .map((a) => {
              const r = results.get(a.id)!;
              return {
                attemptId: a.id,
                number: a.number,
                sessionDate: a.examSession!.date,
                sessionName: a.examSession!.name,
                result: r.status,
                average: r.average,
                explanation: r.explanation,
              };
            }),
          decision: current ? decisionResponse(current) : null,
          retake: outlook.message,
          canRetake: outlook.canRetake,
          retakeDeadline: outlook.deadline,
        };
      }),
    };
  }
}

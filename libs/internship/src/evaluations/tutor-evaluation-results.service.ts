import { Injectable } from '@nestjs/common';
import { isSubmitted, tutorEvaluationsSummary } from '../rules/evaluation-state.rules';
import { levelCounts, LevelCounts } from '../rules/evaluation-summary.rules';
import { EvaluationFormService, FormBlock } from './evaluation-form.service';
import { TutorEvaluationRepository } from './tutor-evaluation.repository';

/** The latest submitted tutor evaluation of a trainee for one block: its levels counted, when, by whom. */
export interface BlockTutorEvaluation {
  evaluationId: string;
  submittedAt: Date;
  tutorName: string;
  hostSiteName: string;
  counts: LevelCounts;
}

/** What the assessment reads of tutor evaluations: the readiness checklist's count, and each block's latest levels. */
@Injectable()
export class TutorEvaluationResultsService {
  constructor(
    private readonly evaluations: TutorEvaluationRepository,
    private readonly forms: EvaluationFormService,
  ) {}

  /** Per trainee, evaluations expected and submitted; a trainee without any evaluation is absent (none expected). */
  async readiness(traineeIds: string[]): Promise<Map<string, { required: number; submitted: number }>> {
    const byTrainee = new Map<string, Parameters<typeof tutorEvaluationsSummary>[0][number][]>();
    for (const e of await this.evaluations.ofTrainees(traineeIds)) {
      const list = byTrainee.get(e.placement!.traineeId) ?? [];
      list.push(e);
      byTrainee.set(e.placement!.traineeId, list);
    }
    return new Map([...byTrainee].map(([id, list]) => [id, tutorEvaluationsSummary(list)]));
  }

  /** Per trainee, the latest submitted evaluation whose form covers `blockId`, with its levels counted for that block. */
  async latestForBlock(traineeIds: string[], blockId: string): Promise<Map<string, BlockTutorEvaluation>> {
    const found = new Map<string, BlockTutorEvaluation>();
    const forms = new Map<string, FormBlock[]>();
    const submitted = (await this.evaluations.ofTrainees(traineeIds)).filter(isSubmitted);
    for (const e of submitted.sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime())) {
      const p = e.placement!;
      if (found.has(p.traineeId)) continue;
      if (!forms.has(p.id)) forms.set(p.id, await this.forms.blocksOf(p));
      const block = forms.get(p.id)!.find((b) => b.blockId === blockId);
      if (!block) continue;
      found.set(p.traineeId, {
        evaluationId: e.id,
        submittedAt: e.submittedAt!,
        tutorName: `${p.tutor!.firstName} ${p.tutor!.lastName}`,
        hostSiteName: p.hostSite!.name,
        counts: levelCounts(
          e.levels,
          block.competencies.map((c) => c.code),
        ),
      });
    }
    return found;
  }
}

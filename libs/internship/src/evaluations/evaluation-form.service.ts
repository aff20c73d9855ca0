import { Injectable } from '@nestjs/common';
import { BlockKind, ReferentialService } from '@app/referential';
import { CohortsService } from '@app/training';
import { EvaluationForm } from '../rules/evaluation.rules';
import { Placement } from '../placements/placement.entity';

/** A block of an evaluation form with its competencies, in the referential's order. */
export interface FormBlock {
  blockId: string;
  code: string;
  title: string;
  competencies: { code: string; label: string }[];
}

/**
 * What a tutor evaluates for a placement: the competency blocks named in its objectives (all the competency blocks of
 * the trainee's certification version when none is), each with its competencies from the referential (the block's
 * units, keyed by their code), in referential order.
 */
@Injectable()
export class EvaluationFormService {
  constructor(
    private readonly referential: ReferentialService,
    private readonly cohorts: CohortsService,
  ) {}

  /** The form of `placement` (its trainee must be loaded). */
  async blocksOf(placement: Placement): Promise<FormBlock[]> {
    const cohort = await this.cohorts.entity(placement.trainee!.cohortId);
    const blocks = (await this.referential.blocksOf(cohort.versionId)).filter((b) => b.kind === BlockKind.Competency);
    const named = new Set((placement.objectives ?? []).map((o) => o.blockId));
    const covered = blocks.some((b) => named.has(b.id)) ? blocks.filter((b) => named.has(b.id)) : blocks;
    return covered.map((b) => ({
      blockId: b.id,
      code: b.code,
      title: b.title,
      competencies: (b.modules ?? []).map((m) => ({ code: m.code, label: m.title })),
    }));
  }
}

/** The form as the evaluation rules read it. */
export function asEvaluationForm(blocks: readonly FormBlock[]): EvaluationForm {
  return { blocks: blocks.map((b) => ({ blockId: b.blockId, competencyIds: b.competencies.map((c) => c.code) })) };
}

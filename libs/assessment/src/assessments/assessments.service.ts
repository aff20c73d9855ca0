import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, notFound } from '@app/platform';
import { BlockKind, ReferentialService, RuleSettingsService } from '@app/referential';
import { ResultRule } from '../rules/assessment';
import { AttemptMark } from '../attempts/mark.entity';
import { Assessment } from './assessment.entity';
import { BlockResultRule } from './block-result-rule.entity';
import { AssessmentResponse, BlockAssessmentsResponse, CreateAssessmentRequest, UpdateAssessmentRequest } from './dto/assessment.dto';

/**
 * The épreuves of each competency block of a version, as the school assesses them (kind, maximum, pass mark, weight),
 * and the rule that turns their marks into the block's result. Changes are audited; an épreuve already marked keeps
 * its scale (maximum and pass mark) and is retired rather than deleted.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
  ) {}

  async plan(versionId: string): Promise<BlockAssessmentsResponse[]> {
    const blocks = (await this.referential.blocksOf(versionId)).filter((b) => b.kind === BlockKind.Competency);
    const assessments = await this.db.tx.find(Assessment, { where: { versionId }, order: { position: 'ASC', createdAt: 'ASC' } });
    const rules = await this.db.tx.findBy(BlockResultRule, { versionId });
    return blocks.map((b) => ({
      blockId: b.id,
      blockCode: b.code,
      blockTitle: b.title,
      rule: rules.find((r) => r.blockId === b.id)?.rule ?? 'weighted_average',
      assessments: assessments.filter((a) => a.blockId === b.id).map(assessmentResponse),
    }));
  }

  private async competencyBlock(versionId: string, blockId: string) {
    const block = (await this.referential.blocksOf(versionId)).find((b) => b.id === blockId && b.kind === BlockKind.Competency);
    if (!block) {
      throw new AppError(400, 'UNKNOWN_BLOCK', 'Ce bloc de compétences n’appartient pas à cette version de la certification.', {
        blockId: ['bloc inconnu'],
      });
    }
    return block;
  }

  async create(input: CreateAssessmentRequest): Promise<AssessmentResponse> {
    await this.competencyBlock(input.versionId, input.blockId);
    const { passMark: passOn20 } = await this.settings.settingsFor(input.versionId);
    const passMark = input.passMark ?? Math.round(((passOn20 * input.maxMark) / 20) * 100) / 100;
    checkPassMark(passMark, input.maxMark);
    const position = (await this.db.tx.countBy(Assessment, { versionId: input.versionId, blockId: input.blockId })) + 1;
    const saved = await this.db.tx.save(this.db.tx.create(Assessment, { ...input, passMark, position, schoolId: this.db.schoolId! }));
    await this.audit.record({
      entityType: 'assessment',
      entityId: saved.id,
      action: 'assessment.created',
      after: assessmentResponse(saved),
    });
    return assessmentResponse(saved);
  }

  private async entity(id: string): Promise<Assessment> {
    const assessment = await this.db.tx.findOneBy(Assessment, { id });
    if (!assessment) throw notFound('Épreuve');
    return assessment;
  }

  async update(id: string, input: UpdateAssessmentRequest): Promise<AssessmentResponse> {
    const before = await this.entity(id);
    const marked = await this.db.tx.existsBy(AttemptMark, { assessmentId: id });
    if (marked && (input.passMark !== undefined || input.weight !== undefined)) {
      throw new AppError(
        409,
        'ASSESSMENT_ALREADY_MARKED',
        'Des notes existent pour cette épreuve : sa note minimale et son coefficient ne changent plus. Retirez-la et créez-en une autre.',
      );
    }
    const after = { ...before, ...input };
    checkPassMark(after.passMark, after.maxMark);
    await this.db.tx.update(Assessment, { id }, input);
    await this.audit.record({
      entityType: 'assessment',
      entityId: id,
      action: 'assessment.updated',
      before: assessmentResponse(before),
      after: assessmentResponse(after),
    });
    return assessmentResponse(after);
  }

  /** Retires an épreuve: no longer offered for new exam sessions; its marks stay. */
  async retire(id: string): Promise<AssessmentResponse> {
    const before = await this.entity(id);
    await this.db.tx.update(Assessment, { id }, { active: false });
    await this.audit.record({
      entityType: 'assessment',
      entityId: id,
      action: 'assessment.retired',
      before: { active: before.active },
      after: { active: false },
    });
    return assessmentResponse({ ...before, active: false });
  }

  async setRule(versionId: string, blockId: string, rule: ResultRule, reason: string): Promise<BlockAssessmentsResponse[]> {
    await this.competencyBlock(versionId, blockId);
    const before = await this.db.tx.findOneBy(BlockResultRule, { versionId, blockId });
    await this.db.tx.upsert(BlockResultRule, { schoolId: this.db.schoolId!, versionId, blockId, rule }, [
      'schoolId',
      'versionId',
      'blockId',
    ]);
    await this.audit.record({
      entityType: 'block_result_rule',
      entityId: blockId,
      action: 'assessment.result_rule_changed',
      before: { rule: before?.rule ?? 'weighted_average' },
      after: { rule },
      reason,
    });
    return this.plan(versionId);
  }
}

function checkPassMark(passMark: number, maxMark: number): void {
  if (passMark > maxMark) {
    throw new AppError(400, 'PASS_MARK_ABOVE_MAX', `La note minimale (${passMark}) dépasse la note maximale de l’épreuve (${maxMark}).`, {
      passMark: ['au-dessus de la note maximale'],
    });
  }
}

export function assessmentResponse(a: Assessment): AssessmentResponse {
  return {
    id: a.id,
    blockId: a.blockId,
    kind: a.kind,
    label: a.label,
    maxMark: a.maxMark,
    passMark: a.passMark,
    weight: a.weight,
    active: a.active,
  };
}

import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, notFound, RequestContext } from '@app/platform';
import { CertificationVersion, ReferentialBlock, ReferentialService } from '@app/referential';
import { CohortsService } from '../cohorts/cohorts.service';
import { PlanExemptionRow } from '../rules/ledger-scope.rules';
import { checkExemptions, requiredMinutes } from '../rules/plan.rules';
import { TraineesService } from '../trainees/trainees.service';
import { AddExemptionRequest, PlanResponse } from './dto/plan.dto';
import { PlanExemption } from './plan-exemption.entity';
import { EXEMPTIONS_SQL } from '../progress/progress.sql';

const sum = (xs: { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);

/** The individual plan (parcours individualisé): referential hours minus justified exemptions. */
@Injectable()
export class PlansService {
  constructor(
    private readonly db: Db,
    private readonly trainees: TraineesService,
    private readonly cohorts: CohortsService,
    private readonly referential: ReferentialService,
    private readonly audit: AuditService,
    private readonly context: RequestContext,
  ) {}

  private async blocksOf(traineeId: string): Promise<{ version: CertificationVersion; blocks: ReferentialBlock[] }> {
    const trainee = await this.trainees.get(traineeId);
    const cohort = await this.cohorts.entity(trainee.cohortId);
    const version = await this.referential.getVersion(cohort.versionId);
    return { version, blocks: version.blocks ?? [] };
  }

  /** The exemptions of some trainees, per block and module (used by the ledger). */
  async exemptionsOf(traineeIds: string[]): Promise<Map<string, PlanExemptionRow[]>> {
    const rows: (PlanExemptionRow & { traineeId: string })[] = traineeIds.length
      ? await this.db.tx.query(EXEMPTIONS_SQL, [traineeIds])
      : [];
    const out = new Map<string, PlanExemptionRow[]>();
    for (const { traineeId, ...row } of rows) {
      if (!out.has(traineeId)) out.set(traineeId, []);
      out.get(traineeId)!.push(row);
    }
    return out;
  }

  async plan(traineeId: string): Promise<PlanResponse> {
    const { version, blocks } = await this.blocksOf(traineeId);
    const exemptions = await this.db.tx.find(PlanExemption, { where: { traineeId }, order: { createdAt: 'ASC' } });
    const moduleTitles = new Map(blocks.flatMap((b) => (b.modules ?? []).map((m) => [m.id, m.title] as const)));
    const planBlocks = blocks.map((b) => {
      const mine = exemptions.filter((e) => e.blockId === b.id);
      return {
        blockId: b.id,
        code: b.code,
        title: b.title,
        kind: b.kind,
        plannedMinutes: b.plannedMinutes,
        exemptedMinutes: sum(mine),
        requiredMinutes: requiredMinutes(b.plannedMinutes, mine),
        modules: (b.modules ?? []).map((m) => ({
          id: m.id,
          code: m.code,
          title: m.title,
          plannedMinutes: m.plannedMinutes,
          exemptedMinutes: sum(mine.filter((e) => e.moduleId === m.id)),
        })),
      };
    });
    return {
      traineeId,
      versionCode: version.code,
      plannedMinutes: planBlocks.reduce((s, b) => s + b.plannedMinutes, 0),
      requiredMinutes: planBlocks.reduce((s, b) => s + b.requiredMinutes, 0),
      blocks: planBlocks,
      exemptions: exemptions.map((e) => ({
        id: e.id,
        blockId: e.blockId,
        blockCode: blocks.find((b) => b.id === e.blockId)?.code ?? '',
        moduleId: e.moduleId,
        moduleTitle: e.moduleId ? (moduleTitles.get(e.moduleId) ?? null) : null,
        minutes: e.minutes,
        justification: e.justification,
        createdAt: e.createdAt,
      })),
    };
  }

  async addExemption(traineeId: string, input: AddExemptionRequest): Promise<PlanResponse> {
    const { blocks } = await this.blocksOf(traineeId);
    const block = blocks.find((b) => b.id === input.blockId);
    if (!block)
      throw new AppError(400, 'UNKNOWN_BLOCK', 'Ce bloc n’appartient pas à la certification suivie par le stagiaire.', {
        blockId: ['bloc inconnu'],
      });
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`plan:${traineeId}`]);
    const existing = await this.db.tx.findBy(PlanExemption, { traineeId, blockId: block.id });
    const candidate = { blockId: block.id, moduleId: input.moduleId ?? null, minutes: input.minutes };
    const check = checkExemptions(
      {
        id: block.id,
        label: block.code,
        plannedMinutes: block.plannedMinutes,
        modules: (block.modules ?? []).map((m) => ({ id: m.id, label: m.title, plannedMinutes: m.plannedMinutes })),
      },
      [...existing.map((e) => ({ blockId: e.blockId, moduleId: e.moduleId, minutes: e.minutes })), candidate],
    );
    if (!check.ok) throw new AppError(400, check.code, check.message, { minutes: [check.message] });
    const saved = await this.db.tx.save(
      this.db.tx.create(PlanExemption, {
        ...candidate,
        schoolId: this.db.schoolId!,
        traineeId,
        justification: input.justification,
        createdBy: this.context.caller?.accountId ?? null,
      }),
    );
    await this.audit.record({
      entityType: 'plan_exemption',
      entityId: saved.id,
      action: 'plan_exemption.added',
      after: { traineeId, ...candidate, justification: input.justification },
    });
    return this.plan(traineeId);
  }

  async revoke(traineeId: string, exemptionId: string, reason: string): Promise<PlanResponse> {
    const exemption = await this.db.tx.findOneBy(PlanExemption, { id: exemptionId, traineeId });
    if (!exemption) throw notFound('Dispense');
    await this.db.tx.delete(PlanExemption, { id: exemptionId });
    const { blockId, moduleId, minutes, justification } = exemption;
    await this.audit.record({
      entityType: 'plan_exemption',
      entityId: exemptionId,
      action: 'plan_exemption.revoked',
      before: { traineeId, blockId, moduleId, minutes, justification },
      reason,
    });
    return this.plan(traineeId);
  }
}

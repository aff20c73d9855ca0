import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, notFound, RequestContext } from '@app/platform';
import { parisDate } from '@app/platform/time/paris-time';
import { BlockKind, ReferentialService } from '@app/referential';
import { CohortsService, TraineesService } from '@app/training';
import { PriorBlockValidation } from './prior-validation.entity';
import { PriorValidationResponse, RecordPriorValidationRequest } from './dto/prior-validation.dto';

/** Blocks a trainee validated before this path or by VAE: recorded by staff (audited), they count as acquired. */
@Injectable()
export class PriorValidationsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly context: RequestContext,
    private readonly referential: ReferentialService,
    private readonly trainees: TraineesService,
    private readonly cohorts: CohortsService,
  ) {}

  private async blocks(traineeId: string) {
    const trainee = await this.trainees.get(traineeId);
    const { versionId } = await this.cohorts.entity(trainee.cohortId);
    return (await this.referential.blocksOf(versionId)).filter((b) => b.kind === BlockKind.Competency);
  }

  async list(traineeId: string): Promise<PriorValidationResponse[]> {
    const blocks = await this.blocks(traineeId);
    const rows = await this.db.tx.find(PriorBlockValidation, { where: { traineeId }, order: { validatedOn: 'ASC' } });
    return rows.map((r) => ({
      id: r.id,
      blockId: r.blockId,
      blockCode: blocks.find((b) => b.id === r.blockId)?.code ?? '',
      source: r.source,
      validatedOn: r.validatedOn,
      reference: r.reference,
    }));
  }

  async record(traineeId: string, input: RecordPriorValidationRequest): Promise<PriorValidationResponse[]> {
    const block = (await this.blocks(traineeId)).find((b) => b.id === input.blockId);
    if (!block)
      throw new AppError(400, 'UNKNOWN_BLOCK', 'Ce bloc n’appartient pas à la certification suivie par le stagiaire.', {
        blockId: ['bloc inconnu'],
      });
    if (input.validatedOn > parisDate(new Date())) {
      throw new AppError(400, 'DATE_IN_FUTURE', 'La date de validation ne peut pas être dans le futur.', {
        validatedOn: ['date dans le futur'],
      });
    }
    if (await this.db.tx.existsBy(PriorBlockValidation, { traineeId, blockId: block.id })) {
      throw new AppError(
        409,
        'PRIOR_VALIDATION_EXISTS',
        `Une validation antérieure du bloc ${block.code} est déjà enregistrée pour ce stagiaire.`,
      );
    }
    const saved = await this.db.tx.save(
      this.db.tx.create(PriorBlockValidation, {
        ...input,
        traineeId,
        schoolId: this.db.schoolId!,
        recordedBy: this.context.caller?.accountId ?? null,
      }),
    );
    await this.audit.record({
      entityType: 'prior_validation',
      entityId: saved.id,
      action: 'prior_validation.recorded',
      after: { traineeId, blockCode: block.code, ...input },
    });
    return this.list(traineeId);
  }

  async remove(traineeId: string, id: string, reason: string): Promise<PriorValidationResponse[]> {
    const row = await this.db.tx.findOneBy(PriorBlockValidation, { id, traineeId });
    if (!row) throw notFound('Validation antérieure');
    await this.db.tx.delete(PriorBlockValidation, { id });
    await this.audit.record({
      entityType: 'prior_validation',
      entityId: id,
      action: 'prior_validation.removed',
      before: { traineeId, blockId: row.blockId, source: row.source, validatedOn: row.validatedOn, reference: row.reference },
      reason,
    });
    return this.list(traineeId);
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AppError, AuditService, Clock, Db } from '@app/platform';
import { parisDate } from '@app/platform/time/paris-time';
import { TraineesService } from '../trainees/trainees.service';
import { SaveTraineeHealthRequest, TraineeHealthResponse } from './dto/trainee-health.dto';
import { HealthAccessLog } from './health-access-log.service';
import {
  changedHealthFields,
  checkHealthRecord,
  completeVaccinations,
  HEALTH_FIELDS,
  HealthRecordInput,
  VACCINES,
  VaccineKind,
  vaccinationsReadyFor,
} from '../rules/health.rules';
import { TraineeHealth } from './trainee-health.entity';

/**
 * Health data of trainees (disability adjustments, vaccinations): every read and every write is logged in the access
 * log, writes are audited with before and after. Callers are checked by the controllers' roles; the trainee reads
 * only their own.
 */
@Injectable()
export class TraineeHealthService {
  constructor(
    private readonly db: Db,
    private readonly trainees: TraineesService,
    private readonly accessLog: HealthAccessLog,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A trainee's record (empty when none was kept), logged as a read of every field. */
  async read(traineeId: string, context: string): Promise<TraineeHealthResponse> {
    await this.trainees.get(traineeId);
    const row = await this.db.tx.findOneBy(TraineeHealth, { traineeId });
    await this.accessLog.record(traineeId, 'read', [...HEALTH_FIELDS], context);
    return this.response(traineeId, row);
  }

  /** The caller's own record (a trainee). */
  async mine(accountId: string, context: string): Promise<TraineeHealthResponse> {
    return this.read((await this.trainees.ofAccount(accountId)).id, context);
  }

  /** Replaces the record: checked (400 with field errors, nothing written), audited, logged with the fields changed. */
  async save(traineeId: string, input: SaveTraineeHealthRequest, actorId: string, context: string): Promise<TraineeHealthResponse> {
    await this.trainees.get(traineeId);
    const next: HealthRecordInput = {
      disabilityRecognised: input.disabilityRecognised,
      adjustments: input.adjustments,
      adjustmentsNote: input.adjustmentsNote || null,
      adjustmentsDecidedOn: input.adjustmentsDecidedOn ?? null,
      adjustmentsDecidedBy: input.adjustmentsDecidedBy || null,
      vaccinations: input.vaccinations.map((v) => ({ kind: v.kind, status: v.status, checkedOn: v.checkedOn ?? null })),
    };
    const errors = checkHealthRecord(next, this.today());
    if (Object.keys(errors).length > 0)
      throw new AppError(400, 'VALIDATION_FAILED', 'Les données de santé ne sont pas valides : corrigez les champs indiqués.', errors);
    const existing = await this.db.tx.findOne(TraineeHealth, { where: { traineeId }, lock: { mode: 'pessimistic_write' } });
    const before = existing ? snapshot(existing) : null;
    const changed = changedHealthFields(before, next);
    const row = { ...(existing ?? { schoolId: this.db.schoolId!, traineeId }), ...next, updatedBy: actorId };
    const saved = await this.db.tx.save(TraineeHealth, row);
    await this.audit.record({
      entityType: 'trainee_health',
      entityId: traineeId,
      action: existing ? 'trainee_health.updated' : 'trainee_health.created',
      before,
      after: snapshot(saved),
    });
    await this.accessLog.record(traineeId, 'write', changed, context);
    return this.response(traineeId, saved);
  }

  /**
   * The required vaccinations missing for each check (a trainee on a day, keyed by the caller), for the placement
   * board's warning: one statement for all, and one access logged per trainee read (field `vaccinations`).
   */
  async vaccinationGaps(checks: { key: string; traineeId: string; on: string }[], context: string): Promise<Map<string, VaccineKind[]>> {
    const gaps = new Map<string, VaccineKind[]>();
    if (checks.length === 0) return gaps;
    const traineeIds = [...new Set(checks.map((c) => c.traineeId))];
    const rows = await this.db.tx.find(TraineeHealth, {
      where: { traineeId: In(traineeIds) },
      select: { traineeId: true, vaccinations: true },
    });
    const given = new Map(rows.map((r) => [r.traineeId, r.vaccinations]));
    await this.accessLog.recordMany(traineeIds, 'read', ['vaccinations'], context);
    for (const c of checks) {
      const { missing } = vaccinationsReadyFor(given.get(c.traineeId) ?? [], c.on);
      if (missing.length > 0) gaps.set(c.key, missing);
    }
    return gaps;
  }

  private response(traineeId: string, row: TraineeHealth | null): TraineeHealthResponse {
    const given = row?.vaccinations ?? [];
    return {
      traineeId,
      disabilityRecognised: row?.disabilityRecognised ?? false,
      adjustments: row?.adjustments ?? [],
      adjustmentsNote: row?.adjustmentsNote ?? null,
      adjustmentsDecidedOn: row?.adjustmentsDecidedOn ?? null,
      adjustmentsDecidedBy: row?.adjustmentsDecidedBy ?? null,
      vaccinations: completeVaccinations(given).map((v) => ({
        ...v,
        requiredForPlacement: VACCINES.find((c) => c.kind === v.kind)!.requiredForPlacement,
      })),
      placementReady: vaccinationsReadyFor(given, this.today()).ready,
      updatedAt: row?.updatedAt ?? null,
    };
  }

  private today(): string {
    return parisDate(this.clock.now());
  }
}

function snapshot(r: HealthRecordInput): HealthRecordInput {
  return {
    disabilityRecognised: r.disabilityRecognised,
    adjustments: r.adjustments,
    adjustmentsNote: r.adjustmentsNote,
    adjustmentsDecidedOn: r.adjustmentsDecidedOn,
    adjustmentsDecidedBy: r.adjustmentsDecidedBy,
    vaccinations: r.vaccinations,
  };
}

import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Caller, Db, notFound } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { parisDate } from '@app/platform/time/paris-time';
import { canStart } from '../rules/start-gate.rules';
import { Placement } from '../placements/placement.entity';
import { ConventionsRepository } from './conventions.repository';
import { StartPlacementResponse } from './dto/convention.dto';

/** Recording a placement's start: refused (409, the rule's message) without a signed convention or outside its dates. */
@Injectable()
export class PlacementStartService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly conventions: ConventionsRepository,
  ) {}

  async start(id: string, caller: Caller, now = new Date()): Promise<StartPlacementResponse> {
    await this.db.tx.query('SELECT 1 FROM placements WHERE id = $1 FOR UPDATE', [id]);
    const p = await this.db.tx.findOneBy(Placement, { id });
    if (!p) throw notFound('Stage');
    if (p.startedAt) {
      throw new AppError(409, 'PLACEMENT_ALREADY_STARTED', `Le stage a déjà démarré le ${frenchDate(parisDate(p.startedAt))}.`);
    }
    const status = await this.conventions.inForceStatus(id);
    const check = canStart(p, status, parisDate(now));
    if (!check.ok) throw new AppError(409, check.code, check.message);
    await this.db.tx.update(Placement, { id }, { startedAt: now, startedBy: caller.accountId });
    await this.audit.record({
      entityType: 'placement',
      entityId: id,
      action: 'placement.started',
      before: { startedAt: null },
      after: { startedAt: now, conventionStatus: status },
    });
    return { id, startedAt: now, conventionStatus: status! };
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditEventQuery } from './dto/audit-event.dto';

@Injectable()
export class AuditEventRepository {
  /** A page of the trail, newest first by default, filtered as asked. */
  async findPage(manager: EntityManager, q: AuditEventQuery): Promise<[AuditEvent[], number]> {
    const qb = manager.createQueryBuilder(AuditEvent, 'e');
    if (q.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: q.entityType });
    if (q.action) qb.andWhere('e.action = :action', { action: q.action });
    if (q.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: q.actorId });
    if (q.from) qb.andWhere('e.occurred_at >= :from', { from: q.from });
    if (q.to) qb.andWhere('e.occurred_at <= :to', { to: q.to });
    return qb.orderBy('e.occurred_at', q.direction).addOrderBy('e.id', q.direction).skip(q.skip).take(q.pageSize).getManyAndCount();
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { AuditService, conflict, Db, notFound, OutboxMessage } from '@app/platform';
import { NotificationScheduler } from '../delivery/notification-scheduler';
import { Notification } from '../notifications/notification.entity';
import { checkRetry } from '../rules/notification-retry.rules';
import { NotificationOverviewItem } from './dto/notification-overview.dto';

/**
 * Staff send a notification again: a failed one, or a scheduled one whose delivery job got lost (overdue by more than
 * 15 minutes). It goes back to « scheduled » for now with its attempts kept (so it is not retryable again before it is
 * overdue once more), the change is audited, and once committed a new delivery job is queued with its own id
 * (`…retry-<attempts>`).
 * Delivery still sends it once: it re-reads the row, locked, and skips it unless scheduled.
 */
@Injectable()
export class NotificationRetryService {
  private readonly logger = new Logger(NotificationRetryService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly scheduler: NotificationScheduler,
  ) {}

  async retry(id: string, now = new Date()): Promise<NotificationOverviewItem> {
    const n = await this.db.tx.createQueryBuilder(Notification, 'n').where('n.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!n) throw notFound('Notification');
    const check = checkRetry(n, now);
    if (!check.ok) throw conflict(check.code, check.message);
    await this.db.tx.update(Notification, { id }, { status: 'scheduled', sendAt: now });
    await this.audit.record({
      entityType: 'notification',
      entityId: id,
      action: 'notification.retried',
      before: { status: n.status, attempts: n.attempts, lastError: n.lastError, sendAt: n.sendAt },
      after: { status: 'scheduled', sendAt: now },
    });
    const ref = { id, schoolId: n.schoolId, sendAt: now };
    // If Redis is away, the pump schedules it again later (it is scheduled and due).
    await this.db.afterCommit(() =>
      this.scheduler
        .schedule([ref], now, `retry-${n.attempts}`)
        .catch((err: Error) => this.logger.warn(`retry of ${id}: delivery not scheduled yet: ${err.message}`)),
    );
    const outbox = n.outboxMessageId ? await this.db.tx.findOneBy(OutboxMessage, { id: n.outboxMessageId }) : null;
    return NotificationOverviewItem.from({ ...n, status: 'scheduled', sendAt: now }, outbox?.status ?? null, now);
  }
}

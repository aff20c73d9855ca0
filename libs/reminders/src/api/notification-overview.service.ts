import { Injectable } from '@nestjs/common';
import { Brackets, In, SelectQueryBuilder } from 'typeorm';
import { Db, OutboxMessage, OutboxStatus, toPage } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisInstant } from '@app/platform/time/paris-time';
import { Notification } from '../notifications/notification.entity';
import {
  NOTIFICATION_STATUSES,
  NotificationOverviewItem,
  NotificationOverviewPage,
  NotificationsQuery,
  NotificationStatusCounts,
} from './dto/notification-overview.dto';

const SORTS = { sendAt: 'n.send_at', createdAt: 'n.created_at' } as const;

/**
 * The school's notifications for its staff: what was sent, what is scheduled, what failed or was cancelled, filtered
 * and paginated, with the counts per status (the other filters applied) and the e-mail's outbox status. Four
 * statements whatever the page size: the page, its total, the counts, the outbox statuses of the page.
 */
@Injectable()
export class NotificationOverviewService {
  constructor(private readonly db: Db) {}

  async list(q: NotificationsQuery, now = new Date()): Promise<NotificationOverviewPage> {
    const qb = this.filtered(q);
    if (q.status) qb.andWhere('n.status = :status', { status: q.status });
    const [rows, total] = await qb
      .orderBy(SORTS[q.sort], q.direction)
      .addOrderBy('n.id', q.direction)
      .skip(q.skip)
      .take(q.pageSize)
      .getManyAndCount();
    const outbox = await this.outboxStatuses(rows);
    return {
      ...toPage(
        q,
        rows.map((n) => NotificationOverviewItem.from(n, outbox.get(n.outboxMessageId ?? '') ?? null, now)),
        total,
      ),
      counts: await this.counts(q),
    };
  }

  private filtered(q: NotificationsQuery): SelectQueryBuilder<Notification> {
    const qb = this.db.tx.createQueryBuilder(Notification, 'n');
    if (q.kind) qb.andWhere('n.kind = :kind', { kind: q.kind });
    if (q.channel) qb.andWhere('n.channel = :channel', { channel: q.channel });
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(
        new Brackets((w) => w.where('n.recipient_name ILIKE :like', { like }).orWhere('n.recipient_email ILIKE :like', { like })),
      );
    }
    if (q.from) qb.andWhere('n.send_at >= :from', { from: parisInstant(q.from, '00:00') });
    if (q.to) qb.andWhere('n.send_at < :to', { to: parisInstant(addDays(q.to, 1), '00:00') });
    return qb;
  }

  private async counts(q: NotificationsQuery): Promise<NotificationStatusCounts> {
    const rows: { status: string; count: string }[] = await this.filtered(q)
      .select('n.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('n.status')
      .getRawMany();
    const counts = Object.fromEntries(NOTIFICATION_STATUSES.map((s) => [s, 0])) as unknown as NotificationStatusCounts;
    for (const r of rows) if (r.status in counts) counts[r.status as keyof NotificationStatusCounts] = Number(r.count);
    return counts;
  }

  private async outboxStatuses(rows: readonly Notification[]): Promise<Map<string, OutboxStatus>> {
    const ids = rows.map((n) => n.outboxMessageId).filter((id): id is string => id !== null);
    if (ids.length === 0) return new Map();
    const messages = await this.db.tx.find(OutboxMessage, { select: { id: true, status: true }, where: { id: In(ids) } });
    return new Map(messages.map((m) => [m.id, m.status]));
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db } from '@app/platform';
import { PlannedNotification } from '../rules/notification-plan.rules';
import { Notification } from './notification.entity';
import { NotificationPreference } from './notification-preference.entity';

/** A notification to (re)schedule: its id, school and time. */
export interface ScheduledRef {
  id: string;
  schoolId: string;
  sendAt: Date;
}

const CHUNK = 5000;

/** Set-based reads and writes of notifications, in the open tenant transaction unless said otherwise. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Records `planned` in the school's transaction; keys already there are left as they are. Returns the new ones. One
   * statement per CHUNK rows, the values passed as one array per column (unnest): building a multi-row insert through
   * the query builder cost more than the database's work (bench/reminders-sweep.ts).
   */
  async insertNew(planned: readonly PlannedNotification[]): Promise<ScheduledRef[]> {
    const schoolId = this.db.schoolId!;
    const created: ScheduledRef[] = [];
    for (let i = 0; i < planned.length; i += CHUNK) {
      const rows = planned.slice(i, i + CHUNK);
      const column = <K extends keyof PlannedNotification>(k: K) => rows.map((n) => n[k]);
      const inserted: { id: string; sendAt: Date }[] = await this.db.tx.query(
        `INSERT INTO notifications (school_id, key, reminder_key, kind, channel, recipient_account_id, recipient_email,
                                    recipient_name, subject, text, link_path, due_on, send_at, status)
         SELECT $1::uuid, u.*, 'scheduled'
           FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::uuid[], $7::varchar[], $8::varchar[],
                       $9::varchar[], $10::text[], $11::varchar[], $12::date[], $13::timestamptz[]) AS u
         ON CONFLICT (key) DO NOTHING
         RETURNING id, send_at AS "sendAt"`,
        [
          schoolId,
          column('key'),
          column('reminderKey'),
          column('kind'),
          column('channel'),
          column('recipientAccountId'),
          column('recipientEmail'),
          column('recipientName'),
          column('subject'),
          column('text'),
          column('linkPath'),
          column('dueOn'),
          column('sendAt'),
        ],
      );
      for (const row of inserted) created.push({ id: row.id, schoolId, sendAt: row.sendAt });
    }
    return created;
  }

  /**
   * The notifications among `keys` still waiting to be sent, in the school's transaction: a sweep run again after it was
   * killed between recording them and scheduling them schedules them then (scheduling is a no-op for those queued).
   */
  async scheduledAmong(keys: readonly string[]): Promise<ScheduledRef[]> {
    const refs: ScheduledRef[] = [];
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows = await this.db.tx
        .createQueryBuilder(Notification, 'n')
        .select(['n.id', 'n.schoolId', 'n.sendAt'])
        .where("n.key IN (:...keys) AND n.status = 'scheduled'", { keys: keys.slice(i, i + CHUNK) })
        .getMany();
      refs.push(...rows);
    }
    return refs;
  }

  /** The optional kinds each of `accountIds` muted. */
  async mutedKinds(accountIds: readonly string[]): Promise<Map<string, string[]>> {
    if (accountIds.length === 0) return new Map();
    const rows = await this.db.tx.find(NotificationPreference, { where: { accountId: In([...new Set(accountIds)]) } });
    return new Map(rows.map((r) => [r.accountId, r.mutedKinds]));
  }

  /** Every school's notifications still scheduled whose time has come (admin connection), oldest first. */
  dueEverywhere(now: Date, limit: number): Promise<ScheduledRef[]> {
    return this.db.admin
      .createQueryBuilder(Notification, 'n')
      .select(['n.id', 'n.schoolId', 'n.sendAt'])
      .where("n.status = 'scheduled' AND n.send_at <= :now", { now })
      .orderBy('n.send_at')
      .limit(limit)
      .getMany();
  }
}

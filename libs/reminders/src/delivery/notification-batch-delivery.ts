import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, Db, MailService } from '@app/platform';
import { forEachLimit } from '@app/platform/async/for-each-limit';
import type { ReminderSource } from '@app/platform/reminders/reminder-source';
import { Notification } from '../notifications/notification.entity';
import { ScheduledRef } from '../notifications/notifications.repository';
import { deliveryStep, emailSendTime } from '../rules/delivery-time.rules';
import { notificationMail } from '../rules/notification-mail';
import { REMINDER_SOURCES, sourceOf } from '../sweep/reminder-sources';
import { NotificationDeliveryService } from './notification-delivery.service';
import { NotificationScheduler } from './notification-scheduler';

/** What to do once a batch has committed. */
interface AfterCommit {
  early: ScheduledRef[];
  held: ScheduledRef[];
  redispatch: { id: string; schoolId: string | null }[];
}

/** How many notifications are sent at a time when a batch is sent one by one. */
const ONE_BY_ONE_LANES = 2;
/** When a notification that failed in its batch is tried again, on its own (then with the job's backoff). */
const RETRY_DELAY_MS = 5_000;

/**
 * Sends the notifications of one `reminders.deliver-many` job (one school, one time) in one transaction, with a
 * handful of statements whatever their number: their rows locked (in id order, so two batches never deadlock), each
 * one's step decided (deliveryStep), each reminder re-checked once with its source, the cancelled and the held
 * updated together, the e-mails written to the outbox in one statement, and the sent marked together — in the same
 * transaction, so a crash before the commit changes nothing (the job runs again) and one after finds them sent.
 * Early ones are scheduled again for their time, held e-mails for 08:00, after the commit. If the batch fails as a
 * whole (one notification's source throws, …), its notifications are sent one by one (NotificationDeliveryService):
 * those that fail then get a `reminders.deliver` job of their own, with backoff.
 */
@Injectable()
export class NotificationBatchDelivery {
  private readonly logger = new Logger(NotificationBatchDelivery.name);

  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly scheduler: NotificationScheduler,
    private readonly single: NotificationDeliveryService,
    @Inject(REMINDER_SOURCES) private readonly sources: ReminderSource[],
  ) {}

  async deliverMany(ids: readonly string[], schoolId: string, now = new Date()): Promise<void> {
    let after: AfterCommit;
    try {
      after = await this.db.inSchool(schoolId, () => this.sendLocked(ids, schoolId, now));
    } catch (err) {
      this.logger.warn(`batch of ${ids.length} notifications failed as a whole (${(err as Error).message}): sent one by one`);
      return this.oneByOne(ids, schoolId, now);
    }
    if (after.early.length > 0) await this.scheduler.schedule(after.early, now, `early-${now.getTime()}`);
    if (after.held.length > 0) await this.scheduler.schedule(after.held, now);
    if (after.redispatch.length > 0) await this.mail.dispatchMany(after.redispatch);
  }

  private async sendLocked(ids: readonly string[], schoolId: string, now: Date): Promise<AfterCommit> {
    // An id not found (its notification deleted with its school) is left out.
    const rows = await this.db.tx
      .createQueryBuilder(Notification, 'n')
      .where('n.id = ANY(:ids)', { ids })
      .orderBy('n.id')
      .setLock('pessimistic_write')
      .getMany();
    const by = { skip: [] as Notification[], early: [] as Notification[], quiet: [] as Notification[], send: [] as Notification[] };
    for (const n of rows) by[deliveryStep(n, now)].push(n);

    const heldUntil = emailSendTime(now);
    if (by.quiet.length > 0) {
      await this.db.tx.query(`UPDATE notifications SET send_at = $2 WHERE id = ANY($1)`, [by.quiet.map((n) => n.id), heldUntil]);
    }
    const due = await this.stillDue(by.send);
    const cancelled = by.send.filter((n) => !due.has(n.id));
    if (cancelled.length > 0) {
      await this.db.tx.query(`UPDATE notifications SET status = 'cancelled', attempts = attempts + 1 WHERE id = ANY($1)`, [
        cancelled.map((n) => n.id),
      ]);
    }
    await this.markSent(
      by.send.filter((n) => due.has(n.id)),
      schoolId,
      now,
    );
    return {
      early: by.early.map((n) => ({ id: n.id, schoolId, sendAt: n.sendAt })),
      held: by.quiet.map((n) => ({ id: n.id, schoolId, sendAt: heldUntil })),
      // Killed after the commit that made their e-mails, the job runs again: make sure those e-mails are queued.
      redispatch: by.skip.filter((n) => n.status === 'sent' && n.outboxMessageId).map((n) => ({ id: n.outboxMessageId!, schoolId })),
    };
  }

  /** The ids of `notifications` their source still says are due: each reminder (shared by recipients and channels) asked once. */
  private async stillDue(notifications: readonly Notification[]): Promise<Set<string>> {
    const verdicts = new Map<string, boolean>();
    const due = new Set<string>();
    for (const n of notifications) {
      const reminder = `${n.kind}\u0000${n.reminderKey}\u0000${n.dueOn}`;
      let verdict = verdicts.get(reminder);
      if (verdict === undefined) {
        verdict = await sourceOf(this.sources, n.kind).stillDue(n.reminderKey, n.dueOn);
        verdicts.set(reminder, verdict);
      }
      if (verdict) due.add(n.id);
    }
    return due;
  }

  /** Writes the e-mails of `notifications` to the outbox and marks them all sent, in two statements. */
  private async markSent(notifications: readonly Notification[], schoolId: string, now: Date): Promise<void> {
    if (notifications.length === 0) return;
    const links: string[] = [];
    for (const n of notifications) {
      const recipient = { accountId: n.recipientAccountId, email: n.recipientEmail, name: n.recipientName };
      links.push((await sourceOf(this.sources, n.kind).personalLink?.(n.reminderKey, recipient)) ?? n.linkPath);
    }
    const emails = notifications.flatMap((n, i) => (n.channel === 'email' ? [{ n, linkPath: links[i] }] : []));
    const outboxIds = await this.mail.composeMany(
      emails.map(({ n, linkPath }) => ({
        key: `notification:${n.id}`,
        schoolId,
        to: n.recipientEmail,
        ...notificationMail({ ...n, linkPath }, this.config.PUBLIC_URL),
      })),
    );
    const outboxOf = new Map(emails.map(({ n }, i) => [n.id, outboxIds[i]]));
    // A personal page of an account is kept for the notification centre; a single-use link (no account) never is.
    await this.db.tx.query(
      `UPDATE notifications n
          SET status = 'sent', sent_at = $2, attempts = n.attempts + 1, outbox_message_id = u.outbox_id, last_error = NULL,
              link_path = CASE WHEN n.recipient_account_id IS NULL THEN n.link_path ELSE u.link_path END
         FROM unnest($1::uuid[], $3::uuid[], $4::varchar[]) AS u(id, outbox_id, link_path)
        WHERE n.id = u.id`,
      [notifications.map((n) => n.id), now, notifications.map((n) => outboxOf.get(n.id) ?? null), links],
    );
  }

  /** Each notification as NotificationDeliveryService.deliver; one that fails gets a `reminders.deliver` job of its own. */
  private oneByOne(ids: readonly string[], schoolId: string, now: Date): Promise<void> {
    return forEachLimit(ids, ONE_BY_ONE_LANES, async (id) => {
      try {
        await this.single.deliver(id, schoolId, false, now);
      } catch {
        await this.scheduler.schedule([{ id, schoolId, sendAt: new Date(now.getTime() + RETRY_DELAY_MS) }], now, 'retry');
      }
    });
  }
}

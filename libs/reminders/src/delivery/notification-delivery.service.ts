import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, Db, MailService } from '@app/platform';
import type { ReminderSource } from '@app/platform/reminders/reminder-source';
import { Notification } from '../notifications/notification.entity';
import { NotificationsRepository, ScheduledRef } from '../notifications/notifications.repository';
import { deliveryStep, emailSendTime } from '../rules/delivery-time.rules';
import { notificationMail } from '../rules/notification-mail';
import { REMINDER_SOURCES, sourceOf } from '../sweep/reminder-sources';
import { NotificationScheduler } from './notification-scheduler';

/** What a delivery did. */
export type DeliveryOutcome = 'sent' | 'skipped' | 'held' | 'cancelled';

/** How many due notifications one pump schedules again at most. */
const PUMP_LIMIT = 5000;
/** How late a notification still scheduled must be for the pump to schedule it again (its batch has had its time). */
const PUMP_GRACE_MS = 5 * 60_000;

/**
 * Sends one notification, in its school's transaction with its row locked: skipped unless still scheduled; held when
 * early or, for an e-mail, in the quiet hours (rescheduled to 08:00); cancelled when its source says it is no longer
 * due (the convention got signed); otherwise an e-mail becomes an outbox message (key `notification:<id>`) in the same
 * transaction that marks the notification sent — so a crash before the commit changes nothing and the retry sends it,
 * and a crash after finds it sent. In-app notifications are marked sent (shown in the notification centre).
 */
@Injectable()
export class NotificationDeliveryService {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly notifications: NotificationsRepository,
    private readonly scheduler: NotificationScheduler,
    @Inject(REMINDER_SOURCES) private readonly sources: ReminderSource[],
  ) {}

  async deliver(id: string, schoolId: string, lastAttempt = false, now = new Date()): Promise<DeliveryOutcome> {
    let reschedule: ScheduledRef | null = null;
    let again: string | undefined;
    let redispatch: string | null = null;
    try {
      const outcome = await this.db.inSchool(schoolId, async (): Promise<DeliveryOutcome> => {
        const n = await this.db.tx.createQueryBuilder(Notification, 'n').where('n.id = :id', { id }).setLock('pessimistic_write').getOne();
        if (!n) throw new Error(`notification ${id} not found (not committed yet?)`);
        const step = deliveryStep(n, now);
        if (step === 'skip') {
          // Killed after the commit that made its e-mail, the job runs again: make sure that e-mail is queued (a no-op if it is).
          if (n.status === 'sent' && n.outboxMessageId) redispatch = n.outboxMessageId;
          return 'skipped';
        }
        if (step === 'early') {
          reschedule = n;
          again = `early-${now.getTime()}`; // this job holds the id of its time: queue a new one
          return 'held';
        }
        if (step === 'quiet') {
          const sendAt = emailSendTime(now);
          await this.db.tx.update(Notification, { id }, { sendAt });
          reschedule = { id, schoolId, sendAt };
          return 'held';
        }
        const source = sourceOf(this.sources, n.kind);
        // Still due as of its own day: an e-mail held past the quiet hours until the next morning is not dropped for it.
        if (!(await source.stillDue(n.reminderKey, n.dueOn))) {
          await this.db.tx.update(Notification, { id }, { status: 'cancelled', attempts: n.attempts + 1 });
          return 'cancelled';
        }
        const recipient = { accountId: n.recipientAccountId, email: n.recipientEmail, name: n.recipientName };
        const linkPath = (await source.personalLink?.(n.reminderKey, recipient)) ?? n.linkPath;
        const outboxMessageId =
          n.channel === 'email'
            ? await this.mail.compose({
                key: `notification:${n.id}`,
                schoolId,
                to: n.recipientEmail,
                ...notificationMail({ ...n, linkPath }, this.config.PUBLIC_URL),
              })
            : null;
        await this.db.tx.update(
          Notification,
          { id },
          {
            status: 'sent',
            sentAt: now,
            attempts: n.attempts + 1,
            outboxMessageId,
            lastError: null,
            // A personal page of an account is kept for the notification centre; a single-use link (no account) never is.
            ...(n.recipientAccountId ? { linkPath } : {}),
          },
        );
        return 'sent';
      });
      if (reschedule) await this.scheduler.schedule([reschedule], now, again);
      if (redispatch) await this.mail.dispatch(redispatch, schoolId);
      return outcome;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await this.db.inSchool(schoolId, () =>
        this.db.tx
          .createQueryBuilder()
          .update(Notification)
          .set({ lastError: message.slice(0, 2000), attempts: () => 'attempts + 1', ...(lastAttempt ? { status: 'failed' as const } : {}) })
          .where("id = :id AND status = 'scheduled'", { id })
          .execute(),
      );
      throw err;
    }
  }

  /**
   * Schedules again every notification whose time passed PUMP_GRACE_MS ago and that is still scheduled: its job was
   * lost (Redis away when it was scheduled) or has not run yet (a no-op for those then queued one by one).
   */
  async pump(now = new Date()): Promise<number> {
    const due = await this.notifications.dueEverywhere(new Date(now.getTime() - PUMP_GRACE_MS), PUMP_LIMIT);
    await this.scheduler.schedule(due, now);
    return due.length;
  }
}

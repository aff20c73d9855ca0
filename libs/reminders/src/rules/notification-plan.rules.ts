import type { DueReminder } from '@app/platform/reminders/reminder-source';
import { emailSendTime, reminderInstant } from './delivery-time.rules';
import { notificationKey, ReminderChannel, ReminderKind, reminderRule } from './reminder-catalogue';

/** One notification to record (then send once): a reminder for one recipient on one channel. */
export interface PlannedNotification {
  key: string;
  reminderKey: string;
  kind: ReminderKind;
  channel: ReminderChannel;
  recipientAccountId: string | null;
  recipientEmail: string;
  recipientName: string;
  subject: string;
  text: string;
  linkPath: string;
  dueOn: string;
  sendAt: Date;
}

/** What planNotifications needs besides the reminders: the day, the instant of the sweep, and each account's muted kinds. */
export interface PlanContext {
  today: string;
  now: Date;
  mutedKinds: ReadonlyMap<string, readonly string[]>;
}

/**
 * The notifications of the reminders due on `today`: per reminder, per recipient, per channel of the catalogue rule.
 * In-app only for a recipient with an account; an optional reminder an account muted is left out (a mandatory one
 * never is); an address and a reminder repeated (two sources, two recipients with one address) give one notification
 * (its key: notificationKey). Sent at the rule's Paris time on `today`, or at once when the sweep runs later; e-mails
 * are held out of the quiet hours (emailSendTime). Throws a RangeError on an unknown kind or an invalid date.
 */
export function planNotifications(due: readonly DueReminder[], ctx: PlanContext): PlannedNotification[] {
  const planned = new Map<string, PlannedNotification>();
  // The send times depend only on the rule's local time: computed once per time, not per reminder (time-zone work is slow).
  const times = new Map<string, { at: Date; email: Date }>();
  const timesOf = (localTime: string) => {
    let t = times.get(localTime);
    // Stryker disable next-line ConditionalExpression: a cache; computing the times again gives the same times
    if (!t) {
      const at = new Date(Math.max(ctx.now.getTime(), reminderInstant(ctx.today, localTime).getTime()));
      t = { at, email: emailSendTime(at) };
      times.set(localTime, t);
    }
    return t;
  };
  for (const reminder of due) {
    const rule = reminderRule(reminder.kind);
    const { at, email } = timesOf(rule.localTime);
    for (const recipient of reminder.recipients) {
      if (recipient.accountId && !rule.mandatory && ctx.mutedKinds.get(recipient.accountId)?.includes(rule.kind)) continue;
      for (const channel of rule.channels) {
        if (channel === 'in_app' && !recipient.accountId) continue;
        const who = channel === 'in_app' ? recipient.accountId! : recipient.email.trim().toLowerCase();
        const key = notificationKey(reminder.key, who, channel);
        if (planned.has(key)) continue;
        planned.set(key, {
          key,
          reminderKey: reminder.key,
          kind: rule.kind,
          channel,
          recipientAccountId: recipient.accountId,
          recipientEmail: recipient.email,
          recipientName: recipient.name,
          subject: reminder.subject,
          text: reminder.text,
          linkPath: reminder.linkPath,
          dueOn: ctx.today,
          sendAt: new Date((channel === 'email' ? email : at).getTime()),
        });
      }
    }
  }
  return [...planned.values()];
}

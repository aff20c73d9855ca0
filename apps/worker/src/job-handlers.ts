import { INestApplicationContext } from '@nestjs/common';
import { DocumentRenderService } from '@app/assessment';
import { Clock, JOBS, JobHandlers, MailDeliveryService, PasswordResetsService } from '@app/platform';
import { RetentionService } from '@app/records';
import { NotificationBatchDelivery, NotificationDeliveryService, ReminderSweepService } from '@app/reminders';

/** Binds each job of the catalogue to the service that does the work (thin: parse, call). */
export function jobHandlers(app: INestApplicationContext): JobHandlers {
  const mail = app.get(MailDeliveryService);
  const resets = app.get(PasswordResetsService);
  const documents = app.get(DocumentRenderService);
  const sweep = app.get(ReminderSweepService);
  const notifications = app.get(NotificationDeliveryService);
  const batches = app.get(NotificationBatchDelivery);
  const retention = app.get(RetentionService);
  const clock = app.get(Clock);
  return {
    'mail.deliver': async ({ messageId }) => {
      await mail.deliver(messageId);
    },
    'mail.sweep': async () => {
      await mail.sweep();
    },
    'auth.password-reset': async ({ email }) => {
      await resets.issue(email);
    },
    'reminders.sweep': async () => {
      await sweep.sweep(clock.now());
    },
    'reminders.deliver': async ({ notificationId, schoolId }, { attempt }) => {
      await notifications.deliver(notificationId, schoolId, attempt >= (JOBS['reminders.deliver'].policy.attempts ?? 1), clock.now());
    },
    'reminders.deliver-many': async ({ notificationIds, schoolId }) => {
      await batches.deliverMany(notificationIds, schoolId, clock.now());
    },
    'reminders.pump': async () => {
      await notifications.pump(clock.now());
    },
    'reminders.school': async ({ schoolId }) => {
      await sweep.sweepSchool(schoolId, clock.now());
    },
    'documents.render': async ({ documentId, schoolId }, { attempt }) => {
      await documents.render(documentId, schoolId, attempt >= (JOBS['documents.render'].policy.attempts ?? 1));
    },
    'documents.sweep': async () => {
      await documents.sweep(clock.now());
    },
    'records.retention': async () => {
      await retention.run(clock.now());
    },
  };
}

/**
 * Once Redis is back after an outage (JobRunner): it may have lost every job, so what the database says is still to do
 * is enqueued again at once — pending e-mails and documents whatever their age (enqueuing one already queued does
 * nothing, delivering one already sent does nothing), reminders through the pump.
 */
export function recoverAfterOutage(app: INestApplicationContext): () => Promise<void> {
  const mail = app.get(MailDeliveryService);
  const documents = app.get(DocumentRenderService);
  const notifications = app.get(NotificationDeliveryService);
  const clock = app.get(Clock);
  return async () => {
    await mail.sweep(new Date(), 0);
    await documents.sweep(new Date(), 0);
    await notifications.pump(clock.now());
  };
}

import { JobsOptions } from 'bullmq';

/**
 * The typed job catalogue: every job's queue, payload and policy in one place.
 * Payloads carry ids, never entities or file bytes. `enqueue(name, payload)` only compiles with the
 * payload declared here, and the worker refuses to start if a job has no handler.
 */
export interface JobPayloads {
  /** Deliver one outbox message through the mail transport (idempotent on the message row). */
  'mail.deliver': { messageId: string; schoolId: string | null };
  /** Re-enqueue messages left pending (e.g. Redis was down at commit time). */
  'mail.sweep': Record<string, never>;
  /** Issue a password-reset link to this address if it has an active account (the request itself does no lookup). */
  'auth.password-reset': { email: string };
  /** Render one generated document (PDF) and store it (idempotent on the document row). */
  'documents.render': { documentId: string; schoolId: string };
  /** Re-enqueue documents left pending (e.g. Redis was down when they were requested, or lost its jobs). */
  'documents.sweep': Record<string, never>;
  /** The daily reminder sweep: record every reminder due today as notifications, then schedule their delivery. */
  'reminders.sweep': Record<string, never>;
  /** Send one notification at its time (idempotent on the notification row): a retry, a held one, the pump's. */
  'reminders.deliver': { notificationId: string; schoolId: string };
  /** Send the notifications of one school due at one time, as the sweep schedules them (each idempotent on its row). */
  'reminders.deliver-many': { notificationIds: string[]; schoolId: string };
  /** Schedule again notifications whose delivery job is missing (e.g. Redis was down after the sweep committed). */
  'reminders.pump': Record<string, never>;
  /** Run the reminders of one school for today again, after an event with a reminder changed (ReminderEvents). */
  'reminders.school': { schoolId: string };
  /** The daily RGPD retention run: purge or anonymise, school by school, what is past its retention period. */
  'records.retention': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const QUEUES = ['mail', 'documents', 'reminders', 'records'] as const;
export type QueueName = (typeof QUEUES)[number];

interface JobDefinition {
  queue: QueueName;
  policy: JobsOptions;
}

const keepDays = (days: number) => ({ age: days * 86400 });

export const JOBS: Record<JobName, JobDefinition> = {
  'mail.deliver': {
    queue: 'mail',
    policy: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 5_000 },
      removeOnComplete: keepDays(7),
      removeOnFail: keepDays(30),
    },
  },
  'mail.sweep': {
    queue: 'mail',
    policy: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: keepDays(7) },
  },
  'auth.password-reset': {
    queue: 'mail',
    // The payload is an e-mail address: not kept once done, a day when it failed.
    policy: { attempts: 3, backoff: { type: 'exponential', delay: 2_000 }, removeOnComplete: true, removeOnFail: keepDays(1) },
  },
  'documents.render': {
    queue: 'documents',
    policy: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 2_000 },
      removeOnComplete: keepDays(2),
      removeOnFail: keepDays(30),
    },
  },
  'documents.sweep': {
    queue: 'documents',
    policy: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: keepDays(7) },
  },
  'reminders.sweep': {
    queue: 'reminders',
    // A sweep killed half-way is run again (stalled job) and only adds what is missing: notification keys are unique.
    policy: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { count: 100 }, removeOnFail: keepDays(30) },
  },
  'reminders.deliver': {
    queue: 'reminders',
    policy: { attempts: 8, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: keepDays(7), removeOnFail: keepDays(30) },
  },
  'reminders.deliver-many': {
    queue: 'reminders',
    // A notification that fails gets a 'reminders.deliver' job of its own (backoff, attempts): this one fails only when
    // even that could not be queued, and is then run again whole (the notifications already sent are skipped).
    policy: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: keepDays(7), removeOnFail: keepDays(30) },
  },
  'reminders.pump': {
    queue: 'reminders',
    policy: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: keepDays(7) },
  },
  'reminders.school': {
    queue: 'reminders',
    // Removed once done: its id (school and minute) only dedupes the changes of one minute waiting for it.
    policy: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: true, removeOnFail: keepDays(7) },
  },
  'records.retention': {
    queue: 'records',
    // A run killed half-way is run again: it re-reads what is still past its period (purged rows are marked), so only
    // what is left is done. The job's data is empty: nothing personal is kept in Redis.
    policy: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: { count: 100 }, removeOnFail: keepDays(30) },
  },
};

/**
 * Recurring jobs the worker registers (cron in Europe/Paris local time, 6 fields with seconds); `configKey` names a
 * setting that replaces the pattern (the reminder sweep's hour).
 */
export const SCHEDULES: { id: string; job: JobName; pattern: string; configKey?: 'REMINDERS_SWEEP_CRON' }[] = [
  { id: 'mail-sweep', job: 'mail.sweep', pattern: '0 */5 * * * *' },
  { id: 'documents-sweep', job: 'documents.sweep', pattern: '30 */5 * * * *' },
  { id: 'reminders-sweep', job: 'reminders.sweep', pattern: '0 0 7 * * *', configKey: 'REMINDERS_SWEEP_CRON' },
  { id: 'reminders-pump', job: 'reminders.pump', pattern: '0 */5 * * * *' },
  // 03:30 Paris: after the night's backups, outside the 02:00–03:00 hour skipped or repeated by the clock changes.
  { id: 'records-retention', job: 'records.retention', pattern: '0 30 3 * * *' },
];

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], meta: { jobId: string; attempt: number }) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

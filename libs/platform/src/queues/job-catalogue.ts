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
  /** Render one generated document (PDF) and store it (idempotent on the document row). */
  'documents.render': { documentId: string; schoolId: string };
}

export type JobName = keyof JobPayloads;

export const QUEUES = ['mail', 'documents'] as const;
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
  'documents.render': {
    queue: 'documents',
    policy: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 2_000 },
      removeOnComplete: keepDays(2),
      removeOnFail: keepDays(30),
    },
  },
};

/** Recurring jobs the worker registers (cron in Europe/Paris local time, 6 fields with seconds). */
export const SCHEDULES: { id: string; job: JobName; pattern: string }[] = [
  { id: 'mail-sweep', job: 'mail.sweep', pattern: '0 */5 * * * *' },
];

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], meta: { jobId: string; attempt: number }) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

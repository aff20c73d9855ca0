import { Logger } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { JobHandlers, JobName, JOBS, QUEUES, SCHEDULES } from './job-catalogue';
import { JobQueue } from './job-queue';
import { redisConnection } from './redis-connection';

/** How many times a job may be found without its worker (killed in the middle) before it is failed. */
const MAX_STALLED = 10;
/**
 * Mail jobs at once: each waits on a few database round trips and an SMTP exchange, not on the CPU (10 rather than 4:
 * 342 → 439 e-mails/s in bench/mail-delivery.ts).
 */
const MAIL_CONCURRENCY = 10;

/**
 * Runs the catalogue's jobs in the worker process: one BullMQ Worker per queue, dispatching by job
 * name, plus the recurring schedules (Europe/Paris). A job without a handler stops the start.
 */
export class JobRunner {
  private readonly logger = new Logger('JobRunner');
  private readonly workers: Worker[] = [];

  /**
   * `recover`: what to do when Redis is back after it was lost — it may have lost its jobs too (restarted without
   * persistence, failed over): the sweeps that enqueue again, from the database, the work still to do.
   */
  constructor(
    private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly recover: () => Promise<void> = async () => undefined,
  ) {
    const missing = (Object.keys(JOBS) as JobName[]).filter((name) => typeof handlers[name] !== 'function');
    if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }

  async start(concurrency = 4): Promise<void> {
    for (const name of QUEUES) {
      const worker = new Worker(name, (job: Job) => this.run(job), {
        connection: redisConnection(this.config.REDIS_URL),
        prefix: this.config.QUEUE_PREFIX,
        concurrency: name === 'mail' ? Math.max(concurrency, MAIL_CONCURRENCY) : concurrency,
        // A job whose worker died (killed, crashed) is taken again once its lock has expired; several deaths in a row
        // must not fail it (a sweep, a delivery resume where they stopped: their rows say what is done).
        lockDuration: this.config.JOB_LOCK_SECONDS * 1000,
        stalledInterval: this.config.JOB_LOCK_SECONDS * 1000,
        maxStalledCount: MAX_STALLED,
      });
      worker.on('failed', (job, err) => this.logger.warn(`${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`));
      worker.on('error', (err) => this.logger.error(`worker ${name}: ${err.message}`));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
    await this.schedule();
    this.queue.onReconnect(() => void this.resume());
  }

  /** Registers the recurring schedules (idempotent: a schedule already there is updated). */
  private async schedule(): Promise<void> {
    for (const s of SCHEDULES) {
      await this.queue
        .queue(JOBS[s.job].queue)
        .upsertJobScheduler(
          s.id,
          { pattern: s.configKey ? this.config[s.configKey] : s.pattern, tz: 'Europe/Paris' },
          { name: s.job, data: {}, opts: JOBS[s.job].policy },
        );
    }
  }

  /** Redis is back: the schedules again (a Redis that lost its keys lost them), then the work left to do. */
  private async resume(): Promise<void> {
    try {
      await this.schedule();
      await this.recover();
      this.logger.log('Redis is back: schedules registered again, pending work enqueued again');
    } catch (err) {
      this.logger.warn(`Redis is back, but resuming failed (the schedules will do it): ${(err as Error).message}`);
    }
  }

  private async run(job: Job): Promise<void> {
    const handler = this.handlers[job.name as JobName] as
      ((payload: unknown, meta: { jobId: string; attempt: number }) => Promise<void>) | undefined;
    if (!handler) throw new Error(`Unknown job ${job.name}`);
    await handler(job.data, { jobId: job.id ?? '', attempt: job.attemptsMade + 1 });
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

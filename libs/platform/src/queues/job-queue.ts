import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { JobName, JobPayloads, JOBS, QUEUES, QueueName } from './job-catalogue';

const ENQUEUE_TIMEOUT_MS = 3000;

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Enqueues jobs of the catalogue. `jobId` makes a job unique: enqueuing it twice does nothing.
 * Producers share one Redis connection that fails fast when Redis is away (the caller is not held;
 * what was not enqueued is found again by the sweeps, e.g. the outbox sweep).
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private connection?: Redis;

  constructor(private readonly config: AppConfig) {}

  private client(): Redis {
    this.connection ??= new Redis(this.config.REDIS_URL, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 500, 5000),
    }).on('error', () => undefined); // reported by the enqueue that fails
    return this.connection;
  }

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.client(), prefix: this.config.QUEUE_PREFIX });
      q.on('error', () => undefined);
      this.queues.set(name, q);
    }
    return q;
  }

  all(): Queue[] {
    return QUEUES.map((n) => this.queue(n));
  }

  /** Rejects after a few seconds when Redis does not answer, rather than holding the caller. */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string): Promise<void> {
    const def = JOBS[name];
    await within(this.queue(def.queue).add(name, payload, { ...def.policy, jobId }), ENQUEUE_TIMEOUT_MS, `Redis did not take job ${name}`);
  }

  /**
   * Enqueues many jobs of one name in bulk (one round trip per 1,000), each with its id and an optional delay in
   * milliseconds; jobs whose id exists already are left as they are.
   */
  async enqueueBulk<N extends JobName>(
    name: N,
    jobs: readonly { payload: JobPayloads[N]; jobId: string; delay?: number }[],
  ): Promise<void> {
    const def = JOBS[name];
    for (let i = 0; i < jobs.length; i += 1000) {
      const chunk = jobs.slice(i, i + 1000).map((j) => ({
        name,
        data: j.payload,
        opts: { ...def.policy, jobId: j.jobId, delay: Math.max(0, j.delay ?? 0) },
      }));
      // As long as one enqueue for a few jobs (a caller with Redis away is not held longer), more for a large chunk.
      const timeout = ENQUEUE_TIMEOUT_MS * Math.max(1, Math.ceil(chunk.length / 200));
      await within(this.queue(def.queue).addBulk(chunk), timeout, `Redis did not take ${chunk.length} jobs ${name}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    // A connection that never came up has nothing to flush: stop its reconnection attempts first.
    if (this.connection && this.connection.status !== 'ready') this.connection.disconnect();
    await Promise.all([...this.queues.values()].map((q) => within(q.close(), ENQUEUE_TIMEOUT_MS, 'queue close').catch(() => undefined)));
    this.connection?.disconnect();
  }
}

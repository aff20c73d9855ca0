import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { JobName, JobPayloads, JOBS, QUEUES, QueueName } from './job-catalogue';
import { redisRetryDelay } from './redis-connection';

const ENQUEUE_TIMEOUT_MS = 3000;

/** Redis did not take a job (away, or too slow): the API answers 503 when nothing else keeps the work to do. */
export class QueueUnavailable extends Error {
  override readonly name = 'QueueUnavailable';
}

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout])
    .catch((err: Error) => {
      throw new QueueUnavailable(`${what}: ${err.message}`, { cause: err });
    })
    .finally(() => clearTimeout(timer));
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
  private readonly reconnected: (() => void)[] = [];

  constructor(private readonly config: AppConfig) {}

  private client(): Redis {
    this.connection ??= new Redis(this.config.REDIS_URL, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 2000,
      retryStrategy: redisRetryDelay,
    }).on('error', () => undefined); // reported by the enqueue that fails
    let wasReady = false;
    this.connection.on('ready', () => {
      if (wasReady) for (const listener of this.reconnected) listener();
      wasReady = true;
    });
    return this.connection;
  }

  /** Calls `listener` each time the connection to Redis is back after it was lost (not at the first connection). */
  onReconnect(listener: () => void): void {
    this.client();
    this.reconnected.push(listener);
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

import { ConnectionOptions } from 'bullmq';

/** Between two attempts to reach Redis again: 0.5 s more each time, at most 5 s (BullMQ's own grows to 20 s). */
export const redisRetryDelay = (attempt: number) => Math.min(attempt * 500, 5000);

/**
 * Worker connections: BullMQ needs them to wait for Redis indefinitely (maxRetriesPerRequest: null); once Redis is back
 * they take jobs again within 5 s.
 */
export function redisConnection(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null, retryStrategy: redisRetryDelay };
}

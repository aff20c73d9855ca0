import { ConnectionOptions } from 'bullmq';

/** Worker connections: BullMQ needs them to wait for Redis indefinitely (maxRetriesPerRequest: null). */
export function redisConnection(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null };
}

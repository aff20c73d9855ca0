import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';
import { ChangeLog } from './change-log';
import { coalescedProbe } from './coalesced-probe';

/** The channel the triggers of migration ReadChangeNotifications notify. */
export const CHANGES_CHANNEL = 'cqp_changes';
/** Its connection's application_name (pg_stat_activity). */
export const CHANGE_FEED_NAME = 'cqp-change-feed';
const RETRY_MS = [250, 1_000, 5_000];

/**
 * Listens to PostgreSQL's change notifications on a connection of its own and keeps the change log. While it is not
 * listening (starting, connection lost, PostgreSQL restarting) `listening` is false and nothing may be served from the
 * cache; when it listens again everything computed before is forgotten, since notifications may have been missed.
 */
@Injectable()
export class ChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly log = new ChangeLog();
  private client: Client | null = null;
  private stopped = false;
  private attempt = 0;
  private readonly logger = new Logger(ChangeFeed.name);

  constructor(private readonly config: AppConfig) {}

  get listening(): boolean {
    return this.client !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.READ_CACHE_ENTRIES > 0) await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /**
   * Resolves once every notification of a transaction committed before the call has been recorded: PostgreSQL signals
   * the listening session at commit and sends its notifications before answering the next query. A request that wrote
   * calls it before answering, so the caller's next read cannot be served what the write made stale.
   */
  readonly barrier: () => Promise<void> = coalescedProbe(async () => this.client?.query('SELECT 1'));

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: CHANGE_FEED_NAME });
    client.on('notification', (n) => {
      if (n.channel === CHANGES_CHANNEL && n.payload) this.log.record(n.payload.split(','));
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      this.logger.warn(`change notifications unavailable, read cache off: ${(err as Error).message}`);
      return this.retry();
    }
    if (this.stopped) return void (await client.end().catch(() => undefined));
    this.log.forgetAll();
    this.client = client;
    this.attempt = 0;
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.log.forgetAll();
    this.logger.warn('change notifications lost, read cache off until they are back');
    client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    if (this.stopped) return;
    const delay = RETRY_MS[Math.min(this.attempt++, RETRY_MS.length - 1)];
    setTimeout(() => void this.connect(), delay).unref();
  }
}

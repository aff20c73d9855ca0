import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig } from './app-config';

const hidePassword = (url: string) => {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
};

/**
 * Before booting: PostgreSQL and Redis must answer. When one does not, the process stops with one
 * line naming the URL and how to start the service, instead of a stack trace.
 */
export async function preflight(config: AppConfig): Promise<void> {
  const pg = new Client({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1 FROM migrations LIMIT 1');
  } catch (err) {
    const e = err as { code?: string; message: string };
    const url = hidePassword(config.DATABASE_URL);
    if (e.code === 'ECONNREFUSED' || e.code === 'ETIMEDOUT' || /timeout/i.test(e.message)) {
      fail(
        `PostgreSQL does not answer at ${url}: start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start, or docker compose -f docker/compose.yml up -d postgres).`,
      );
    }
    fail(`PostgreSQL at ${url} is not ready (${e.message}): run "npm run db:setup" to create the database, its roles and tables.`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new Redis(config.REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    fail(
      `Redis does not answer at ${hidePassword(config.REDIS_URL)}: start it (redis-server --daemonize yes --bind 127.0.0.1 --port 6379, or docker compose -f docker/compose.yml up -d redis).`,
    );
  } finally {
    redis.disconnect();
  }
}

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

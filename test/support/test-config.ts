import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AppConfig, loadConfig } from '@app/platform';
import { withDatabase } from '@app/platform/database/database-setup';

/** The database of this test run (created by global-setup), from TEST_DATABASE. */
export function testDatabaseName(): string {
  const name = process.env.TEST_DATABASE;
  if (!name) throw new Error('TEST_DATABASE is not set: run through the jest integration/e2e configs');
  return name;
}

/** Configuration pointing every role at `database`, with its own queue prefix and storage folder. */
export function configFor(database: string, overrides: Partial<AppConfig> = {}): AppConfig {
  const base = loadConfig(process.env);
  return Object.assign(new AppConfig(), base, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: withDatabase(base.DATABASE_URL, database),
    DATABASE_ADMIN_URL: withDatabase(base.DATABASE_ADMIN_URL, database),
    DATABASE_OWNER_URL: withDatabase(base.DATABASE_OWNER_URL, database),
    QUEUE_PREFIX: `test-${database}-${process.pid}`,
    STORAGE_DIR: mkdtempSync(path.join(tmpdir(), 'cqp-storage-')),
    WEB_DIST_DIR: path.join(tmpdir(), 'cqp-no-web'),
    ...overrides,
  });
}

export const testConfig = (overrides: Partial<AppConfig> = {}) => configFor(testDatabaseName(), overrides);

import * as path from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Repository root (sources) or dist root (compiled code): entities and migrations are found from here. */
const root = path.resolve(__dirname, '../../../..');
const ext = __filename.endsWith('.ts') ? 'ts' : 'js';

export const ENTITY_GLOBS = [path.join(root, `libs/*/src/**/*.entity.${ext}`)];
export const MIGRATION_GLOBS = [path.join(root, `migrations/*.${ext}`)];

/**
 * One shape for every connection: the app role, the admin role and the owner (CLI, migrations). With
 * `statementTimeoutMs` (the API's and the worker's pools), a statement running longer is cancelled by PostgreSQL and a
 * transaction idle for twice as long is ended (its locks released).
 */
export function dataSourceOptions(url: string, poolSize = 10, applicationName = 'cqp', statementTimeoutMs = 0): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITY_GLOBS,
    migrations: MIGRATION_GLOBS,
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    poolSize,
    applicationName,
    extra: {
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      ...(statementTimeoutMs > 0 && {
        statement_timeout: statementTimeoutMs,
        idle_in_transaction_session_timeout: 2 * statementTimeoutMs,
      }),
    },
  };
}

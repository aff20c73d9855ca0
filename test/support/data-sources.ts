import { DataSource } from 'typeorm';
import { AppConfig } from '@app/platform';
import { dataSourceOptions } from '@app/platform/database/data-source.options';

/** Direct connections for tests: as the app role (RLS applies), the admin role, or the owner. */
export async function openDataSource(config: AppConfig, role: 'app' | 'admin' | 'owner'): Promise<DataSource> {
  const url = { app: config.DATABASE_URL, admin: config.DATABASE_ADMIN_URL, owner: config.DATABASE_OWNER_URL }[role];
  return new DataSource(dataSourceOptions(url, 2, `cqp-test-${role}`)).initialize();
}

/** Runs `fn` as the app role inside a transaction scoped to `schoolId` (what every request does). */
export function asSchool<T>(app: DataSource, schoolId: string | null, fn: (m: DataSource['manager']) => Promise<T>): Promise<T> {
  return app.transaction(async (m) => {
    await m.query(`SELECT set_config('app.school_id', $1, true)`, [schoolId ?? '']);
    return fn(m);
  });
}

export interface RoleConnections {
  owner: DataSource;
  admin: DataSource;
  app: DataSource;
}

/** The three roles' connections for a describe block, opened before and closed after its tests. */
export function useRoleConnections(config: AppConfig): RoleConnections {
  const conns = {} as RoleConnections;
  beforeAll(async () => {
    [conns.owner, conns.admin, conns.app] = await Promise.all([
      openDataSource(config, 'owner'),
      openDataSource(config, 'admin'),
      openDataSource(config, 'app'),
    ]);
  });
  afterAll(() => Promise.all(Object.values(conns).map((d) => d.destroy())));
  return conns;
}

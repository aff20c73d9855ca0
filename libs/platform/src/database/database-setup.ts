import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source.options';

interface RoleSpec {
  name: string;
  password: string;
  attributes: string;
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

function roleFrom(url: string, attributes: string): RoleSpec {
  const u = new URL(url);
  return { name: decodeURIComponent(u.username), password: decodeURIComponent(u.password), attributes };
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** Same URL pointing to another database (tests run on a database of their own). */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Idempotent: creates the three roles (owner of the tables, application role under row-level
 * security, admin role with BYPASSRLS), the database if missing, the grants, then applies the
 * migrations as the owner. Returns the names of the migrations it applied.
 */
export async function setupDatabase(config: AppConfig, log: (line: string) => void = () => {}): Promise<string[]> {
  const { app, admin } = await prepareDatabase(config, log);
  const ds = new DataSource(dataSourceOptions(config.DATABASE_OWNER_URL, 1, 'cqp-setup'));
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    applied.forEach((m) => log(`applied migration ${m.name}`));
    // The default privileges gave the other roles DML on the migrations table too: they only read it (the boot check).
    await ds.query(`REVOKE INSERT, UPDATE, DELETE ON TABLE migrations FROM ${ident(app.name)}, ${ident(admin.name)}`);
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/**
 * Idempotent: the three roles, the database if missing and its grants, without any table (`db:setup` then runs the
 * migrations; scripts/restore.sh loads a backup instead).
 */
export async function prepareDatabase(
  config: AppConfig,
  log: (line: string) => void = () => {},
): Promise<Record<'owner' | 'app' | 'admin', RoleSpec>> {
  const dbName = databaseName(config.DATABASE_URL);
  const owner = roleFrom(config.DATABASE_OWNER_URL, 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS');
  const app = roleFrom(config.DATABASE_URL, 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS');
  const admin = roleFrom(config.DATABASE_ADMIN_URL, 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS');

  await withClient(config.DATABASE_SUPERUSER_URL, async (c) => {
    for (const role of [owner, app, admin]) {
      const exists = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
      const password = role.password ? `PASSWORD ${literal(role.password)}` : '';
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      await c.query(`${verb} ROLE ${ident(role.name)} WITH ${role.attributes} ${password}`);
    }
    const db = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (!db.rowCount) {
      await c.query(`CREATE DATABASE ${ident(dbName)} OWNER ${ident(owner.name)}`);
      log(`created database ${dbName}`);
    }
  });

  await withClient(withDatabase(config.DATABASE_SUPERUSER_URL, dbName), async (c) => {
    const o = ident(owner.name);
    const users = `${ident(app.name)}, ${ident(admin.name)}`;
    await c.query(`ALTER DATABASE ${ident(dbName)} OWNER TO ${o}`);
    await c.query(`ALTER SCHEMA public OWNER TO ${o}`);
    await c.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await c.query(`GRANT CONNECT ON DATABASE ${ident(dbName)} TO ${users}`);
    await c.query(`GRANT USAGE ON SCHEMA public TO ${users}`);
    await c.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${users}`);
    await c.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${users}`);
    // Tables created before the default privileges existed (idempotent).
    await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${users}`);
    await c.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${users}`);
  });
  return { owner, app, admin };
}

/** Drops a database (tests clean up the database they created). */
export async function dropDatabase(config: AppConfig, name: string): Promise<void> {
  await withClient(config.DATABASE_SUPERUSER_URL, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
  });
}

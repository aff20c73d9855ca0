import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Account, AuditEvent, Role } from '@app/platform';
import { withDatabase } from '@app/platform/database/database-setup';
import { createAccount, createSchool } from '../factories/school.factory';
import { insertSampleRow, TenantTable, tenantTables } from '../support/catalogue';
import { asSchool, useRoleConnections } from '../support/data-sources';
import { testConfig, testDatabaseName } from '../support/test-config';

/** The only policy expression a tenant table may have, for USING and for WITH CHECK. */
const tenantExpression = (column: string) => `(${column} = (NULLIF(current_setting('app.school_id'::text, true), ''::text))::uuid)`;
/** The one table without row-level security: the history of the schema, no school's data. */
const MIGRATIONS_TABLE = 'migrations';
const RLS_REFUSAL = /new row violates row-level security policy/;

describe('tenant isolation in PostgreSQL', () => {
  const config = testConfig();
  const appRole = new URL(config.DATABASE_URL).username;
  const db = useRoleConnections(config);
  const su = new Client({ connectionString: withDatabase(config.DATABASE_SUPERUSER_URL, testDatabaseName()) });
  let tenants: TenantTable[];

  beforeAll(async () => {
    await su.connect();
    tenants = await tenantTables(su);
  });
  afterAll(() => su.end());

  it('finds the school-owned tables in the catalogue', () => {
    // The figure docs/security.md gives: 41 tables with school_id, plus schools itself.
    expect(tenants.length).toBeGreaterThanOrEqual(42);
    expect(tenants.map((t) => t.table)).toEqual(expect.arrayContaining(['schools', 'accounts', 'trainees', 'marks', 'magic_links']));
  });

  it('forces row-level security on every table with school_id, with one policy for every command on the school of the transaction', async () => {
    const { rows } = await su.query<{
      table: string;
      enabled: boolean;
      forced: boolean;
      policies: { command: string; permissive: boolean; toEveryRole: boolean; using: string | null; check: string | null }[];
    }>(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              coalesce((SELECT json_agg(json_build_object('command', p.polcmd, 'permissive', p.polpermissive, 'toEveryRole', p.polroles = '{0}',
                                 'using', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid)))
                          FROM pg_policy p WHERE p.polrelid = c.oid), '[]') AS policies
         FROM pg_class c WHERE c.oid = ANY($1::regclass[])`,
      [tenants.map((t) => `"${t.table}"`)],
    );
    expect(rows).toHaveLength(tenants.length);
    for (const t of tenants) {
      const row = rows.find((r) => r.table === t.table)!;
      const expected = tenantExpression(t.column);
      expect({ table: t.table, enabled: row.enabled, forced: row.forced, policies: row.policies }).toEqual({
        table: t.table,
        enabled: true,
        forced: true,
        // FOR ALL, to every role (PUBLIC), permissive, USING and WITH CHECK both the tenant filter: nothing looser.
        policies: [{ command: '*', permissive: true, toEveryRole: true, using: expected, check: expected }],
      });
    }
  });

  it('leaves no table unprotected: the shared referential has read-only policies, and only the migrations table has no RLS', async () => {
    const tenantNames = new Set(tenants.map((t) => t.table));
    const { rows } = await su.query<{ table: string; forced: boolean; commands: string[] }>(
      `SELECT c.relname AS table, c.relforcerowsecurity AS forced, array(SELECT p.polcmd::text FROM pg_policy p WHERE p.polrelid = c.oid) AS commands
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    const shared = rows.filter((r) => !tenantNames.has(r.table) && r.table !== MIGRATIONS_TABLE);
    expect(shared.map((r) => r.table).sort()).toEqual(['certification_versions', 'referential_blocks', 'referential_modules']);
    for (const r of shared)
      expect({ table: r.table, forced: r.forced, commands: r.commands }).toEqual({ table: r.table, forced: true, commands: ['r'] });
    // The application role may read the migrations table (the boot check does) but not rewrite the schema's history.
    const { rows: grants } = await su.query<{ privilege: string }>(
      `SELECT privilege_type AS privilege FROM information_schema.role_table_grants WHERE table_name = $1 AND grantee = $2`,
      [MIGRATIONS_TABLE, appRole],
    );
    expect(grants.map((g) => g.privilege)).toEqual(['SELECT']);
  });

  it('gives the application role no ownership, no membership and no way around the policies', async () => {
    const [role] = (
      await su.query(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolinherit FROM pg_roles WHERE rolname = $1`, [appRole])
    ).rows;
    expect(role).toMatchObject({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    // Not a member of any role (the owner, the admin role with BYPASSRLS...): it cannot SET ROLE its way out.
    expect((await su.query(`SELECT roleid::regrole::text FROM pg_auth_members WHERE member = $1::regrole`, [appRole])).rows).toEqual([]);
    // Owns nothing in this database: no table, view, sequence, function, type, schema, nor the database.
    const { rows: owned } = await su.query(
      `SELECT 'relation ' || c.relname AS object FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relowner = $1::regrole AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       UNION ALL SELECT 'function ' || proname FROM pg_proc WHERE proowner = $1::regrole
       UNION ALL SELECT 'type ' || typname FROM pg_type WHERE typowner = $1::regrole
       UNION ALL SELECT 'schema ' || nspname FROM pg_namespace WHERE nspowner = $1::regrole
       UNION ALL SELECT 'database ' || datname FROM pg_database WHERE datdba = $1::regrole AND datname = current_database()`,
      [appRole],
    );
    expect(owned).toEqual([]);
    // One SECURITY DEFINER function only, on purpose, with its search_path pinned: the one door of the append-only
    // access log of health data (lines older than six months, of the caller's school under forced RLS: tested in
    // rgpd-retention.e2e-spec.ts). Any other would run with its owner's rights.
    expect(
      (
        await su.query(
          `SELECT proname, proconfig, pg_get_userbyid(proowner) AS owner
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND prosecdef`,
        )
      ).rows,
    ).toEqual([
      { proname: 'purge_health_access_log', proconfig: ['search_path=public'], owner: new URL(config.DATABASE_OWNER_URL).username },
    ]);
    await expect(db.app.query('ALTER TABLE accounts DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/must be owner/);
    await expect(db.app.query(`SET ROLE "${new URL(config.DATABASE_OWNER_URL).username}"`)).rejects.toThrow(/permission denied/);
    await expect(
      db.app.transaction(async (m) => {
        await m.query('SET LOCAL row_security = off');
        await m.query('SELECT count(*) FROM accounts');
      }),
    ).rejects.toThrow(/row-level security/);
  });

  /**
   * Every school-owned table, generated from the catalogue: one made-up row for school A and one for school B (written
   * as the superuser, foreign keys and triggers off, in a transaction rolled back at the end), then as the application
   * role: with no school set nothing is read and nothing written; with A set only A's rows are read and written.
   */
  it('reads nothing and writes nothing without a school, and only the school set, in every school-owned table', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const attempt = async (sql: string, params: unknown[] = []) => {
      await su.query('SAVEPOINT attempt');
      try {
        const res = await su.query(sql, params);
        await su.query('RELEASE SAVEPOINT attempt');
        return { rowCount: res.rowCount, rows: res.rows, error: null };
      } catch (err) {
        await su.query('ROLLBACK TO SAVEPOINT attempt');
        return { rowCount: null, rows: [], error: (err as Error).message };
      }
    };
    const tryInsert = async (t: TenantTable, school: string) => {
      await su.query('SAVEPOINT attempt');
      try {
        await insertSampleRow(su, t, school);
        await su.query('RELEASE SAVEPOINT attempt');
        return null;
      } catch (err) {
        await su.query('ROLLBACK TO SAVEPOINT attempt');
        return (err as Error).message;
      }
    };
    const setSchool = (school: string | null) => su.query(`SELECT set_config('app.school_id', $1, true)`, [school ?? '']);
    const results: Record<string, unknown>[] = [];

    await su.query('BEGIN');
    try {
      await su.query(`SET LOCAL session_replication_role = replica`);
      for (const t of tenants) for (const school of [a, b]) await insertSampleRow(su, t, school);
      await su.query(`SET LOCAL ROLE "${appRole}"`);
      expect((await su.query(`SELECT current_user AS who`)).rows).toEqual([{ who: appRole }]);

      for (const t of tenants) {
        // Each table from the same start: what one table's checks set or wrote is undone before the next.
        await su.query('SAVEPOINT one_table');
        const from = `"${t.table}"`;
        const count = `SELECT count(*)::int AS n, count(*) FILTER (WHERE ${t.column} <> '${a}')::int AS others FROM ${from}`;
        // No school at all (the setting never set in this transaction), then an empty one (what a reset leaves).
        const unset = (await attempt(count)).rows[0];
        await setSchool(null);
        const empty = (await attempt(count)).rows[0];
        const insertWithout = await tryInsert(t, a);
        const updateWithout = await attempt(`UPDATE ${from} SET ${t.column} = ${t.column}`);
        const deleteWithout = await attempt(`DELETE FROM ${from}`);
        // School A set: A's rows only, A's rows written, B's refused.
        await setSchool(a);
        const asA = (await attempt(count)).rows[0];
        const insertOwn = await tryInsert(t, a);
        const insertOther = await tryInsert(t, b);
        const moveToOther = await attempt(`UPDATE ${from} SET ${t.column} = $1 WHERE ${t.column} = $2`, [b, a]);
        const updateOwn = await attempt(`UPDATE ${from} SET ${t.column} = ${t.column} WHERE ${t.column} = $1`, [a]);
        await su.query('ROLLBACK TO SAVEPOINT one_table');
        results.push({
          table: t.table,
          unset,
          empty,
          insertWithout: RLS_REFUSAL.test(insertWithout ?? '') || insertWithout,
          updateWithout: updateWithout.rowCount,
          deleteWithout: deleteWithout.rowCount,
          asA: asA.n > 0 && asA.others === 0,
          // A's own row goes through RLS (where A already has its one row, a unique key refuses it, which is checked after RLS).
          insertOwn: insertOwn === null || /duplicate key/.test(insertOwn) || insertOwn,
          insertOther: RLS_REFUSAL.test(insertOther ?? '') || insertOther,
          moveToOther: RLS_REFUSAL.test(moveToOther.error ?? '') || moveToOther.error,
          updateOwn: updateOwn.rowCount! > 0,
        });
      }
    } finally {
      await su.query('ROLLBACK');
    }
    expect(results).toEqual(
      tenants.map((t) => ({
        table: t.table,
        unset: { n: 0, others: 0 },
        empty: { n: 0, others: 0 },
        insertWithout: true,
        updateWithout: 0,
        deleteWithout: 0,
        asA: true,
        insertOwn: true,
        insertOther: true,
        moveToOther: true,
        updateOwn: true,
      })),
    );
  });

  it('shows and writes only the rows of the school set in the transaction, through the ORM', async () => {
    const [a, b] = await Promise.all([createSchool(db.admin.manager), createSchool(db.admin.manager)]);
    const [ua, ub] = await Promise.all([createAccount(db.admin.manager, a, Role.Staff), createAccount(db.admin.manager, b, Role.Staff)]);

    const seenByA = await asSchool(db.app, a.id, (m) => m.find(Account, { select: { id: true, schoolId: true } }));
    expect(seenByA.map((r) => r.id)).toContain(ua.id);
    expect(seenByA.map((r) => r.id)).not.toContain(ub.id);
    expect(new Set(seenByA.map((r) => r.schoolId))).toEqual(new Set([a.id]));

    // A forgotten filter on an id of the other school finds nothing, and cannot change it.
    expect(await asSchool(db.app, a.id, (m) => m.findOneBy(Account, { id: ub.id }))).toBeNull();
    const updated = await asSchool(db.app, a.id, (m) => m.update(Account, { id: ub.id }, { fullName: 'piraté' }));
    expect(updated.affected).toBe(0);

    // Writing a row for another school is refused by WITH CHECK.
    await expect(
      asSchool(db.app, a.id, (m) => m.insert(AuditEvent, { schoolId: b.id, entityType: 'x', action: 'smuggled' })),
    ).rejects.toThrow(/row-level security/);
    await expect(asSchool(db.app, a.id, (m) => m.update(Account, { id: ua.id }, { schoolId: b.id }))).rejects.toThrow(/row-level security/);

    // No school set, on the application's own connection: nothing at all, while the rows are there.
    expect(await asSchool(db.app, null, (m) => m.count(Account))).toBe(0);
    expect(await db.app.manager.count(Account)).toBe(0);
    expect(await db.admin.manager.count(Account)).toBeGreaterThan(0);
  });
});

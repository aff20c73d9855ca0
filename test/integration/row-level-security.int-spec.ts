import { Account, AuditEvent, Role } from '@app/platform';
import { createAccount, createSchool } from '../factories/school.factory';
import { asSchool, useRoleConnections } from '../support/data-sources';
import { testConfig } from '../support/test-config';

describe('tenant isolation in PostgreSQL', () => {
  const config = testConfig();
  const db = useRoleConnections(config);

  it('forces row-level security with USING and WITH CHECK policies on every table that has school_id', async () => {
    const tables: { table: string; forced: boolean; enabled: boolean; policies: number; complete: number }[] = await db.owner.query(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid AND p.polqual IS NOT NULL AND p.polwithcheck IS NOT NULL) AS complete
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND EXISTS (SELECT 1 FROM information_schema.columns col WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'school_id')`);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) {
      expect({ table: t.table, enabled: t.enabled, forced: t.forced }).toEqual({ table: t.table, enabled: true, forced: true });
      expect(t.policies).toBeGreaterThanOrEqual(1);
      expect(t.complete).toBe(t.policies);
    }
  });

  it('gives the application role no ownership and no way around the policies', async () => {
    const appRole = new URL(config.DATABASE_URL).username;
    const [role] = await db.owner.query(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1`, [
      appRole,
    ]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await db.owner.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = $1`,
      [appRole],
    );
    expect(owned).toEqual([]);
    await expect(db.app.query('ALTER TABLE accounts DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/must be owner/);
  });

  it('shows and writes only the rows of the school set in the transaction', async () => {
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
  });

  it('shows nothing at all when no school is set (fail closed)', async () => {
    expect(await asSchool(db.app, null, (m) => m.count(Account))).toBe(0);
    expect(await db.app.manager.count(Account)).toBe(0);
    expect(await db.admin.manager.count(Account)).toBeGreaterThan(0);
  });
});

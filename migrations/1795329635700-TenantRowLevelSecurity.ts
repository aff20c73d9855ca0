import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tenant of the current transaction; NULLIF because a reset setting reads back as ''. */
const CURRENT_SCHOOL = `NULLIF(current_setting('app.school_id', true), '')::uuid`;
const TENANT_TABLES = ['accounts', 'sessions', 'account_tokens', 'audit_events', 'outbox_messages'];

/**
 * Row-level security, forced even for the table owner: the application role only ever sees and
 * writes rows of the school set by `set_config('app.school_id', ..., true)` in its transaction.
 */
export class TenantRowLevelSecurity1795329635700 implements MigrationInterface {
  name = 'TenantRowLevelSecurity1795329635700';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (school_id = ${CURRENT_SCHOOL}) WITH CHECK (school_id = ${CURRENT_SCHOOL})`,
      );
    }
    await q.query(`ALTER TABLE "schools" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "schools" FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "schools" USING (id = ${CURRENT_SCHOOL}) WITH CHECK (id = ${CURRENT_SCHOOL})`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES, 'schools']) {
      await q.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}

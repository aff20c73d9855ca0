import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT_SCHOOL = `NULLIF(current_setting('app.school_id', true), '')::uuid`;
const SHARED = ['certification_versions', 'referential_blocks', 'referential_modules'];

/**
 * The referential is shared by every school and read-only for the application role: RLS with a
 * SELECT policy only, so any write through that role is refused. School overrides are tenant rows.
 */
export class ReferentialRowLevelSecurity1795331658552 implements MigrationInterface {
  name = 'ReferentialRowLevelSecurity1795331658552';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of SHARED) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY read_only ON "${table}" FOR SELECT USING (true)`);
    }
    await q.query(`ALTER TABLE "school_rule_overrides" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "school_rule_overrides" FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY tenant_isolation ON "school_rule_overrides" USING (school_id = ${CURRENT_SCHOOL}) WITH CHECK (school_id = ${CURRENT_SCHOOL})`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY tenant_isolation ON "school_rule_overrides"`);
    await q.query(`ALTER TABLE "school_rule_overrides" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "school_rule_overrides" DISABLE ROW LEVEL SECURITY`);
    for (const table of SHARED) {
      await q.query(`DROP POLICY read_only ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}

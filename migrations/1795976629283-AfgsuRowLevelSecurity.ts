import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT_SCHOOL = `NULLIF(current_setting('app.school_id', true), '')::uuid`;
const TABLES = ['afgsu_sessions', 'afgsu_participants', 'afgsu_attestations'];

/** AFGSU sessions, participants and attestations are school-owned: forced row-level security on the transaction's school. */
export class AfgsuRowLevelSecurity1795976629283 implements MigrationInterface {
  name = 'AfgsuRowLevelSecurity1795976629283';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (school_id = ${CURRENT_SCHOOL}) WITH CHECK (school_id = ${CURRENT_SCHOOL})`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}

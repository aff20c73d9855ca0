import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

const TABLES = ['assessments', 'block_result_rules', 'exam_sessions', 'attempts', 'marks', 'jury_sessions', 'jury_decisions'];

/**
 * Assessment data is school-owned (forced row-level security), and jury decisions are never edited in place: a
 * trigger refuses UPDATE, DELETE and TRUNCATE on them for every role (a correction is a new decision).
 */
export class AssessmentRowLevelSecurity1795978487296 implements MigrationInterface {
  name = 'AssessmentRowLevelSecurity1795978487296';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, TABLES);
    await q.query(`
      CREATE FUNCTION jury_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'jury_decisions is append-only: record a correction instead' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER jury_decisions_append_only BEFORE UPDATE OR DELETE ON "jury_decisions" FOR EACH ROW EXECUTE FUNCTION jury_decisions_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER jury_decisions_no_truncate BEFORE TRUNCATE ON "jury_decisions" FOR EACH STATEMENT EXECUTE FUNCTION jury_decisions_append_only()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER jury_decisions_no_truncate ON "jury_decisions"`);
    await q.query(`DROP TRIGGER jury_decisions_append_only ON "jury_decisions"`);
    await q.query(`DROP FUNCTION jury_decisions_append_only()`);
    await disableTenantRls(q, TABLES);
  }
}

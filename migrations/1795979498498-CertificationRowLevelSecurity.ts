import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

const TABLES = ['prior_block_validations', 'certification_decisions'];

/** Prior validations and certification decisions are school-owned; certification decisions are never edited in place. */
export class CertificationRowLevelSecurity1795979498498 implements MigrationInterface {
  name = 'CertificationRowLevelSecurity1795979498498';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, TABLES);
    await q.query(`
      CREATE FUNCTION certification_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'certification_decisions is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER certification_decisions_append_only BEFORE UPDATE OR DELETE ON "certification_decisions" FOR EACH ROW EXECUTE FUNCTION certification_decisions_append_only()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER certification_decisions_append_only ON "certification_decisions"`);
    await q.query(`DROP FUNCTION certification_decisions_append_only()`);
    await disableTenantRls(q, TABLES);
  }
}

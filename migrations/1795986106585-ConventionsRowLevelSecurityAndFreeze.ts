import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from './support/append-only';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

const TABLES = ['convention_templates', 'conventions', 'convention_signatures'];

/**
 * Conventions are school-owned (forced row-level security); signatures are append-only evidence; a signed convention
 * (signed_at set) can never be changed or deleted, whatever the role: only an avenant, a new row, amends it.
 */
export class ConventionsRowLevelSecurityAndFreeze1795986106585 implements MigrationInterface {
  name = 'ConventionsRowLevelSecurityAndFreeze1795986106585';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, TABLES);
    await makeAppendOnly(q, 'convention_signatures', ': a signature is never changed or removed');
    await q.query(`
      CREATE FUNCTION conventions_signed_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.signed_at IS NOT NULL THEN
          RAISE EXCEPTION 'convention % is signed: it can never be changed or deleted (make an avenant)', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER conventions_signed_frozen BEFORE UPDATE OR DELETE ON "conventions" FOR EACH ROW EXECUTE FUNCTION conventions_signed_frozen()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER conventions_signed_frozen ON "conventions"`);
    await q.query(`DROP FUNCTION conventions_signed_frozen()`);
    await dropAppendOnly(q, 'convention_signatures');
    await disableTenantRls(q, TABLES);
  }
}

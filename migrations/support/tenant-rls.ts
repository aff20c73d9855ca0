import { QueryRunner } from 'typeorm';

const CURRENT_SCHOOL = `NULLIF(current_setting('app.school_id', true), '')::uuid`;

/** Forced row-level security on school-owned tables: rows of the transaction's school only, for reads and writes. */
export async function enableTenantRls(q: QueryRunner, tables: string[]): Promise<void> {
  for (const table of tables) {
    await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY tenant_isolation ON "${table}" USING (school_id = ${CURRENT_SCHOOL}) WITH CHECK (school_id = ${CURRENT_SCHOOL})`,
    );
  }
}

/** What enableTenantRls did, undone. */
export async function disableTenantRls(q: QueryRunner, tables: string[]): Promise<void> {
  for (const table of tables) {
    await q.query(`DROP POLICY tenant_isolation ON "${table}"`);
    await q.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
  }
}

import { QueryRunner } from 'typeorm';

/** Makes `table` append-only for every role: UPDATE, DELETE and TRUNCATE raise an error naming it. */
export async function makeAppendOnly(q: QueryRunner, table: string, hint = ''): Promise<void> {
  await q.query(`
    CREATE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '${table} is append-only${hint}' USING ERRCODE = 'insufficient_privilege';
    END $$`);
  await q.query(
    `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`,
  );
  await q.query(
    `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION ${table}_append_only()`,
  );
}

/** What makeAppendOnly did, undone. */
export async function dropAppendOnly(q: QueryRunner, table: string): Promise<void> {
  await q.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
  await q.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
  await q.query(`DROP FUNCTION ${table}_append_only()`);
}

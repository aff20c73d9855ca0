import { QueryRunner } from 'typeorm';

export type ChangeOperation = 'insert' | 'update' | 'delete' | 'truncate';

/** The transition tables each operation's trigger sees (the function reads `old_rows` and/or `new_rows`). */
const REFERENCING: Record<ChangeOperation, string> = {
  insert: 'REFERENCING NEW TABLE AS new_rows',
  update: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
  delete: 'REFERENCING OLD TABLE AS old_rows',
  truncate: '',
};

/**
 * Statement-level triggers `${table}_${name}_${operation}` running `fn(argument)` after each of `operations` on
 * `table`: one call per statement, whatever the number of rows, with the rows in transition tables.
 */
export async function createChangeTriggers(
  q: QueryRunner,
  table: string,
  name: string,
  call: string,
  operations: ChangeOperation[],
): Promise<void> {
  for (const op of operations) {
    await q.query(
      `CREATE TRIGGER ${table}_${name}_${op} AFTER ${op.toUpperCase()} ON "${table}" ${REFERENCING[op]} FOR EACH STATEMENT EXECUTE FUNCTION ${call}`,
    );
  }
}

/** What createChangeTriggers did, undone. */
export async function dropChangeTriggers(q: QueryRunner, table: string, name: string, operations: ChangeOperation[]): Promise<void> {
  for (const op of operations) await q.query(`DROP TRIGGER ${table}_${name}_${op} ON "${table}"`);
}

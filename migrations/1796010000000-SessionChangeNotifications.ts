import { MigrationInterface, QueryRunner } from 'typeorm';
import { ChangeOperation, createChangeTriggers, dropChangeTriggers } from './support/change-triggers';

/**
 * Change notifications for the sessions kept in memory (SessionsService through the read cache): a session revoked,
 * touched or deleted, an account disabled or changed notify `cqp_changes` with `a:<account id>`, once committed, so
 * that every API instance stops accepting the session at once. A new session needs none (it was never kept).
 */
const SOURCES: Record<string, string> = { sessions: 'account_id', accounts: 'id' };

const OPERATIONS: ChangeOperation[] = ['update', 'delete', 'truncate'];

export class SessionChangeNotifications1796010000000 implements MigrationInterface {
  name = 'SessionChangeNotifications1796010000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_account_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        tags text[];
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM pg_notify('cqp_changes', '*');
          RETURN NULL;
        END IF;
        EXECUTE format('SELECT array_agg(DISTINCT ''a:'' || %1$I) FROM %2$I', TG_ARGV[0],
                       CASE TG_OP WHEN 'DELETE' THEN 'old_rows' ELSE 'new_rows' END) INTO tags;
        -- 150 tags of 38 characters per notification: under PostgreSQL's 8,000-byte payload limit.
        FOR i IN 1 .. coalesce(array_length(tags, 1), 0) BY 150 LOOP
          PERFORM pg_notify('cqp_changes', array_to_string(tags[i:i + 149], ','));
        END LOOP;
        RETURN NULL;
      END $$`);
    for (const [table, column] of Object.entries(SOURCES)) {
      await createChangeTriggers(q, table, 'account_changes', `notify_account_changes('${column}')`, OPERATIONS);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(SOURCES)) await dropChangeTriggers(q, table, 'account_changes', OPERATIONS);
    await q.query(`DROP FUNCTION notify_account_changes()`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { ChangeOperation, createChangeTriggers, dropChangeTriggers } from './support/change-triggers';

/**
 * Change notifications for the read cache (libs/platform/src/cache): after every statement that changes what a
 * trainee's hours ledger is computed from, PostgreSQL notifies `cqp_changes` with the tags of what changed —
 * `c:<cohort id>` (its trainees, sessions, attendance, exemptions or the cohort itself), `s:<school id>` (the school's
 * rule settings), `*` (everything, after a TRUNCATE). Notifications are delivered only once the transaction has
 * committed, and a statement-level trigger sends one per statement, whatever the number of rows.
 */
const SOURCES: Record<string, string> = {
  attendance_records: 'session',
  course_sessions: 'cohort',
  trainees: 'cohort',
  plan_exemptions: 'trainee',
  cohorts: 'self',
  school_rule_overrides: 'school',
};

const OPERATIONS: ChangeOperation[] = ['insert', 'update', 'delete', 'truncate'];

export class ReadChangeNotifications1796000000000 implements MigrationInterface {
  name = 'ReadChangeNotifications1796000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_read_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        source text := TG_ARGV[0];
        tags text[] := '{}';
        part text[];
        rel text;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM pg_notify('cqp_changes', '*');
          RETURN NULL;
        END IF;
        FOREACH rel IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY['new_rows'] WHEN 'DELETE' THEN ARRAY['old_rows']
                                        ELSE ARRAY['old_rows', 'new_rows'] END LOOP
          EXECUTE format(CASE source
            WHEN 'cohort' THEN 'SELECT array_agg(DISTINCT ''c:'' || cohort_id) FROM %1$I WHERE cohort_id IS NOT NULL'
            WHEN 'self' THEN 'SELECT array_agg(DISTINCT ''c:'' || id) FROM %1$I'
            WHEN 'trainee' THEN 'SELECT array_agg(DISTINCT ''c:'' || t.cohort_id) FROM %1$I r JOIN trainees t ON t.id = r.trainee_id'
            WHEN 'session' THEN 'SELECT array_agg(DISTINCT ''c:'' || s.cohort_id) FROM %1$I r JOIN course_sessions s ON s.id = r.session_id'
            WHEN 'school' THEN 'SELECT array_agg(DISTINCT ''s:'' || school_id) FROM %1$I'
          END, rel) INTO part;
          tags := tags || coalesce(part, '{}');
        END LOOP;
        SELECT coalesce(array_agg(DISTINCT tag), '{}') INTO tags FROM unnest(tags) AS tag;
        -- 150 tags of 38 characters per notification: under PostgreSQL's 8,000-byte payload limit.
        FOR i IN 1 .. coalesce(array_length(tags, 1), 0) BY 150 LOOP
          PERFORM pg_notify('cqp_changes', array_to_string(tags[i:i + 149], ','));
        END LOOP;
        RETURN NULL;
      END $$`);
    for (const [table, source] of Object.entries(SOURCES)) {
      await createChangeTriggers(q, table, 'changes', `notify_read_changes('${source}')`, OPERATIONS);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(SOURCES)) await dropChangeTriggers(q, table, 'changes', OPERATIONS);
    await q.query(`DROP FUNCTION notify_read_changes()`);
  }
}

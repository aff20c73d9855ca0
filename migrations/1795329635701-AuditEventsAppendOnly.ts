import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail is append-only for every role: UPDATE, DELETE and TRUNCATE raise an error. */
export class AuditEventsAppendOnly1795329635701 implements MigrationInterface {
  name = 'AuditEventsAppendOnly1795329635701';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_events_no_truncate ON "audit_events"`);
    await q.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

const REFUSE = `RAISE EXCEPTION 'health_access_log is append-only: accesses to health data are kept as they happened'
    USING ERRCODE = 'insufficient_privilege';`;

/**
 * The access log of health data is purged past its retention (CNIL: access logs are kept 6 months to a year), and only
 * that way: `purge_health_access_log(before)` (SECURITY DEFINER, owned by the tables' owner) deletes the lines of the
 * transaction's school older than `before`, which may not be later than six months ago, whoever asks; the append-only
 * trigger lets a DELETE through only from that function (the owner, with the function's own flag set), still refuses
 * every UPDATE and TRUNCATE.
 */
export class HealthAccessLogRetention1797400000000 implements MigrationInterface {
  name = 'HealthAccessLogRetention1797400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION health_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('cqp.health_access_log_purge', true) = 'on'
           AND current_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
          RETURN OLD;
        END IF;
        ${REFUSE}
      END $$`);
    await q.query(`
      CREATE FUNCTION purge_health_access_log(before timestamptz) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE purged integer;
      BEGIN
        IF before > now() - interval '6 months' THEN
          RAISE EXCEPTION 'health access log lines are kept at least six months' USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM set_config('cqp.health_access_log_purge', 'on', true);
        -- Row-level security is forced on the table, for its owner too: only the transaction's school is purged.
        DELETE FROM health_access_log WHERE at < before;
        GET DIAGNOSTICS purged = ROW_COUNT;
        PERFORM set_config('cqp.health_access_log_purge', 'off', true);
        RETURN purged;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION purge_health_access_log(timestamptz)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION health_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${REFUSE}
      END $$`);
  }
}

import { Client } from 'pg';
import { School } from '@app/platform';
import { AttendanceStatus, Cohort, Trainee } from '@app/training';
import { CHANGES_CHANNEL } from '@app/platform/cache/change-feed';
import { createSchool } from '../factories/school.factory';
import { createCohort, createSessionAt, createTrainee, currentVersion } from '../factories/training.factory';
import { asSchool, useRoleConnections } from '../support/data-sources';
import { testConfig } from '../support/test-config';

/**
 * The triggers of migration ReadChangeNotifications: what each change to a ledger's data notifies, once committed —
 * the read cache relies on it to never serve a stale progress or dashboard.
 */
describe('change notifications for the read cache', () => {
  const config = testConfig();
  const db = useRoleConnections(config);
  const listener = new Client({ connectionString: config.DATABASE_URL });
  let received: string[] = [];
  let school: School;
  let cohort: Cohort;
  let trainee: Trainee;

  beforeAll(async () => {
    await listener.connect();
    listener.on('notification', (n) => received.push(...(n.payload ?? '').split(',')));
    await listener.query(`LISTEN ${CHANGES_CHANNEL}`);
    school = await createSchool(db.admin.manager);
    cohort = await createCohort(db.admin.manager, school.id);
    ({ trainee } = await createTrainee(db.admin.manager, cohort, school));
  });
  afterAll(() => listener.end());

  /** The distinct tags notified for what `sql` does as the application role in the school. */
  async function notified(...statements: [string, unknown[]?][]): Promise<string[]> {
    await listener.query('SELECT 1');
    received = [];
    await asSchool(db.app, school.id, async (m) => {
      for (const [sql, params] of statements) await m.query(sql, params);
    });
    await listener.query('SELECT 1');
    return [...new Set(received)].sort();
  }

  it("names the cohort of attendance written, corrected or deleted, through the session's cohort", async () => {
    const version = await currentVersion(db.admin.manager);
    const session = await createSessionAt(db.admin.manager, cohort, version.blocks![0].id, new Date(Date.now() - 86_400_000), 60);
    const insert = `INSERT INTO attendance_records (school_id, session_id, trainee_id, status) VALUES ($1, $2, $3, $4)`;
    expect(await notified([insert, [school.id, session.id, trainee.id, AttendanceStatus.Present]])).toEqual([`c:${cohort.id}`]);
    const update = `UPDATE attendance_records SET status = 'absent' WHERE session_id = $1`;
    expect(await notified([update, [session.id]])).toEqual([`c:${cohort.id}`]);
    expect(await notified([`DELETE FROM attendance_records WHERE session_id = $1`, [session.id]])).toEqual([`c:${cohort.id}`]);
    expect(await notified([`DELETE FROM course_sessions WHERE id = $1`, [session.id]])).toEqual([`c:${cohort.id}`]);
  });

  it('names both cohorts of a trainee moved from one to the other, and the cohort of an exemption', async () => {
    const other = await createCohort(db.admin.manager, school.id);
    expect(await notified([`UPDATE trainees SET cohort_id = $1 WHERE id = $2`, [other.id, trainee.id]])).toEqual(
      [`c:${cohort.id}`, `c:${other.id}`].sort(),
    );
    await notified([`UPDATE trainees SET cohort_id = $1 WHERE id = $2`, [cohort.id, trainee.id]]);
    const block = (await currentVersion(db.admin.manager)).blocks![0];
    const exemption = `INSERT INTO plan_exemptions (school_id, trainee_id, block_id, minutes, justification) VALUES ($1, $2, $3, 60, 'DEAS')`;
    expect(await notified([exemption, [school.id, trainee.id, block.id]])).toEqual([`c:${cohort.id}`]);
  });

  it('names a cohort renamed, and the school whose settings change; nothing when the transaction rolls back', async () => {
    expect(await notified([`UPDATE cohorts SET name = name || ' (bis)' WHERE id = $1`, [cohort.id]])).toEqual([`c:${cohort.id}`]);
    const version = await currentVersion(db.admin.manager);
    const override = `INSERT INTO school_rule_overrides (school_id, version_id, key, value) VALUES ($1, $2, 'absenceThresholdPercent', to_jsonb(12))`;
    expect(await notified([override, [school.id, version.id]])).toEqual([`s:${school.id}`]);
    await listener.query('SELECT 1');
    received = [];
    await expect(
      asSchool(db.app, school.id, async (m) => {
        await m.query(`UPDATE cohorts SET name = name WHERE id = $1`, [cohort.id]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await listener.query('SELECT 1');
    expect(received).toEqual([]);
  });

  it('names the account whose sessions are revoked or touched, or which is disabled (sessions kept in memory)', async () => {
    const [account] = await db.admin.query(`SELECT id FROM accounts WHERE school_id = $1 LIMIT 1`, [school.id]);
    await db.admin.query(
      `INSERT INTO sessions (account_id, school_id, token_hash, last_seen_at, expires_at) VALUES ($1, $2, md5(random()::text), now(), now() + interval '1 hour')`,
      [account.id, school.id],
    );
    await listener.query('SELECT 1');
    received = [];
    await db.admin.query(`UPDATE sessions SET revoked_at = now() WHERE account_id = $1`, [account.id]);
    await db.admin.query(`UPDATE accounts SET status = status WHERE id = $1`, [account.id]);
    await db.admin.query(`DELETE FROM sessions WHERE account_id = $1`, [account.id]);
    await listener.query('SELECT 1');
    expect(received).toEqual([`a:${account.id}`, `a:${account.id}`, `a:${account.id}`]);
  });

  it('sends one notification per 150 cohorts, whatever the number of rows a statement changes', async () => {
    const many = [];
    for (let i = 0; i < 160; i++) many.push((await createCohort(db.admin.manager, school.id)).id);
    await listener.query('SELECT 1');
    const payloads: string[] = [];
    const collect = (n: { payload?: string }) => payloads.push(n.payload ?? '');
    listener.on('notification', collect);
    const tags = await notified([`UPDATE cohorts SET name = name WHERE id = ANY($1)`, [many]]);
    listener.off('notification', collect);
    expect(tags).toEqual(many.map((id) => `c:${id}`).sort());
    expect(payloads.map((p) => p.split(',').length).sort((a, b) => a - b)).toEqual([10, 150]);
  });
});

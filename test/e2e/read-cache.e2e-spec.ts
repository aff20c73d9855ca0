import { Client } from 'pg';
import { AccountStatus, ChangeFeed, Role, School } from '@app/platform';
import { CertificationVersion } from '@app/referential';
import { AttendanceStatus, Cohort, Trainee } from '@app/training';
import { ProgressResponse } from '@app/training/progress/dto/progress.dto';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createSessionAt, createTrainee, currentVersion, recordAttendance } from '../factories/training.factory';
import { signIn, statementsOf } from '../support/statement-count';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

const RUNNING = { startDate: '2026-01-01', endDate: '2028-12-31' };
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

/**
 * The read cache of sessions, progress and dashboards (libs/platform/src/cache): served from memory without a
 * statement, and never stale — whatever changes the data (through the API or straight in the database), the time
 * (a session ending), or the notifications themselves (connection lost).
 */
describe('read cache of progress and dashboards', () => {
  let t: TestApp;
  let school: School;
  let version: CertificationVersion;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  let cookie: string;
  let cohort: Cohort;
  let trainee: Trainee;
  const bc01 = () => version.blocks!.find((b) => b.code === 'BC01')!;
  const progressUrl = () => `/api/v1/trainees/${trainee.id}/progress`;
  const dashboardUrl = () => `/api/v1/cohorts/${cohort.id}/dashboard`;
  const attended = (body: { blocks: { code: string; attendedMinutes: number }[] }) =>
    body.blocks.find((b) => b.code === 'BC01')!.attendedMinutes;
  /** A read asked twice: the second is served from memory, the session's and the value, without a statement. */
  const fromMemory = async (url: string) => {
    await t.api.inject({ method: 'GET', url, headers: { cookie } });
    const { result: res, statements } = await statementsOf(() => t.api.inject({ method: 'GET', url, headers: { cookie } }));
    expect(res.statusCode).toBe(200);
    expect(statements).toEqual([]);
    return res.json() as ProgressResponse;
  };

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    version = await currentVersion(t.db.admin);
    const email = (await createAccount(t.db.admin, school, Role.SchoolAdmin)).email;
    admin = await t.login(email);
    cookie = await signIn(t, email);
    cohort = await createCohort(t.db.admin, school.id, RUNNING);
    ({ trainee } = await createTrainee(t.db.admin, cohort, school));
    const session = await createSessionAt(t.db.admin, cohort, bc01().id, hoursAgo(30), 120);
    await recordAttendance(t.db.admin, session, trainee, AttendanceStatus.Present);
  });
  afterAll(() => t.close());

  it('serves progress and the dashboard from memory until their cohort changes, and at once after', async () => {
    expect(attended(await fromMemory(progressUrl()))).toBe(120);
    expect((await fromMemory(dashboardUrl())) as object).toMatchObject({ cohortId: cohort.id });

    // Written straight in the database, as another process would: the trigger's notification makes both stale.
    const session = await createSessionAt(t.db.admin, cohort, bc01().id, hoursAgo(20), 90);
    await recordAttendance(t.db.admin, session, trainee, AttendanceStatus.Present);
    expect(attended((await admin.get(progressUrl())).body)).toBe(210);
    expect(attended((await admin.get(dashboardUrl())).body.trainees[0])).toBe(210);

    // Through the API: the write's answer comes once its notifications are recorded, so the next read is fresh.
    const exempted = await admin
      .post(`/api/v1/trainees/${trainee.id}/plan/exemptions`)
      .send({ blockId: bc01().id, minutes: 60, justification: 'Expérience en cabinet' });
    expect(exempted.status).toBe(200);
    const after = (await admin.get(progressUrl())).body;
    expect(after.blocks.find((b: { code: string }) => b.code === 'BC01').requiredMinutes).toBe(77 * 60 - 60);
  });

  it("keeps a cohort's reads when another cohort changes, and drops them when the school's settings change", async () => {
    await admin.get(progressUrl());
    const other = await createCohort(t.db.admin, school.id, RUNNING);
    const { trainee: someoneElse } = await createTrainee(t.db.admin, other, school);
    const session = await createSessionAt(t.db.admin, other, bc01().id, hoursAgo(5), 60);
    await recordAttendance(t.db.admin, session, someoneElse, AttendanceStatus.Present);
    await fromMemory(progressUrl());

    const changed = await admin
      .put(`/api/v1/referential/versions/${version.id}/settings/absenceThresholdPercent`)
      .send({ value: 15, reason: 'Décision du conseil pédagogique' });
    expect(changed.status).toBe(200);
    expect((await admin.get(progressUrl())).body.absenceThresholdPercent).toBe(15);
  });

  it('recomputes by itself when one of the cohort’s sessions ends', async () => {
    const session = await createSessionAt(t.db.admin, cohort, bc01().id, hoursAgo(-24), 60);
    await t.db.admin.query(
      `UPDATE course_sessions SET starts_at = now() - interval '58 minutes', ends_at = now() + interval '2 seconds' WHERE id = $1`,
      [session.id],
    );
    const before = (await fromMemory(progressUrl())).blocks.find((b: { code: string }) => b.code === 'BC01')!;
    await new Promise((r) => setTimeout(r, 2_500));
    const after = (await admin.get(progressUrl())).body.blocks.find((b: { code: string }) => b.code === 'BC01');
    expect(after.missedMinutes).toBe(before.missedMinutes + 60);
  });

  it('keeps a session in memory, and ends it at once on logout or when its account is disabled', async () => {
    const { email, id } = await createAccount(t.db.admin, school, Role.Staff);
    const [first, second] = [await signIn(t, email), await signIn(t, email)];
    const get = (session: string) => t.api.inject({ method: 'GET', url: progressUrl(), headers: { cookie: session } });
    expect((await get(first)).statusCode).toBe(200);
    expect((await statementsOf(() => get(first))).statements).toEqual([]);

    const out = await t.api.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: first, origin: t.config.PUBLIC_URL } });
    expect(out.statusCode).toBeLessThan(300);
    expect((await get(first)).statusCode).toBe(401);

    expect((await get(second)).statusCode).toBe(200);
    await t.db.admin.query(`UPDATE accounts SET status = $1 WHERE id = $2`, [AccountStatus.Disabled, id]);
    expect((await get(second)).statusCode).toBe(401);
  });

  it("never serves a school's cached read to another school", async () => {
    await fromMemory(progressUrl());
    const other = await createSchool(t.db.admin);
    const outsider = await t.login((await createAccount(t.db.admin, other, Role.SchoolAdmin)).email);
    const res = await outsider.get(progressUrl());
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain(trainee.lastName);
  });

  it('computes every read while the notifications are lost, and caches again once they are back', async () => {
    await fromMemory(progressUrl());
    const feed = t.api.get(ChangeFeed);
    const superuser = new Client({ connectionString: t.config.DATABASE_SUPERUSER_URL });
    await superuser.connect();
    try {
      await superuser.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cqp-change-feed' AND datname = $1`,
        [t.config.DATABASE_URL.split('/').pop()],
      );
    } finally {
      await superuser.end();
    }
    await waitFor(() => !feed.listening, 'the feed noticed its connection was lost');
    // Missed while not listening: must not be hidden by what was cached before.
    const session = await createSessionAt(t.db.admin, cohort, bc01().id, hoursAgo(3), 30);
    await recordAttendance(t.db.admin, session, trainee, AttendanceStatus.Present);
    const during = await statementsOf(() => t.api.inject({ method: 'GET', url: progressUrl(), headers: { cookie } }));
    expect(during.statements.length).toBeGreaterThan(1);
    await waitFor(() => feed.listening, 'the feed listens again');
    expect(attended((await admin.get(progressUrl())).body)).toBe(240);
    await fromMemory(progressUrl());
  });
});

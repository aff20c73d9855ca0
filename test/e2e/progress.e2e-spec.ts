import { AuditEvent, Role, School } from '@app/platform';
import { CertificationVersion } from '@app/referential';
import { AttendanceStatus, Cohort, CourseSession, Trainee } from '@app/training';
import { createAccount, createSchool } from '../factories/school.factory';
import {
  createCohort,
  createCohortWithAttendance,
  createSessionAt,
  createTrainee,
  currentVersion,
  recordAttendance,
} from '../factories/training.factory';
import { countStatements, repeatedStatements, signIn } from '../support/statement-count';
import { startTestApp, TestApp } from '../support/test-app';

/** A cohort running now: sessions written around now fall within its dates. */
const RUNNING = { startDate: '2026-01-01', endDate: '2028-12-31' };
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

describe('individual plan and hours ledger', () => {
  let t: TestApp;
  let school: School;
  let version: CertificationVersion;
  let staff: Awaited<ReturnType<TestApp['login']>>;
  let staffEmail: string;
  const block = (code: string) => version.blocks!.find((b) => b.code === code)!;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    version = await currentVersion(t.db.admin);
    staffEmail = (await createAccount(t.db.admin, school, Role.Staff)).email;
    staff = await t.login(staffEmail);
  });
  afterAll(() => t.close());

  const record = (session: CourseSession, trainee: Trainee, status: AttendanceStatus, attendedMinutes: number | null = null) =>
    recordAttendance(t.db.admin, session, trainee, status, attendedMinutes);

  it('exempts part of a block with a justification, never beyond the block, audited', async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    const bc03 = block('BC03');
    const res = await staff
      .post(`/api/v1/trainees/${trainee.id}/plan/exemptions`)
      .send({ blockId: bc03.id, moduleId: bc03.modules![0].id, minutes: 840, justification: 'Titulaire du DEAS' });
    expect(res.status).toBe(200);
    const line = res.body.blocks.find((b: { code: string }) => b.code === 'BC03');
    expect(line).toMatchObject({ plannedMinutes: 2100, exemptedMinutes: 840, requiredMinutes: 1260 });
    expect(res.body.requiredMinutes).toBe(279 * 60 - 840);

    const moduleExcess = await staff
      .post(`/api/v1/trainees/${trainee.id}/plan/exemptions`)
      .send({ blockId: bc03.id, moduleId: bc03.modules![0].id, minutes: 60, justification: 'Encore' });
    expect(moduleExcess.body.code).toBe('EXEMPTION_EXCEEDS_MODULE');
    const blockExcess = await staff
      .post(`/api/v1/trainees/${trainee.id}/plan/exemptions`)
      .send({ blockId: bc03.id, minutes: 1300, justification: 'Trop' });
    expect(blockExcess.status).toBe(400);
    expect(blockExcess.body.code).toBe('EXEMPTION_EXCEEDS_BLOCK');
    const otherVersionBlock = await t.db.admin.query(
      `SELECT b.id FROM referential_blocks b JOIN certification_versions v ON v.id = b.version_id WHERE v.code = 'RNCP36358' LIMIT 1`,
    );
    expect(
      (
        await staff
          .post(`/api/v1/trainees/${trainee.id}/plan/exemptions`)
          .send({ blockId: otherVersionBlock[0].id, minutes: 60, justification: 'x y z' })
      ).body.code,
    ).toBe('UNKNOWN_BLOCK');

    const revoked = await staff
      .post(`/api/v1/trainees/${trainee.id}/plan/exemptions/${res.body.exemptions[0].id}/revoke`)
      .send({ reason: 'Diplôme non fourni' });
    expect(revoked.body.requiredMinutes).toBe(279 * 60);
    expect(await t.db.admin.countBy(AuditEvent, { schoolId: school.id, entityType: 'plan_exemption' })).toBe(2);
  });

  it("counts a trainee's hours per block from the attendance records and the plan", async () => {
    const cohort = await createCohort(t.db.admin, school.id, RUNNING);
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    const bc01 = block('BC01');
    await staff
      .post(`/api/v1/trainees/${trainee.id}/plan/exemptions`)
      .send({ blockId: bc01.id, minutes: 420, justification: 'DEI' })
      .expect(200);
    const present = await createSessionAt(t.db.admin, cohort, bc01.id, hoursAgo(50), 210);
    const late = await createSessionAt(t.db.admin, cohort, bc01.id, hoursAgo(30), 180);
    const absent = await createSessionAt(t.db.admin, cohort, bc01.id, hoursAgo(26), 120);
    await createSessionAt(t.db.admin, cohort, bc01.id, hoursAgo(20), 60); // ended, never recorded: missed
    const excused = await createSessionAt(t.db.admin, cohort, block('BC02').id, hoursAgo(10), 240);
    await createSessionAt(t.db.admin, cohort, bc01.id, hoursAgo(-48), 200); // to come
    await record(present, trainee, AttendanceStatus.Present);
    await record(late, trainee, AttendanceStatus.Late, 150);
    await record(absent, trainee, AttendanceStatus.Absent);
    await record(excused, trainee, AttendanceStatus.Excused);

    const res = await staff.get(`/api/v1/trainees/${trainee.id}/progress`);
    const b1 = res.body.blocks.find((b: { code: string }) => b.code === 'BC01');
    expect(b1).toMatchObject({
      requiredMinutes: 77 * 60 - 420,
      scheduledMinutes: 210 + 180 + 120 + 60 + 200,
      attendedMinutes: 210 + 150,
      excusedMinutes: 0,
      missedMinutes: 30 + 120 + 60,
      remainingMinutes: 77 * 60 - 420 - 360,
      absenceRate: 0.3684,
      overThreshold: true,
    });
    expect(res.body.blocks.find((b: { code: string }) => b.code === 'BC02')).toMatchObject({
      excusedMinutes: 240,
      missedMinutes: 0,
      absenceRate: 0,
    });
    expect(res.body.totals).toMatchObject({ attendedMinutes: 360, excusedMinutes: 240, missedMinutes: 210 });
    expect(res.body.icalUrl).toMatch(/\/api\/v1\/ical\/trainees\/.+\.ics$/);

    const dashboard = await staff.get(`/api/v1/cohorts/${cohort.id}/dashboard`);
    expect(dashboard.body.blocks.map((b: { code: string }) => b.code)).toEqual(['BC01', 'BC02', 'BC03', 'BC04', 'AUTRE']);
    expect(dashboard.body.trainees[0].blocks[0]).toEqual(b1);
  });

  it('does not count as missed the sessions before a trainee joined, nor those of a module they are exempted from', async () => {
    const cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-01', endDate: '2028-12-31' });
    const bc03 = block('BC03');
    const early = await createSessionAt(t.db.admin, cohort, bc03.id, hoursAgo(24 * 30), 120, { moduleId: bc03.modules![1].id });
    await createSessionAt(t.db.admin, cohort, bc03.id, hoursAgo(24 * 3), 180, { moduleId: bc03.modules![0].id });
    const joined = new Date(Date.now() - 10 * 24 * 3600_000).toISOString().slice(0, 10);
    const added = await staff
      .post(`/api/v1/cohorts/${cohort.id}/trainees`)
      .send({ lastName: 'Nouvelle', firstName: 'Arrivée', email: `arrivee.${Date.now()}@example.fr`, joinedOn: joined });
    expect(added.body.joinedOn).toBe(joined);
    const before = (await staff.get(`/api/v1/trainees/${added.body.id}/progress`)).body.blocks.find(
      (b: { code: string }) => b.code === 'BC03',
    );
    expect(before).toMatchObject({ scheduledMinutes: 180, missedMinutes: 180 });
    expect(early.date < joined).toBe(true);

    await staff
      .post(`/api/v1/trainees/${added.body.id}/plan/exemptions`)
      .send({
        blockId: bc03.id,
        moduleId: bc03.modules![0].id,
        minutes: bc03.modules![0].plannedMinutes,
        justification: 'Module acquis (DEAS)',
      })
      .expect(200);
    const after = (await staff.get(`/api/v1/trainees/${added.body.id}/progress`)).body.blocks.find(
      (b: { code: string }) => b.code === 'BC03',
    );
    expect(after).toMatchObject({
      scheduledMinutes: 0,
      missedMinutes: 0,
      overThreshold: false,
      requiredMinutes: bc03.plannedMinutes - bc03.modules![0].plannedMinutes,
    });
    const outside = await staff
      .post(`/api/v1/cohorts/${cohort.id}/trainees`)
      .send({ lastName: 'Hors', firstName: 'Dates', email: `hors.${Date.now()}@example.fr`, joinedOn: '2025-06-01' });
    expect(outside.body.code).toBe('JOINED_OUTSIDE_COHORT');
  });

  it('answers the cohort dashboard with the same number of SQL statements for 2 or 20 trainees', async () => {
    const cookie = await signIn(t, staffEmail);
    const dashboard = async (cohort: Cohort) => {
      const res = await countStatements(t, cookie, `/api/v1/cohorts/${cohort.id}/dashboard`);
      expect(res.status).toBe(200);
      return res;
    };
    const build = (size: number) => createCohortWithAttendance(t.db.admin, school, size);
    const [small, large] = [await dashboard(await build(2)), await dashboard(await build(20))];
    expect((large.body as { trainees: unknown[] }).trainees).toHaveLength(20);
    expect(repeatedStatements(small.statements, large.statements)).toEqual([]);
    expect(large.statements.length).toBe(small.statements.length);
  });

  it("shows a trainee their own hours, and nobody else's", async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const { account } = await createTrainee(t.db.admin, cohort, school);
    const { trainee: other } = await createTrainee(t.db.admin, cohort, school);
    const me = await t.login(account.email);
    const mine = await me.get('/api/v1/me/progress');
    expect(mine.status).toBe(200);
    expect(mine.body.totals.requiredMinutes).toBe(279 * 60);
    expect((await me.get(`/api/v1/trainees/${other.id}/progress`)).status).toBe(403);
    expect((await me.get(`/api/v1/cohorts/${cohort.id}/dashboard`)).status).toBe(403);
  });
});

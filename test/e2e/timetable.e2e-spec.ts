import { Role, School } from '@app/platform';
import { CertificationVersion } from '@app/referential';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

describe('timetable', () => {
  let t: TestApp;
  let school: School;
  let staff: Awaited<ReturnType<TestApp['login']>>;
  let version: CertificationVersion;
  let trainerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    version = await currentVersion(t.db.admin);
    trainerId = (await createAccount(t.db.admin, school, Role.Trainer, { fullName: 'Karim Benali' })).id;
  });
  afterAll(() => t.close());

  const bc = (code: string) => version.blocks!.find((b) => b.code === code)!;
  const session = (over: Record<string, unknown> = {}) => ({
    blockId: bc('BC02').id,
    date: '2027-01-12',
    startTime: '09:00',
    endTime: '12:30',
    trainerId,
    room: 'Salle 2',
    ...over,
  });

  it('schedules a session with its block, module and trainer, in Paris time', async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const res = await staff.post(`/api/v1/cohorts/${cohort.id}/sessions`).send(session({ moduleId: bc('BC02').modules![2].id }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      blockCode: 'BC02',
      moduleTitle: 'Logiciels médicaux',
      minutes: 210,
      trainerName: 'Karim Benali',
      startTime: '09:00',
      endTime: '12:30',
    });
    expect(res.body.startsAt).toBe('2027-01-12T08:00:00.000Z');
    // Summer time: 09:00 in Paris is 07:00 UTC.
    const summer = await staff.post(`/api/v1/cohorts/${cohort.id}/sessions`).send(session({ date: '2027-04-06' }));
    expect(summer.body.startsAt).toBe('2027-04-06T07:00:00.000Z');
    const week = await staff.get(`/api/v1/sessions?cohortId=${cohort.id}&from=2027-01-11&to=2027-01-17`);
    expect(week.body.map((s: { id: string }) => s.id)).toEqual([res.body.id]);
  });

  it('refuses, with an explanation, a session outside the cohort dates, ending before it starts, or overlapping', async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const before = await staff.post(`/api/v1/cohorts/${cohort.id}/sessions`).send(session({ date: '2026-12-01', trainerId: null }));
    expect(before.status).toBe(400);
    expect(before.body.code).toBe('SESSION_OUTSIDE_COHORT');
    expect(before.body.errors.date[0]).toMatch(/11\/01\/2027/);
    const backwards = await staff
      .post(`/api/v1/cohorts/${cohort.id}/sessions`)
      .send(session({ startTime: '14:00', endTime: '13:00', trainerId: null }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('INVALID_TIME_RANGE');

    await staff
      .post(`/api/v1/cohorts/${cohort.id}/sessions`)
      .send(session({ date: '2027-02-02', trainerId: null }))
      .expect(201);
    const overlap = await staff
      .post(`/api/v1/cohorts/${cohort.id}/sessions`)
      .send(session({ date: '2027-02-02', startTime: '11:00', endTime: '13:00', trainerId: null }));
    expect(overlap.status).toBe(409);
    expect(overlap.body.code).toBe('SESSION_OVERLAP');
    expect(overlap.body.message).toMatch(/09:00/);
    // Back to back is fine.
    await staff
      .post(`/api/v1/cohorts/${cohort.id}/sessions`)
      .send(session({ date: '2027-02-02', startTime: '12:30', endTime: '16:00', trainerId: null }))
      .expect(201);
    const wrongBlock = await staff
      .post(`/api/v1/cohorts/${cohort.id}/sessions`)
      .send(session({ blockId: '0b5c2d1e-3f4a-4b6c-8d9e-0f1a2b3c4d5e', date: '2027-02-03' }));
    expect(wrongBlock.body.code).toBe('UNKNOWN_BLOCK');
    const wrongModule = await staff
      .post(`/api/v1/cohorts/${cohort.id}/sessions`)
      .send(session({ moduleId: bc('BC01').modules![0].id, date: '2027-02-03' }));
    expect(wrongModule.body.code).toBe('UNKNOWN_MODULE');
  });

  it('refuses a trainer booked twice, across cohorts', async () => {
    const [a, b] = [await createCohort(t.db.admin, school.id), await createCohort(t.db.admin, school.id)];
    await staff
      .post(`/api/v1/cohorts/${a.id}/sessions`)
      .send(session({ date: '2027-03-02' }))
      .expect(201);
    const twice = await staff
      .post(`/api/v1/cohorts/${b.id}/sessions`)
      .send(session({ date: '2027-03-02', startTime: '10:00', endTime: '11:00' }));
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('TRAINER_DOUBLE_BOOKED');
    const elsewhere = await createAccount(t.db.admin, school, Role.Trainer);
    await staff
      .post(`/api/v1/cohorts/${b.id}/sessions`)
      .send(session({ date: '2027-03-02', startTime: '10:00', endTime: '11:00', trainerId: elsewhere.id }))
      .expect(201);
  });

  it('moves a session with the same checks, and cancels one without attendance', async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const first = (await staff.post(`/api/v1/cohorts/${cohort.id}/sessions`).send(session({ date: '2027-05-04', trainerId: null }))).body;
    const second = (await staff.post(`/api/v1/cohorts/${cohort.id}/sessions`).send(session({ date: '2027-05-05', trainerId: null }))).body;
    const onto = await staff.put(`/api/v1/sessions/${second.id}`).send(session({ date: '2027-05-04', trainerId: null }));
    expect(onto.body.code).toBe('SESSION_OVERLAP');
    const moved = await staff
      .put(`/api/v1/sessions/${first.id}`)
      .send(session({ date: '2027-05-04', startTime: '09:30', endTime: '12:00', trainerId: null }));
    expect(moved.status).toBe(200);
    expect(moved.body.minutes).toBe(150);
    await staff.delete(`/api/v1/sessions/${second.id}`).expect(204);
    expect((await staff.get(`/api/v1/sessions/${second.id}`)).status).toBe(404);
  });

  it('publishes the cohort timetable as an iCal feed at a tokenised URL', async () => {
    const cohort = await createCohort(t.db.admin, school.id, { name: 'Promo Été, Lyon' });
    await staff
      .post(`/api/v1/cohorts/${cohort.id}/sessions`)
      .send(session({ date: '2027-06-01', moduleId: bc('BC02').modules![0].id }))
      .expect(201);
    const { icalUrl } = (await staff.get(`/api/v1/cohorts/${cohort.id}`)).body;
    const feed = await t.http().get(new URL(icalUrl).pathname);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    expect(feed.text).toContain('BEGIN:VCALENDAR\r\n');
    expect(feed.text).toContain('X-WR-CALNAME:Promo Été\\, Lyon');
    expect(feed.text).toContain('DTSTART:20270601T070000Z');
    expect(feed.text).toContain('SUMMARY:BC02 – Dossier patient');
    expect((await t.http().get('/api/v1/ical/cohorts/not-a-token.ics')).status).toBe(404);

    const renewed = await staff.post(`/api/v1/cohorts/${cohort.id}/calendar/renew`);
    expect(renewed.body.icalUrl).not.toBe(icalUrl);
    expect((await t.http().get(new URL(icalUrl).pathname)).status).toBe(404);
    expect((await t.http().get(new URL(renewed.body.icalUrl).pathname)).status).toBe(200);
  });

  it("publishes a trainee's own feed until they leave the cohort", async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const { trainee, account } = await createTrainee(t.db.admin, cohort, school);
    const { icalUrl } = (await (await t.login(account.email)).get('/api/v1/me/progress')).body;
    expect((await t.http().get(new URL(icalUrl).pathname)).status).toBe(200);
    await staff.post(`/api/v1/trainees/${trainee.id}/withdraw`).send({ reason: 'Fin de contrat' }).expect(200);
    expect((await t.http().get(new URL(icalUrl).pathname)).status).toBe(404);
  });
});

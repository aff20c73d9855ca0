import { OutboxMessage, OutboxStatus, Role, School } from '@app/platform';
import { GeneratedDocument } from '@app/assessment';
import { Cohort, Trainee } from '@app/training';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { OwnRedis } from '../support/own-services';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

/**
 * Redis stopped (SIGKILL: a server without persistence, so every job and schedule it held is lost) and started again
 * under an API and a worker that keep running: reads go on, writes recorded in PostgreSQL succeed and their work is
 * done once Redis is back, a request whose only record would be its job is refused with 503, and nothing is restarted.
 */
describe('faults: Redis restarted under a running API and worker', () => {
  let redis: OwnRedis;
  let t: TestApp;
  let school: School;
  let cohort: Cohort;
  let trainee: Trainee;
  let staff: Awaited<ReturnType<TestApp['login']>>;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    t = await startTestApp({ REDIS_URL: redis.url });
    school = await createSchool(t.db.admin);
    cohort = await createCohort(t.db.admin, school.id, { capacity: 10 });
    ({ trainee } = await createTrainee(t.db.admin, cohort, school));
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
  });
  afterAll(async () => {
    await t?.close();
    await redis?.stop();
  });

  const invite = (name: string) =>
    staff
      .post(`/api/v1/cohorts/${cohort.id}/trainees`)
      .send({ lastName: name, firstName: 'Léa', email: `${name}.${Date.now()}@example.fr` });

  it('keeps reading while Redis is away, and resumes the queued work once it is back', async () => {
    // Before: the invitation of a trainee added now is delivered by the worker.
    const before = await invite('avant').expect(201);
    await t.delivered(before.body.email, /Activez votre compte/);

    await redis.stop();
    const ready = await t.http().get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', postgres: 'up', redis: 'down' });

    // Reads need PostgreSQL only: a trainee's progress, the cohort's list, the cohort's dashboard.
    const started = Date.now();
    await staff.get(`/api/v1/trainees/${trainee.id}/progress`).expect(200);
    const list = await staff.get(`/api/v1/cohorts/${cohort.id}/trainees`).expect(200);
    expect(JSON.stringify(list.body)).toContain(trainee.id);
    await staff.get(`/api/v1/cohorts/${cohort.id}/dashboard`).expect(200);
    expect(Date.now() - started).toBeLessThan(5_000); // not held waiting for Redis

    // Writes recorded in PostgreSQL succeed; their work (an e-mail, the documents) waits in the database.
    const during = await invite('pendant').expect(201);
    const batch = await staff.post('/api/v1/documents/batches').send({ kind: 'end_of_training', cohortId: cohort.id }).expect(201);
    expect(batch.body).toMatchObject({ total: 3, done: 0 });
    const mail = await t.db.admin.findOneByOrFail(OutboxMessage, { to: during.body.email });
    expect(mail.status).toBe(OutboxStatus.Pending);

    // A request whose only record would be its job (a password reset asks the worker, reading nothing) is refused, 503,
    // and so is a login: the failure counter lives in Redis, logins are not let through unthrottled.
    for (const res of [
      await t.http().post('/api/v1/auth/password-reset').send({ email: during.body.email }),
      await t.http().post('/api/v1/auth/login').send({ email: during.body.email, password: 'Wrong-password-2026' }),
    ]) {
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/indisponible/) });
      expect(res.headers['retry-after']).toBe('5');
    }

    // Redis back, empty: nothing restarted, the worker finds the work again in the database.
    await redis.start();
    await waitFor(async () => (await t.http().get('/api/health/ready')).status === 200, 'ready again', 10_000, 200);
    await t.delivered(during.body.email, /Activez votre compte/);
    await waitFor(
      async () => (await t.db.admin.countBy(GeneratedDocument, { batchId: batch.body.id, status: 'done' })) === 3,
      'the documents requested meanwhile rendered',
      20_000,
      200,
    );
    await t.http().post('/api/v1/auth/password-reset').send({ email: during.body.email }).expect(202);
    const sent = await t.db.admin.countBy(OutboxMessage, { to: during.body.email, status: OutboxStatus.Sent });
    expect(sent).toBe(1); // the invitation once, though both the API and the worker's recovery could enqueue it
  });
});

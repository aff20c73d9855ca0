import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppConfig, ChangeFeed, JobQueue, Role } from '@app/platform';
import { setupDatabase } from '@app/platform/database/database-setup';
import { AttendanceStatus, Cohort, Trainee } from '@app/training';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createAccount, createSchool, TEST_PASSWORD } from '../factories/school.factory';
import { createCohort, createSessionAt, createTrainee, currentVersion, recordAttendance } from '../factories/training.factory';
import { openDataSource } from '../support/data-sources';
import { OwnPostgres } from '../support/own-services';
import { configFor } from '../support/test-config';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

/**
 * PostgreSQL stopped and started again under a running API (a cluster of the test's own, initdb into a temporary
 * folder): meanwhile readiness answers 503 and every request a clean 503, quickly; once it is back the API recovers by
 * itself — ready, reads, logins, and the read cache's change notifications listening again — without a restart.
 */
describe('faults: PostgreSQL restarted under a running API', () => {
  let pg: OwnPostgres;
  let config: AppConfig;
  let admin: DataSource;
  let api: NestFastifyApplication;
  let staff: TestAgent;
  let staffEmail: string;
  let cohort: Cohort;
  let trainee: Trainee;
  let bc01: string;

  beforeAll(async () => {
    pg = await OwnPostgres.create();
    pg.start();
    config = configFor('cqp', {
      DATABASE_URL: pg.url('cqp_app', 'cqp'),
      DATABASE_ADMIN_URL: pg.url('cqp_admin', 'cqp'),
      DATABASE_OWNER_URL: pg.url('cqp_owner', 'cqp'),
      DATABASE_SUPERUSER_URL: `postgres://postgres@127.0.0.1:${pg.port}/postgres`,
    });
    config.QUEUE_PREFIX = `${config.QUEUE_PREFIX}-pg-${pg.port}`;
    await setupDatabase(config);
    admin = await openDataSource(config, 'admin');
    const school = await createSchool(admin.manager);
    bc01 = (await currentVersion(admin.manager)).blocks!.find((b) => b.code === 'BC01')!.id;
    cohort = await createCohort(admin.manager, school.id, { startDate: '2026-01-01', endDate: '2028-12-31' });
    ({ trainee } = await createTrainee(admin.manager, cohort, school));
    staffEmail = (await createAccount(admin.manager, school, Role.Staff)).email;
    api = await createApiApp(config);
    await api.getHttpAdapter().getInstance().ready();
    staff = request.agent(api.getHttpServer());
    await staff.post('/api/v1/auth/login').send({ email: staffEmail, password: TEST_PASSWORD }).expect(200);
  });
  afterAll(async () => {
    for (const q of api?.get(JobQueue).all() ?? []) await q.obliterate({ force: true });
    await api?.close();
    await admin?.destroy().catch(() => undefined);
    pg?.destroy();
  });

  const http = () => request(api.getHttpServer());
  const progress = () => staff.get(`/api/v1/trainees/${trainee.id}/progress`);
  const attended = (body: { blocks: { code: string; attendedMinutes: number }[] }) =>
    body.blocks.find((b) => b.code === 'BC01')!.attendedMinutes;
  const attend = async (hours: number, minutes: number) =>
    recordAttendance(
      admin.manager,
      await createSessionAt(admin.manager, cohort, bc01, hoursAgo(hours), minutes),
      trainee,
      AttendanceStatus.Present,
    );

  it('answers 503 while PostgreSQL is away and recovers by itself once it is back', async () => {
    const feed = api.get(ChangeFeed);
    expect((await http().get('/api/health/ready')).status).toBe(200);
    expect(feed.listening).toBe(true);
    await attend(30, 120);
    expect(attended((await progress().expect(200)).body)).toBe(120);

    pg.stop();
    const started = Date.now();
    const ready = await http().get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', postgres: 'down', redis: 'up' });
    for (const res of [
      await progress(),
      await staff.get(`/api/v1/cohorts/${cohort.id}/trainees`),
      await staff.post(`/api/v1/trainees/${trainee.id}/calendar/renew`),
      await http().post('/api/v1/auth/login').send({ email: staffEmail, password: TEST_PASSWORD }),
    ]) {
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/indisponible/) });
      expect(res.headers['retry-after']).toBe('5');
    }
    expect(Date.now() - started).toBeLessThan(10_000); // no request held until a timeout of minutes
    await waitFor(() => !feed.listening, 'the change feed to notice', 5_000, 50);

    pg.start();
    await waitFor(async () => (await http().get('/api/health/ready')).status === 200, 'ready again', 20_000, 250);
    await staff.get(`/api/v1/cohorts/${cohort.id}/trainees`).expect(200);
    await http().post('/api/v1/auth/login').send({ email: staffEmail, password: TEST_PASSWORD }).expect(200);

    // The read cache listens again (so it caches again): a value cached after the restart is dropped by a change written
    // straight in the database (as another process would), which only its notification can tell.
    await waitFor(() => feed.listening, 'the change feed listening again', 15_000, 100);
    expect(attended((await progress().expect(200)).body)).toBe(120);
    await attend(20, 90);
    await feed.barrier();
    expect(attended((await progress().expect(200)).body)).toBe(210);
  });
});

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { GeneratedDocument } from '@app/assessment';
import { AppConfig, JobQueue, Role } from '@app/platform';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createAccount, createSchool, TEST_PASSWORD } from '../factories/school.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { openDataSource } from '../support/data-sources';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WorkerProcess } from '../support/worker-process';

jest.setTimeout(120_000);

const TRAINEES = 24;
const KILLS = 3;

/**
 * The built worker killed (SIGKILL) several times while it renders a cohort's attestations, restarted each time: every
 * document of the batch ends rendered and stored exactly once — one row per trainee, one file per row, no file left
 * over by a render that died, each file the bytes its row describes — and the batch reports done.
 */
describe('faults: a PDF batch across worker crashes', () => {
  let config: AppConfig;
  let admin: DataSource;
  let api: NestFastifyApplication;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    config = testConfig({ JOB_LOCK_SECONDS: 2 });
    config.QUEUE_PREFIX = `${config.QUEUE_PREFIX}-pdf`;
    admin = await openDataSource(config, 'admin');
    api = await createApiApp(config);
    await api.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    for (const w of workers) await w.kill();
    for (const q of api.get(JobQueue).all()) await q.obliterate({ force: true });
    await api.close();
    await admin.destroy();
  });

  it('renders every attestation of the cohort once, however often the worker is killed', async () => {
    const school = await createSchool(admin.manager);
    const staff = await createAccount(admin.manager, school, Role.Staff);
    const cohort = await createCohort(admin.manager, school.id, { capacity: TRAINEES });
    for (let i = 0; i < TRAINEES; i++) await createTrainee(admin.manager, cohort, school);
    const http = request.agent(api.getHttpServer());
    await http.post('/api/v1/auth/login').send({ email: staff.email, password: TEST_PASSWORD }).expect(200);

    const batch = (await http.post('/api/v1/documents/batches').send({ kind: 'end_of_training', cohortId: cohort.id }).expect(201)).body;
    expect(batch.total).toBe(TRAINEES);
    const done = () => admin.getRepository(GeneratedDocument).countBy({ batchId: batch.id, status: 'done' });

    // Each kill once a few more documents are done than at the previous one: at different moments of the batch, while
    // others are being rendered (4 at once).
    const kills: number[] = [];
    for (let i = 0; i < KILLS; i++) {
      const worker = new WorkerProcess(config);
      workers.push(worker);
      await worker.start();
      const target = (kills.at(-1) ?? 0) + 3 + i;
      await waitFor(async () => (await done()) >= target, `${target} documents done`, 60_000, 10);
      await worker.kill();
      kills.push(await done());
    }
    const last = new WorkerProcess(config);
    workers.push(last);
    await last.start();
    let progress = batch;
    await waitFor(
      async () => {
        progress = (await http.get(`/api/v1/documents/batches/${batch.id}`).expect(200)).body;
        return progress.done + progress.failed === progress.total;
      },
      'the batch done',
      60_000,
      100,
    );
    await last.stop();

    expect(new Set(kills).size).toBe(KILLS); // killed at as many different moments,
    expect(kills.at(-1)).toBeLessThan(TRAINEES); // all of them before the end
    expect(progress).toMatchObject({ total: TRAINEES, done: TRAINEES, failed: 0, progress: 1 });

    const rows = await admin.getRepository(GeneratedDocument).findBy({ batchId: batch.id });
    expect(rows).toHaveLength(TRAINEES);
    expect(new Set(rows.map((r) => r.traineeId)).size).toBe(TRAINEES);
    const folder = path.join(config.STORAGE_DIR, 'documents', school.id);
    const files = readdirSync(folder).map((f) => `documents/${school.id}/${f}`);
    process.stdout.write(
      `PDF batch: ${TRAINEES} documents, worker killed ${KILLS} times at ${kills.join(', ')} done, ${files.length} files\n`,
    );
    expect(files.sort()).toEqual(rows.map((r) => r.storageKey).sort()); // one file per document, none left over
    for (const r of rows) {
      const bytes = readFileSync(path.join(config.STORAGE_DIR, r.storageKey!));
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.sha256);
    }
  });
});

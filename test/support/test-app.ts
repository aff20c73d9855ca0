import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AppConfig, ChangeFeed, Db, JobQueue, OutboxMessage, OutboxStatus } from '@app/platform';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';
import { TEST_PASSWORD } from '../factories/school.factory';
import { testConfig } from './test-config';

export interface TestApp {
  config: AppConfig;
  api: NestFastifyApplication;
  worker: RunningWorker;
  db: Db;
  http: () => TestAgent;
  /** An agent holding the session cookie of `email`. */
  login: (email: string, password?: string) => Promise<TestAgent>;
  /** Waits until the worker has delivered a message to `to` whose subject matches, and returns it. */
  delivered: (to: string, subject?: RegExp) => Promise<OutboxMessage>;
  /**
   * Stops waiting, before each request, for the change notifications of direct database writes: for a test that writes
   * only through the API once its data is seeded (one statement less per request).
   */
  stopReadBarrier: () => void;
  /** Stops the worker before the end (its jobs stay queued): queue counts then change only through the API. */
  stopWorker: () => Promise<void>;
  close: () => Promise<void>;
}

/** The HTTP app and a running worker on the run's database, as in production but in one process. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const api = await createApiApp(config);
  // Tests write their data straight into the database: each request waits until the change notifications of those
  // writes have reached the read cache (in production they arrive within milliseconds of the commit).
  let barrier = true;
  api
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', () => (barrier ? api.get(ChangeFeed).barrier() : Promise.resolve()));
  await api.getHttpAdapter().getInstance().ready();
  const worker = await startWorker(config, { concurrency: 2 });
  const db = api.get(Db);
  const http = () => request.agent(api.getHttpServer());

  const login = async (email: string, password = TEST_PASSWORD) => {
    const agent = http();
    const res = await agent.post('/api/v1/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    return agent;
  };

  const delivered = async (to: string, subject?: RegExp) => {
    for (let i = 0; i < 100; i++) {
      const rows = await db.admin.find(OutboxMessage, { where: { to, status: OutboxStatus.Sent }, order: { createdAt: 'DESC' } });
      const match = rows.find((m) => !subject || subject.test(m.subject));
      if (match) return match;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no e-mail delivered to ${to}`);
  };

  let stopped: Promise<void> | undefined;
  const stopWorker = () => (stopped ??= worker.stop());

  const close = async () => {
    await stopWorker();
    for (const q of api.get(JobQueue).all()) await q.obliterate({ force: true });
    await api.close();
  };

  const stopReadBarrier = () => {
    barrier = false;
  };

  return { config, api, worker, db, http, login, delivered, stopReadBarrier, stopWorker, close };
}

/** The one-time link in an e-mail's text. */
export function linkIn(message: OutboxMessage, kind: 'invitation' | 'reinitialiser'): string {
  const match = message.text.match(new RegExp(`/${kind}/([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no ${kind} link in: ${message.text}`);
  return match[1];
}

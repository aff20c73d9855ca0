import { Client } from 'pg';
import { DataSource } from 'typeorm';
import TestAgent from 'supertest/lib/agent';
import { ADMIN_DATA_SOURCE, APP_DATA_SOURCE, Role, School } from '@app/platform';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A statement that runs too long (DATABASE_STATEMENT_TIMEOUT_MS, here 400 ms): PostgreSQL cancels it, the request
 * answers 503 with Retry-After instead of waiting, the pool's connection is given back, and once the cause is gone the
 * same request is served. The cause here: another session holding a lock on the table the request reads.
 */
describe('statement timeout', () => {
  const TIMEOUT_MS = 400;
  let t: TestApp;
  let school: School;
  let staff: TestAgent;
  let locker: Client;

  beforeAll(async () => {
    t = await startTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: TIMEOUT_MS });
    school = await createSchool(t.db.admin);
    await createCohort(t.db.admin, school.id, { name: 'Promotion verrouillée' });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    locker = new Client({ connectionString: t.config.DATABASE_OWNER_URL });
    await locker.connect();
  });
  afterAll(async () => {
    await locker.end();
    await t.close();
  });

  it('applies the limit to the API’s pools, and ends transactions left idle for twice as long', async () => {
    for (const token of [APP_DATA_SOURCE, ADMIN_DATA_SOURCE]) {
      const ds = t.api.get<DataSource>(token);
      const [{ statement_timeout }] = await ds.query(`SHOW statement_timeout`);
      const [{ idle_in_transaction_session_timeout }] = await ds.query(`SHOW idle_in_transaction_session_timeout`);
      expect([statement_timeout, idle_in_transaction_session_timeout]).toEqual([`${TIMEOUT_MS}ms`, `${2 * TIMEOUT_MS}ms`]);
    }
  });

  it('answers 503 with Retry-After when a statement waits past the limit, then serves the request once the lock is gone', async () => {
    await staff.get('/api/v1/cohorts').expect(200);
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE cohorts IN ACCESS EXCLUSIVE MODE');
    try {
      const started = Date.now();
      const slow = await staff.get('/api/v1/cohorts');
      expect(slow.status).toBe(503);
      expect(slow.body).toEqual({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/indisponible/) });
      expect(slow.headers['retry-after']).toBeDefined();
      expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS);
    } finally {
      await locker.query('ROLLBACK');
    }
    const again = await staff.get('/api/v1/cohorts').expect(200);
    expect(again.body.items.map((c: { name: string }) => c.name)).toEqual(['Promotion verrouillée']);
  });
});

import { Role, School, SCHOOL_ROLES } from '@app/platform';
import { createAccount, createSchool } from '../factories/school.factory';
import { apiOperations, callAs, Operation } from '../support/api-catalogue';
import { resourceOf, schoolChecksums, seedSchoolWorld, SchoolWorld, urlIn } from '../support/school-world';
import { startTestApp, TestApp } from '../support/test-app';

/** Routes on data every school shares (the referential): reading it is not a leak. */
const SHARED_RESOURCES = ['referential'];
/** Routes keyed by a referential version only: each school reads and writes its own rows under it. */
const SHARED_KEYS = /\/versions\/\{versionId\}/;

/**
 * Two schools. Every route that takes an id, called by every role of school A with the ids of
 * school B, answers 403 or 404 with no data, and writes nothing; lists never show B's rows.
 */
describe('tenant isolation through the API', () => {
  let t: TestApp;
  let a: School;
  let b: School;
  const agentsOfA = new Map<Role, Awaited<ReturnType<TestApp['login']>>>();
  let worldOfB: SchoolWorld;
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp();
    [a, b] = [await createSchool(t.db.admin), await createSchool(t.db.admin)];
    for (const role of SCHOOL_ROLES) agentsOfA.set(role, await t.login((await createAccount(t.db.admin, a, role)).email));
    worldOfB = await seedSchoolWorld(t, b);
    operations = apiOperations(t.api);
  });
  afterAll(() => t.close());

  it('covers every route of the API', () => {
    expect(operations.length).toBeGreaterThan(15);
  });

  it('refuses every id of school B to every role of school A, and writes nothing', async () => {
    const before = await schoolChecksums(t, b.id);
    const withIds = operations.filter(
      (op) => /\{\w+\}/.test(op.path) && !SHARED_RESOURCES.includes(op.path.split('/')[3]) && !SHARED_KEYS.test(op.path) && !op.public,
    );
    expect(withIds.length).toBeGreaterThan(5);
    for (const op of withIds) {
      const url = urlIn(worldOfB, op);
      const id = worldOfB.ids[resourceOf(op.path)];
      for (const [role, agent] of agentsOfA) {
        const res = await callAs(agent, op, url, worldOfB.bodies[op.key]);
        const where = `${role} ${op.method.toUpperCase()} ${url}`;
        expect({ where, status: [403, 404].includes(res.status) }).toEqual({ where, status: true });
        expect(JSON.stringify(res.body)).not.toContain(id);
      }
    }
    expect(await schoolChecksums(t, b.id)).toEqual(before);
  });

  it("never lists school B's rows to school A", async () => {
    const lists = operations.filter((op) => op.method === 'get' && !op.path.includes('{') && op.path.startsWith('/api/v1/'));
    for (const op of lists) {
      for (const [role, agent] of agentsOfA) {
        const res = await agent.get(`${op.path}?pageSize=100`);
        const text = JSON.stringify(res.body);
        for (const id of Object.entries(worldOfB.ids).flatMap(([kind, v]) => (SHARED_RESOURCES.includes(kind) ? [] : [v])))
          expect({ role, path: op.path, leaked: text.includes(id) }).toEqual({ role, path: op.path, leaked: false });
      }
    }
  });

  it('asks for a session on every route that is not public', async () => {
    for (const op of operations) {
      if (op.public) continue;
      const res = await t.http()[op.method](op.path.replace('{id}', worldOfB.ids.users));
      expect({ route: `${op.method} ${op.path}`, status: res.status }).toEqual({ route: `${op.method} ${op.path}`, status: 401 });
    }
  });
});

import { randomUUID } from 'node:crypto';
import { OpenAPIObject } from '@nestjs/swagger';
import TestAgent from 'supertest/lib/agent';
import { Role, School } from '@app/platform';
import { buildOpenApi } from '../../apps/api/src/openapi';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { apiOperations, Body, callAs, mayCall, Operation } from '../support/api-catalogue';
import { requestBodyOf, resolveSchema, Schema } from '../support/fuzz/json-schema';
import { loginOwners, schoolChecksums, seedSchoolWorld, SchoolWorld } from '../support/school-world';
import { prepareLinkRoutes } from '../support/link-routes';
import { startTestApp, TestApp } from '../support/test-app';

/** What a trainee or a tutor must never set: marks, hours, decisions, statuses, a school, a role, another's id, dates kept by the server. */
const FORBIDDEN = (other: { schoolId: string; traineeId: string; accountId: string }): Record<string, unknown> => ({
  schoolId: other.schoolId,
  school_id: other.schoolId,
  role: 'school_admin',
  id: randomUUID(),
  traineeId: other.traineeId,
  accountId: other.accountId,
  mark: 20,
  marks: [{ mark: 20 }],
  score: 20,
  minutes: 6000,
  hours: 100,
  attendedMinutes: 6000,
  status: 'validated',
  decision: 'validated',
  outcome: 'validated',
  signedAt: '2027-01-01T09:00:00Z',
  submittedAt: '2027-01-01T09:00:00Z',
  createdAt: '2020-01-01T00:00:00Z',
  updatedAt: '2020-01-01T00:00:00Z',
});
/** What no staff body may carry: a school and a role are the session's (a role only where the route sets one). */
const STAFF_FORBIDDEN = ['schoolId', 'school_id', 'role'];
const RAW_BODY = /^(application\/pdf|text\/csv|application\/octet-stream|image\/)/;

/**
 * Mass assignment. Every write route a trainee or a tutor may call (their own, and the public ones of their links),
 * found from the OpenAPI document and the @Roles metadata, gets its valid body plus the forbidden fields the route does
 * not declare, at the top level and inside each nested object: 400 naming exactly those fields (so the rest of the
 * body was valid), and no row of the school changed. Every staff write route gets a school id and a role the same way.
 */
describe('mass assignment', () => {
  let t: TestApp;
  let school: School;
  let other: School;
  let world: SchoolWorld;
  let doc: OpenAPIObject;
  let operations: Operation[];
  let callers: Map<Role, TestAgent>;
  let forbidden: Record<string, unknown>;
  let urlOf: (op: Operation) => string;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    other = await createSchool(t.db.admin);
    world = await seedSchoolWorld(t, school);
    const owners = await loginOwners(t, school, world);
    const staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    callers = new Map([
      [Role.Trainee, owners.trainee],
      [Role.Tutor, owners.tutor],
      [Role.SchoolAdmin, world.admin],
      [Role.Staff, staff],
    ]);
    const peer = await createTrainee(t.db.admin, await createCohort(t.db.admin, school.id), school);
    forbidden = FORBIDDEN({ schoolId: other.id, traineeId: peer.trainee.id, accountId: peer.account.id });
    urlOf = await prepareLinkRoutes(t, world);
    doc = buildOpenApi(t.api);
    operations = apiOperations(t.api, doc).filter((op) => op.method !== 'get');
  });
  afterAll(() => t.close());

  const resolve = (s: Schema | undefined) => resolveSchema(doc, s);
  /** The JSON schema of `op`'s body (an empty object's for a route that takes none). */
  const bodySchema = (op: Operation): Schema => requestBodyOf(doc, op.path, op.method).schema ?? { properties: {} };
  /**
   * `body` with `fields` added where `schema` does not declare them, at the top level and in the first element of
   * every nested object or array of objects; returns it with the paths of the fields added (the errors expected).
   */
  function smuggle(body: Record<string, unknown>, schema: Schema, fields: Record<string, unknown>, path = '') {
    const out: Record<string, unknown> = { ...body };
    const added: string[] = [];
    const declared = schema.properties ?? {};
    for (const [name, value] of Object.entries(fields)) {
      if (name in declared) continue;
      out[name] = value;
      added.push(path + name);
    }
    for (const [name, prop] of Object.entries(declared)) {
      const value = body[name];
      const isArray = Array.isArray(value);
      const nested = resolve(isArray ? (resolve(prop)?.items ?? prop.items) : prop);
      const first = isArray ? value[0] : value;
      if (!nested?.properties || !first || typeof first !== 'object') continue;
      const inner = smuggle(first as Record<string, unknown>, nested, fields, `${path}${name}${isArray ? '.0' : ''}.`);
      out[name] = isArray ? [inner.body, ...value.slice(1)] : inner.body;
      added.push(...inner.added);
    }
    return { body: out, added };
  }

  /** What went otherwise than expected, per call: all are listed at the end of a test. */
  let problems: object[] = [];

  /** Sends `op` with the smuggled fields as `agent`: 400 naming exactly those fields, nothing of the school written. */
  async function expectRefused(agent: TestAgent, op: Operation, fields: Record<string, unknown>, who: string) {
    const valid = world.bodies[op.key] ?? {};
    if (Buffer.isBuffer(valid) || typeof valid === 'string') throw new Error(`${op.key} takes a file`);
    const { body, added } = smuggle(valid as Record<string, unknown>, bodySchema(op), fields);
    const before = await schoolChecksums(t, school.id);
    const res = await callAs(agent, op, urlOf(op), body);
    const after = await schoolChecksums(t, school.id);
    const got = {
      status: res.status,
      code: res.body.code,
      refused: Object.keys(res.body.errors ?? {}).sort(),
      changed: Object.keys(after).filter((table) => after[table] !== before[table]),
    };
    const expected = { status: 400, code: 'VALIDATION_FAILED', refused: added.sort(), changed: [] };
    if (JSON.stringify(got) !== JSON.stringify(expected)) problems.push({ where: `${who} ${op.key}`, got, expected: expected.refused });
    return added.length;
  }

  beforeEach(() => {
    problems = [];
  });

  const jsonOrNone = (op: Operation) => !op.bodyTypes.some((type) => RAW_BODY.test(type));

  it('refuses forbidden fields in every body a trainee or a tutor sends, and writes nothing', async () => {
    const otherBefore = await schoolChecksums(t, other.id);
    let routes = 0;
    let fieldsTried = 0;
    for (const op of operations.filter(jsonOrNone)) {
      const roles = [Role.Trainee, Role.Tutor].filter((role) => mayCall(op, role));
      if (roles.length === 0) continue;
      routes++;
      // Public routes answer to their link (or to nobody): called without a session.
      const agents: [string, TestAgent][] = op.public ? [['anyone', t.http()]] : roles.map((role) => [role, callers.get(role)!]);
      for (const [who, agent] of agents) fieldsTried += await expectRefused(agent, op, forbidden, who);
    }
    expect(problems).toEqual([]);
    expect(routes).toBeGreaterThan(15);
    expect(fieldsTried).toBeGreaterThan(routes * 10);
    expect(await schoolChecksums(t, other.id)).toEqual(otherBefore);
  });

  it('refuses a school id and a role in every body of the staff routes, and writes nothing', async () => {
    const otherBefore = await schoolChecksums(t, other.id);
    const fields = Object.fromEntries(STAFF_FORBIDDEN.map((name) => [name, forbidden[name]]));
    let routes = 0;
    for (const op of operations.filter(jsonOrNone)) {
      const role = [Role.SchoolAdmin, Role.Staff].find((r) => op.roles.includes(r));
      if (!role) continue;
      routes++;
      await expectRefused(callers.get(role)!, op, fields, role);
    }
    expect(problems).toEqual([]);
    expect(routes).toBeGreaterThan(50);
    expect(await schoolChecksums(t, other.id)).toEqual(otherBefore);
  });

  it('refuses fields sent as JSON to the routes that take a file, and writes nothing', async () => {
    for (const op of operations.filter((o) => !jsonOrNone(o))) {
      const role = [Role.SchoolAdmin, Role.Staff].find((r) => op.roles.includes(r));
      const agent = role ? callers.get(role)! : t.http();
      const before = await schoolChecksums(t, school.id);
      const res = await callAs(agent, op, urlOf(op), forbidden as Body);
      const after = await schoolChecksums(t, school.id);
      const where = `${op.key} → ${res.status}`;
      expect({
        where,
        refused: res.status >= 400 && res.status < 500,
        changed: Object.keys(after).filter((k) => after[k] !== before[k]),
      }).toEqual({ where, refused: true, changed: [] });
    }
  });
});

import fc from 'fast-check';
import { OpenAPIObject } from '@nestjs/swagger';
import { Role, School } from '@app/platform';
import { buildOpenApi } from '../../apps/api/src/openapi';
import { createAccount, createSchool, TEST_PASSWORD } from '../factories/school.factory';
import { apiOperations, Operation } from '../support/api-catalogue';
import { footprint, footprintChanges } from '../support/footprint';
import { errorShapeProblem } from '../support/fuzz/error-shape';
import { FuzzInput } from '../support/fuzz/fuzz-input';
import { inputsFor } from '../support/fuzz/inputs';
import { FUZZ_RUNS, FUZZ_SEED, seedFor } from '../support/fuzz/settings';
import { prepareLinkRoutes } from '../support/link-routes';
import { loginOwners, seedSchoolWorld, SchoolWorld } from '../support/school-world';
import { startTestApp, TestApp } from '../support/test-app';

/** Who calls a route: the first of these roles it allows (so its validation runs, not just the access check). */
const CALLER_ORDER = [Role.SchoolAdmin, Role.Staff, Role.Trainer, Role.Trainee, Role.Tutor, Role.PlatformAdmin];
/** Requests in flight at once. */
const CONCURRENCY = 8;
/** Findings kept per route and kind of input (the first ones), so that a regression reads in a few lines. */
const EXAMPLES = 2;

interface Finding {
  route: string;
  kind: string;
  status: number;
  problem: string;
  sent: string;
  answer: string;
}

const excerpt = (value: unknown, max = 300) => {
  const s = typeof value === 'string' ? value : Buffer.isBuffer(value) ? `<${value.length} bytes>` : JSON.stringify(value);
  return s === undefined ? '' : s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
};

/**
 * Fuzzing every write route (POST, PUT, PATCH, DELETE of the OpenAPI document) with FUZZ_RUNS inputs generated from its
 * schemas by a fixed seed (FUZZ_SEED), each of which the route must refuse, called in-process as a role the route
 * allows, with the real ids of a seeded school in its path: no 5xx and no 2xx, every refusal in the API's error shape,
 * and nothing written by the route's batch (the school's rows, every table's row count, the queued jobs).
 */
describe('fuzzing the write routes', () => {
  let t: TestApp;
  let school: School;
  let world: SchoolWorld;
  let doc: OpenAPIObject;
  let operations: Operation[];
  let urlOf: (op: Operation) => string;
  const cookies = new Map<Role, string>();

  const sessionCookie = async (email: string): Promise<string> => {
    const res = await t.api.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('cqp_session='));
    if (res.statusCode !== 200 || !cookie) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
    return cookie.split(';')[0];
  };

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    world = await seedSchoolWorld(t, school);
    const owners = await loginOwners(t, school, world);
    urlOf = await prepareLinkRoutes(t, world);
    // From here on only the API may change the queues: the worker's own jobs and schedules would blur the count.
    await t.stopWorker();
    t.stopReadBarrier();
    const emails: [Role, string][] = [
      [Role.SchoolAdmin, (await createAccount(t.db.admin, school, Role.SchoolAdmin)).email],
      [Role.Staff, (await createAccount(t.db.admin, school, Role.Staff)).email],
      [Role.Trainer, (await createAccount(t.db.admin, school, Role.Trainer)).email],
      [Role.Trainee, world.trainee.email],
      [Role.Tutor, owners.tutorEmail],
      [Role.PlatformAdmin, (await createAccount(t.db.admin, null, Role.PlatformAdmin)).email],
    ];
    for (const [role, email] of emails) cookies.set(role, await sessionCookie(email));
    doc = buildOpenApi(t.api);
    operations = apiOperations(t.api, doc).filter((op) => op.method !== 'get');
  }, 120_000);
  afterAll(() => t.close());

  /** Sends one input in-process (Fastify's inject: no socket). */
  const send = (op: Operation, input: FuzzInput) =>
    t.api.inject({
      method: op.method.toUpperCase() as 'POST',
      url: input.url,
      headers: input.headers,
      ...(input.payload === undefined ? {} : { payload: input.payload }),
    });

  it(`refuses ${FUZZ_RUNS} generated invalid inputs on every write route, in the error shape, writing nothing`, async () => {
    const findings: Finding[] = [];
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const kinds = new Map<string, number>();
    const durations = new Map<string, number>();
    const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
    let sent = 0;

    for (const op of operations) {
      const role = op.public ? undefined : CALLER_ORDER.find((r) => op.roles.includes(r));
      if (!op.public && !role) throw new Error(`${op.key}: no caller for roles ${op.roles.join(', ')}`);
      const headers: Record<string, string> = role ? { cookie: cookies.get(role)! } : {};
      const inputs = fc.sample(inputsFor(doc, { method: op.method, path: op.path, url: urlOf(op), body: world.bodies[op.key] }, headers), {
        seed: seedFor(op.key),
        numRuns: FUZZ_RUNS,
      });
      const examples = new Map<string, number>();
      const find = (finding: Omit<Finding, 'route'>) => {
        const key = `${finding.kind.replace(/^.*: /, '')} ${finding.status} ${finding.problem}`;
        if (count(examples, key).get(key)! <= EXAMPLES) findings.push({ route: op.key, ...finding });
      };

      const started = Date.now();
      const before = await footprint(t, school.id);
      for (let i = 0; i < inputs.length; i += CONCURRENCY) {
        const batch = inputs.slice(i, i + CONCURRENCY);
        const answers = await Promise.all(batch.map((input) => send(op, input)));
        answers.forEach((res, j) => {
          const input = batch[j];
          sent++;
          count(statuses, res.statusCode);
          count(kinds, input.kind.replace(/^.*: /, ''));
          const body = (() => {
            try {
              return res.json() as unknown;
            } catch {
              return res.body;
            }
          })();
          const report = (problem: string) =>
            find({
              kind: input.kind,
              status: res.statusCode,
              problem,
              sent: `${input.url} ${input.headers['content-type'] ?? ''} ${excerpt(input.payload)}`,
              answer: excerpt(body),
            });
          if (res.statusCode < 400) return report('accepted');
          if (res.statusCode >= 500) return report('fault');
          // The caller may call the route: a 401 means its session was ended by an earlier input that took effect.
          if (res.statusCode === 401 && role) report('session lost');
          count(codes, (body as { code?: string })?.code ?? '?');
          const shape = errorShapeProblem(res.statusCode, res.headers['content-type'] as string | undefined, body);
          if (shape) report(`error shape: ${shape}`);
        });
      }
      const changes = footprintChanges(before, await footprint(t, school.id));
      durations.set(op.key, Date.now() - started);
      if (changes.length)
        findings.push({ route: op.key, kind: 'batch', status: 0, problem: 'written', sent: '', answer: changes.join('; ') });
    }

    const top = (map: Map<string | number, number>, n = 40) =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ');
    console.log(
      [
        `Fuzzing (seed ${FUZZ_SEED}): ${operations.length} write routes × ${FUZZ_RUNS} inputs = ${sent} requests`,
        `statuses: ${top(statuses)}`,
        `codes: ${top(codes)}`,
        `inputs: ${top(kinds, 60)}`,
        `slowest routes (ms): ${top(durations, 8)}`,
        `findings: ${findings.length}`,
        ...findings.map((f) => `  ${f.route} [${f.kind}] ${f.status} ${f.problem}\n    sent: ${f.sent}\n    answer: ${f.answer}`),
      ].join('\n'),
    );
    expect(operations.length).toBeGreaterThan(80);
    expect(sent).toBe(operations.length * FUZZ_RUNS);
    expect(findings).toEqual([]);
  }, 900_000);
});

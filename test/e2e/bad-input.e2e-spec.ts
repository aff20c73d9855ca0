import { Account, Role, School } from '@app/platform';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

/** Hostile or clumsy input: a clear 4xx in the one error shape, nothing written, never a 5xx. */
describe('bad input', () => {
  let t: TestApp;
  let school: School;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  const count = () => t.db.admin.countBy(Account, { schoolId: school.id });

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: 4096 });
    school = await createSchool(t.db.admin);
    admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
  });
  afterAll(() => t.close());

  const expectShape = (body: unknown, statusCode: number, code: string) => {
    expect(body).toEqual(expect.objectContaining({ statusCode, code, message: expect.any(String) }));
  };

  it('malformed JSON', async () => {
    const before = await count();
    const res = await admin.post('/api/v1/users').set('content-type', 'application/json').send('{"email": "a@b.fr",');
    expect(res.status).toBe(400);
    expectShape(res.body, 400, 'MALFORMED_JSON');
    expect(await count()).toBe(before);
  });

  it('unknown fields, including a school id smuggled into the body', async () => {
    const before = await count();
    const other = await createSchool(t.db.admin);
    const res = await admin
      .post('/api/v1/users')
      .send({ email: 'smuggle@test.cqp.local', fullName: 'Passager', role: 'staff', schoolId: other.id });
    expect(res.status).toBe(400);
    expectShape(res.body, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual({ schoolId: ["n'est pas un champ autorisé"] });
    expect(await count()).toBe(before);
    expect(await t.db.admin.countBy(Account, { schoolId: other.id })).toBe(0);
  });

  it('wrong types and values, reported per field in French', async () => {
    const res = await admin.post('/api/v1/users').send({ email: 42, fullName: ['x'], role: 'platform_admin' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({
      email: ['doit être une adresse e-mail valide'],
      fullName: ['doit être un texte'],
      role: [expect.stringMatching(/^doit être l'une des valeurs/)],
    });
  });

  it('oversize bodies', async () => {
    const res = await admin.post('/api/v1/users').send({ email: 'big@test.cqp.local', fullName: 'x'.repeat(10_000), role: 'staff' });
    expect(res.status).toBe(413);
    expectShape(res.body, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('ids that are not UUIDs, and unknown ids', async () => {
    const bad = await admin.get('/api/v1/users/1%27%20OR%201=1');
    expect(bad.status).toBe(400);
    expectShape(bad.body, 400, 'INVALID_ID');
    const unknown = await admin.get('/api/v1/users/3f1c9a4e-2b7d-4c1e-9a55-0d8e7b6a5c41');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'Utilisateur introuvable.' });
  });

  it('bad list parameters', async () => {
    const res = await admin.get('/api/v1/users?pageSize=1000&sort=password_hash&order=sideways');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['order', 'pageSize', 'sort']);
  });

  it('a duplicate e-mail', async () => {
    const existing = await createAccount(t.db.admin, school, Role.Staff);
    const res = await admin.post('/api/v1/users').send({ email: existing.email, fullName: 'Doublon', role: 'staff' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('EMAIL_TAKEN');
  });

  it('unknown routes and a request from another site', async () => {
    const res = await admin.get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expectShape(res.body, 404, 'ROUTE_NOT_FOUND');
    const csrf = await admin
      .post('/api/v1/users')
      .set('Origin', 'https://evil.example')
      .send({ email: 'csrf@test.cqp.local', fullName: 'Csrf', role: 'staff' });
    expect(csrf.status).toBe(403);
    expect(csrf.body.code).toBe('CROSS_ORIGIN_REFUSED');
  });

  it('dates that are not calendar days, nulls on required fields, huge pages, over-long values', async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    for (const url of [
      '/api/v1/sessions?from=2026-W05',
      '/api/v1/cohorts?activeOn=2026-10',
      '/api/v1/audit-events?from=2026-123',
      '/api/v1/users?page=1e20',
    ]) {
      const res = await admin.get(url);
      expect({ url, status: res.status, code: res.body.code }).toEqual({ url, status: 400, code: 'VALIDATION_FAILED' });
    }
    const dates = await admin.patch(`/api/v1/cohorts/${cohort.id}`).send({ startDate: '2027-06-30', endDate: '20270101' });
    expect(dates.status).toBe(400);
    expect(dates.body.errors.endDate).toEqual(['doit être une date au format AAAA-MM-JJ']);
    const nullName = await admin.patch(`/api/v1/cohorts/${cohort.id}`).send({ name: null, capacity: null });
    expect(nullName.status).toBe(400);
    expect(Object.keys(nullName.body.errors).sort()).toEqual(['capacity', 'name']);
    const user = await createAccount(t.db.admin, school, Role.Staff);
    expect((await admin.patch(`/api/v1/users/${user.id}`).send({ fullName: null })).status).toBe(400);
    const longPhone = await admin
      .post(`/api/v1/cohorts/${cohort.id}/trainees`)
      .send({ lastName: 'A', firstName: 'B', email: `p${Date.now()}@x.fr`, phone: '+12345678901234567890' });
    expect(longPhone.status).toBe(400);
    const longName = await admin
      .post(`/api/v1/cohorts/${cohort.id}/trainees`)
      .send({ lastName: 'x'.repeat(100), firstName: 'B', email: `n${Date.now()}@x.fr` });
    expect(longName.status).toBe(400);
    expect(await t.db.admin.countBy(Account, { schoolId: school.id, role: Role.Trainee })).toBe(0);
  });

  it('an Origin the browser sends as "null"', async () => {
    const res = await t.http().post('/api/v1/auth/login').set('Origin', 'null').send({ email: 'a@b.fr', password: 'whatever-it-is' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CROSS_ORIGIN_REFUSED');
    const ok = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Origin', t.config.PUBLIC_URL)
      .send({ email: 'a@b.fr', password: 'whatever-it-is' });
    expect(ok.status).toBe(401);
  });

  it('a role that may not use a route', async () => {
    const trainee = await t.login((await createAccount(t.db.admin, school, Role.Trainee)).email);
    const res = await trainee.post('/api/v1/users').send({ email: 'x@test.cqp.local', fullName: 'X', role: 'staff' });
    expect(res.status).toBe(403);
    expectShape(res.body, 403, 'FORBIDDEN');
  });

  // Each found by the fuzzing of the write routes (fuzz-write-routes.e2e-spec.ts), fixed at its cause.
  it('inputs the fuzzing found answered 500 or accepted: refused in the error shape, nothing written', async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const before = await count();
    const user = (email: string, extra: object = {}) =>
      admin.post('/api/v1/users').send({ email, fullName: 'Personne', role: 'staff', ...extra });
    let deep: unknown = 'x';
    for (let i = 0; i < 2000; i++) deep = [deep];
    const cases: [string, () => Promise<{ status: number; body: { code?: string } }>, number, string][] = [
      // class-transformer overflowed the call stack
      ['2 000 nested arrays', () => user('deep@test.cqp.local', { fullName: deep }), 400, 'BODY_TOO_DEEP'],
      // validator.js threw URIError on a lone surrogate
      ['a lone surrogate in an e-mail', () => user('a\ud800@test.cqp.local'), 400, 'VALIDATION_FAILED'],
      // dropped unseen by Nest (constructor, prototype) and class-transformer (methods)
      ['a field named toString', () => user('proto@test.cqp.local', { toString: 'x' }), 400, 'VALIDATION_FAILED'],
      ['a field named constructor', () => user('proto@test.cqp.local', { constructor: { isAdmin: true } }), 400, 'VALIDATION_FAILED'],
      ['a field named prototype', () => user('proto@test.cqp.local', { prototype: {} }), 400, 'VALIDATION_FAILED'],
      // taken as {} by Nest: an empty PATCH, audited
      [
        'null as a body',
        () => admin.patch(`/api/v1/cohorts/${cohort.id}`).set('content-type', 'application/json').send('null'),
        400,
        'BODY_NOT_OBJECT',
      ],
      // an item [] passed as a list of no objects: a contact without a name was stored
      [
        'a list as a list item',
        () =>
          admin
            .post('/api/v1/host-sites')
            .send({ name: 'Cabinet', kind: 'other', address: '1 rue', postalCode: '75001', city: 'Paris', capacity: 1, contacts: [[]] }),
        400,
        'VALIDATION_FAILED',
      ],
      // a form posted to a JSON route was taken like JSON
      [
        'a form',
        () => admin.post('/api/v1/users').type('form').send({ email: 'form@test.cqp.local', fullName: 'Form', role: 'staff' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      // bytes sent to a route that takes none were left unread and the route ran
      [
        'a file sent to a route without body',
        () => admin.post(`/api/v1/users/${cohort.id}/disable`).set('content-type', 'application/pdf').send(Buffer.from('%PDF-1.4')),
        400,
        'BODY_NOT_EXPECTED',
      ],
      // the router's refusals had Fastify's own shape
      ['a malformed percent-encoding in the path', () => admin.post('/api/v1/users/%ZZ/disable'), 400, 'MALFORMED_URL'],
      ['a path parameter over 100 characters', () => admin.post(`/api/v1/users/${'x'.repeat(200)}/disable`), 414, 'URI_TOO_LONG'],
    ];
    for (const [what, call, status, code] of cases) {
      const res = await call();
      expect({ what, status: res.status, code: res.body.code }).toEqual({ what, status, code });
      expectShape(res.body, status, code);
    }
    // class-validator's maxDecimalPlaces threw on a number written with an exponent
    const version = await currentVersion(t.db.admin);
    const block = version.blocks!.find((b) => b.code === 'BC02')!;
    const epreuve = { versionId: version.id, blockId: block.id, kind: 'oral', label: 'Oral', maxMark: 20, weight: 1e-9 };
    const tiny = await admin.post('/api/v1/assessment/epreuves').send(epreuve);
    expect(tiny.body.errors).toEqual({ weight: ['doit être un nombre (2 décimales au plus)'] });
    // « constructor » is on every object: taken for a setting
    const reset = await admin.post(`/api/v1/referential/versions/${version.id}/settings/constructor/reset`).send({ reason: 'Retour' });
    expect({ status: reset.status, code: reset.body.code }).toEqual({ status: 400, code: 'UNKNOWN_SETTING' });
    expect(await count()).toBe(before);
  });
});

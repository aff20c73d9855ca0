import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AuditEvent, Role } from '@app/platform';
import { buildOpenApi } from '../../apps/api/src/openapi';
import { createAccount, createSchool } from '../factories/school.factory';
import { startSmtpSink } from '../support/smtp-sink';
import { linkIn, startTestApp, TestApp } from '../support/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the platform administrator creates a school; its first administrator is invited and can log in', async () => {
    const platform = await t.login((await createAccount(t.db.admin, null, Role.PlatformAdmin)).email);
    const slug = `ifam-${Date.now()}`;
    const adminEmail = `direction-${Date.now()}@ifam.fr`;
    const res = await platform.post('/api/v1/schools').send({ name: 'IFAM Lyon', slug, adminEmail, adminFullName: 'Nadia Roux' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'IFAM Lyon', slug, accountCount: 1 });
    expect(
      (await platform.post('/api/v1/schools').send({ name: 'Autre', slug, adminEmail: 'x@y.fr', adminFullName: 'X Y' })).body.code,
    ).toBe('SLUG_TAKEN');

    const token = linkIn(await t.delivered(adminEmail), 'invitation');
    await t.http().post(`/api/v1/auth/invitations/${token}/accept`).send({ password: 'Mot-de-passe-direction' }).expect(204);
    const director = await t.login(adminEmail, 'Mot-de-passe-direction');
    const me = await director.get('/api/v1/auth/me');
    expect(me.body).toMatchObject({ role: 'school_admin', schoolId: res.body.id, schoolName: 'IFAM Lyon' });
    expect((await director.get('/api/v1/schools')).status).toBe(403);

    const list = await platform.get(`/api/v1/schools?q=${slug}`);
    expect(list.body).toMatchObject({ total: 1, items: [{ slug }] });
    const renamed = await platform.patch(`/api/v1/schools/${res.body.id}`).send({ name: 'IFAM Lyon Part-Dieu' });
    expect(renamed.body.name).toBe('IFAM Lyon Part-Dieu');
    expect(await t.db.admin.countBy(AuditEvent, { schoolId: res.body.id, action: 'school.updated' })).toBe(1);
    // The school's administrator reads the trail of their school, including the platform's changes.
    const trail = await director.get('/api/v1/audit-events');
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['school.created', 'school.updated', 'account.activated']),
    );
  });

  it('bull-board answers platform administrators only (it shows every school’s jobs), on every path under /api/admin/queues', async () => {
    const school = await createSchool(t.db.admin);
    const schoolAdmin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
    const staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    const platform = await t.login((await createAccount(t.db.admin, null, Role.PlatformAdmin)).email);
    for (const url of [
      '/api/admin/queues',
      '/api/admin/queues/api/queues?activeQueue=mail',
      '/api/admin/%71ueues/api/queues',
      '/api/admin/queues/%61pi/queues',
    ]) {
      expect((await t.http().get(url)).status).toBe(401);
      expect((await staff.get(url)).status).toBe(403);
      expect((await schoolAdmin.get(url)).status).toBe(403);
      expect((await platform.get(url)).status).toBe(200);
    }
    expect((await t.http().put('/api/admin/%71ueues/api/queues/mail/pause')).status).toBe(401);
    const refused = await schoolAdmin.put('/api/admin/queues/api/queues/mail/pause');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await schoolAdmin.put('/api/admin/%71ueues/api/queues/mail/pause')).status).toBe(403);
    expect((await staff.put('/api/admin/queues/api/queues/mail/pause')).status).toBe(403);
    expect((await t.http().get('/admin/queues')).status).not.toBe(200); // the old address is gone
  });

  it('health: liveness, and readiness of PostgreSQL and Redis', async () => {
    expect((await t.http().get('/api/health')).body).toEqual({ status: 'ok' });
    expect((await t.http().get('/api/health/ready')).body).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
  });

  it('sends security headers and a request id', async () => {
    const res = await t.http().get('/api/health').set('x-request-id', 'abc-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('serves the OpenAPI document that is committed as openapi.json', () => {
    const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../openapi.json'), 'utf8'));
    expect(buildOpenApi(t.api)).toEqual(committed);
  });
});

describe('outbox with real e-mail (SMTP)', () => {
  it('delivers the invitation by SMTP and shows the copy without its secret link', async () => {
    const sink = await startSmtpSink();
    const t = await startTestApp({ MAIL_DRIVER: 'smtp', SMTP_URL: sink.url });
    try {
      const school = await createSchool(t.db.admin);
      const admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
      const email = `smtp-${Date.now()}@example.fr`;
      await admin.post('/api/v1/users').send({ email, fullName: 'Par Courriel', role: 'staff' }).expect(201);
      const message = await t.delivered(email);
      const received = sink.received.find((m) => m.subject === message.subject);
      const token = received?.text?.match(/\/invitation\/([A-Za-z0-9_-]+)/)?.[1];
      expect(token).toBeDefined();
      const copy = await admin.get(`/api/v1/outbox/${message.id}`);
      expect(copy.body.text).toContain('/invitation/[lien personnel masqué]');
      expect(JSON.stringify(copy.body)).not.toContain(token);
    } finally {
      await t.close();
      await sink.stop();
    }
  });
});

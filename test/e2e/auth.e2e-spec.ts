import { Account, AccountStatus, AccountToken, JobQueue, OutboxMessage, Role, School, Session } from '@app/platform';
import { createAccount, createSchool, TEST_PASSWORD } from '../factories/school.factory';
import { linkIn, startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

describe('authentication', () => {
  let t: TestApp;
  let school: School;
  let admin: Account;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: 3 });
    school = await createSchool(t.db.admin);
    admin = await createAccount(t.db.admin, school, Role.SchoolAdmin);
  });
  afterAll(() => t.close());

  it('logs in with a session cookie that is httpOnly, SameSite=Strict, and says who is there', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ email: admin.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: admin.email, role: 'school_admin', schoolId: school.id, schoolName: school.name });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/cqp_session=[A-Za-z0-9_-]{43}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('answers the same for an unknown e-mail and a wrong password', async () => {
    const unknown = await t.http().post('/api/v1/auth/login').send({ email: 'nobody@nowhere.fr', password: 'whatever-password' });
    const wrong = await t.http().post('/api/v1/auth/login').send({ email: admin.email, password: 'whatever-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'E-mail ou mot de passe incorrect.' });
  });

  it('throttles repeated failures for an e-mail, even with the right password afterwards', async () => {
    const victim = await createAccount(t.db.admin, school, Role.Staff);
    for (let i = 0; i < 3; i++) {
      expect((await t.http().post('/api/v1/auth/login').send({ email: victim.email, password: 'bad-password-guess' })).status).toBe(401);
    }
    const blocked = await t.http().post('/api/v1/auth/login').send({ email: victim.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.body.message).toMatch(/Réessayez dans \d+ minute/);
  });

  it('logs out for real: the same cookie no longer works', async () => {
    const agent = await t.login(admin.email);
    expect((await agent.get('/api/v1/auth/me')).status).toBe(200);
    expect((await agent.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await agent.get('/api/v1/auth/me')).status).toBe(401);
    const sessions = await t.db.admin.findBy(Session, { accountId: admin.id });
    expect(sessions.some((s) => s.revokedAt !== null)).toBe(true);
  });

  it('replaying a revoked session token is refused', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ email: admin.email, password: TEST_PASSWORD });
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    await t.http().post('/api/v1/auth/logout').set('Cookie', cookie).expect(204);
    const replay = await t.http().get('/api/v1/auth/me').set('Cookie', cookie);
    expect(replay.status).toBe(401);
  });

  it('invites by e-mail with a one-time link: set a password, then log in; the link cannot be reused', async () => {
    const agent = await t.login(admin.email);
    const email = `invitee-${Date.now()}@test.cqp.local`;
    const created = await agent.post('/api/v1/users').send({ email, fullName: 'Inès Petit', role: 'trainer' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email, status: 'invited', role: 'trainer' });

    const mail = await t.delivered(email, /Activez votre compte/);
    const token = linkIn(mail, 'invitation');
    expect(mail.text).toContain(`${t.config.PUBLIC_URL}/invitation/${token}`);

    const about = await t.http().get(`/api/v1/auth/invitations/${token}`);
    expect(about.body).toEqual({ email, fullName: 'Inès Petit', schoolName: school.name });
    // Cannot log in before choosing a password.
    expect(
      (
        await t
          .http()
          .post('/api/v1/auth/login')
          .send({ email, password: 'x'.repeat(12) })
      ).status,
    ).toBe(401);

    const tooShort = await t.http().post(`/api/v1/auth/invitations/${token}/accept`).send({ password: 'court' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors.password[0]).toBe('doit contenir au moins 12 caractères');

    expect((await t.http().post(`/api/v1/auth/invitations/${token}/accept`).send({ password: 'Un-mot-de-passe-solide' })).status).toBe(204);
    const me = await (await t.login(email, 'Un-mot-de-passe-solide')).get('/api/v1/auth/me');
    expect(me.body).toMatchObject({ email, role: 'trainer', schoolId: school.id });

    const reused = await t.http().post(`/api/v1/auth/invitations/${token}/accept`).send({ password: 'Un-autre-mot-de-passe' });
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('TOKEN_USED');
    const events = await agent.get('/api/v1/audit-events?entityType=account');
    expect(events.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['account.invited', 'account.activated']),
    );
  });

  it('refuses an expired invitation link and an unknown one', async () => {
    const agent = await t.login(admin.email);
    const email = `late-${Date.now()}@test.cqp.local`;
    const created = await agent.post('/api/v1/users').send({ email, fullName: 'Tardif', role: 'staff' });
    const token = linkIn(await t.delivered(email), 'invitation');
    await t.db.admin.update(AccountToken, { accountId: created.body.id }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await t.http().post(`/api/v1/auth/invitations/${token}/accept`).send({ password: 'Un-mot-de-passe-solide' });
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('TOKEN_EXPIRED');
    expect((await t.db.admin.findOneByOrFail(Account, { id: created.body.id })).status).toBe(AccountStatus.Invited);
    const unknown = await t.http().get('/api/v1/auth/invitations/not-a-real-token');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('TOKEN_NOT_FOUND');

    // Re-sending makes a fresh link and kills the old one.
    expect((await agent.post(`/api/v1/users/${created.body.id}/resend-invitation`)).status).toBe(204);
    const messages = await agent.get(`/api/v1/outbox?q=${encodeURIComponent(email)}`);
    expect(messages.body.total).toBe(2);
  });

  it('resets a password by e-mail, ending every open session; unknown e-mails get the same answer and no e-mail', async () => {
    const user = await createAccount(t.db.admin, school, Role.Staff);
    const before = await t.login(user.email);
    const known = await t.http().post('/api/v1/auth/password-reset').send({ email: user.email });
    const unknown = await t.http().post('/api/v1/auth/password-reset').send({ email: 'ghost@nowhere.fr' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);

    const token = linkIn(await t.delivered(user.email, /Réinitialisation/), 'reinitialiser');
    expect((await t.http().post(`/api/v1/auth/password-reset/${token}`).send({ password: 'Nouveau-mot-de-passe-1' })).status).toBe(204);
    expect((await before.get('/api/v1/auth/me')).status).toBe(401);
    expect((await t.http().post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await (await t.login(user.email, 'Nouveau-mot-de-passe-1')).get('/api/v1/auth/me')).status).toBe(200);
    expect((await t.http().post(`/api/v1/auth/password-reset/${token}`).send({ password: 'Encore-un-autre-123' })).body.code).toBe(
      'TOKEN_USED',
    );
  });

  it('sends at most 3 reset e-mails an hour to one address, answering the same each time', async () => {
    const user = await createAccount(t.db.admin, school, Role.Staff);
    for (let i = 0; i < 5; i++) expect((await t.http().post('/api/v1/auth/password-reset').send({ email: user.email })).status).toBe(202);
    // The worker issues the links: once it has taken every request, three e-mails and no more.
    const mailQueue = t.api.get(JobQueue).queue('mail');
    await waitFor(async () => {
      const pending = await mailQueue.getJobCounts('waiting', 'active', 'prioritized');
      return Object.values(pending).every((n) => n === 0);
    }, 'the reset requests to be handled');
    expect(await t.db.admin.countBy(OutboxMessage, { to: user.email })).toBe(3);
  });

  it('disabling an account ends its sessions at once; enabling lets it log in again', async () => {
    const user = await createAccount(t.db.admin, school, Role.Trainee);
    const session = await t.login(user.email);
    const agent = await t.login(admin.email);
    const disabled = await agent.post(`/api/v1/users/${user.id}/disable`);
    expect(disabled.body.status).toBe('disabled');
    expect((await session.get('/api/v1/auth/me')).status).toBe(401);
    expect((await t.http().post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await agent.post(`/api/v1/users/${user.id}/enable`)).body.status).toBe('active');
    expect((await t.http().post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD })).status).toBe(200);
    expect((await agent.post(`/api/v1/users/${admin.id}/disable`)).body.code).toBe('CANNOT_DISABLE_SELF');
  });
});

import * as argon2 from 'argon2';
import Redis from 'ioredis';
import { IsNull } from 'typeorm';
import { Account, AccountStatus, AccountToken, Role, School, Session, TokenPurpose } from '@app/platform';
import { REDIS } from '@app/platform/redis/redis.module';
import { createAccount, createSchool, TEST_PASSWORD } from '../factories/school.factory';
import { statementsOf } from '../support/statement-count';
import { linkIn, startTestApp, TestApp } from '../support/test-app';

// argon2 as it is, with its verify() observed: the test counts which hashes a login verifies.
jest.mock('argon2', () => {
  const actual = jest.requireActual('argon2');
  return { ...actual, verify: jest.fn((hash: string, password: string) => actual.verify(hash, password)) };
});
const verify = argon2.verify as unknown as jest.Mock;

/** OWASP's argon2id parameters, as they appear at the start of a PHC string. */
const ARGON2ID = /^\$argon2id\$v=19\$m=19456,p=1,t=2\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;
const MAX_FAILURES = 3;
const WINDOW_MINUTES = 15;

describe('authentication hardening (ASVS: credentials, sessions, one-time links)', () => {
  let t: TestApp;
  let school: School;
  let admin: Account;
  let ipCounter = 0;
  /** A client address of its own (TRUST_PROXY lets the loopback proxy name it), so that tests do not share an IP counter. */
  const newIp = () => `203.0.113.${++ipCounter}`;
  const login = (email: string, password: string, ip: string) =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });
  const staff = () => createAccount(t.db.admin, school, Role.Staff);
  const storedHash = async (id: string): Promise<string> =>
    (await t.db.admin.query(`SELECT password_hash FROM accounts WHERE id = $1`, [id]))[0].password_hash;
  /** The link of the latest e-mail to `email` once it differs from `previous` (the worker delivers asynchronously). */
  const newLink = async (email: string, kind: 'invitation' | 'reinitialiser', previous?: string) => {
    for (let i = 0; i < 50; i++) {
      const token = linkIn(await t.delivered(email, kind === 'invitation' ? /Activez/ : /Réinitialisation/), kind);
      if (token !== previous) return token;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no new ${kind} link for ${email}`);
  };
  /** Median time of `call` for unknown e-mails over its median for `known` accounts, interleaved. */
  const timingRatio = async (known: Account[], call: (email: string) => Promise<{ status: number }>, status: number) => {
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      expect((await call(email)).status).toBe(status);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const unknownTimes: number[] = [];
    const knownTimes: number[] = [];
    for (const [i, account] of known.entries()) {
      unknownTimes.push(await time(`nobody-${i}-${Date.now()}@nowhere.fr`));
      knownTimes.push(await time(account.email));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    return median(unknownTimes) / median(knownTimes);
  };
  const invite = async () => {
    const email = `invitee-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.cqp.local`;
    const created = await (await t.login(admin.email)).post('/api/v1/users').send({ email, fullName: 'Invitée', role: 'trainer' });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, token: await newLink(email, 'invitation') };
  };
  const askReset = async (user: Account, previous?: string) => {
    await t.http().post('/api/v1/auth/password-reset').send({ email: user.email }).expect(202);
    return newLink(user.email, 'reinitialiser', previous);
  };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: MAX_FAILURES, LOGIN_WINDOW_MINUTES: WINDOW_MINUTES, TRUST_PROXY: 'loopback' });
    school = await createSchool(t.db.admin);
    admin = await createAccount(t.db.admin, school, Role.SchoolAdmin);
  });
  afterAll(() => t.close());

  describe('throttling', () => {
    it('refuses an e-mail after its failures, whichever addresses they came from, and only that e-mail', async () => {
      const victim = await staff();
      for (let i = 0; i < MAX_FAILURES; i++) expect((await login(victim.email, 'wrong-password-guess', newIp())).status).toBe(401);
      const blocked = await login(victim.email, TEST_PASSWORD, newIp());
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/Réessayez dans 15 minute/) });
      // Not checked: no password was tried, so the count does not grow and the right password cannot be confirmed.
      verify.mockClear();
      await login(victim.email, TEST_PASSWORD, newIp());
      expect(verify).not.toHaveBeenCalled();
      expect((await login((await staff()).email, TEST_PASSWORD, newIp())).status).toBe(200);
    });

    it('refuses an address after 10 × the limit of failures spread over many e-mails, and only that address', async () => {
      const ip = newIp();
      for (let i = 0; i < MAX_FAILURES * 10; i++) {
        expect((await login(`spray-${i}-${Date.now()}@nowhere.fr`, 'password-spraying', ip)).status).toBe(401);
      }
      const user = await staff();
      expect((await login(user.email, TEST_PASSWORD, ip)).status).toBe(429);
      expect((await login(user.email, TEST_PASSWORD, newIp())).status).toBe(200);
    });

    it('counts within the configured window, and lets the e-mail in again once it has passed', async () => {
      const victim = await staff();
      for (let i = 0; i < MAX_FAILURES; i++) await login(victim.email, 'wrong-password-guess', newIp());
      expect((await login(victim.email, TEST_PASSWORD, newIp())).status).toBe(429);

      const redis = t.api.get<Redis>(REDIS);
      const key = `${t.config.QUEUE_PREFIX}:login-fail:email:${victim.email}`;
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(WINDOW_MINUTES * 60 - 30);
      expect(ttl).toBeLessThanOrEqual(WINDOW_MINUTES * 60);
      await redis.pexpire(key, 1); // the window has passed
      await new Promise((r) => setTimeout(r, 20));
      expect((await login(victim.email, TEST_PASSWORD, newIp())).status).toBe(200);
    });
  });

  describe('the same answer and the same work for every failed login', () => {
    it('verifies one argon2id hash of the same cost whether the account is unknown, invited, disabled or given a wrong password', async () => {
      const invited = await createAccount(t.db.admin, school, Role.Trainer, { status: AccountStatus.Invited });
      await t.db.admin.update(Account, { id: invited.id }, { passwordHash: null });
      const disabled = await createAccount(t.db.admin, school, Role.Trainer, { status: AccountStatus.Disabled });
      const cases = {
        unknown: [`ghost-${Date.now()}@nowhere.fr`, TEST_PASSWORD],
        wrongPassword: [(await staff()).email, 'wrong-password-guess'],
        invitedNoPassword: [invited.email, TEST_PASSWORD],
        disabledRightPassword: [disabled.email, TEST_PASSWORD],
      };
      const answers: Record<string, unknown> = {};
      for (const [name, [email, password]] of Object.entries(cases)) {
        verify.mockClear();
        const res = await login(email, password, newIp());
        answers[name] = {
          status: res.status,
          body: res.body,
          cookie: res.headers['set-cookie'] ?? null,
          length: res.headers['content-length'],
          verified: verify.mock.calls.map(([hash]) => ARGON2ID.test(hash)),
        };
      }
      const same = {
        status: 401,
        body: { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'E-mail ou mot de passe incorrect.' },
        cookie: null,
        length: expect.any(String),
        verified: [true],
      };
      expect(answers).toEqual({ unknown: same, wrongPassword: same, invitedNoPassword: same, disabledRightPassword: same });
      expect(new Set(Object.values(answers).map((a) => (a as { length: string }).length)).size).toBe(1);
    });

    it('takes as long for an unknown e-mail as for a wrong password (no timing branch to enumerate accounts)', async () => {
      const known = await Promise.all(Array.from({ length: 6 }, () => staff()));
      const ratio = await timingRatio(known, (email) => login(email, 'wrong-password-guess', newIp()), 401);
      // An argon2id verification costs tens of milliseconds: without the dummy hash an unknown e-mail answers three to
      // ten times faster. The bound is loose for a busy machine, and still far from that.
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
    });

    it('answers a password-reset request for an unknown e-mail as for a known one, after the same work', async () => {
      const user = await staff();
      const ask = (email: string) =>
        statementsOf(() => t.api.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } }));
      const [unknown, known] = [await ask(`ghost-${Date.now()}@nowhere.fr`), await ask(user.email)];
      expect({ status: unknown.result.statusCode, body: unknown.result.body }).toEqual({ status: 202, body: '' });
      expect({ status: known.result.statusCode, body: known.result.body }).toEqual({ status: 202, body: '' });
      // The same SQL, none: the address is only handed to the worker. (Looking it up and issuing the link in the request
      // took one statement for an unknown address and seven for a known one.)
      expect(known.statements).toEqual(unknown.statements);
      expect(known.statements).toEqual([]);
      // The counter does see a request's statements: a login reads the account.
      const loginSql = await statementsOf(() =>
        t.api.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: 'wrong-password-guess' } }),
      );
      expect(loginSql.statements.length).toBeGreaterThan(0);
      await newLink(user.email, 'reinitialiser'); // and the known address does get its link, from the worker
    });
  });

  describe('sessions', () => {
    it('logout revokes the session in the database: its cookie gets 401 at once, another session of the account lives on', async () => {
      const user = await staff();
      const [first, second] = [await t.login(user.email), await t.login(user.email)];
      expect((await first.post('/api/v1/auth/logout')).status).toBe(204);
      expect((await first.get('/api/v1/auth/me')).status).toBe(401);
      expect((await second.get('/api/v1/auth/me')).status).toBe(200);
      const sessions = await t.db.admin.findBy(Session, { accountId: user.id });
      expect(sessions.map((s) => s.revokedAt !== null).sort()).toEqual([false, true]);
    });

    it('disabling revokes every session: the old cookies stay dead after the account is enabled again', async () => {
      const user = await staff();
      const sessions = [await t.login(user.email), await t.login(user.email)];
      const direction = await t.login(admin.email);
      await direction.post(`/api/v1/users/${user.id}/disable`).expect(200);
      for (const s of sessions) expect((await s.get('/api/v1/auth/me')).status).toBe(401);
      expect(await t.db.admin.countBy(Session, { accountId: user.id, revokedAt: IsNull() })).toBe(0);
      await direction.post(`/api/v1/users/${user.id}/enable`).expect(200);
      for (const s of sessions) expect((await s.get('/api/v1/auth/me')).status).toBe(401);
      expect((await (await t.login(user.email)).get('/api/v1/auth/me')).status).toBe(200);
    });

    it('ends a session at its expiry (SESSION_TTL_HOURS)', async () => {
      const user = await staff();
      const agent = await t.login(user.email);
      const [session] = await t.db.admin.findBy(Session, { accountId: user.id });
      const ttlHours = (session.expiresAt.getTime() - session.createdAt.getTime()) / 3600_000;
      expect(ttlHours).toBeCloseTo(t.config.SESSION_TTL_HOURS, 2);
      await t.db.admin.query(
        `UPDATE sessions SET created_at = created_at - make_interval(hours => $2), expires_at = expires_at - make_interval(hours => $2) WHERE id = $1`,
        [session.id, t.config.SESSION_TTL_HOURS],
      );
      expect((await agent.get('/api/v1/auth/me')).status).toBe(401);
    });
  });

  describe('one-time links', () => {
    const ttlMinutes = (purpose: TokenPurpose) =>
      purpose === TokenPurpose.Invitation ? t.config.INVITATION_TTL_HOURS * 60 : t.config.PASSWORD_RESET_TTL_MINUTES;
    /** Moves a link back in time by `minutes`, as if they had passed. */
    const age = (accountId: string, minutes: number) =>
      t.db.admin.query(
        `UPDATE account_tokens SET created_at = created_at - make_interval(mins => $2), expires_at = expires_at - make_interval(mins => $2)
          WHERE account_id = $1 AND used_at IS NULL`,
        [accountId, minutes],
      );
    it.each([TokenPurpose.Invitation, TokenPurpose.PasswordReset])('%s links live exactly the configured time', async (purpose) => {
      const user = await staff();
      const id = purpose === TokenPurpose.Invitation ? (await invite()).id : user.id;
      if (purpose === TokenPurpose.PasswordReset) await askReset(user);
      const row = await t.db.admin.findOneByOrFail(AccountToken, { accountId: id, purpose });
      expect((row.expiresAt.getTime() - row.createdAt.getTime()) / 60_000).toBeCloseTo(ttlMinutes(purpose), 1);
    });

    it('an invitation works a minute before its expiry and not once the configured time has passed', async () => {
      const early = await invite();
      await age(early.id, ttlMinutes(TokenPurpose.Invitation) - 1);
      expect((await t.http().get(`/api/v1/auth/invitations/${early.token}`)).status).toBe(200);

      const late = await invite();
      await age(late.id, ttlMinutes(TokenPurpose.Invitation));
      const refused = await t.http().post(`/api/v1/auth/invitations/${late.token}/accept`).send({ password: 'Un-mot-de-passe-solide' });
      expect(refused.status).toBe(410);
      expect(refused.body.code).toBe('TOKEN_EXPIRED');
      expect(await t.db.admin.findOneByOrFail(Account, { id: late.id })).toMatchObject({ status: AccountStatus.Invited });
    });

    it('a password reset link expires after the configured time and leaves the password as it was', async () => {
      const user = await staff();
      const token = await askReset(user);
      await age(user.id, ttlMinutes(TokenPurpose.PasswordReset));
      const refused = await t.http().post(`/api/v1/auth/password-reset/${token}`).send({ password: 'Nouveau-mot-de-passe-1' });
      expect(refused.status).toBe(410);
      expect(refused.body.code).toBe('TOKEN_EXPIRED');
      expect((await login(user.email, TEST_PASSWORD, newIp())).status).toBe(200);
    });

    it('a password reset link is used once, even by two requests at the same time; a newer link voids the older', async () => {
      const user = await staff();
      const first = await askReset(user);
      const second = await askReset(user, first);
      expect((await t.http().post(`/api/v1/auth/password-reset/${first}`).send({ password: 'Nouveau-mot-de-passe-1' })).body.code).toBe(
        'TOKEN_USED',
      );
      const both = await Promise.all(
        ['Nouveau-mot-de-passe-A', 'Nouveau-mot-de-passe-B'].map((password) =>
          t.http().post(`/api/v1/auth/password-reset/${second}`).send({ password }),
        ),
      );
      expect(both.map((r) => r.status).sort()).toEqual([204, 410]);
      const winner = both[0].status === 204 ? 'Nouveau-mot-de-passe-A' : 'Nouveau-mot-de-passe-B';
      const loser = winner.endsWith('A') ? 'Nouveau-mot-de-passe-B' : 'Nouveau-mot-de-passe-A';
      expect((await login(user.email, loser, newIp())).status).toBe(401);
      expect((await login(user.email, winner, newIp())).status).toBe(200);
    });
  });

  describe('password storage', () => {
    it('stores argon2id hashes with OWASP parameters and a random salt, set through an invitation and a reset, never shown', async () => {
      const invited = await invite();
      await t.http().post(`/api/v1/auth/invitations/${invited.token}/accept`).send({ password: 'Le-meme-mot-de-passe' }).expect(204);
      const reset = await staff();
      await t
        .http()
        .post(`/api/v1/auth/password-reset/${await askReset(reset)}`)
        .send({ password: 'Le-meme-mot-de-passe' })
        .expect(204);

      const [ha, hb] = [await storedHash(invited.id), await storedHash(reset.id)];
      for (const hash of [ha, hb]) {
        const [, salt, digest] = ARGON2ID.exec(hash) ?? [];
        expect(Buffer.from(salt, 'base64')).toHaveLength(16);
        expect(Buffer.from(digest, 'base64')).toHaveLength(32);
        expect(hash).not.toContain('Le-meme-mot-de-passe');
      }
      expect(ha).not.toBe(hb); // same password, different salts
      const shown = await (await t.login(admin.email)).get(`/api/v1/users/${invited.id}`);
      expect(shown.status).toBe(200);
      expect(JSON.stringify(shown.body)).not.toMatch(/argon2|password/i);
    });
  });
});

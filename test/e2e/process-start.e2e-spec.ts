import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { startTestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

const root = path.resolve(__dirname, '../..');
const API = path.join(root, 'dist/apps/api/src/main.js');
const WORKER = path.join(root, 'dist/apps/worker/src/main.js');

/** Starting a process (built by `npm run build`) with a service missing: one clear line, exit 1. */
function start(entry: string, env: Record<string, string>) {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const config = testConfig();
  const r = spawnSync(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      PORT: '0',
      WORKER_HEALTH_PORT: '0',
      ...env,
    },
    encoding: 'utf8',
    timeout: 20000,
  });
  return { status: r.status, lines: r.stderr.trim().split('\n').filter(Boolean) };
}

describe('starting a process when a service is missing', () => {
  it('names the PostgreSQL URL (without its password) and how to start it', () => {
    const r = start(API, { DATABASE_URL: 'postgres://cqp_app:secret@127.0.0.1:1/cqp' });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^PostgreSQL does not answer at postgres:\/\/cqp_app:\*\*\*@127\.0\.0\.1:1\/cqp: start it/);
  });

  it('says to run the setup when the database is not there yet', () => {
    const r = start(WORKER, { DATABASE_URL: 'postgres://cqp_app:cqp_app@127.0.0.1:5432/cqp_does_not_exist' });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/npm run db:setup/);
  });

  it('names the Redis URL and how to start it', () => {
    const r = start(WORKER, { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(/^Redis does not answer at redis:\/\/127\.0\.0\.1:1: start it/)]);
  });

  it('names a bad setting', () => {
    const r = start(API, { PORT: 'eighty' });
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(/PORT=NaN/)]);
  });
});

describe('command-line tools', () => {
  const run = (script: string, args: string[], env: Record<string, string>) => {
    const config = testConfig();
    return spawnSync(process.execPath, [path.join(root, 'dist/apps/api/src', script), ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: config.DATABASE_URL,
        DATABASE_ADMIN_URL: config.DATABASE_ADMIN_URL,
        DATABASE_OWNER_URL: config.DATABASE_OWNER_URL,
        ...env,
      },
      encoding: 'utf8',
      timeout: 20000,
    });
  };

  it('refuses the demo seed (known passwords) in production unless explicitly asked', () => {
    const r = run('seed.cli.js', [], { NODE_ENV: 'production' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Demo seed skipped/);
  });

  it('invites the first platform administrator with a one-time link, and no known password', async () => {
    const email = `first-admin-${Date.now()}@example.fr`;
    const r = run('platform-admin.cli.js', [email, 'Première Administratrice'], { PUBLIC_URL: 'https://cqp.example.fr' });
    expect(r.status).toBe(0);
    const token = r.stdout.match(/https:\/\/cqp\.example\.fr\/invitation\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeDefined();
    const t = await startTestApp();
    try {
      await t.http().post(`/api/v1/auth/invitations/${token}/accept`).send({ password: 'Mot-de-passe-plateforme' }).expect(204);
      const me = await (await t.login(email, 'Mot-de-passe-plateforme')).get('/api/v1/auth/me');
      expect(me.body).toMatchObject({ role: 'platform_admin', schoolId: null });
    } finally {
      await t.close();
    }
  });
});

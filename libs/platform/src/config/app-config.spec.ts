import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('works with nothing set, on the local PostgreSQL, Redis, ./storage and the outbox', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBe('postgres://cqp_app:cqp_app@127.0.0.1:5432/cqp');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.STORAGE_DRIVER).toBe('local');
    expect(c.STORAGE_DIR).toBe('./storage');
    expect(c.MAIL_DRIVER).toBe('outbox');
    expect(c.PORT).toBe(3000);
  });

  it('converts numbers and booleans from the environment', () => {
    const c = loadConfig({ PORT: '8080', COOKIE_SECURE: 'true', SESSION_TTL_HOURS: '2' });
    expect(c).toMatchObject({ PORT: 8080, COOKIE_SECURE: true, SESSION_TTL_HOURS: 2 });
  });

  it('refuses bad values, naming each variable', () => {
    expect(() => loadConfig({ PORT: 'abc', MAIL_DRIVER: 'pigeon' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc', MAIL_DRIVER: 'pigeon' })).toThrow(/PORT=NaN.*MAIL_DRIVER=pigeon|MAIL_DRIVER=pigeon.*PORT=NaN/);
  });

  it('asks for the settings a driver needs', () => {
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ MAIL_DRIVER: 'smtp' })).toThrow(/SMTP_URL/);
    expect(loadConfig({ MAIL_DRIVER: 'smtp', SMTP_URL: 'smtp://localhost:25' }).MAIL_DRIVER).toBe('smtp');
  });

  it('ignores unrelated variables and empty strings', () => {
    expect(loadConfig({ PATH: '/bin', PORT: '' }).PORT).toBe(3000);
  });
});

describe('.env.example', () => {
  it('documents every setting, and only those', () => {
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const documented = readFileSync(`${__dirname}/../../../../.env.example`, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => line.split('=')[0]);
    expect(documented.sort()).toEqual(Object.keys(loadConfig({})).sort());
  });
});

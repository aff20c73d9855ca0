import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import request from 'supertest';
import { AppConfig, OutboxMessage } from '@app/platform';
import { DEMO_PASSWORD, DEMO_SCHOOL, seedDemo } from '@app/platform/demo/demo-seed';
import { dropDatabase, setupDatabase } from '@app/platform/database/database-setup';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { DEMO_EXTENSIONS } from '../../apps/api/src/demo-extensions';
import { candidateForm } from '../factories/application.factory';
import { jpeg, pdf, png } from '../fixtures/files';
import { rowCounts, tableChecksums, tenantTables } from '../support/catalogue';
import { startTestApp } from '../support/test-app';
import { configFor, testDatabaseName } from '../support/test-config';

const run = promisify(execFile);
const script = (name: string) => path.resolve(__dirname, '../../scripts', name);

/** The sha256 of every file under `root`, by path relative to it. */
function checksumsOf(root: string): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    sums[path.relative(root, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return sums;
}

/** Runs `fn` with a client of the admin role (BYPASSRLS: every school's rows) on the database of `config`. */
async function asAdmin<T>(config: AppConfig, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: config.DATABASE_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The catalogue a restore must bring back: forced RLS and policies, triggers, owners, the application role's grants. */
const SECURITY_CATALOGUE = `SELECT
  (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relforcerowsecurity)::int AS forced,
  (SELECT json_agg(x ORDER BY x) FROM (SELECT polname || ' ' || polrelid::regclass || ' ' || pg_get_expr(polqual, polrelid) AS x FROM pg_policy) p) AS policies,
  (SELECT json_agg(x ORDER BY x) FROM (SELECT tgname || ' ' || tgrelid::regclass AS x FROM pg_trigger WHERE NOT tgisinternal) t) AS triggers,
  (SELECT json_agg(DISTINCT pg_get_userbyid(relowner)) FROM pg_class WHERE relnamespace = 'public'::regnamespace) AS owners,
  (SELECT json_agg(x ORDER BY x) FROM (SELECT relname || ' ' || coalesce(relacl::text, '') AS x
     FROM pg_class WHERE relnamespace = 'public'::regnamespace) g) AS grants`;

describe('backups: scripts/backup.sh and scripts/restore.sh', () => {
  const source = configFor(`${testDatabaseName()}_backup_src`);
  const restored = configFor(`${testDatabaseName()}_backup_dst`);
  const backupRoot = mkdtempSync(path.join(tmpdir(), 'cqp-backups-'));
  const envOf = (c: AppConfig) => ({
    ...process.env,
    DATABASE_URL: c.DATABASE_URL,
    DATABASE_ADMIN_URL: c.DATABASE_ADMIN_URL,
    DATABASE_OWNER_URL: c.DATABASE_OWNER_URL,
    DATABASE_SUPERUSER_URL: c.DATABASE_SUPERUSER_URL,
    STORAGE_DRIVER: 'local',
    STORAGE_DIR: c.STORAGE_DIR,
  });
  const uploads = [
    { kind: 'cv', bytes: pdf('CV de la candidate'), type: 'application/pdf' },
    { kind: 'diploma', bytes: png(['diplôme']), type: 'image/png' },
    { kind: 'cv', bytes: pdf('Un autre CV'), type: 'application/pdf' },
    { kind: 'diploma', bytes: jpeg('diplôme numérisé'), type: 'image/jpeg' },
  ];
  let backup: string;

  beforeAll(async () => {
    await setupDatabase(source);
    await seedDemo(source, DEMO_EXTENSIONS);
    // Documents uploaded as candidates do, through the API, into the source's storage folder.
    const t = await startTestApp({
      DATABASE_URL: source.DATABASE_URL,
      DATABASE_ADMIN_URL: source.DATABASE_ADMIN_URL,
      DATABASE_OWNER_URL: source.DATABASE_OWNER_URL,
      STORAGE_DIR: source.STORAGE_DIR,
    });
    try {
      const [intake] = (await t.http().get(`/api/v1/public/schools/${DEMO_SCHOOL.slug}/intakes`).expect(200)).body;
      // Two candidates, two documents each.
      for (const files of [uploads.slice(0, 2), uploads.slice(2)]) {
        const form = candidateForm(DEMO_SCHOOL.slug, intake.cohortId);
        const applied = await t.http().post('/api/v1/public/applications').send(form);
        expect(applied.status).toBe(201);
        const mail = await t.db.admin.findOneByOrFail(OutboxMessage, { to: form.email });
        const token = /\/candidature\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
        for (const upload of files) {
          await t
            .http()
            .put(`/api/v1/public/applications/${token}/documents/${upload.kind}`)
            .set('content-type', upload.type)
            .send(upload.bytes)
            .expect(200);
        }
      }
    } finally {
      await t.close();
    }
    const { stdout } = await run('bash', [script('backup.sh'), backupRoot], { env: envOf(source) });
    backup = stdout.trim().split('\n').pop()!;
  }, 120_000);

  afterAll(async () => {
    for (const c of [source, restored]) {
      await dropDatabase(c, c.DATABASE_URL.split('/').pop()!);
      rmSync(c.STORAGE_DIR, { recursive: true, force: true });
    }
    rmSync(backupRoot, { recursive: true, force: true });
  });

  it('writes the dump, the documents and a manifest of rows per table and sha256 per document', async () => {
    expect(path.basename(backup)).toMatch(/^cqp-\d{8}T\d{6}Z$/);
    const manifestRows = Object.fromEntries(
      readFileSync(path.join(backup, 'rows.tsv'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.split('\t')[0], Number(line.split('\t')[1])]),
    );
    expect(manifestRows).toEqual(await asAdmin(source, rowCounts));
    const manifestDocs = Object.fromEntries(
      readFileSync(path.join(backup, 'documents.sha256'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(66).replace(/^\.\//, ''), line.slice(0, 64)]),
    );
    expect(manifestDocs).toEqual(checksumsOf(source.STORAGE_DIR));
    const keys = await asAdmin(source, async (c) => (await c.query(`SELECT storage_key FROM application_documents`)).rows);
    expect(keys).toHaveLength(uploads.length);
    for (const { storage_key } of keys) expect(manifestDocs[storage_key]).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(path.join(backup, 'manifest.txt'), 'utf8')).toMatch(/^tables \d+$/m);
  });

  it('restores into a fresh database and storage folder: every table has the same rows, every document the same bytes', async () => {
    await run('bash', [script('restore.sh'), backup], { env: envOf(restored) });
    const [before, after] = [await asAdmin(source, rowCounts), await asAdmin(restored, rowCounts)];
    expect(Object.keys(after).length).toBeGreaterThanOrEqual(44);
    expect(Object.values(after).reduce((a, b) => a + b, 0)).toBeGreaterThan(400);
    expect(after).toEqual(before);
    expect(await asAdmin(restored, tableChecksums)).toEqual(await asAdmin(source, tableChecksums));

    // The uploads, and the stored copies of the e-mails the worker sent.
    const documents = checksumsOf(source.STORAGE_DIR);
    expect(Object.keys(documents).filter((key) => key.startsWith('applications/'))).toHaveLength(uploads.length);
    expect(checksumsOf(restored.STORAGE_DIR)).toEqual(documents);

    // Still protected: forced RLS on every school-owned table, the same policies, triggers, owners and grants.
    const [was, is] = [
      await asAdmin(source, (c) => c.query(SECURITY_CATALOGUE)),
      await asAdmin(restored, (c) => c.query(SECURITY_CATALOGUE)),
    ];
    expect(is.rows[0]).toEqual(was.rows[0]);
    expect(is.rows[0].forced).toBeGreaterThanOrEqual((await asAdmin(restored, tenantTables)).length);
  });

  it('serves the restored school: the director logs in and opens the uploaded documents', async () => {
    const api = await createApiApp(restored);
    try {
      await api.getHttpAdapter().getInstance().ready();
      const agent = request.agent(api.getHttpServer());
      await agent.post('/api/v1/auth/login').send({ email: 'direction@demo.cqp.local', password: DEMO_PASSWORD }).expect(200);
      const docs = await asAdmin(restored, async (c) => (await c.query(`SELECT id, application_id FROM application_documents`)).rows);
      const served = [];
      for (const d of docs) {
        served.push((await agent.get(`/api/v1/applications/${d.application_id}/documents/${d.id}/file`).buffer(true).expect(200)).body);
      }
      const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');
      expect(served.map(digest).sort()).toEqual(uploads.map((u) => digest(u.bytes)).sort());
    } finally {
      await api.close();
    }
  });

  it('refuses to restore over an existing database', async () => {
    const again = run('bash', [script('restore.sh'), backup], {
      env: { ...envOf(restored), STORAGE_DIR: path.join(backupRoot, 'unused') },
    });
    await expect(again).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/already exists/) });
  });
});

/**
 * Concurrent uploads: 10 candidates each upload a 10 MB PDF to their application at the same time (the public,
 * unauthenticated route, streamed to storage); reports the time, the errors and the API's resident memory before and at
 * its peak (sampled every 50 ms from /proc). The applications are made through the public form first, their personal
 * links read from the outbox (MAIL_DRIVER=outbox, as `bash scripts/start.sh` runs).
 *   node dist/bench/uploads.js [uploads] [MB]      (against `bash scripts/start.sh`; env as bench/support/product.ts)
 * Env: BENCH_SCHOOL (slug, default demo): the school whose open intake the candidates apply to.
 */
import { randomBytes } from 'node:crypto';
import { rssMb, watchRss } from './support/load';
import { candidateForm } from '../test/factories/candidate-form';
import { apiPid, product, withAdminDb } from './support/product';

const UPLOADS = Number(process.argv[2] ?? 10);
const MEGABYTES = Number(process.argv[3] ?? 10);
const SCHOOL = process.env.BENCH_SCHOOL ?? 'demo';

/** A PDF of `bytes` bytes: a real header and trailer around random filler (the type is recognised from its bytes). */
function pdfOf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, randomBytes(bytes - head.length - tail.length), tail]);
}

/** Applies through the public form and returns the secret of the link e-mailed to the candidate. */
async function apply(cohortId: string, n: number, run: string): Promise<string> {
  const email = `bench.upload.${run}.${n}@example.fr`;
  const res = await fetch(`${product.base}/api/v1/public/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(candidateForm(SCHOOL, cohortId, { lastName: 'Mesure', firstName: `Envoi ${n}`, email })),
  });
  if (res.status !== 201) throw new Error(`apply: ${res.status} ${await res.text()}`);
  for (let i = 0; i < 100; i++) {
    const token = await withAdminDb(async (db) => {
      const { rows } = await db.query(`SELECT text FROM outbox_messages WHERE "to" = $1 ORDER BY created_at DESC LIMIT 1`, [email]);
      return (rows[0]?.text as string | undefined)?.match(/\/candidature\/([A-Za-z0-9_-]+)/)?.[1];
    });
    if (token) return token;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no link e-mailed to ${email}`);
}

async function main(): Promise<void> {
  const pid = apiPid();
  if (!pid) throw new Error('the API process was not found (set API_PID)');
  const cohortId = await withAdminDb(async (db) => {
    const { rows } = await db.query(
      `SELECT c.id FROM cohorts c JOIN schools s ON s.id = c.school_id WHERE s.slug = $1 AND c.applications_open ORDER BY c.start_date DESC LIMIT 1`,
      [SCHOOL],
    );
    return rows[0]?.id as string | undefined;
  });
  if (!cohortId) throw new Error(`no intake open for applications in the school ${SCHOOL}`);
  const run = randomBytes(3).toString('hex');
  const tokens = [];
  for (let n = 1; n <= UPLOADS; n++) tokens.push(await apply(cohortId, n, run));
  const body = pdfOf(MEGABYTES * 1_000_000);
  const upload = (token: string) =>
    fetch(`${product.base}/api/v1/public/applications/${token}/documents/cv`, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', 'x-file-name': 'cv.pdf' },
      body,
    });
  await upload(tokens[0]); // warm-up: the route, the storage and the parser loaded once
  await new Promise((r) => setTimeout(r, 1000));
  const before = Math.round(rssMb(pid) ?? 0);
  const stop = watchRss(pid);
  const started = Date.now();
  const answers = await Promise.all(tokens.map((t) => upload(t).then((r) => r.status)));
  const seconds = (Date.now() - started) / 1000;
  const peak = stop() ?? 0;
  console.table([
    {
      uploads: UPLOADS,
      'MB each': MEGABYTES,
      seconds,
      'MB/s': Math.round((UPLOADS * MEGABYTES) / seconds),
      errors: answers.filter((s) => s < 200 || s >= 300).length,
      'RSS before (MB)': before,
      'RSS peak (MB)': peak,
      'growth (MB)': peak - before,
    },
  ]);
  if (answers.some((s) => s < 200 || s >= 300)) console.log(`answers: ${answers.join(', ')}`);
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});

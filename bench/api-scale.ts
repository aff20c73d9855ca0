/**
 * Reads at national scale against the built product, started the way the README starts it (`bash scripts/start.sh`,
 * here on the scale dataset: `npm run seed:scale`), side by side with a bare Fastify + `pg` server running the same SQL
 * (bench/bare-server.ts, started by this script on the same database):
 *   - a trainee's progress (cycling over up to 200 trainees of the school), product and bare;
 *   - a cohort's dashboard (cycling over its cohorts of at least 20 trainees), product and bare;
 *   - the applications list, filtered and paginated.
 * Prints p50 / p95 / p99 latency, requests per second, errors and the peak resident memory of each server, and the
 * product's throughput as a share of the bare server's.
 *   node dist/bench/api-scale.js [baseUrl] [seconds] [connections] [warm-up seconds]
 * The warm-up (15 s by default, not measured) lets each server reach its steady state: on this 2-core machine a freshly
 * started API runs the first ~20 s of load at a third of its pace while V8 optimises its code.
 * Env (bench/support/product.ts): BENCH_EMAIL / BENCH_PASSWORD (a staff account of the school to read; default the demo's director),
 * DATABASE_URL and DATABASE_ADMIN_URL of the product's database, API_PID (found with pgrep when absent).
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { load, LoadResult } from './support/load';
import { apiPid, login, product, withAdminDb } from './support/product';

const base = process.argv[2] ?? product.base;
const duration = Number(process.argv[3] ?? 10);
const connections = Number(process.argv[4] ?? 20);
const warmup = Number(process.argv[5] ?? 15);
const { email, password } = product;
const BARE_PORT = 3190;

/** Trainees (those with the most attendance first) and cohorts of at least 20 trainees of the account's school. */
async function subjects(): Promise<{ trainees: string[]; cohorts: string[] }> {
  return withAdminDb(async (db) => {
    const [{ school_id: schoolId }] = (await db.query(`SELECT school_id FROM accounts WHERE email = $1`, [email])).rows;
    const trainees = await db.query(
      `SELECT t.id FROM trainees t WHERE t.school_id = $1 AND t.status = 'active'
        ORDER BY (SELECT count(*) FROM attendance_records r WHERE r.trainee_id = t.id) DESC, t.id LIMIT 200`,
      [schoolId],
    );
    const cohorts = await db.query(
      `SELECT c.id FROM cohorts c JOIN trainees t ON t.cohort_id = c.id AND t.status = 'active'
        WHERE c.school_id = $1 GROUP BY c.id HAVING count(*) >= 20 ORDER BY c.id LIMIT 50`,
      [schoolId],
    );
    return { trainees: trainees.rows.map((r) => r.id), cohorts: cohorts.rows.map((r) => r.id) };
  });
}

function startBare(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, 'bare-server.js'), String(BARE_PORT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
}

async function main(): Promise<void> {
  const cookie = await login(base, email, password);
  const { trainees, cohorts } = await subjects();
  if (trainees.length === 0 || cohorts.length === 0) throw new Error(`no trainees or no cohort of 20 in the school of ${email}`);
  const bare = await startBare();
  const pid = apiPid();
  const bareBase = `http://127.0.0.1:${BARE_PORT}`;
  const run = (name: string, url: string, paths: string[], serverPid: number | undefined) =>
    load(name, {
      base: url,
      path: paths[0],
      requests: paths.map((p) => ({ path: p, headers: { cookie } })),
      duration,
      warmup,
      connections,
      pid: serverPid,
    });
  const rows: LoadResult[] = [];
  try {
    const progress = trainees.map((id) => `/api/v1/trainees/${id}/progress`);
    const dashboard = cohorts.map((id) => `/api/v1/cohorts/${id}/dashboard`);
    rows.push(await run('progress (product)', base, progress, pid));
    rows.push(
      await run(
        'progress (bare)',
        bareBase,
        trainees.map((id) => `/progress/${id}`),
        bare.pid,
      ),
    );
    rows.push(await run('dashboard (product)', base, dashboard, pid));
    rows.push(
      await run(
        'dashboard (bare)',
        bareBase,
        cohorts.map((id) => `/dashboard/${id}`),
        bare.pid,
      ),
    );
    const lists = [1, 2, 3, 4].flatMap((page) => [
      `/api/v1/applications?page=${page}&pageSize=25&sort=createdAt&order=desc`,
      `/api/v1/applications?page=${page}&pageSize=25&status=submitted&sort=lastName&order=asc`,
      `/api/v1/applications?page=${page}&pageSize=25&q=ma&missingDocuments=true`,
    ]);
    rows.push(await run('applications list (filtered, paginated)', base, lists, pid));
  } finally {
    bare.kill();
  }
  console.log(
    `${base}, ${duration} s per line after ${warmup} s of warm-up, ${connections} connections; ${trainees.length} trainees, ${cohorts.length} cohorts`,
  );
  console.table(rows);
  const ratio = (product: string, reference: string) => {
    const a = rows.find((r) => r.name === product)!['req/s'];
    const b = rows.find((r) => r.name === reference)!['req/s'];
    return `${(a / b).toFixed(2)} × (${a} / ${b} req/s)`;
  };
  console.log(
    `Product / bare: progress ${ratio('progress (product)', 'progress (bare)')}, dashboard ${ratio('dashboard (product)', 'dashboard (bare)')}`,
  );
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});

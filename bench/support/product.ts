import { execSync } from 'node:child_process';
import { Client } from 'pg';

/** The running product the benchmarks measure (started with `bash scripts/start.sh`) and how to reach it. */
export const product = {
  base: process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:3000',
  email: process.env.BENCH_EMAIL ?? 'direction@demo.cqp.local',
  password: process.env.BENCH_PASSWORD ?? 'Demo-2026!cqp',
};

/** Logs in as `email` and returns the session cookie (`name=value`). */
export async function login(base = product.base, email = product.email, password = product.password): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login of ${email} failed: ${res.status} (is the product running on ${base}, the dataset seeded?)`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** Runs `work` with a connection of the admin role to the product's database (DATABASE_ADMIN_URL). */
export async function withAdminDb<T>(work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: process.env.DATABASE_ADMIN_URL ?? 'postgres://cqp_admin:cqp_admin@127.0.0.1:5432/cqp' });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** The pid of the built API (API_PID, else the first `dist/apps/api/src/main.js` process), for its memory. */
export function apiPid(): number | undefined {
  if (process.env.API_PID) return Number(process.env.API_PID);
  try {
    return Number(execSync(`pgrep -f 'dist/apps/api/src/main.js' | head -1`, { encoding: 'utf8' }).trim()) || undefined;
  } catch {
    return undefined;
  }
}

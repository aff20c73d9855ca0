#!/usr/bin/env node
/**
 * Throughput and latency of three reads on a running API (start it with `bash scripts/start.sh`):
 *   /api/health            no database
 *   /api/v1/auth/me        session lookup + one tenant transaction (set_config) + account read
 *   /api/v1/users          session lookup + tenant transaction + a page of 25 accounts under RLS
 * Usage: node bench/api-throughput.js [baseUrl] [seconds] [connections]
 * The load runs in this process; run the API in another (on 2 cores: one each).
 */
const autocannon = require('autocannon');

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const duration = Number(process.argv[3] ?? 10);
const connections = Number(process.argv[4] ?? 20);

async function login() {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'direction@demo.cqp.local', password: 'Demo-2026!cqp' }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} (is the demo seeded?)`);
  return res.headers.get('set-cookie').split(';')[0];
}

async function run(path, cookie) {
  const r = await autocannon({ url: `${base}${path}`, duration, connections, headers: cookie ? { cookie } : {} });
  const errors = r.non2xx + r.errors;
  return { path, 'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, errors };
}

(async () => {
  const cookie = await login();
  const rows = [];
  for (const [path, auth] of [['/api/health', false], ['/api/v1/auth/me', true], ['/api/v1/users?pageSize=25', true]]) {
    await run(path, auth ? cookie : undefined); // warm-up
    rows.push(await run(path, auth ? cookie : undefined));
  }
  console.table(rows);
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});

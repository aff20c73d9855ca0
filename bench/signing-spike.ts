/**
 * The 09:00 signing spike: 500 trainees of the school sign their attendance within 60 seconds (each once, at a random
 * moment of the minute), then the same 500 within 10 seconds. For the run, the benchmark gives each of those trainees'
 * cohorts a session starting now (signing window open) and each trainee a session cookie (rows written with the admin
 * role: logging 500 people in is not what is measured); trainees without an account get one. Reports p50 / p95 / p99,
 * errors and the API's peak memory; every trainee must end with exactly one signature per session.
 *   node dist/bench/signing-spike.js [trainees]      (against `bash scripts/start.sh`; env as bench/support/product.ts)
 */
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { quantile, watchRss } from './support/load';
import { apiPid, product, withAdminDb } from './support/product';

const TRAINEES = Number(process.argv[2] ?? 500);

interface Signer {
  traineeId: string;
  cookie: string;
  sessionIds: string[];
}

/** Trainees of the school with a session cookie each, and two sessions starting now per cohort (one per wave). */
async function prepare(db: Client): Promise<Signer[]> {
  const [{ school_id: schoolId }] = (await db.query(`SELECT school_id FROM accounts WHERE email = $1`, [product.email])).rows;
  const trainees: { id: string; cohort_id: string; account_id: string | null; email: string; name: string }[] = (
    await db.query(
      `SELECT t.id, t.cohort_id, t.account_id, t.email, t.first_name || ' ' || t.last_name AS name
         FROM trainees t JOIN cohorts c ON c.id = t.cohort_id
        WHERE t.school_id = $1 AND t.status = 'active' ORDER BY c.start_date DESC, t.id LIMIT $2`,
      [schoolId, TRAINEES],
    )
  ).rows;
  if (trainees.length < TRAINEES) throw new Error(`only ${trainees.length} active trainees in the school of ${product.email}`);
  for (const t of trainees.filter((x) => !x.account_id)) {
    const [{ id }] = (
      await db.query(
        `INSERT INTO accounts (school_id, email, full_name, role, status) VALUES ($1, $2, $3, 'trainee', 'active')
         ON CONFLICT (email) DO UPDATE SET status = 'active' RETURNING id`,
        [schoolId, `signature.${t.id}@bench.cqp.local`, t.name],
      )
    ).rows;
    await db.query(`UPDATE trainees SET account_id = $2 WHERE id = $1`, [t.id, id]);
    t.account_id = id;
  }
  const sessions = new Map<string, string[]>();
  for (const cohortId of new Set(trainees.map((t) => t.cohort_id))) {
    const ids: string[] = [];
    for (let wave = 0; wave < 2; wave++) {
      const { rows } = await db.query(
        `INSERT INTO course_sessions (school_id, cohort_id, block_id, date, start_time, end_time, starts_at, ends_at, minutes)
         SELECT $1, c.id, b.id, (now() AT TIME ZONE 'Europe/Paris')::date,
                to_char(now() AT TIME ZONE 'Europe/Paris', 'HH24:MI'), to_char((now() + interval '3 hours') AT TIME ZONE 'Europe/Paris', 'HH24:MI'),
                now(), now() + interval '3 hours', 180
           FROM cohorts c JOIN referential_blocks b ON b.version_id = c.version_id
          WHERE c.id = $2 ORDER BY b.position LIMIT 1 RETURNING id`,
        [schoolId, cohortId],
      );
      ids.push(rows[0].id);
    }
    sessions.set(cohortId, ids);
  }
  const signers: Signer[] = [];
  for (const t of trainees) {
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `INSERT INTO sessions (account_id, school_id, token_hash, last_seen_at, expires_at) VALUES ($1, $2, $3, now(), now() + interval '1 day')`,
      [t.account_id, schoolId, createHash('sha256').update(token).digest('hex')],
    );
    signers.push({ traineeId: t.id, cookie: `cqp_session=${token}`, sessionIds: sessions.get(t.cohort_id)! });
  }
  return signers;
}

/** Every signer signs session `wave` once, at a random moment within `seconds`; latency of each answer. */
async function wave(signers: Signer[], index: number, seconds: number, pid: number | undefined) {
  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  const stop = watchRss(pid);
  const started = Date.now();
  await Promise.all(
    signers.map(async (s) => {
      await new Promise((r) => setTimeout(r, Math.random() * seconds * 1000));
      const t0 = performance.now();
      const res = await fetch(`${product.base}/api/v1/me/sessions/${s.sessionIds[index]}/sign`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'user-agent': 'bench-signing-spike' },
      }).catch(() => null);
      latencies.push(performance.now() - t0);
      const status = res ? String(res.status) : 'no answer';
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      await res?.arrayBuffer();
    }),
  );
  const peak = stop();
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name: `${signers.length} signatures within ${seconds} s`,
    'req/s': Math.round(signers.length / ((Date.now() - started) / 1000)),
    'p50 ms': round(quantile(latencies, 0.5)),
    'p95 ms': round(quantile(latencies, 0.95)),
    'p99 ms': round(quantile(latencies, 0.99)),
    requests: signers.length,
    errors: [...statuses].filter(([status]) => !/^2/.test(status)).reduce((sum, [, n]) => sum + n, 0),
    answers: [...statuses].map(([status, n]) => `${status}×${n}`).join(' '),
    'peak RSS MB': peak,
  };
}

async function main(): Promise<void> {
  const signers = await withAdminDb(prepare);
  const pid = apiPid();
  const rows = [await wave(signers, 0, 60, pid), await wave(signers, 1, 10, pid)];
  const signatures = await withAdminDb(async (db) => {
    const { rows: counts } = await db.query(
      `SELECT count(*)::int AS lines, count(signed_at)::int AS signed FROM attendance_records WHERE session_id = ANY($1)`,
      [[...new Set(signers.flatMap((s) => s.sessionIds))]],
    );
    return counts[0] as { lines: number; signed: number };
  });
  console.table(rows);
  console.log(`${signatures.signed} signatures on ${signatures.lines} lines (expected ${signers.length * 2})`);
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});

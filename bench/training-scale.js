#!/usr/bin/env node
/**
 * Progress and cohort-dashboard endpoints on a school at national scale: 500 trainees in 20 cohorts,
 * 200 sessions per cohort, 100,000 attendance records (seeded once, idempotently, in SQL).
 *   node bench/training-scale.js [baseUrl] [seconds] [connections]
 * Run against a running API (bash scripts/start.sh) on the same database (DATABASE_ADMIN_URL).
 */
const { Client } = require('pg');
const argon2 = require('argon2');
const autocannon = require('autocannon');

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const duration = Number(process.argv[3] ?? 10);
const connections = Number(process.argv[4] ?? 10);
const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://cqp_admin:cqp_admin@127.0.0.1:5432/cqp';
const PASSWORD = 'Bench-2026!scale';
const COHORTS = 20;
const PER_COHORT = 25;
const SESSIONS = 200;

async function seed(db) {
  const existing = await db.query(`SELECT id FROM schools WHERE slug = 'bench-scale'`);
  if (existing.rowCount) return existing.rows[0].id;
  const started = Date.now();
  await db.query('BEGIN');
  const [{ id: schoolId }] = (await db.query(`INSERT INTO schools (name, slug) VALUES ('École de mesure (500 stagiaires)', 'bench-scale') RETURNING id`)).rows;
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  await db.query(`INSERT INTO accounts (school_id, email, full_name, role, status, password_hash) VALUES ($1, 'bench-staff@bench.cqp.local', 'Mesure', 'staff', 'active', $2)`, [schoolId, hash]);
  const [{ id: versionId }] = (await db.query(`SELECT id FROM certification_versions WHERE code = 'RNCP40913'`)).rows;
  await db.query(
    `INSERT INTO cohorts (school_id, name, version_id, format, start_date, end_date, capacity, place, ical_token)
     SELECT $1, 'Promotion ' || c, $2, 'presentiel', current_date - 400, current_date + 100, 30, 'Lyon', 'bench-' || c || '-' || md5(random()::text)
     FROM generate_series(1, ${COHORTS}) c`,
    [schoolId, versionId],
  );
  await db.query(
    `WITH people AS (
       SELECT co.id AS cohort_id, n, 'bench-' || co.name || '-' || n AS tag FROM cohorts co, generate_series(1, ${PER_COHORT}) n WHERE co.school_id = $1),
     acc AS (
       INSERT INTO accounts (school_id, email, full_name, role, status)
       SELECT $1, replace(lower(tag), ' ', '') || '@bench.cqp.local', 'Stagiaire ' || n, 'trainee', 'active' FROM people RETURNING id, email)
     INSERT INTO trainees (school_id, cohort_id, account_id, last_name, first_name, email, joined_on, ical_token)
     SELECT $1, p.cohort_id, acc.id, 'Nom' || p.n, 'Prénom', acc.email, current_date - 400, md5(acc.id::text || random()::text)
     FROM people p JOIN acc ON acc.email = replace(lower(p.tag), ' ', '') || '@bench.cqp.local'`,
    [schoolId],
  );
  await db.query(
    `INSERT INTO course_sessions (school_id, cohort_id, block_id, date, start_time, end_time, starts_at, ends_at, minutes)
     SELECT $1, co.id, b.id, d::date, '09:00', '10:30', d + time '09:00', d + time '10:30', 90
     FROM cohorts co
     CROSS JOIN generate_series(1, ${SESSIONS}) s
     CROSS JOIN LATERAL (SELECT (current_date - 390 + s * 2)::timestamp AS d) day
     JOIN LATERAL (SELECT id FROM referential_blocks WHERE version_id = $2 AND kind = 'competency' ORDER BY position OFFSET (s % 4) LIMIT 1) b ON true
     WHERE co.school_id = $1`,
    [schoolId, versionId],
  );
  await db.query(
    `INSERT INTO attendance_records (school_id, session_id, trainee_id, status, signed_at, recorded_at)
     SELECT $1, s.id, t.id,
            (CASE WHEN random() < 0.06 THEN 'absent' WHEN random() < 0.04 THEN 'excused' ELSE 'present' END)::attendance_status,
            s.starts_at, s.ends_at
     FROM course_sessions s JOIN trainees t ON t.cohort_id = s.cohort_id WHERE s.school_id = $1`,
    [schoolId],
  );
  await db.query('COMMIT');
  await db.query('ANALYZE');
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return schoolId;
}

async function login() {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench-staff@bench.cqp.local', password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

async function run(name, path, cookie) {
  await autocannon({ url: `${base}${path}`, duration: 3, connections, headers: { cookie } });
  const r = await autocannon({ url: `${base}${path}`, duration, connections, headers: { cookie } });
  return { endpoint: name, 'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, errors: r.non2xx + r.errors };
}

(async () => {
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const schoolId = await seed(db);
    const counts = (
      await db.query(
        `SELECT (SELECT count(*) FROM trainees WHERE school_id = $1)::int AS trainees, (SELECT count(*) FROM attendance_records WHERE school_id = $1)::int AS records`,
        [schoolId],
      )
    ).rows[0];
    const [{ trainee_id, cohort_id }] = (await db.query(`SELECT id AS trainee_id, cohort_id FROM trainees WHERE school_id = $1 ORDER BY id LIMIT 1`, [schoolId])).rows;
    console.log(`School: ${counts.trainees} trainees, ${counts.records} attendance records`);
    const cookie = await login();
    console.table([
      await run(`progress (1 trainee, ${SESSIONS} sessions)`, `/api/v1/trainees/${trainee_id}/progress`, cookie),
      await run(`dashboard (${PER_COHORT} trainees × ${SESSIONS} sessions)`, `/api/v1/cohorts/${cohort_id}/dashboard`, cookie),
    ]);
  } finally {
    await db.end();
  }
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});

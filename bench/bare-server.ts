/**
 * The benchmark's reference: a bare Fastify + `pg` server answering a trainee's progress and a cohort's dashboard with
 * the same SQL statements as the product (the session lookup, the tenant transaction with `set_config`, and the
 * ledger's statements imported from libs/training/src/progress/progress.sql.ts), returning the rows as they come —
 * no framework, no ORM, no rules. bench/api-scale.ts compares the product's throughput with this one's.
 *   node dist/bench/bare-server.js <port>      (DATABASE_URL: the application role, as the product)
 */
import Fastify from 'fastify';
import { Pool, PoolClient } from 'pg';
import { SESSION_COOKIE } from '@app/platform/auth/auth.guard';
import { hashToken } from '@app/platform/auth/secrets';
import { ATTENDANCE_GROUPS_SQL, COHORT_TRAINEES_SQL, EXEMPTIONS_SQL, SESSION_TOTALS_SQL } from '@app/training/progress/progress.sql';

const SESSION_SQL = `SELECT s.id AS session_id, s.last_seen_at, a.id AS account_id, a.school_id, a.role, a.email
  FROM sessions s JOIN accounts a ON a.id = s.account_id
 WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.status = $2`;
const TRAINEE_SQL = `SELECT id, school_id, cohort_id, account_id, last_name, first_name, email, phone, joined_on, status, ical_token, created_at
  FROM trainees WHERE id = $1 LIMIT 1`;
const COHORT_SQL = `SELECT id, school_id, name, version_id, format, start_date, end_date, capacity, place, applications_open, ical_token,
       created_at, updated_at FROM cohorts WHERE id = $1`;
const OVERRIDES_SQL = `SELECT school_id, version_id, key, value, updated_by, updated_at FROM school_rule_overrides WHERE version_id = $1`;

// As the product: sessions are looked up with the admin role (before any tenant is known), the rest in the tenant's
// transaction with the application role (row-level security).
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const admin = new Pool({ connectionString: process.env.DATABASE_ADMIN_URL, max: 10 });

class HttpError extends Error {
  constructor(readonly status: number) {
    super(String(status));
  }
}

/** The caller's school from the session cookie, then `work` in that school's tenant transaction. */
async function inTenant<T>(cookie: string | undefined, work: (db: PoolClient) => Promise<T>): Promise<T> {
  const token = new RegExp(`(?:^|; )${SESSION_COOKIE}=([^;]+)`).exec(cookie ?? '')?.[1];
  if (!token) throw new HttpError(401);
  const [session] = (await admin.query(SESSION_SQL, [hashToken(decodeURIComponent(token)), 'active'])).rows;
  if (!session) throw new HttpError(401);
  const db = await pool.connect();
  try {
    await db.query('START TRANSACTION');
    try {
      await db.query(`SELECT set_config('app.school_id', $1, true)`, [session.school_id]);
      const result = await work(db);
      await db.query('COMMIT');
      return result;
    } catch (err) {
      await db.query('ROLLBACK');
      throw err;
    }
  } finally {
    db.release();
  }
}

async function one(db: PoolClient, sql: string, params: unknown[]): Promise<Record<string, unknown>> {
  const [row] = (await db.query(sql, params)).rows;
  if (!row) throw new HttpError(404);
  return row;
}

const app = Fastify();
app.setErrorHandler((err, _req, reply) => void reply.code(err instanceof HttpError ? err.status : 500).send({ error: String(err) }));

app.get<{ Params: { id: string } }>('/progress/:id', (req) =>
  inTenant(req.headers.cookie, async (db) => {
    const trainee = await one(db, TRAINEE_SQL, [req.params.id]);
    const cohort = await one(db, COHORT_SQL, [trainee.cohort_id]);
    const overrides = (await db.query(OVERRIDES_SQL, [cohort.version_id])).rows;
    const sessions = (await db.query(SESSION_TOTALS_SQL, [[cohort.id]])).rows;
    const exemptions = (await db.query(EXEMPTIONS_SQL, [[trainee.id]])).rows;
    const groups = (await db.query(ATTENDANCE_GROUPS_SQL, [[cohort.id], [trainee.id]])).rows;
    return { trainee, cohort, overrides, sessions, exemptions, groups };
  }),
);

app.get<{ Params: { id: string } }>('/dashboard/:id', (req) =>
  inTenant(req.headers.cookie, async (db) => {
    const cohort = await one(db, COHORT_SQL, [req.params.id]);
    const overrides = (await db.query(OVERRIDES_SQL, [cohort.version_id])).rows;
    const sessions = (await db.query(SESSION_TOTALS_SQL, [[cohort.id]])).rows;
    const trainees = (await db.query(COHORT_TRAINEES_SQL, [cohort.id])).rows;
    const exemptions = (await db.query(EXEMPTIONS_SQL, [trainees.map((t: { id: string }) => t.id)])).rows;
    const groups = (await db.query(ATTENDANCE_GROUPS_SQL, [[cohort.id], null])).rows;
    return { cohort, overrides, sessions, trainees, exemptions, groups };
  }),
);

app.listen({ port: Number(process.argv[2] ?? 3190), host: '127.0.0.1' }).then(
  (address) => console.log(`bare server on ${address}`),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);

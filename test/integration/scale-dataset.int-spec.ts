import { createHash } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { dropDatabase, setupDatabase } from '@app/platform/database/database-setup';
import { isSiret } from '@app/platform/schools/identifiers';
import { isRpps } from '@app/internship/rules/identifiers.rules';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { BENCH_PASSWORD, SCALE_TABLES, ScaleReport, seedScaleDataset } from '../../apps/api/src/scale/scale-dataset';
import { ScaleKeys } from '../../apps/api/src/scale/scale-keys';
import { ScaleOptions } from '../../apps/api/src/scale/scale-options';
import { configFor, testDatabaseName } from '../support/test-config';

const OPTIONS: ScaleOptions = { schools: 2, trainees: 120, years: 2, seed: 4242, today: '2026-11-30' };

/** Rules every generated row must keep (what the API's own checks would have refused), as queries counting violations. */
const INVARIANTS: Record<string, string> = {
  'trainer teaching two sessions at once': `SELECT count(*) FROM course_sessions a JOIN course_sessions b
      ON a.trainer_id = b.trainer_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at`,
  'session outside its cohort’s dates': `SELECT count(*) FROM course_sessions s JOIN cohorts c ON c.id = s.cohort_id
      WHERE s.date NOT BETWEEN c.start_date AND c.end_date`,
  'record of another school than its session or trainee': `SELECT count(*) FROM attendance_records r
      JOIN course_sessions s ON s.id = r.session_id JOIN trainees t ON t.id = r.trainee_id
      WHERE r.school_id <> s.school_id OR r.school_id <> t.school_id OR s.cohort_id <> t.cohort_id`,
  'record of a session not ended, or from before the trainee joined': `SELECT count(*) FROM attendance_records r
      JOIN course_sessions s ON s.id = r.session_id JOIN trainees t ON t.id = r.trainee_id
      WHERE s.ends_at >= timestamptz '2026-11-30 00:00 Europe/Paris' OR s.date < t.joined_on`,
  'signature outside the signing window': `SELECT count(*) FROM attendance_records r JOIN course_sessions s ON s.id = r.session_id
      WHERE r.signed_at NOT BETWEEN s.starts_at - interval '15 minutes' AND s.ends_at + interval '30 minutes'`,
  'placement outside its cohort or over its site’s capacity': `SELECT count(*) FROM placements p
      JOIN trainees t ON t.id = p.trainee_id JOIN cohorts c ON c.id = t.cohort_id JOIN host_sites h ON h.id = p.host_site_id
      WHERE p.start_on < c.start_date OR p.end_on > c.end_date OR p.school_id <> h.school_id
         OR (SELECT count(*) FROM placements o WHERE o.host_site_id = p.host_site_id AND o.start_on <= p.end_on AND p.start_on <= o.end_on) > h.capacity`,
  'BC04 validated without an AFGSU valid on the jury date': `SELECT count(*) FROM jury_decisions d
      JOIN referential_blocks b ON b.id = d.block_id AND b.code = 'BC04' JOIN jury_sessions j ON j.id = d.jury_session_id
      WHERE d.outcome = 'validated' AND NOT EXISTS (SELECT 1 FROM afgsu_attestations a WHERE a.trainee_id = d.trainee_id AND a.verified
                                                     AND a.issued_on <= j.date AND j.date <= a.expires_on)`,
  'decision before its attempt, nor retake not after the previous attempt': `SELECT count(*) FROM attempts a
      JOIN exam_sessions e ON e.id = a.exam_session_id
      LEFT JOIN jury_decisions d ON d.attempt_id = a.id LEFT JOIN jury_sessions j ON j.id = d.jury_session_id
      LEFT JOIN attempts p ON p.trainee_id = a.trainee_id AND p.block_id = a.block_id AND p.number = a.number - 1
      LEFT JOIN exam_sessions pe ON pe.id = p.exam_session_id
      WHERE j.date < e.date OR (a.number > 1 AND (p.id IS NULL OR pe.date >= e.date))`,
};

describe('the scale dataset (npm run seed:scale)', () => {
  const names = [`${testDatabaseName()}_scale_a`, `${testDatabaseName()}_scale_b`];
  const [a, b] = names.map((name) => configFor(name));
  const connect = (url: string) => async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    return client;
  };
  const query = async (url: string, text: string, params: unknown[] = []) => {
    const client = await connect(url)();
    try {
      return (await client.query(text, params)).rows;
    } finally {
      await client.end();
    }
  };
  let report: ScaleReport;

  /**
   * An md5 of each table's rows, sorted. The referential's ids are drawn by each database's migrations: they are replaced
   * by their codes first, so that two databases compare.
   */
  const checksums = async (url: string) => {
    const labels = new Map<string, string>(
      (
        await query(
          url,
          `SELECT v.id::text, v.code FROM certification_versions v
           UNION ALL SELECT b.id::text, v.code || '/' || b.code FROM referential_blocks b JOIN certification_versions v ON v.id = b.version_id
           UNION ALL SELECT m.id::text, v.code || '/' || m.code FROM referential_modules m JOIN referential_blocks b ON b.id = m.block_id
                                                                JOIN certification_versions v ON v.id = b.version_id`,
        )
      ).map((r) => [r.id, r.code]),
    );
    const sums: Record<string, string> = {};
    for (const table of SCALE_TABLES) {
      const rows = (await query(url, `SELECT t::text AS row FROM ${table} t`)).map((r) =>
        (r.row as string).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => labels.get(id) ?? id),
      );
      sums[table] = createHash('md5').update(rows.sort().join('\n')).digest('hex');
    }
    return sums;
  };

  beforeAll(async () => {
    await setupDatabase(a);
    await setupDatabase(b);
    report = await seedScaleDataset(connect(a.DATABASE_ADMIN_URL), OPTIONS, { workers: 2 });
  }, 120_000);
  afterAll(async () => {
    for (const name of names) await dropDatabase(a, name);
  });

  it('fills every area, with ids as the keys compute them', async () => {
    expect(report.created).toBe(true);
    expect(SCALE_TABLES.filter((table) => !(report.counts[table] > 0))).toEqual([]);
    expect(report.counts.trainees).toBe(120);
    const [retakes] = await query(a.DATABASE_ADMIN_URL, `SELECT count(*)::int AS n FROM attempts WHERE number > 1`);
    expect(retakes.n).toBeGreaterThan(0);
    const [school] = await query(a.DATABASE_ADMIN_URL, `SELECT id FROM schools WHERE slug = 'scale-4242-01'`);
    expect(school.id).toBe(new ScaleKeys(OPTIONS.seed).idOf('school', 0));
  });

  it('gives host sites and tutors SIRET and RPPS numbers the forms accept', async () => {
    const sirets = await query(a.DATABASE_ADMIN_URL, `SELECT siret FROM host_sites WHERE siret IS NOT NULL`);
    const rpps = await query(a.DATABASE_ADMIN_URL, `SELECT rpps FROM tutors WHERE rpps IS NOT NULL`);
    expect(sirets.length).toBeGreaterThan(0);
    expect(rpps.length).toBeGreaterThan(0);
    expect(sirets.filter((r) => !isSiret(r.siret))).toEqual([]);
    expect(rpps.filter((r) => !isRpps(r.rpps))).toEqual([]);
  });

  it('gives the same rows for the same options, whatever the number of workers, and writes nothing the second time', async () => {
    const twin = await seedScaleDataset(connect(b.DATABASE_ADMIN_URL), OPTIONS, { workers: 1 });
    expect(twin.counts).toEqual(report.counts);
    expect(await checksums(b.DATABASE_ADMIN_URL)).toEqual(await checksums(a.DATABASE_ADMIN_URL));
    const again = await seedScaleDataset(connect(b.DATABASE_ADMIN_URL), OPTIONS);
    expect(again).toMatchObject({ created: false, counts: report.counts });
  }, 60_000);

  it.each(Object.entries(INVARIANTS))('has no %s', async (_, text) => {
    expect(await query(a.DATABASE_ADMIN_URL, text)).toEqual([{ count: '0' }]);
  });

  describe('read through the API', () => {
    let api: NestFastifyApplication;
    let agent: ReturnType<typeof request.agent>;

    beforeAll(async () => {
      api = await createApiApp(a);
      await api.getHttpAdapter().getInstance().ready();
      agent = request.agent(api.getHttpServer());
      await agent.post('/api/v1/auth/login').send({ email: 'direction@scale-4242-01.scale.test', password: BENCH_PASSWORD }).expect(200);
    }, 60_000);
    afterAll(() => api.close());

    it('shows a trainee’s hours and the cohort dashboard from the records', async () => {
      const [t] = await query(
        a.DATABASE_ADMIN_URL,
        `SELECT t.id, t.cohort_id, sum(s.minutes) FILTER (WHERE r.status = 'present')::int AS present
           FROM trainees t JOIN schools sc ON sc.id = t.school_id AND sc.slug = 'scale-4242-01'
           JOIN attendance_records r ON r.trainee_id = t.id JOIN course_sessions s ON s.id = r.session_id
          WHERE NOT EXISTS (SELECT 1 FROM attendance_records l WHERE l.trainee_id = t.id AND l.status = 'late')
          GROUP BY t.id, t.cohort_id ORDER BY t.id LIMIT 1`,
      );
      const progress = await agent.get(`/api/v1/trainees/${t.id}/progress`).expect(200);
      expect(progress.body.totals.attendedMinutes).toBe(t.present);
      expect(progress.body.blocks.map((b: { code: string }) => b.code)).toEqual(['BC01', 'BC02', 'BC03', 'BC04', 'AUTRE']);
      const dashboard = await agent.get(`/api/v1/cohorts/${t.cohort_id}/dashboard`).expect(200);
      expect(dashboard.body.trainees.find((l: { traineeId: string }) => l.traineeId === t.id).totals).toEqual(progress.body.totals);
    });

    it('shows on the jury page the checklist the CQP was awarded on', async () => {
      const [d] = await query(
        a.DATABASE_ADMIN_URL,
        `SELECT d.trainee_id, d.jury_session_id, to_char(d.decided_on, 'YYYY-MM-DD') AS decided_on, d.readiness, t.cohort_id
           FROM certification_decisions d JOIN trainees t ON t.id = d.trainee_id JOIN schools sc ON sc.id = d.school_id AND sc.slug = 'scale-4242-01'
          ORDER BY d.id LIMIT 1`,
      );
      const jury = await agent.get(`/api/v1/juries/${d.jury_session_id}?cohortId=${d.cohort_id}`).expect(200);
      const line = jury.body.lines.find((l: { traineeId: string }) => l.traineeId === d.trainee_id);
      expect(line.certifiedOn).toBe(d.decided_on);
      expect(line.readiness).toMatchObject({ ready: true, items: d.readiness });
    });

    it('keeps each school’s rows to itself', async () => {
      const [other] = await query(
        a.DATABASE_ADMIN_URL,
        `SELECT c.id FROM cohorts c JOIN schools sc ON sc.id = c.school_id AND sc.slug = 'scale-4242-02' ORDER BY c.id LIMIT 1`,
      );
      await agent.get(`/api/v1/cohorts/${other.id}/dashboard`).expect(404);
    });
  });
});

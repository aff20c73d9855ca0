import { randomBytes, randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { AccountStatus, APP_DATA_SOURCE, AuditEvent, Clock, FileStorage, JobQueue, Role, School } from '@app/platform';
import { redisConnection } from '@app/platform/queues/redis-connection';
import { Cohort } from '@app/training';
import { createAccount, createSchool } from '../factories/school.factory';
import { createHostSite, createTutor } from '../factories/internship.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { asSchool } from '../support/data-sources';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The RGPD retention job end to end, with a controlled clock: the worker runs `records.retention` (enqueued as the daily
 * schedule does) on 1 January 2027 at 00:30 in Paris (still 31 December in UTC). Data just past its period is purged or
 * anonymised — rows marked, files gone from storage, one audit entry per kind without any name — and data just inside
 * is kept; a second run changes nothing.
 */
describe('RGPD retention job', () => {
  const now = new Date('2026-12-31T23:30:00Z'); // 2027-01-01 00:30 in Paris
  let t: TestApp;
  let storage: FileStorage;
  let events: QueueEvents;
  let school: School;
  let other: School;
  const files: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const store = async (schoolId: string, label: string) => {
    files[label] = (await storage.put(`enrolment/${schoolId}`, Buffer.from(`%PDF-1.4 ${label}\n%%EOF\n`), 'application/pdf')).key;
    return files[label];
  };

  /** An application of `cohort` in `status`, last changed (closed) at `closedAt`, with one document per kind given. */
  const application = async (
    label: string,
    cohort: Cohort,
    status: string,
    closedAt: string,
    kinds: { kind: string; uploadedAt: string }[],
    traineeId: string | null = null,
  ) => {
    const [row] = await t.db.admin.query(
      `INSERT INTO applications (school_id, cohort_id, reference, status, last_name, first_name, email, phone, situation,
         funding_path, access_token_hash, trainee_id, interview_notes, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'Durand', 'Lucie', $5, '0612345678', 'nurse', 'cpf', $6, $7, 'Très motivée', $8, $8) RETURNING id`,
      [
        cohort.schoolId,
        cohort.id,
        `R-${randomBytes(4).toString('hex')}`,
        status,
        `${label}-${randomUUID().slice(0, 6)}@example.fr`,
        randomBytes(32).toString('hex'),
        traineeId,
        closedAt,
      ],
    );
    ids[label] = row.id;
    for (const { kind, uploadedAt } of kinds) {
      const key = await store(cohort.schoolId, `${label}/${kind}`);
      const [doc] = await t.db.admin.query(
        `INSERT INTO application_documents (school_id, application_id, kind, storage_key, content_type, size, sha256, file_name, uploaded_at)
         VALUES ($1, $2, $3, $4, 'application/pdf', 20, $5, 'Passeport Lucie Durand.pdf', $6) RETURNING id`,
        [cohort.schoolId, row.id, kind, key, 'a'.repeat(64), uploadedAt],
      );
      ids[`${label}/${kind}`] = doc.id;
    }
  };

  /** A former trainee of a cohort ended on `endDate`, with an excused absence justified by a document in storage. */
  const formerTrainee = async (label: string, endDate: string) => {
    const cohort = await createCohort(t.db.admin, school.id, { startDate: '2015-09-01', endDate });
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    ids[label] = trainee.id;
    const [session] = await t.db.admin.query(
      `INSERT INTO course_sessions (school_id, cohort_id, block_id, date, start_time, end_time, starts_at, ends_at, minutes)
       SELECT $1, $2, b.id, '2015-10-01', '09:00', '12:00', '2015-10-01T07:00:00Z', '2015-10-01T10:00:00Z', 180
         FROM referential_blocks b WHERE b.version_id = $3 ORDER BY b.position LIMIT 1 RETURNING id`,
      [school.id, cohort.id, cohort.versionId],
    );
    const key = await store(school.id, `${label}/justification`);
    await t.db.admin.query(
      `INSERT INTO attendance_records (school_id, session_id, trainee_id, status, attended_minutes, justification,
         justification_document_key, justification_document_type, signature_ip)
       VALUES ($1, $2, $3, 'excused', 0, 'Certificat médical', $4, 'application/pdf', '192.0.2.7')`,
      [school.id, session.id, trainee.id, key],
    );
    const site = await createHostSite(t.db.admin, school.id);
    const tutor = await createTutor(t.db.admin, school.id, [site.id]);
    const [placement] = await t.db.admin.query(
      `INSERT INTO placements (school_id, trainee_id, host_site_id, tutor_id, type, start_on, end_on, planned_hours)
       VALUES ($1, $2, $3, $4, 'stage', '2016-03-01', '2016-03-05', 35) RETURNING id`,
      [school.id, trainee.id, site.id, tutor.id],
    );
    await t.db.admin.query(
      `INSERT INTO tutor_evaluations (school_id, placement_id, due_on, levels, comments, overall_comment, submitted_at)
       VALUES ($1, $2, '2016-03-05', '{"c1": 3}', '{"c1": "Léa accueille bien les patients"}', 'Léa progresse', '2016-03-05T17:00:00Z')`,
      [school.id, placement.id],
    );
    await application(
      `${label}-application`,
      cohort,
      'enrolled',
      '2015-08-01T10:00:00Z',
      [{ kind: 'cv', uploadedAt: '2015-07-01T10:00:00Z' }],
      trainee.id,
    );
    return trainee;
  };

  const runJob = async (id: string) => {
    const queue = t.api.get(JobQueue);
    await queue.enqueue('records.retention', {}, id);
    const job = await queue.queue('records').getJob(id);
    await job!.waitUntilFinished(events);
  };

  const stored = async (label: string) => storage.exists(files[label]);
  const retentionAudit = (schoolId: string) =>
    t.db.admin.find(AuditEvent, { where: { schoolId, entityType: 'retention' }, order: { action: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp({ CLOCK_FIXED_AT: now.toISOString() });
    storage = t.api.get(FileStorage);
    events = new QueueEvents('records', { connection: redisConnection(t.config.REDIS_URL), prefix: t.config.QUEUE_PREFIX });
    await events.waitUntilReady();
    school = await createSchool(t.db.admin);
    other = await createSchool(t.db.admin);
    const cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-05', endDate: '2026-12-18' });
    // Identity copies: kept one calendar year counting the year their file closed (the default).
    await application('enrolled-2026', cohort, 'enrolled', '2026-05-10T08:00:00Z', [
      { kind: 'identity', uploadedAt: '2026-03-01T08:00:00Z' },
      { kind: 'cv', uploadedAt: '2026-03-01T08:00:00Z' },
    ]);
    // Closed at 00:10 on 1 January 2027 in Paris (still 2026 in UTC): its year is 2027, kept until 1 January 2028.
    await application('enrolled-2027', cohort, 'enrolled', '2026-12-31T23:10:00Z', [
      { kind: 'identity', uploadedAt: '2026-12-01T08:00:00Z' },
    ]);
    // A file still open keeps its copy whatever its age.
    await application('open', cohort, 'interviewed', '2025-02-01T08:00:00Z', [{ kind: 'identity', uploadedAt: '2025-01-10T08:00:00Z' }]);
    // Candidates not admitted: 24 months after their file closed (Paris day).
    await application('refused-past', cohort, 'refused', '2024-12-31T22:00:00Z', [{ kind: 'cv', uploadedAt: '2024-11-01T08:00:00Z' }]);
    await application('withdrawn-due-today', cohort, 'withdrawn', '2025-01-01T10:00:00Z', [
      { kind: 'cv', uploadedAt: '2024-11-01T08:00:00Z' },
    ]);
    await application('refused-inside', cohort, 'refused', '2025-01-01T23:30:00Z', [{ kind: 'cv', uploadedAt: '2024-11-01T08:00:00Z' }]);
    // Former trainees: records 10 years after the training, accounts 12 months after.
    await formerTrainee('ended-2017-01-01', '2017-01-01');
    await formerTrainee('ended-2017-01-02', '2017-01-02');
    await formerTrainee('ended-2026-01-02', '2026-01-02');
    const recent = await createCohort(t.db.admin, school.id, { startDate: '2025-01-05', endDate: '2026-01-01' });
    ids['ended-2026-01-01'] = (await createTrainee(t.db.admin, recent, school)).trainee.id;
    // Another school keeps the files of candidates not admitted 36 months: the same refusal is kept there.
    const otherCohort = await createCohort(t.db.admin, other.id, { startDate: '2026-01-05', endDate: '2026-12-18' });
    await t.db.admin.query(
      `INSERT INTO school_rule_overrides (school_id, version_id, key, value) VALUES ($1, $2, 'unsuccessfulApplicationRetentionMonths', '36')`,
      [other.id, otherCohort.versionId],
    );
    await application('other-refused-past', otherCohort, 'refused', '2024-12-31T22:00:00Z', [
      { kind: 'cv', uploadedAt: '2024-11-01T08:00:00Z' },
    ]);
    // An override of 0 written straight in the database (the API refuses it) is ignored: the version's 1 year applies.
    await t.db.admin.query(
      `INSERT INTO school_rule_overrides (school_id, version_id, key, value) VALUES ($1, $2, 'identityDocumentRetentionYears', '0')`,
      [other.id, otherCohort.versionId],
    );
    await application('other-enrolled-2026', otherCohort, 'enrolled', '2026-05-10T08:00:00Z', [
      { kind: 'identity', uploadedAt: '2026-03-01T08:00:00Z' },
    ]);
    const staff = await createAccount(t.db.admin, school, Role.Staff);
    ids.staff = staff.id;
    // Health data: the trainee whose account closes today loses it, the one still within 12 months keeps it.
    for (const label of ['ended-2026-01-01', 'ended-2026-01-02']) {
      await t.db.admin.query(`INSERT INTO trainee_health (school_id, trainee_id, disability_recognised) VALUES ($1, $2, true)`, [
        school.id,
        ids[label],
      ]);
    }
    // Its access log: kept a year, i.e. from 1 January 2026 00:00 in Paris (31 December 2025 23:00 UTC).
    const access = (schoolId: string, at: string) =>
      t.db.admin.query(
        `INSERT INTO health_access_log (school_id, trainee_id, actor_email, actor_role, at, action, fields, context)
         VALUES ($1, $2, 'secretariat@ecole.fr', 'staff', $3, 'read', '{vaccinations}', 'GET /trainees/{id}/health')`,
        [schoolId, ids['ended-2026-01-02'], at],
      );
    await access(school.id, '2025-12-31T22:59:59Z');
    await access(school.id, '2025-12-31T23:00:00Z');
    await access(other.id, '2025-06-01T10:00:00Z');
    await runJob('retention-test-1');
  });

  afterAll(async () => {
    await events.close();
    await t.close();
  });

  it('runs on the controlled clock of the worker', () => {
    expect(t.worker.app.get(Clock).now().toISOString()).toBe(now.toISOString());
  });

  it('purges an identity copy from 1 January after the year its file closed, and keeps the rest of the file', async () => {
    const docs = await t.db.admin.query(`SELECT id, purged_at, file_name FROM application_documents WHERE id = ANY($1)`, [
      [ids['enrolled-2026/identity'], ids['enrolled-2026/cv'], ids['enrolled-2027/identity'], ids['open/identity']],
    ]);
    const byId = Object.fromEntries(docs.map((d: { id: string }) => [d.id, d]));
    expect(byId[ids['enrolled-2026/identity']]).toMatchObject({ purged_at: now, file_name: 'document-supprime' });
    expect(await stored('enrolled-2026/identity')).toBe(false);
    expect(byId[ids['enrolled-2026/cv']].purged_at).toBeNull();
    expect(await stored('enrolled-2026/cv')).toBe(true);
    expect(byId[ids['enrolled-2027/identity']].purged_at).toBeNull();
    expect(await stored('enrolled-2027/identity')).toBe(true);
    expect(byId[ids['open/identity']].purged_at).toBeNull();
    expect(await stored('open/identity')).toBe(true);
  });

  it('a purged copy is no longer downloadable: 410 with a French reason', async () => {
    const admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
    const res = await admin.get(`/api/v1/applications/${ids['enrolled-2026']}/documents/${ids['enrolled-2026/identity']}/file`);
    expect(res.status).toBe(410);
    expect(res.body).toMatchObject({ code: 'DOCUMENT_PURGED', message: expect.stringContaining('durée de conservation') });
  });

  it('anonymises the files of candidates not admitted past 24 months (the day itself included), keeps those inside', async () => {
    const rows = await t.db.admin.query(
      `SELECT id, last_name, first_name, email, phone, interview_notes, status, anonymised_at FROM applications WHERE id = ANY($1)`,
      [[ids['refused-past'], ids['withdrawn-due-today'], ids['refused-inside'], ids['other-refused-past']]],
    );
    const byId = Object.fromEntries(rows.map((r: { id: string }) => [r.id, r]));
    for (const label of ['refused-past', 'withdrawn-due-today']) {
      expect(byId[ids[label]]).toMatchObject({
        last_name: 'Anonymisé',
        first_name: '',
        email: `anonyme-${ids[label]}@anonyme.invalid`,
        phone: null,
        interview_notes: null,
        anonymised_at: now,
      });
      expect(await stored(`${label}/cv`)).toBe(false);
    }
    expect(byId[ids['refused-past']].status).toBe('refused');
    for (const label of ['refused-inside', 'other-refused-past']) {
      expect(byId[ids[label]]).toMatchObject({ last_name: 'Durand', anonymised_at: null });
      expect(await stored(`${label}/cv`)).toBe(true);
    }
  });

  it('anonymises a former trainee’s records 10 years after the training, and closes accounts 12 months after', async () => {
    const rows = await t.db.admin.query(
      `SELECT t.id, t.last_name, t.email, t.anonymised_at, t.account_closed_at, a.status, a.email AS account_email, a.password_hash
         FROM trainees t JOIN accounts a ON a.id = t.account_id WHERE t.id = ANY($1)`,
      [[ids['ended-2017-01-01'], ids['ended-2017-01-02'], ids['ended-2026-01-02'], ids['ended-2026-01-01']]],
    );
    const byId = Object.fromEntries(rows.map((r: { id: string }) => [r.id, r]));
    expect(byId[ids['ended-2017-01-01']]).toMatchObject({
      last_name: 'Anonymisé',
      anonymised_at: now,
      account_closed_at: now,
      status: AccountStatus.Disabled,
      password_hash: null,
    });
    expect(byId[ids['ended-2017-01-01']].account_email).toMatch(/^anonyme-.*@anonyme\.invalid$/);
    expect(await stored('ended-2017-01-01/justification')).toBe(false);
    expect(await stored('ended-2017-01-01-application/cv')).toBe(false);
    const [line] = await t.db.admin.query(
      `SELECT status, attended_minutes, justification, justification_document_key, signature_ip FROM attendance_records WHERE trainee_id = $1`,
      [ids['ended-2017-01-01']],
    );
    // The hours stay (funders' proof), nothing about the person: the reason of the absence and the signature's address go.
    expect(line).toEqual({
      status: 'excused',
      attended_minutes: 0,
      justification: null,
      justification_document_key: null,
      signature_ip: null,
    });
    // The tutor's levels stay; their free comments, which named the trainee, go.
    const evaluations = await t.db.admin.query(
      `SELECT p.trainee_id, e.levels, e.comments, e.overall_comment FROM tutor_evaluations e JOIN placements p ON p.id = e.placement_id
        WHERE p.trainee_id = ANY($1) ORDER BY p.trainee_id = $2 DESC`,
      [[ids['ended-2017-01-01'], ids['ended-2017-01-02']], ids['ended-2017-01-01']],
    );
    expect(evaluations.map((e: Record<string, unknown>) => [e.levels, e.comments, e.overall_comment])).toEqual([
      [{ c1: 3 }, {}, null],
      [{ c1: 3 }, { c1: 'Léa accueille bien les patients' }, 'Léa progresse'],
    ]);
    // Ended one day later: records kept, account closed (12 months long past).
    expect(byId[ids['ended-2017-01-02']]).toMatchObject({ anonymised_at: null, account_closed_at: now, status: AccountStatus.Disabled });
    expect(byId[ids['ended-2017-01-02']].last_name).not.toBe('Anonymisé');
    expect(await stored('ended-2017-01-02/justification')).toBe(true);
    expect(byId[ids['ended-2026-01-01']]).toMatchObject({ account_closed_at: now, status: AccountStatus.Disabled });
    expect(byId[ids['ended-2026-01-02']]).toMatchObject({ anonymised_at: null, account_closed_at: null, status: AccountStatus.Active });
  });

  it('deletes the health data with the account, and keeps its access log a year: older lines purged, each school its own', async () => {
    const health = await t.db.admin.query(`SELECT trainee_id FROM trainee_health WHERE school_id = $1`, [school.id]);
    expect(health.map((h: { trainee_id: string }) => h.trainee_id)).toEqual([ids['ended-2026-01-02']]);
    const lines = await t.db.admin.query(`SELECT school_id, at FROM health_access_log WHERE school_id = ANY($1) ORDER BY at`, [
      [school.id, other.id],
    ]);
    expect(lines).toEqual([{ school_id: school.id, at: new Date('2025-12-31T23:00:00Z') }]);
  });

  it('lets nobody else delete the access log: not the application role, nor the purge for lines under six months', async () => {
    const asApp = (sql: string) => asSchool(t.api.get<DataSource>(APP_DATA_SOURCE), school.id, (m) => m.query(sql));
    await expect(asApp(`DELETE FROM health_access_log`)).rejects.toThrow(/append-only/);
    await expect(asApp(`SELECT set_config('cqp.health_access_log_purge', 'on', true); DELETE FROM health_access_log`)).rejects.toThrow(
      /append-only/,
    );
    await expect(asApp(`SELECT purge_health_access_log(now() - interval '5 months')`)).rejects.toThrow(/at least six months/);
    expect(await t.db.admin.query(`SELECT count(*)::int AS n FROM health_access_log WHERE school_id = $1`, [school.id])).toEqual([
      { n: 1 },
    ]);
  });

  it('writes one audit entry per kind purged: what and how many, never a name or an e-mail', async () => {
    const entries = await retentionAudit(school.id);
    expect(entries.map((e) => [e.action, (e.after as { count: number }).count])).toEqual([
      ['retention.health_access_log', 1],
      ['retention.identity_documents', 1],
      ['retention.trainee_accounts', 3],
      ['retention.trainee_records', 1],
      ['retention.unsuccessful_applications', 2],
    ]);
    const text = JSON.stringify(entries);
    for (const personal of ['Léa', 'Durand', 'Lucie', '@example.fr', 'Passeport', '192.0.2.7', 'Certificat'])
      expect(text).not.toContain(personal);
    expect((await retentionAudit(other.id)).map((e) => [e.action, (e.after as { count: number }).count])).toEqual([
      ['retention.health_access_log', 1],
      ['retention.identity_documents', 1],
    ]);
    expect(await stored('other-enrolled-2026/identity')).toBe(false);
  });

  it('a second run changes nothing more', async () => {
    const snapshot = async () => ({
      applications: await t.db.admin.query(`SELECT * FROM applications WHERE school_id = ANY($1) ORDER BY id`, [[school.id, other.id]]),
      documents: await t.db.admin.query(`SELECT * FROM application_documents WHERE school_id = ANY($1) ORDER BY id`, [
        [school.id, other.id],
      ]),
      trainees: await t.db.admin.query(`SELECT * FROM trainees WHERE school_id = $1 ORDER BY id`, [school.id]),
      accounts: await t.db.admin.query(`SELECT * FROM accounts WHERE school_id = $1 ORDER BY id`, [school.id]),
      attendance: await t.db.admin.query(`SELECT * FROM attendance_records WHERE school_id = $1 ORDER BY id`, [school.id]),
      evaluations: await t.db.admin.query(`SELECT * FROM tutor_evaluations WHERE school_id = $1 ORDER BY id`, [school.id]),
      health: await t.db.admin.query(`SELECT * FROM trainee_health WHERE school_id = $1 ORDER BY id`, [school.id]),
      accessLog: await t.db.admin.query(`SELECT * FROM health_access_log WHERE school_id = ANY($1) ORDER BY id`, [[school.id, other.id]]),
      audit: (await retentionAudit(school.id)).length,
      files: await Promise.all(Object.keys(files).map(stored)),
    });
    const before = await snapshot();
    await runJob('retention-test-2');
    expect(await snapshot()).toEqual(before);
  });
});

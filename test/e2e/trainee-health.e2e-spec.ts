import TestAgent from 'supertest/lib/agent';
import { Account, AuditEvent, Role, School } from '@app/platform';
import { Cohort, HealthAccess, Trainee, TraineeHealth } from '@app/training';
import { createAccount, createSchool } from '../factories/school.factory';
import { createHostSite, createTutor } from '../factories/internship.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

const record = {
  disabilityRecognised: true,
  adjustments: ['extra_time', 'accessibility'],
  adjustmentsNote: 'Salle au rez-de-chaussée',
  adjustmentsDecidedOn: '2026-01-15',
  adjustmentsDecidedBy: 'Claire Dubois, référente handicap',
  vaccinations: [
    { kind: 'hepatitis_b', status: 'up_to_date', checkedOn: '2026-01-10' },
    { kind: 'dtp', status: 'incomplete', checkedOn: '2026-01-10' },
  ],
};

/**
 * Health data (disability adjustments, vaccinations): who may read and write it, and the access log of each read and
 * write — none for a refused request.
 */
describe('trainee health data', () => {
  let t: TestApp;
  let school: School;
  let other: School;
  let cohort: Cohort;
  let trainee: Trainee;
  let traineeAccount: Account;
  const agents = {} as Record<'director' | 'staff' | 'trainer' | 'tutor' | 'trainee' | 'otherTrainee' | 'otherDirector', TestAgent>;
  const logs = (traineeId = trainee.id) => t.db.admin.find(HealthAccess, { where: { traineeId }, order: { at: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    other = await createSchool(t.db.admin);
    cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-01', endDate: '2028-12-31' });
    ({ trainee, account: traineeAccount } = await createTrainee(t.db.admin, cohort, school));
    const second = await createTrainee(t.db.admin, cohort, school);
    const login = async (s: School, role: Role) => t.login((await createAccount(t.db.admin, s, role)).email);
    agents.director = await login(school, Role.SchoolAdmin);
    agents.staff = await login(school, Role.Staff);
    agents.trainer = await login(school, Role.Trainer);
    agents.tutor = await login(school, Role.Tutor);
    agents.trainee = await t.login(traineeAccount.email);
    agents.otherTrainee = await t.login(second.account.email);
    agents.otherDirector = await login(other, Role.SchoolAdmin);
  });
  afterAll(() => t.close());

  it('lets staff write the record: audited with before and after, the write logged with the fields changed', async () => {
    const created = await agents.staff.put(`/api/v1/trainees/${trainee.id}/health`).send(record).expect(200);
    expect(created.body).toMatchObject({ disabilityRecognised: true, adjustments: ['extra_time', 'accessibility'], placementReady: false });
    expect(created.body.vaccinations.map((v: { kind: string; status: string }) => `${v.kind}:${v.status}`)).toEqual([
      'hepatitis_b:up_to_date',
      'dtp:incomplete',
      'covid:unknown',
    ]);
    const updated = await agents.director
      .put(`/api/v1/trainees/${trainee.id}/health`)
      .send({
        ...record,
        vaccinations: [...record.vaccinations.slice(0, 1), { kind: 'dtp', status: 'up_to_date', checkedOn: '2026-02-01' }],
      })
      .expect(200);
    expect(updated.body.placementReady).toBe(true);

    const audit = await t.db.admin.find(AuditEvent, {
      where: { schoolId: school.id, entityType: 'trainee_health' },
      order: { occurredAt: 'ASC' },
    });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ['trainee_health.created', trainee.id],
      ['trainee_health.updated', trainee.id],
    ]);
    expect(audit[0].before).toBeNull();
    expect(audit[0].after).toMatchObject({ disabilityRecognised: true, adjustmentsDecidedBy: record.adjustmentsDecidedBy });
    expect((audit[1].before as { vaccinations: unknown[] }).vaccinations).toContainEqual({
      kind: 'dtp',
      status: 'incomplete',
      checkedOn: '2026-01-10',
    });
    expect((audit[1].after as { vaccinations: unknown[] }).vaccinations).toContainEqual({
      kind: 'dtp',
      status: 'up_to_date',
      checkedOn: '2026-02-01',
    });

    const log = await logs();
    expect(log.map((l) => [l.action, l.fields, l.context, l.actorRole])).toEqual([
      ['write', ['disabilityRecognised', 'adjustments', 'vaccinations'], 'PUT /trainees/{id}/health', 'staff'],
      ['write', ['vaccinations'], 'PUT /trainees/{id}/health', 'school_admin'],
    ]);
  });

  it('logs each read by direction, staff and the trainee themself: who, which trainee, which fields, why', async () => {
    const before = (await logs()).length;
    for (const who of ['director', 'staff'] as const) {
      const res = await agents[who].get(`/api/v1/trainees/${trainee.id}/health`).expect(200);
      expect(res.body.adjustmentsDecidedBy).toBe(record.adjustmentsDecidedBy);
    }
    const mine = await agents.trainee.get('/api/v1/me/health').expect(200);
    expect(mine.body).toMatchObject({ traineeId: trainee.id, disabilityRecognised: true });

    const reads = (await logs()).slice(before);
    expect(reads.map((r) => [r.action, r.actorRole, r.context, r.traineeId])).toEqual([
      ['read', 'school_admin', 'GET /trainees/{id}/health', trainee.id],
      ['read', 'staff', 'GET /trainees/{id}/health', trainee.id],
      ['read', 'trainee', 'GET /me/health', trainee.id],
    ]);
    expect(reads.every((r) => r.fields.join() === 'disabilityRecognised,adjustments,vaccinations' && r.actorEmail && r.requestId)).toBe(
      true,
    );
    expect(reads[2].actorId).toBe(traineeAccount.id);
  });

  it('refuses trainers, tutors, other trainees and other schools, and logs nothing for a refusal', async () => {
    const before = await t.db.admin.count(HealthAccess);
    const ofTrainee = (await logs()).length;
    const health = await t.db.admin.findOneByOrFail(TraineeHealth, { traineeId: trainee.id });
    const refused: [TestAgent, 'get' | 'put', string, number][] = [
      [agents.trainer, 'get', `/api/v1/trainees/${trainee.id}/health`, 403],
      [agents.trainer, 'put', `/api/v1/trainees/${trainee.id}/health`, 403],
      [agents.tutor, 'get', `/api/v1/trainees/${trainee.id}/health`, 403],
      [agents.tutor, 'get', '/api/v1/me/health', 403],
      [agents.trainee, 'get', `/api/v1/trainees/${trainee.id}/health`, 403],
      [agents.trainee, 'put', `/api/v1/trainees/${trainee.id}/health`, 403],
      [agents.otherTrainee, 'get', `/api/v1/trainees/${trainee.id}/health`, 403],
      [agents.otherDirector, 'get', `/api/v1/trainees/${trainee.id}/health`, 404],
      [agents.otherDirector, 'put', `/api/v1/trainees/${trainee.id}/health`, 404],
      [agents.staff, 'get', '/api/v1/health-access-log', 403],
      [agents.trainer, 'get', '/api/v1/health-access-log', 403],
      [agents.trainee, 'get', '/api/v1/health-access-log', 403],
    ];
    for (const [agent, method, url, status] of refused) {
      const res = method === 'put' ? await agent.put(url).send(record) : await agent.get(url);
      expect([url, method, res.status]).toEqual([url, method, status]);
      expect(JSON.stringify(res.body)).not.toContain('référente handicap');
    }
    // The other trainee reads their own (empty) record: logged against them, never against this trainee.
    const own = await agents.otherTrainee.get('/api/v1/me/health').expect(200);
    expect(own.body).toMatchObject({ disabilityRecognised: false, adjustments: [], placementReady: false });
    expect(await t.db.admin.count(HealthAccess)).toBe(before + 1);
    expect(await logs()).toHaveLength(ofTrainee);
    expect(await t.db.admin.findOneByOrFail(TraineeHealth, { traineeId: trainee.id })).toEqual(health);
  });

  it('refuses bad input with field errors, writing and logging nothing', async () => {
    const before = {
      log: await t.db.admin.count(HealthAccess),
      audit: await t.db.admin.countBy(AuditEvent, { entityType: 'trainee_health' }),
    };
    const bad: [object, string][] = [
      [{ ...record, adjustments: ['levitation'] }, 'adjustments'],
      [{ ...record, vaccinations: [{ kind: 'rage', status: 'up_to_date', checkedOn: '2026-01-01' }] }, 'vaccinations.0.kind'],
      [
        { ...record, vaccinations: [{ kind: 'dtp', status: 'up_to_date', checkedOn: '2026-01-01', certificate: 'scan' }] },
        'vaccinations.0.certificate',
      ],
      [{ ...record, adjustmentsDecidedOn: null }, 'adjustmentsDecidedOn'],
      [{ ...record, vaccinations: [{ kind: 'dtp', status: 'up_to_date' }] }, 'vaccinations.0.checkedOn'],
      [{ ...record, adjustmentsDecidedOn: '2999-01-01' }, 'adjustmentsDecidedOn'],
      // A list as a vaccination passed as « no vaccination given » (found by the fuzzing of the write routes).
      [{ ...record, vaccinations: [[]] }, 'vaccinations'],
    ];
    for (const [body, field] of bad) {
      const res = await agents.staff.put(`/api/v1/trainees/${trainee.id}/health`).send(body);
      expect([field, res.status, res.body.code]).toEqual([field, 400, 'VALIDATION_FAILED']);
      expect(Object.keys(res.body.errors)).toContain(field);
    }
    await agents.staff.get('/api/v1/trainees/00000000-0000-4000-8000-000000000000/health').expect(404);
    expect(await t.db.admin.count(HealthAccess)).toBe(before.log);
    expect(await t.db.admin.countBy(AuditEvent, { entityType: 'trainee_health' })).toBe(before.audit);
  });

  it('shows direction the log, newest first, filtered by trainee; the log is append-only for the application', async () => {
    const page = await agents.director.get(`/api/v1/health-access-log?traineeId=${trainee.id}&pageSize=100`).expect(200);
    const all = await logs();
    expect(page.body.total).toBe(all.length);
    expect(page.body.items[0]).toMatchObject({
      traineeId: trainee.id,
      traineeName: `${trainee.lastName} ${trainee.firstName}`,
      action: 'read',
      context: 'GET /me/health',
      actorRole: 'trainee',
    });
    expect(page.body.items.at(-1)).toMatchObject({
      action: 'write',
      actorRole: 'staff',
      fields: ['disabilityRecognised', 'adjustments', 'vaccinations'],
    });
    // The audit trail keeps before and after, but its API names only the fields changed: no unlogged way to the values.
    const audit = await agents.director.get('/api/v1/audit-events?entityType=trainee_health').expect(200);
    expect(audit.body.items.map((e: { action: string; before: unknown; after: unknown }) => [e.action, e.before, e.after])).toEqual([
      ['trainee_health.updated', { healthData: true, fields: ['vaccinations'] }, { healthData: true, fields: ['vaccinations'] }],
      [
        'trainee_health.created',
        null,
        {
          healthData: true,
          fields: [
            'adjustments',
            'adjustmentsDecidedBy',
            'adjustmentsDecidedOn',
            'adjustmentsNote',
            'disabilityRecognised',
            'vaccinations',
          ],
        },
      ],
    ]);
    expect(JSON.stringify(audit.body)).not.toContain('référente handicap');
    const otherSchool = await agents.otherDirector.get('/api/v1/health-access-log').expect(200);
    expect(otherSchool.body.total).toBe(0);

    await t.db.inSchool(school.id, async () => {
      await expect(t.db.tx.query(`UPDATE health_access_log SET fields = '{}'`)).rejects.toThrow(/append-only/);
    });
    await t.db.inSchool(school.id, async () => {
      await expect(t.db.tx.query(`DELETE FROM health_access_log`)).rejects.toThrow(/append-only/);
    });
    expect(await logs()).toHaveLength(all.length);
  });

  it('warns on the placement board when a stage’s required vaccinations are not up to date, logging the reads', async () => {
    const site = await createHostSite(t.db.admin, school.id);
    const tutor = await createTutor(t.db.admin, school.id, [site.id]);
    const { trainee: other } = await createTrainee(t.db.admin, cohort, school);
    const place = (traineeId: string, startOn: string, endOn: string) =>
      agents.staff
        .post('/api/v1/placements')
        .send({ traineeId, hostSiteId: site.id, tutorId: tutor.id, type: 'stage', startOn, endOn, plannedHours: 35, objectives: [] })
        .expect(201);
    // Up to date today (DTP checked 2026-02-01, hepatitis B 2026-01-10): no warning for a stage to come.
    await place(trainee.id, '2027-04-05', '2027-04-09');
    const nothing = await place(other.id, '2027-04-12', '2027-04-16');
    const before = await t.db.admin.count(HealthAccess);

    const board = (await agents.staff.get('/api/v1/placement-board').expect(200)).body;
    expect(board.vaccinations).toEqual([
      expect.objectContaining({
        placementId: nothing.body.id,
        traineeId: other.id,
        startOn: '2027-04-12',
        missing: ['hepatitis_b', 'dtp'],
      }),
    ]);
    const reads = await t.db.admin.find(HealthAccess, { where: { context: 'GET /placement-board', schoolId: school.id } });
    expect(reads.map((r) => [r.traineeId, r.action, r.fields.join()]).sort()).toEqual(
      [
        [trainee.id, 'read', 'vaccinations'],
        [other.id, 'read', 'vaccinations'],
      ].sort(),
    );
    expect(await t.db.admin.count(HealthAccess)).toBe(before + 2);
    // A warning, never a block: the placement stands, and a trainer cannot see the board.
    await agents.trainer.get('/api/v1/placement-board').expect(403);
    expect(await t.db.admin.count(HealthAccess)).toBe(before + 2);
  });
});

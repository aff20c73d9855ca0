import { Account, AuditEvent, OutboxMessage, Role, School } from '@app/platform';
import { AttendanceRecord, Cohort, CourseSession, PlanExemption, Trainee } from '@app/training';
import { Application, ApplicationDocument } from '@app/enrolment';
import { AfgsuAttestationRecord } from '@app/afgsu';
import { Assessment, Attempt, AttemptMark, ExamSession, JuryDecisionRecord, JurySession } from '@app/assessment';
import {
  Convention,
  ConventionSignature,
  ConventionTemplate,
  HostSite,
  MagicLink,
  Placement,
  Tutor,
  TutorEvaluation,
  TutorHostSite,
} from '@app/internship';
import { AfgsuParticipant } from '@app/afgsu/sessions/afgsu-participant.entity';
import { AfgsuSession } from '@app/afgsu/sessions/afgsu-session.entity';
import { Notification, NotificationPreference } from '@app/reminders';
import { buildOpenApi } from '../../apps/api/src/openapi';
import { createCohort, currentVersion } from '../factories/training.factory';
import { createAccount, createSchool } from '../factories/school.factory';
import { createNotification } from '../factories/notification.factory';
import { startTestApp, TestApp } from '../support/test-app';

const SCHOOL_ROLES = [Role.SchoolAdmin, Role.Staff, Role.Trainer, Role.Trainee, Role.Tutor];
/** A valid body per route, so that only the tenant check can refuse the call. */
const BODIES: Record<string, object | string | Buffer> = {
  'patch /api/v1/users/{id}': { fullName: 'Intrus' },
  'patch /api/v1/schools/{id}': { name: 'Intrus' },
  'patch /api/v1/cohorts/{id}': { name: 'Intrus' },
  'post /api/v1/cohorts/{id}/trainees': { lastName: 'Intrus', firstName: 'Ivan', email: 'intrus@example.fr' },
  'post /api/v1/cohorts/{id}/trainees/import': 'Nom;Prénom;E-mail\nIntrus;Ivan;intrus2@example.fr\n',
  'post /api/v1/trainees/{id}/withdraw': { reason: 'Intrusion' },
  'post /api/v1/trainees/{id}/plan/exemptions/{exemptionId}/revoke': { reason: 'Intrusion' },
  'post /api/v1/applications/{id}/documents/{documentId}/reject': { reason: 'Intrusion' },
  'post /api/v1/applications/{id}/status': { status: 'incomplete', reason: 'Intrusion' },
  'post /api/v1/applications/{id}/eligibility-override': { override: true, justification: 'Intrusion' },
  'put /api/v1/cohorts/{id}/applications': { applicationsOpen: true },
  'post /api/v1/applications/{id}/interview': { at: '2027-01-05T09:30:00+01:00' },
  'post /api/v1/applications/{id}/interview/outcome': { outcome: 'favourable', notes: 'Intrusion' },
  'post /api/v1/applications/{id}/enrol': { exemptions: [] },
  'put /api/v1/sessions/{id}/attendance/{traineeId}': { status: 'excused', justification: 'Intrusion' },
  'put /api/v1/sessions/{id}/attendance/{traineeId}/document': Buffer.from('%PDF-1.4\n%%EOF\n'),
  'put /api/v1/afgsu/sessions/{id}/participants/{traineeId}': { attendance: 'present' },
  'post /api/v1/afgsu/sessions/{id}/attestations': { issuedOn: '2026-01-10', level: 1 },
  'post /api/v1/trainees/{traineeId}/afgsu/attestations': { level: 1, kind: 'prior', issuingCentre: 'CESU intrus', issuedOn: '2025-01-10' },
  'post /api/v1/trainees/{traineeId}/afgsu/refreshers': { refresherOn: '2026-01-10', issuingCentre: 'CESU intrus' },
  'put /api/v1/trainees/{traineeId}/afgsu/attestations/{id}/document': Buffer.from('%PDF-1.4\n%%EOF\n'),
};
/** A valid query per route that needs one. */
const QUERIES: Record<string, string> = { 'get /api/v1/trainees/{traineeId}/afgsu/gate': '?date=2027-01-01' };
const sessionBody = (blockId: string) => ({ blockId, date: '2027-02-01', startTime: '09:00', endTime: '10:00' });
/** Routes on data every school shares (the referential): reading it is not a leak. */
const SHARED_RESOURCES = ['referential'];
/** Routes keyed by a referential version only: each school reads and writes its own rows under it. */
const SHARED_KEYS = /\/versions\/\{versionId\}/;
const PUBLIC_PREFIXES = [
  '/api/health',
  '/api/v1/ical/',
  '/api/v1/public/',
  '/api/v1/auth/login',
  '/api/v1/auth/invitations',
  '/api/v1/auth/password-reset',
];

interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
}

/**
 * Two schools. Every route that takes an id, called by every role of school A with the ids of
 * school B, answers 403 or 404 with no data, and writes nothing; lists never show B's rows.
 */
describe('tenant isolation through the API', () => {
  let t: TestApp;
  let a: School;
  let b: School;
  const agentsOfA = new Map<Role, Awaited<ReturnType<TestApp['login']>>>();
  let idsOfB: Record<string, string>;
  let sharedBlockId: string;
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp();
    [a, b] = [await createSchool(t.db.admin), await createSchool(t.db.admin)];
    for (const role of SCHOOL_ROLES) agentsOfA.set(role, await t.login((await createAccount(t.db.admin, a, role)).email));
    const adminOfB = await t.login((await createAccount(t.db.admin, b, Role.SchoolAdmin)).email);
    const invited = await adminOfB
      .post('/api/v1/users')
      .send({ email: `b-${Date.now()}@test.cqp.local`, fullName: 'Personne de B', role: 'trainee' });
    const message = await t.delivered(invited.body.email);
    const cohortOfB = await createCohort(t.db.admin, b.id, { startDate: '2026-01-01', endDate: '2028-12-31', applicationsOpen: true });
    const candidateEmail = `cand-b-${Date.now()}@example.fr`;
    await t
      .http()
      .post('/api/v1/public/applications')
      .send({
        schoolSlug: b.slug,
        cohortId: cohortOfB.id,
        lastName: 'De B',
        firstName: 'Candidate',
        email: candidateEmail,
        situation: 'nurse',
        diplomas: ['dei'],
        secretaryExperienceYears: 0,
        fundingPath: 'cpf',
        vae: false,
      })
      .expect(201);
    const candidateToken = (await t.delivered(candidateEmail)).text.match(/\/candidature\/([A-Za-z0-9_-]+)/)![1];
    await t
      .http()
      .put(`/api/v1/public/applications/${candidateToken}/documents/cv`)
      .set('content-type', 'application/pdf')
      .send(Buffer.from('%PDF-1.4\n%%EOF\n'))
      .expect(200);
    const applicationOfB = await t.db.admin.findOneByOrFail(Application, { email: candidateEmail });
    const documentOfB = await t.db.admin.findOneByOrFail(ApplicationDocument, { applicationId: applicationOfB.id });
    const traineeOfB = await adminOfB
      .post(`/api/v1/cohorts/${cohortOfB.id}/trainees`)
      .send({ lastName: 'De B', firstName: 'Bea', email: `bea-${Date.now()}@test.cqp.local` });
    const blockId = (await currentVersion(t.db.admin)).blocks![0].id;
    sharedBlockId = blockId;
    BODIES['post /api/v1/cohorts/{id}/sessions'] = sessionBody(blockId);
    BODIES['put /api/v1/sessions/{id}'] = sessionBody(blockId);
    BODIES['post /api/v1/trainees/{id}/plan/exemptions'] = { blockId, minutes: 60, justification: 'Intrusion' };
    const sessionOfB = await adminOfB.post(`/api/v1/cohorts/${cohortOfB.id}/sessions`).send(sessionBody(blockId));
    const afgsuSessionOfB = await adminOfB.post('/api/v1/afgsu/sessions').send({
      kind: 'initial',
      cesuName: 'CESU de B',
      capacity: 12,
      days: [
        { date: '2027-03-01', startTime: '09:00', endTime: '17:00' },
        { date: '2027-03-02', startTime: '09:00', endTime: '16:00' },
      ],
    });
    await adminOfB
      .post(`/api/v1/afgsu/sessions/${afgsuSessionOfB.body.id}/participants`)
      .send({ traineeId: traineeOfB.body.id })
      .expect(201);
    const afgsuOfB = await adminOfB
      .post(`/api/v1/trainees/${traineeOfB.body.id}/afgsu/attestations`)
      .send({ level: 2, kind: 'prior', issuingCentre: 'CESU 13', issuedOn: '2025-05-02' });
    BODIES['post /api/v1/afgsu/sessions/{id}/participants'] = { traineeId: traineeOfB.body.id };
    const version = await currentVersion(t.db.admin);
    const bc02 = version.blocks!.find((bl) => bl.code === 'BC02')!.id;
    const epreuveOfB = await adminOfB
      .post('/api/v1/assessment/epreuves')
      .send({ versionId: version.id, blockId: bc02, kind: 'oral', label: 'Oral de B', maxMark: 20, weight: 1 });
    const examOfB = await adminOfB.post('/api/v1/exam-sessions').send({
      versionId: version.id,
      name: 'Examen de B',
      date: '2027-06-14',
      startTime: '09:00',
      place: 'Chez B',
      assessmentIds: [epreuveOfB.body.id],
    });
    BODIES['patch /api/v1/assessment/epreuves/{id}'] = { label: 'Intrus' };
    const convened = await adminOfB
      .post(`/api/v1/exam-sessions/${examOfB.body.id}/convocations`)
      .send({ blockId: bc02, traineeIds: [traineeOfB.body.id] });
    const juryOfB = await adminOfB
      .post('/api/v1/juries')
      .send({ versionId: version.id, date: '2027-06-30', president: 'Présidente de B', members: [] });
    const batchOfB = await adminOfB.post('/api/v1/documents/batches').send({ kind: 'jury_pv', jurySessionId: juryOfB.body.id });
    const hostSiteOfB = await adminOfB.post('/api/v1/host-sites').send({
      name: 'Cabinet de B',
      kind: 'other',
      address: '1 rue de B',
      postalCode: '75001',
      city: 'Paris',
      capacity: 1,
    });
    const tutorOfB = await adminOfB.post('/api/v1/tutors').send({
      lastName: 'De B',
      firstName: 'Tuteur',
      profession: 'manager',
      email: 'tuteur-b@example.fr',
      hostSiteIds: [hostSiteOfB.body.id],
    });
    BODIES['patch /api/v1/host-sites/{id}'] = { name: 'Intrus' };
    const placementBody = {
      traineeId: traineeOfB.body.id,
      hostSiteId: hostSiteOfB.body.id,
      tutorId: tutorOfB.body.id,
      type: 'stage',
      startOn: '2027-03-01',
      endOn: '2027-03-05',
      plannedHours: 35,
    };
    const placementOfB = await adminOfB.post('/api/v1/placements').send(placementBody);
    BODIES['put /api/v1/placements/{id}'] = placementBody;
    BODIES['patch /api/v1/tutors/{id}'] = { lastName: 'Intrus' };
    BODIES['post /api/v1/juries/{id}/certifications'] = { traineeId: traineeOfB.body.id };
    BODIES['post /api/v1/trainees/{traineeId}/prior-validations'] = {
      blockId: bc02,
      source: 'vae',
      validatedOn: '2025-01-10',
      reference: 'Intrusion',
    };
    BODIES['post /api/v1/trainees/{traineeId}/prior-validations/{id}/remove'] = { reason: 'Intrusion' };
    BODIES['post /api/v1/juries/{id}/decisions'] = {
      traineeId: traineeOfB.body.id,
      blockId: bc02,
      outcome: 'validated',
      comment: 'Intrusion',
    };
    BODIES['post /api/v1/exam-sessions/{id}/convocations'] = { blockId: bc02, traineeIds: [traineeOfB.body.id] };
    BODIES['put /api/v1/exam-sessions/{id}/blocks/{blockId}/marks'] = {
      marks: [{ attemptId: traineeOfB.body.id, assessmentId: epreuveOfB.body.id, mark: 10 }],
    };
    const conventionOfB = await adminOfB.post(`/api/v1/placements/${placementOfB.body.id}/conventions`).expect(201);
    const templateOfB = (await adminOfB.get('/api/v1/convention-template')).body;
    await adminOfB.put('/api/v1/convention-template').send({ title: templateOfB.title, articles: templateOfB.articles }).expect(200);
    const evaluationOfB = await t.db.admin.findOneByOrFail(TutorEvaluation, { placementId: placementOfB.body.id });
    await adminOfB.post(`/api/v1/tutor-evaluations/${evaluationOfB.id}/link`).expect(200);
    BODIES['put /api/v1/placements/{id}/evaluation-dates'] = { dates: ['2027-03-03'] };
    BODIES['post /api/v1/tutor-evaluations/{id}/reopen'] = { reason: 'Intrusion' };
    const answers = { levels: {}, comments: {}, overallComment: 'Intrusion' };
    BODIES['put /api/v1/me/tutor-evaluations/{id}'] = answers;
    BODIES['post /api/v1/me/tutor-evaluations/{id}/submit'] = answers;
    const planOfB = await adminOfB
      .post(`/api/v1/trainees/${traineeOfB.body.id}/plan/exemptions`)
      .send({ blockId, minutes: 60, justification: 'Dispense de B' });
    const notificationOfB = await createNotification(t.db.admin, b.id, {
      recipientAccountId: invited.body.id,
      status: 'failed',
      lastError: 'Connexion SMTP refusée',
    });
    await t.db.admin.insert(NotificationPreference, { accountId: invited.body.id, schoolId: b.id, mutedKinds: ['placement_starts'] });
    idsOfB = {
      users: invited.body.id,
      outbox: message.id,
      schools: b.id,
      cohorts: cohortOfB.id,
      trainees: traineeOfB.body.id,
      sessions: sessionOfB.body.id,
      me: sessionOfB.body.id,
      exemptions: planOfB.body.exemptions[0].id,
      applications: applicationOfB.id,
      documents: documentOfB.id,
      'afgsu-sessions': afgsuSessionOfB.body.id,
      'afgsu-attestations': afgsuOfB.body.attestations[0].id,
      assessment: epreuveOfB.body.id,
      'exam-sessions': examOfB.body.id,
      juries: juryOfB.body.id,
      'host-sites': hostSiteOfB.body.id,
      tutors: tutorOfB.body.id,
      placements: placementOfB.body.id,
      conventions: conventionOfB.body.id,
      'tutor-evaluations': evaluationOfB.id,
      attempts: convened.body.convened[0].attemptId,
      'document-batches': batchOfB.body.id,
      'generated-documents': batchOfB.body.documents[0].id,
      notifications: notificationOfB.id,
    };
    operations = Object.entries(buildOpenApi(t.api).paths).flatMap(([path, item]) =>
      (['get', 'post', 'patch', 'put', 'delete'] as const).filter((m) => item[m]).map((method) => ({ method, path })),
    );
  });
  afterAll(() => t.close());

  it('covers every route of the API', () => {
    expect(operations.length).toBeGreaterThan(15);
  });

  it('refuses every id of school B to every role of school A, and writes nothing', async () => {
    const snapshot = async () => ({
      accounts: await t.db.admin.find(Account, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      cohorts: await t.db.admin.find(Cohort, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      trainees: await t.db.admin.find(Trainee, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      sessions: await t.db.admin.find(CourseSession, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      records: await t.db.admin.find(AttendanceRecord, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      applications: await t.db.admin.find(Application, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      applicationDocuments: await t.db.admin.find(ApplicationDocument, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      exemptions: await t.db.admin.find(PlanExemption, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      afgsuSessions: await t.db.admin.find(AfgsuSession, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      afgsuParticipants: await t.db.admin.find(AfgsuParticipant, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      afgsuAttestations: await t.db.admin.find(AfgsuAttestationRecord, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      assessments: await t.db.admin.find(Assessment, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      examSessions: await t.db.admin.find(ExamSession, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      attempts: await t.db.admin.find(Attempt, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      marks: await t.db.admin.find(AttemptMark, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      juries: await t.db.admin.find(JurySession, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      decisions: await t.db.admin.find(JuryDecisionRecord, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      hostSites: await t.db.admin.find(HostSite, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      tutors: await t.db.admin.find(Tutor, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      tutorSites: await t.db.admin.find(TutorHostSite, { where: { schoolId: b.id }, order: { tutorId: 'ASC' } }),
      placements: await t.db.admin.find(Placement, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      conventions: await t.db.admin.find(Convention, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      signatures: await t.db.admin.find(ConventionSignature, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      conventionTemplates: await t.db.admin.find(ConventionTemplate, { where: { schoolId: b.id } }),
      tutorEvaluations: await t.db.admin.find(TutorEvaluation, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      magicLinks: await t.db.admin.find(MagicLink, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      notifications: await t.db.admin.find(Notification, { where: { schoolId: b.id }, order: { id: 'ASC' } }),
      notificationPreferences: await t.db.admin.find(NotificationPreference, { where: { schoolId: b.id }, order: { accountId: 'ASC' } }),
      audit: await t.db.admin.countBy(AuditEvent, { schoolId: b.id }),
      outbox: await t.db.admin.countBy(OutboxMessage, { schoolId: b.id }),
      school: await t.db.admin.findOneByOrFail(School, { id: b.id }),
    });
    const before = await snapshot();
    const withIds = operations.filter(
      (op) =>
        /\{\w+\}/.test(op.path) &&
        !SHARED_RESOURCES.includes(op.path.split('/')[3]) &&
        !SHARED_KEYS.test(op.path) &&
        !PUBLIC_PREFIXES.some((p) => op.path.startsWith(p)),
    );
    expect(withIds.length).toBeGreaterThan(5);
    for (const op of withIds) {
      const segments = op.path.split('/');
      // AFGSU routes: the resource is the segment before {id} (its sessions are not the course sessions).
      const resource = op.path.startsWith('/api/v1/documents/')
        ? op.path.startsWith('/api/v1/documents/batches/')
          ? 'document-batches'
          : 'generated-documents'
        : op.path.includes('/afgsu/') && segments.includes('{id}')
          ? `afgsu-${segments[segments.indexOf('{id}') - 1]}`
          : op.path.startsWith('/api/v1/me/') && segments.includes('{id}')
            ? segments[4] // a caller's own resources under /me: the resource named after « me »
            : segments[3];
      const id = idsOfB[resource];
      if (!id) throw new Error(`No id of school B for ${op.path}: add one to idsOfB`);
      const url = op.path
        .replace('{id}', id)
        .replace('{traineeId}', idsOfB.trainees)
        .replace('{exemptionId}', idsOfB.exemptions)
        .replace('{documentId}', idsOfB.documents)
        .replace('{blockId}', sharedBlockId)
        .replace('{attemptId}', idsOfB.attempts)
        .concat(QUERIES[`${op.method} ${op.path}`] ?? '');
      for (const [role, agent] of agentsOfA) {
        const body = BODIES[`${op.method} ${op.path}`] ?? {};
        const call = agent[op.method](url);
        const res =
          op.method === 'get'
            ? await call
            : Buffer.isBuffer(body)
              ? await call.set('content-type', 'application/pdf').send(body)
              : typeof body === 'string'
                ? await call.set('content-type', 'text/csv').send(body)
                : await call.send(body);
        const where = `${role} ${op.method.toUpperCase()} ${url}`;
        expect({ where, status: [403, 404].includes(res.status) }).toEqual({ where, status: true });
        expect(JSON.stringify(res.body)).not.toContain(id);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("never lists school B's rows to school A", async () => {
    const lists = operations.filter((op) => op.method === 'get' && !op.path.includes('{') && op.path.startsWith('/api/v1/'));
    for (const op of lists) {
      for (const [role, agent] of agentsOfA) {
        const res = await agent.get(`${op.path}?pageSize=100`);
        const text = JSON.stringify(res.body);
        for (const id of Object.values(idsOfB))
          expect({ role, path: op.path, leaked: text.includes(id) }).toEqual({ role, path: op.path, leaked: false });
      }
    }
  });

  it('asks for a session on every route that is not public', async () => {
    for (const op of operations) {
      if (PUBLIC_PREFIXES.some((p) => op.path.startsWith(p))) continue;
      const res = await t.http()[op.method](op.path.replace('{id}', idsOfB.users));
      expect({ route: `${op.method} ${op.path}`, status: res.status }).toEqual({ route: `${op.method} ${op.path}`, status: 401 });
    }
  });
});

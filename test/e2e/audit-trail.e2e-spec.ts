import { Response } from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { Account, AuditEvent, Role, School } from '@app/platform';
import { CertificationVersion } from '@app/referential';
import { Cohort } from '@app/training';
import { apply, candidateForm, uploadAsked } from '../factories/application.factory';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createSessionAt, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

/** An audit entry as a step expects it: `before` / `after` are `null` (must be null) or the fields they must show. */
interface Entry {
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason?: string;
}

/** One decision made through the API by `as`, and exactly the entries it must leave in the audit trail. */
interface Step {
  name: string;
  as: 'admin' | 'staff';
  run: (agent: TestAgent) => Promise<Response>;
  entries: (res: Response) => Entry[];
}

/**
 * Audit trail completeness: every decision (settings, admission, interview, plan and exemptions, timetable, attendance
 * correction, marks, jury decisions and retakes, placements and conventions, health data), made through the API, leaves
 * exactly the expected entries — actor, entity, action, and before / after showing the change (before null on
 * creation, after null on deletion); a refused request leaves none; the trail refuses UPDATE, DELETE and TRUNCATE.
 */
describe('audit trail: every decision leaves its entry', () => {
  let t: TestApp;
  let school: School;
  let version: CertificationVersion;
  let cohort: Cohort;
  const accounts = {} as Record<'admin' | 'staff', Account>;
  const agents = {} as Record<'admin' | 'staff', TestAgent>;
  const seen = new Set<string>();
  /** Ids made by earlier steps, read by later ones. */
  const ids: Record<string, string> = {};
  const block = (code: string) => version.blocks!.find((b) => b.code === code)!.id;

  /** The school's entries written since the last call (all of them the first time). */
  const newEntries = async (): Promise<AuditEvent[]> => {
    const all = await t.db.admin.find(AuditEvent, { where: { schoolId: school.id }, order: { occurredAt: 'ASC', id: 'ASC' } });
    const fresh = all.filter((e) => !seen.has(e.id));
    fresh.forEach((e) => seen.add(e.id));
    return fresh;
  };

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    version = await currentVersion(t.db.admin);
    cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-01', endDate: '2028-12-31', applicationsOpen: true });
    for (const role of ['admin', 'staff'] as const) {
      accounts[role] = await createAccount(t.db.admin, school, role === 'admin' ? Role.SchoolAdmin : Role.Staff);
      agents[role] = await t.login(accounts[role].email);
    }
    // Two candidates' files, sent through the public form (the candidate's own steps are not staff decisions).
    for (const name of ['ana', 'bob']) {
      const form = candidateForm(school.slug, cohort.id, { lastName: name === 'ana' ? 'Admise' : 'Refusé' });
      const { token } = await apply(t, form);
      await uploadAsked(t, token, { submit: true });
      const found = await agents.staff.get(`/api/v1/applications?q=${encodeURIComponent(form.email)}`).expect(200);
      ids[name] = found.body.items[0].id;
    }
    // Every piece accepted but Ana's first, accepted by a step below: a file is complete once all are accepted.
    for (const name of ['ana', 'bob']) {
      const file = (await agents.staff.get(`/api/v1/applications/${ids[name]}`).expect(200)).body;
      if (name === 'ana') ids.document = file.documents[0].id;
      for (const d of file.documents.filter((x: { id: string }) => x.id !== ids.document))
        await agents.staff.post(`/api/v1/applications/${ids[name]}/documents/${d.id}/accept`).expect(200);
    }
    await newEntries();
  });
  afterAll(() => t.close());

  const same = (before: Record<string, unknown> | null) => (before === null ? null : expect.objectContaining(before));

  const STEPS: Step[] = [
    // Settings
    {
      name: 'school profile (letterhead)',
      as: 'admin',
      run: (a) =>
        a.put('/api/v1/school/profile').send({
          address: '3 quai Perrache, 69002 Lyon',
          siret: '732 829 320 00074',
          activityNumber: null,
          signatory: 'Direction',
          phone: null,
          contactEmail: 'contact@ecole.example.fr',
        }),
      entries: () => [
        {
          action: 'school.profile_updated',
          entityType: 'school',
          entityId: school.id,
          before: { address: null, siret: null, signatory: null, contactEmail: null },
          after: {
            address: '3 quai Perrache, 69002 Lyon',
            siret: '73282932000074',
            signatory: 'Direction',
            contactEmail: 'contact@ecole.example.fr',
          },
        },
      ],
    },
    {
      name: 'school rule override',
      as: 'admin',
      run: (a) => a.put(`/api/v1/referential/versions/${version.id}/settings/passMark`).send({ value: 11, reason: 'Exigence de l’école' }),
      entries: () => [
        {
          action: 'rule_setting.overridden',
          entityType: 'rule_setting',
          entityId: `${version.code}:passMark`,
          before: { value: 10, source: 'referential' },
          after: { value: 11, source: 'school' },
          reason: 'Exigence de l’école',
        },
      ],
    },
    {
      name: 'school rule back to the referential',
      as: 'admin',
      run: (a) => a.post(`/api/v1/referential/versions/${version.id}/settings/passMark/reset`).send({ reason: 'Retour au référentiel' }),
      entries: () => [
        {
          action: 'rule_setting.reset',
          entityType: 'rule_setting',
          entityId: `${version.code}:passMark`,
          before: { value: 11, source: 'school' },
          after: { value: 10, source: 'referential' },
          reason: 'Retour au référentiel',
        },
      ],
    },
    {
      name: 'school exemption table',
      as: 'admin',
      run: (a) =>
        a.put(`/api/v1/referential/versions/${version.id}/exemption-table`).send({
          rows: [{ diploma: 'deas', blockCode: 'BC03', moduleCode: 'BC03-M3', share: 0.5, reason: 'vu en IFAS' }],
          reason: 'Table de l’école',
        }),
      entries: () => [
        {
          action: 'exemption_table.replaced',
          entityType: 'exemption_table',
          entityId: version.id,
          before: { source: 'referential' },
          after: { source: 'school', rows: [expect.objectContaining({ diploma: 'deas', moduleCode: 'BC03-M3', share: 0.5 })] },
          reason: 'Table de l’école',
        },
      ],
    },
    {
      name: 'block result rule',
      as: 'admin',
      run: (a) =>
        a
          .put(`/api/v1/assessment/versions/${version.id}/blocks/${block('BC01')}/rule`)
          .send({ rule: 'all_passed', reason: 'Chaque épreuve' }),
      entries: () => [
        {
          action: 'assessment.result_rule_changed',
          entityType: 'block_result_rule',
          entityId: block('BC01'),
          before: { rule: 'weighted_average' },
          after: { rule: 'all_passed' },
          reason: 'Chaque épreuve',
        },
      ],
    },
    // Admission
    {
      name: 'document accepted',
      as: 'staff',
      run: (a) => a.post(`/api/v1/applications/${ids.ana}/documents/${ids.document}/accept`),
      entries: () => [
        {
          action: 'application_document.accepted',
          entityType: 'application_document',
          entityId: ids.document,
          before: { status: 'received' },
          after: { status: 'accepted' },
        },
      ],
    },
    ...(['ana', 'bob'] as const).map((who): Step => ({
      name: `file complete (${who})`,
      as: 'staff',
      run: (a) => a.post(`/api/v1/applications/${ids[who]}/status`).send({ status: 'complete', reason: 'Pièces conformes' }),
      entries: () => [
        {
          action: 'application.status_changed',
          entityType: 'application',
          entityId: ids[who],
          before: { status: 'submitted' },
          after: { status: 'complete' },
          reason: 'Pièces conformes',
        },
      ],
    })),
    {
      name: 'admission decision: refused',
      as: 'staff',
      run: (a) => a.post(`/api/v1/applications/${ids.bob}/status`).send({ status: 'refused', reason: 'Projet non adapté' }),
      entries: () => [
        {
          action: 'application.status_changed',
          entityType: 'application',
          entityId: ids.bob,
          before: { status: 'complete' },
          after: { status: 'refused' },
          reason: 'Projet non adapté',
        },
      ],
    },
    {
      name: 'interview scheduled',
      as: 'staff',
      run: (a) => a.post(`/api/v1/applications/${ids.ana}/interview`).send({ at: '2027-01-05T09:30:00+01:00' }),
      entries: () => [
        {
          action: 'application.status_changed',
          entityType: 'application',
          entityId: ids.ana,
          before: { status: 'complete' },
          after: { status: 'interview_scheduled', interviewAt: '2027-01-05T08:30:00.000Z' },
        },
      ],
    },
    {
      name: 'interview moved',
      as: 'staff',
      run: (a) => a.post(`/api/v1/applications/${ids.ana}/interview`).send({ at: '2027-01-06T14:00:00+01:00' }),
      entries: () => [
        {
          action: 'application.interview_moved',
          entityType: 'application',
          entityId: ids.ana,
          before: { interviewAt: '2027-01-05T08:30:00.000Z' },
          after: { interviewAt: '2027-01-06T13:00:00.000Z' },
        },
      ],
    },
    {
      name: 'interview outcome',
      as: 'staff',
      run: (a) => a.post(`/api/v1/applications/${ids.ana}/interview/outcome`).send({ outcome: 'favourable', notes: 'Motivée' }),
      entries: () => [
        {
          action: 'application.status_changed',
          entityType: 'application',
          entityId: ids.ana,
          before: { status: 'interview_scheduled' },
          after: { status: 'interviewed', interviewOutcome: 'favourable', interviewNotes: 'Motivée' },
          reason: 'Motivée',
        },
      ],
    },
    ...(
      [
        ['waiting_list', 'interviewed', 'Liste d’attente'],
        ['admitted', 'waiting_list', 'Place libérée'],
      ] as const
    ).map(([to, from, reason]): Step => ({
      name: `admission decision: ${to}`,
      as: 'staff',
      run: (a) => a.post(`/api/v1/applications/${ids.ana}/status`).send({ status: to, reason }),
      entries: () => [
        {
          action: 'application.status_changed',
          entityType: 'application',
          entityId: ids.ana,
          before: { status: from },
          after: { status: to },
          reason,
        },
      ],
    })),
    {
      name: 'enrolment with the positioning plan',
      as: 'staff',
      run: (a) =>
        a.post(`/api/v1/applications/${ids.ana}/enrol`).send({
          exemptions: [{ blockId: block('BC03'), minutes: 420, justification: 'Titulaire du DEAS' }],
        }),
      entries: (res) => {
        ids.trainee = res.body.traineeId;
        return [
          {
            action: 'trainee.added',
            entityType: 'trainee',
            entityId: ids.trainee,
            before: null,
            after: { cohortId: cohort.id, lastName: 'Admise' },
          },
          {
            action: 'account.invited',
            entityType: 'account',
            entityId: expect.any(String) as unknown as string,
            before: null,
            after: { role: 'trainee' },
          },
          {
            action: 'plan_exemption.added',
            entityType: 'plan_exemption',
            entityId: expect.any(String) as unknown as string,
            before: null,
            after: { traineeId: ids.trainee, blockId: block('BC03'), minutes: 420, justification: 'Titulaire du DEAS' },
          },
          {
            action: 'application.status_changed',
            entityType: 'application',
            entityId: ids.ana,
            before: { status: 'admitted' },
            after: { status: 'enrolled', traineeId: ids.trainee },
            reason: 'Inscription dans la session',
          },
        ];
      },
    },
    // Individual plan
    {
      name: 'exemption added',
      as: 'staff',
      run: (a) =>
        a
          .post(`/api/v1/trainees/${ids.trainee}/plan/exemptions`)
          .send({ blockId: block('BC02'), minutes: 60, justification: 'Titre de secrétaire' }),
      entries: (res) => {
        ids.exemption = res.body.exemptions.find((e: { blockId: string }) => e.blockId === block('BC02')).id;
        return [
          {
            action: 'plan_exemption.added',
            entityType: 'plan_exemption',
            entityId: ids.exemption,
            before: null,
            after: { traineeId: ids.trainee, blockId: block('BC02'), minutes: 60, justification: 'Titre de secrétaire' },
          },
        ];
      },
    },
    {
      name: 'exemption revoked',
      as: 'staff',
      run: (a) => a.post(`/api/v1/trainees/${ids.trainee}/plan/exemptions/${ids.exemption}/revoke`).send({ reason: 'Erreur de saisie' }),
      entries: () => [
        {
          action: 'plan_exemption.revoked',
          entityType: 'plan_exemption',
          entityId: ids.exemption,
          before: { traineeId: ids.trainee, blockId: block('BC02'), minutes: 60 },
          after: null,
          reason: 'Erreur de saisie',
        },
      ],
    },
    // Timetable
    {
      name: 'course session scheduled',
      as: 'staff',
      run: (a) =>
        a
          .post(`/api/v1/cohorts/${cohort.id}/sessions`)
          .send({ blockId: block('BC01'), date: '2027-02-01', startTime: '09:00', endTime: '12:00' }),
      entries: (res) => {
        ids.session = res.body.id;
        return [
          {
            action: 'course_session.created',
            entityType: 'course_session',
            entityId: ids.session,
            before: null,
            after: { cohortId: cohort.id, date: '2027-02-01', startTime: '09:00', endTime: '12:00' },
          },
        ];
      },
    },
    {
      name: 'course session moved',
      as: 'staff',
      run: (a) =>
        a.put(`/api/v1/sessions/${ids.session}`).send({ blockId: block('BC01'), date: '2027-02-03', startTime: '13:30', endTime: '17:00' }),
      entries: () => [
        {
          action: 'course_session.updated',
          entityType: 'course_session',
          entityId: ids.session,
          before: { date: '2027-02-01', startTime: '09:00', endTime: '12:00' },
          after: { date: '2027-02-03', startTime: '13:30', endTime: '17:00' },
        },
      ],
    },
    {
      name: 'course session cancelled',
      as: 'staff',
      run: (a) => a.delete(`/api/v1/sessions/${ids.session}`),
      entries: () => [
        {
          action: 'course_session.deleted',
          entityType: 'course_session',
          entityId: ids.session,
          before: { date: '2027-02-03', startTime: '13:30', endTime: '17:00', blockId: block('BC01') },
          after: null,
        },
      ],
    },
    // Attendance corrected by staff once the sheet is closed (a session of last week, written by the factory)
    {
      name: 'attendance correction (first line)',
      as: 'staff',
      run: async (a) => {
        const past = await createSessionAt(t.db.admin, cohort, block('BC01'), new Date(Date.now() - 7 * 86_400_000), 180);
        ids.pastSession = past.id;
        return a.put(`/api/v1/sessions/${past.id}/attendance/${ids.trainee}`).send({ status: 'absent', reason: 'Oubli du formateur' });
      },
      entries: () => [
        {
          action: 'attendance.corrected',
          entityType: 'attendance',
          entityId: expect.any(String) as unknown as string,
          before: null,
          after: { status: 'absent', traineeId: ids.trainee },
          reason: 'Oubli du formateur',
        },
      ],
    },
    {
      name: 'attendance correction (absence excused)',
      as: 'staff',
      run: (a) =>
        a
          .put(`/api/v1/sessions/${ids.pastSession}/attendance/${ids.trainee}`)
          .send({ status: 'excused', justification: 'Arrêt de travail', reason: 'Justificatif reçu' }),
      entries: () => [
        {
          action: 'attendance.corrected',
          entityType: 'attendance',
          entityId: expect.any(String) as unknown as string,
          before: { status: 'absent' },
          after: { status: 'excused', justification: 'Arrêt de travail' },
          reason: 'Justificatif reçu',
        },
      ],
    },
    // Marks
    {
      name: 'épreuve added',
      as: 'staff',
      run: (a) =>
        a
          .post('/api/v1/assessment/epreuves')
          .send({ versionId: version.id, blockId: block('BC02'), kind: 'oral', label: 'Oral BC02', maxMark: 20, weight: 1 }),
      entries: (res) => {
        ids.epreuve = res.body.id;
        return [
          {
            action: 'assessment.created',
            entityType: 'assessment',
            entityId: ids.epreuve,
            before: null,
            after: { label: 'Oral BC02', maxMark: 20 },
          },
        ];
      },
    },
    ...(['2027-03-01', '2027-05-10'] as const).map((date, i): Step => ({
      name: `exam session ${i + 1}`,
      as: 'staff',
      run: (a) =>
        a
          .post('/api/v1/exam-sessions')
          .send({ versionId: version.id, name: `Session ${date}`, date, startTime: '09:00', place: 'Lyon', assessmentIds: [ids.epreuve] }),
      entries: (res) => {
        ids[`exam${i + 1}`] = res.body.id;
        return [{ action: 'exam_session.created', entityType: 'exam_session', entityId: res.body.id, before: null, after: { date } }];
      },
    })),
    {
      name: 'convocation (attempt 1)',
      as: 'staff',
      run: (a) => a.post(`/api/v1/exam-sessions/${ids.exam1}/convocations`).send({ blockId: block('BC02'), traineeIds: [ids.trainee] }),
      entries: (res) => {
        ids.attempt1 = res.body.convened[0].attemptId;
        return [
          {
            action: 'attempt.convened',
            entityType: 'attempt',
            entityId: ids.attempt1,
            before: null,
            after: { traineeId: ids.trainee, blockCode: 'BC02', number: 1, examSessionId: ids.exam1 },
          },
        ];
      },
    },
    ...(
      [
        [null, 12, 'mark entered'],
        [12, 8, 'mark corrected'],
      ] as const
    ).map(([from, to, name]): Step => ({
      name,
      as: 'staff',
      run: (a) =>
        a
          .put(`/api/v1/exam-sessions/${ids.exam1}/blocks/${block('BC02')}/marks`)
          .send({ marks: [{ attemptId: ids.attempt1, assessmentId: ids.epreuve, mark: to }] }),
      entries: () => [
        {
          action: 'mark.changed',
          entityType: 'mark',
          entityId: ids.attempt1,
          before: { assessmentId: ids.epreuve, mark: from },
          after: { assessmentId: ids.epreuve, mark: to, traineeId: ids.trainee },
        },
      ],
    })),
    // Jury
    ...(['2027-03-15', '2027-05-20'] as const).map((date, i): Step => ({
      name: `jury session ${i + 1}`,
      as: 'staff',
      run: (a) => a.post('/api/v1/juries').send({ versionId: version.id, date, president: 'Dr Hélène Martin', members: ['Claire Dubois'] }),
      entries: (res) => {
        ids[`jury${i + 1}`] = res.body.id;
        return [{ action: 'jury_session.created', entityType: 'jury_session', entityId: res.body.id, before: null, after: { date } }];
      },
    })),
    {
      name: 'jury decision (departing from the proposal)',
      as: 'staff',
      run: (a) =>
        a
          .post(`/api/v1/juries/${ids.jury1}/decisions`)
          .send({ traineeId: ids.trainee, blockId: block('BC02'), outcome: 'validated', comment: 'Oral réussi malgré la note' }),
      entries: () => [
        {
          action: 'jury_decision.recorded',
          entityType: 'jury_decision',
          entityId: expect.any(String) as unknown as string,
          before: null,
          after: { traineeId: ids.trainee, blockCode: 'BC02', attempt: 1, proposal: 'not_validated', outcome: 'validated', override: true },
          reason: 'Oral réussi malgré la note',
        },
      ],
    },
    {
      name: 'jury decision corrected',
      as: 'staff',
      run: (a) =>
        a.post(`/api/v1/juries/${ids.jury1}/decisions`).send({
          traineeId: ids.trainee,
          blockId: block('BC02'),
          outcome: 'not_validated',
          correctionReason: 'Décision contraire à la délibération',
        }),
      entries: () => [
        {
          action: 'jury_decision.corrected',
          entityType: 'jury_decision',
          entityId: expect.any(String) as unknown as string,
          before: { outcome: 'validated', attempt: 1 },
          after: { outcome: 'not_validated', attempt: 1, proposal: 'not_validated' },
          reason: 'Décision contraire à la délibération',
        },
      ],
    },
    {
      name: 'retake convened (attempt 2)',
      as: 'staff',
      run: (a) => a.post(`/api/v1/exam-sessions/${ids.exam2}/convocations`).send({ blockId: block('BC02'), traineeIds: [ids.trainee] }),
      entries: (res) => {
        ids.attempt2 = res.body.convened[0].attemptId;
        return [
          {
            action: 'attempt.convened',
            entityType: 'attempt',
            entityId: ids.attempt2,
            before: null,
            after: { traineeId: ids.trainee, blockCode: 'BC02', number: 2, examSessionId: ids.exam2 },
          },
        ];
      },
    },
    {
      name: 'retake mark',
      as: 'staff',
      run: (a) =>
        a
          .put(`/api/v1/exam-sessions/${ids.exam2}/blocks/${block('BC02')}/marks`)
          .send({ marks: [{ attemptId: ids.attempt2, assessmentId: ids.epreuve, mark: 14 }] }),
      entries: () => [
        {
          action: 'mark.changed',
          entityType: 'mark',
          entityId: ids.attempt2,
          before: { assessmentId: ids.epreuve, mark: null },
          after: { assessmentId: ids.epreuve, mark: 14 },
        },
      ],
    },
    {
      name: 'jury decision on the retake',
      as: 'staff',
      run: (a) =>
        a.post(`/api/v1/juries/${ids.jury2}/decisions`).send({ traineeId: ids.trainee, blockId: block('BC02'), outcome: 'validated' }),
      entries: () => [
        {
          action: 'jury_decision.recorded',
          entityType: 'jury_decision',
          entityId: expect.any(String) as unknown as string,
          before: null,
          after: { blockCode: 'BC02', attempt: 2, proposal: 'validated', outcome: 'validated', override: false },
        },
      ],
    },
    // AFGSU and blocks validated before
    {
      name: 'AFGSU attestation recorded',
      as: 'staff',
      run: (a) =>
        a
          .post(`/api/v1/trainees/${ids.trainee}/afgsu/attestations`)
          .send({ level: 1, kind: 'initial', issuingCentre: 'CESU 69', issuedOn: '2026-11-02' }),
      entries: (res) => [
        {
          action: 'afgsu.attestation_recorded',
          entityType: 'afgsu_attestation',
          entityId: res.body.attestations[0].id,
          before: null,
          after: { level: 1, kind: 'initial', issuedOn: '2026-11-02' },
        },
      ],
    },
    {
      name: 'prior validation recorded (VAE)',
      as: 'staff',
      run: (a) =>
        a
          .post(`/api/v1/trainees/${ids.trainee}/prior-validations`)
          .send({ blockId: block('BC01'), source: 'vae', validatedOn: '2025-01-10', reference: 'VAE 2025' }),
      entries: (res) => {
        ids.prior = res.body[0].id;
        return [
          {
            action: 'prior_validation.recorded',
            entityType: 'prior_validation',
            entityId: ids.prior,
            before: null,
            after: { traineeId: ids.trainee, blockCode: 'BC01', source: 'vae', validatedOn: '2025-01-10' },
          },
        ];
      },
    },
    {
      name: 'prior validation removed',
      as: 'staff',
      run: (a) => a.post(`/api/v1/trainees/${ids.trainee}/prior-validations/${ids.prior}/remove`).send({ reason: 'Saisie en double' }),
      entries: () => [
        {
          action: 'prior_validation.removed',
          entityType: 'prior_validation',
          entityId: ids.prior,
          before: { traineeId: ids.trainee, blockId: block('BC01'), source: 'vae' },
          after: null,
          reason: 'Saisie en double',
        },
      ],
    },
    // Placements and conventions
    {
      name: 'host site',
      as: 'staff',
      run: (a) =>
        a.post('/api/v1/host-sites').send({
          name: 'Cabinet du Parc',
          kind: 'other',
          address: '1 rue du Parc',
          postalCode: '69006',
          city: 'Lyon',
          capacity: 2,
          contacts: [{ name: 'Dr Accueil', role: 'Médecin', email: 'cabinet-parc@example.fr' }],
        }),
      entries: (res) => {
        ids.site = res.body.id;
        return [
          {
            action: 'host_site.created',
            entityType: 'host_site',
            entityId: ids.site,
            before: null,
            after: { name: 'Cabinet du Parc', capacity: 2 },
          },
        ];
      },
    },
    {
      name: 'tutor',
      as: 'staff',
      run: (a) =>
        a
          .post('/api/v1/tutors')
          .send({ lastName: 'Tuteur', firstName: 'Paul', profession: 'manager', email: 'paul.tuteur@example.fr', hostSiteIds: [ids.site] }),
      entries: (res) => {
        ids.tutor = res.body.id;
        return [{ action: 'tutor.created', entityType: 'tutor', entityId: ids.tutor, before: null, after: { lastName: 'Tuteur' } }];
      },
    },
    {
      name: 'placement',
      as: 'staff',
      run: (a) =>
        a.post('/api/v1/placements').send({
          traineeId: ids.trainee,
          hostSiteId: ids.site,
          tutorId: ids.tutor,
          type: 'stage',
          startOn: '2027-03-01',
          endOn: '2027-03-26',
          plannedHours: 140,
          objectives: [{ blockId: block('BC02'), text: 'Accueil des patients' }],
        }),
      entries: (res) => {
        ids.placement = res.body.id;
        return [
          {
            action: 'placement.created',
            entityType: 'placement',
            entityId: ids.placement,
            before: null,
            after: { traineeId: ids.trainee, startOn: '2027-03-01', endOn: '2027-03-26' },
          },
          {
            action: 'tutor_evaluations.scheduled',
            entityType: 'placement',
            entityId: ids.placement,
            before: { dueDates: [] },
            after: { dueDates: expect.arrayContaining([expect.any(String)]) },
          },
        ];
      },
    },
    {
      name: 'placement changed',
      as: 'staff',
      run: (a) =>
        a.put(`/api/v1/placements/${ids.placement}`).send({
          traineeId: ids.trainee,
          hostSiteId: ids.site,
          tutorId: ids.tutor,
          type: 'stage',
          startOn: '2027-03-01',
          endOn: '2027-03-26',
          plannedHours: 120,
          objectives: [{ blockId: block('BC02'), text: 'Accueil des patients' }],
        }),
      entries: () => [
        {
          action: 'placement.updated',
          entityType: 'placement',
          entityId: ids.placement,
          before: { plannedHours: 140 },
          after: { plannedHours: 120 },
        },
      ],
    },
    {
      name: 'convention prepared',
      as: 'staff',
      run: (a) => a.post(`/api/v1/placements/${ids.placement}/conventions`),
      entries: (res) => {
        ids.convention = res.body.id;
        return [
          {
            action: 'convention.created',
            entityType: 'convention',
            entityId: ids.convention,
            before: null,
            after: { placementId: ids.placement, version: 1 },
          },
        ];
      },
    },
    {
      name: 'convention sent',
      as: 'staff',
      run: (a) => a.post(`/api/v1/conventions/${ids.convention}/send`),
      entries: () => [
        {
          action: 'convention.sent',
          entityType: 'convention',
          entityId: ids.convention,
          before: { status: 'draft' },
          after: { status: 'sent' },
        },
      ],
    },
    // Health data
    {
      name: 'health data recorded',
      as: 'staff',
      run: (a) =>
        a.put(`/api/v1/trainees/${ids.trainee}/health`).send({
          disabilityRecognised: true,
          adjustments: ['extra_time'],
          adjustmentsDecidedOn: '2026-10-01',
          adjustmentsDecidedBy: 'Référente handicap',
          vaccinations: [{ kind: 'dtp', status: 'incomplete', checkedOn: '2026-10-01' }],
        }),
      entries: () => [
        {
          action: 'trainee_health.created',
          entityType: 'trainee_health',
          entityId: ids.trainee,
          before: null,
          after: { disabilityRecognised: true, adjustments: ['extra_time'] },
        },
      ],
    },
    // Leaving the training: last, since the steps above need the trainee in training
    {
      name: 'trainee withdrawn',
      as: 'staff',
      run: (a) => a.post(`/api/v1/trainees/${ids.trainee}/withdraw`).send({ reason: 'Abandon pour raisons personnelles' }),
      entries: () => [
        {
          action: 'trainee.withdrawn',
          entityType: 'trainee',
          entityId: ids.trainee,
          before: { status: 'active' },
          after: { status: 'withdrawn' },
          reason: 'Abandon pour raisons personnelles',
        },
      ],
    },
  ];

  it.each(STEPS.map((s) => [s.name, s] as const))('%s', async (_name, step) => {
    const res = await step.run(agents[step.as]);
    expect([res.status, res.body?.code]).toEqual([expect.any(Number), undefined]);
    expect(res.status).toBeLessThan(300);
    const expected = step.entries(res);
    const actual = await newEntries();
    expect(actual.map((e) => e.action).sort()).toEqual(expected.map((e) => e.action).sort());
    for (const want of expected) {
      const matches = actual.filter((e) => e.action === want.action);
      expect(matches).toContainEqual(
        expect.objectContaining({
          actorId: accounts[step.as].id,
          actorEmail: accounts[step.as].email,
          entityType: want.entityType,
          entityId: want.entityId,
          before: same(want.before),
          after: same(want.after),
          ...(want.reason !== undefined ? { reason: want.reason } : {}),
        }),
      );
    }
  });

  it('leaves no entry for a refused request', async () => {
    const before = await t.db.admin.countBy(AuditEvent, { schoolId: school.id });
    const refused: [() => Promise<Response>, number, string][] = [
      [() => agents.admin.put('/api/v1/school/profile').send({ siret: '123 456 789 00000' }), 400, 'VALIDATION_FAILED'],
      [
        () => agents.admin.put(`/api/v1/referential/versions/${version.id}/settings/passMark`).send({ value: 99, reason: 'Trop' }),
        400,
        'INVALID_SETTING_VALUE',
      ],
      [
        () => agents.staff.put(`/api/v1/referential/versions/${version.id}/settings/passMark`).send({ value: 12, reason: 'Rôle' }),
        403,
        'FORBIDDEN',
      ],
      [
        () => agents.staff.post(`/api/v1/applications/${ids.bob}/status`).send({ status: 'admitted', reason: 'Refusé puis admis' }),
        409,
        'TRANSITION_NOT_ALLOWED',
      ],
      [
        () => agents.staff.put(`/api/v1/sessions/${ids.pastSession}/attendance/${ids.trainee}`).send({ status: 'present' }),
        400,
        'REASON_REQUIRED',
      ],
      [
        () =>
          agents.staff
            .post(`/api/v1/trainees/${ids.trainee}/plan/exemptions`)
            .send({ blockId: block('BC02'), minutes: 10_000, justification: 'Plus que le bloc' }),
        400,
        'EXEMPTION_EXCEEDS_BLOCK',
      ],
      [
        () =>
          agents.staff
            .put(`/api/v1/exam-sessions/${ids.exam2}/blocks/${block('BC02')}/marks`)
            .send({ marks: [{ attemptId: ids.attempt2, assessmentId: ids.epreuve, mark: 21 }] }),
        400,
        'INVALID_MARKS',
      ],
      [
        () =>
          agents.staff
            .post(`/api/v1/juries/${ids.jury2}/decisions`)
            .send({ traineeId: ids.trainee, blockId: block('BC02'), outcome: 'not_validated' }),
        400,
        'OVERRIDE_WITHOUT_COMMENT',
      ],
      [
        () =>
          agents.staff.post('/api/v1/placements').send({
            traineeId: ids.trainee,
            hostSiteId: ids.site,
            tutorId: ids.tutor,
            type: 'stage',
            startOn: '2027-03-10',
            endOn: '2027-03-12',
            plannedHours: 14,
            objectives: [],
          }),
        409,
        'PLACEMENT_OVERLAP',
      ],
      [() => agents.staff.post(`/api/v1/placements/${ids.placement}/start`), 409, 'CONVENTION_NOT_SIGNED'],
      [
        () =>
          agents.staff
            .put(`/api/v1/trainees/${ids.trainee}/health`)
            .send({ disabilityRecognised: true, adjustments: ['other'], vaccinations: [] }),
        400,
        'VALIDATION_FAILED',
      ],
    ];
    for (const [call, status, code] of refused) {
      const res = await call();
      expect([res.status, res.body.code]).toEqual([status, code]);
    }
    expect(await t.db.admin.countBy(AuditEvent, { schoolId: school.id })).toBe(before);
  });

  it('refuses to change or remove an entry, for the application role as for the owner', async () => {
    const count = await t.db.admin.countBy(AuditEvent, { schoolId: school.id });
    for (const sql of [`UPDATE audit_events SET action = 'x'`, `DELETE FROM audit_events`, `TRUNCATE audit_events`]) {
      await t.db.inSchool(school.id, async () => {
        await expect(t.db.tx.query(sql)).rejects.toThrow(/append-only|permission denied|must be owner/);
      });
    }
    await expect(t.db.admin.query(`UPDATE audit_events SET action = 'x' WHERE school_id = $1`, [school.id])).rejects.toThrow(/append-only/);
    await expect(t.db.admin.query(`DELETE FROM audit_events WHERE school_id = $1`, [school.id])).rejects.toThrow(/append-only/);
    expect(await t.db.admin.countBy(AuditEvent, { schoolId: school.id })).toBe(count);
  });
});

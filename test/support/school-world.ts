import { Client } from 'pg';
import TestAgent from 'supertest/lib/agent';
import { Account, AccountStatus, Role, School } from '@app/platform';
import { hashPassword } from '@app/platform/auth/secrets';
import { Trainee } from '@app/training';
import { Application, ApplicationDocument } from '@app/enrolment';
import { Tutor, TutorEvaluation } from '@app/internship';
import { NotificationPreference } from '@app/reminders';
import { createCohort, currentVersion } from '../factories/training.factory';
import { createAccount, TEST_PASSWORD } from '../factories/school.factory';
import { createNotification } from '../factories/notification.factory';
import { Body, Operation } from './api-catalogue';
import { tenantTables } from './catalogue';
import { TestApp } from './test-app';

/** A school's resources of every kind, made through the API by its administrator, for isolation tests. */
export interface SchoolWorld {
  admin: TestAgent;
  /** The id of one resource of each kind, named as in the API's paths (`trainees`, `afgsu-sessions`...). */
  ids: Record<string, string>;
  /** A valid body per route (`method path`), so that only an access check can refuse a call. */
  bodies: Record<string, Body>;
  /** A block of the referential (shared by every school). */
  blockId: string;
  /** The trainee the resources belong to, with an account of their own. */
  trainee: { id: string; accountId: string; email: string; lastName: string; cohortId: string };
  /** The tutor of that trainee's placement (no account), sent the link of its evaluation. */
  tutor: { id: string; email: string };
  /** The candidate's secret link to their application. */
  candidateToken: string;
}

/** A valid query per route that needs one. */
const QUERIES: Record<string, string> = { 'get /api/v1/trainees/{traineeId}/afgsu/gate': '?date=2027-01-01' };
const pdf = () => Buffer.from('%PDF-1.4\n%%EOF\n');
const sessionBody = (blockId: string) => ({ blockId, date: '2027-02-01', startTime: '09:00', endTime: '10:00' });

/**
 * In `school`: an invited user, a cohort open to applications with an application and its document, a trainee with a
 * session, an exemption, an AFGSU session, participation and attestation, an exam session with a convocation, a jury
 * and its batch of documents, a host site, a tutor, a placement with its convention and tutor evaluation (link sent),
 * sent for signature, an in-app notification to the trainee and muted reminders; each route's valid body.
 */
export async function seedSchoolWorld(t: TestApp, school: School): Promise<SchoolWorld> {
  const tag = `${school.slug}-${Date.now()}`;
  const admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
  const profile = {
    address: '12 rue de la République, 69002 Lyon',
    siret: '732 829 320 00074',
    activityNumber: '84691234569',
    signatory: 'Claire Dubois, directrice',
    phone: '04 72 00 00 00',
    contactEmail: `contact-${tag}@example.fr`,
  };
  await admin.put('/api/v1/school/profile').send(profile).expect(200);
  const userBody = { email: `u-${tag}@test.cqp.local`, fullName: 'Personne invitée', role: 'trainee' };
  const invited = await admin.post('/api/v1/users').send(userBody);
  const message = await t.delivered(invited.body.email);
  const cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-01', endDate: '2028-12-31', applicationsOpen: true });
  const candidateEmail = `cand-${tag}@example.fr`;
  const applicationBody = {
    schoolSlug: school.slug,
    cohortId: cohort.id,
    lastName: 'Candidate',
    firstName: 'Carla',
    email: candidateEmail,
    situation: 'nurse',
    diplomas: ['dei'],
    secretaryExperienceYears: 0,
    fundingPath: 'cpf',
    vae: false,
  };
  await t.http().post('/api/v1/public/applications').send(applicationBody).expect(201);
  const candidateToken = (await t.delivered(candidateEmail)).text.match(/\/candidature\/([A-Za-z0-9_-]+)/)![1];
  await t
    .http()
    .put(`/api/v1/public/applications/${candidateToken}/documents/cv`)
    .set('content-type', 'application/pdf')
    .send(pdf())
    .expect(200);
  const application = await t.db.admin.findOneByOrFail(Application, { email: candidateEmail });
  const document = await t.db.admin.findOneByOrFail(ApplicationDocument, { applicationId: application.id });
  const traineeEmail = `bea-${tag}@test.cqp.local`;
  const lastName = `Victime-${school.slug}`;
  const trainee = await admin.post(`/api/v1/cohorts/${cohort.id}/trainees`).send({ lastName, firstName: 'Bea', email: traineeEmail });
  const traineeRow = await t.db.admin.findOneByOrFail(Trainee, { id: trainee.body.id });
  const version = await currentVersion(t.db.admin);
  const blockId = version.blocks![0].id;
  const bc02 = version.blocks!.find((bl) => bl.code === 'BC02')!.id;
  const session = await admin.post(`/api/v1/cohorts/${cohort.id}/sessions`).send(sessionBody(blockId));
  const afgsuSessionBody = {
    kind: 'initial',
    cesuName: 'CESU du monde',
    capacity: 12,
    days: [
      { date: '2027-03-01', startTime: '09:00', endTime: '17:00' },
      { date: '2027-03-02', startTime: '09:00', endTime: '16:00' },
    ],
  };
  const afgsuSession = await admin.post('/api/v1/afgsu/sessions').send(afgsuSessionBody);
  await admin.post(`/api/v1/afgsu/sessions/${afgsuSession.body.id}/participants`).send({ traineeId: trainee.body.id }).expect(201);
  const afgsu = await admin
    .post(`/api/v1/trainees/${trainee.body.id}/afgsu/attestations`)
    .send({ level: 2, kind: 'prior', issuingCentre: 'CESU 13', issuedOn: '2025-05-02' });
  const epreuveBody = { versionId: version.id, blockId: bc02, kind: 'oral', label: 'Oral', maxMark: 20, weight: 1 };
  const epreuve = await admin.post('/api/v1/assessment/epreuves').send(epreuveBody);
  const examBody = {
    versionId: version.id,
    name: 'Examen',
    date: '2027-06-14',
    startTime: '09:00',
    place: 'Salle 1',
    assessmentIds: [epreuve.body.id],
  };
  const exam = await admin.post('/api/v1/exam-sessions').send(examBody);
  const convened = await admin
    .post(`/api/v1/exam-sessions/${exam.body.id}/convocations`)
    .send({ blockId: bc02, traineeIds: [trainee.body.id] });
  const juryBody = { versionId: version.id, date: '2027-06-30', president: 'Présidente', members: [] };
  const jury = await admin.post('/api/v1/juries').send(juryBody);
  const batchBody = { kind: 'jury_pv', jurySessionId: jury.body.id };
  const batch = await admin.post('/api/v1/documents/batches').send(batchBody);
  const hostSiteBody = {
    name: `Cabinet ${tag}`,
    kind: 'other',
    address: '1 rue du Stage',
    postalCode: '75001',
    city: 'Paris',
    capacity: 1,
    contacts: [{ name: 'Dr Accueil', role: 'Médecin', email: `cabinet-${tag}@example.fr` }],
  };
  const hostSite = await admin.post('/api/v1/host-sites').send(hostSiteBody);
  const tutorEmail = `tuteur-${tag}@example.fr`;
  const tutorBody = { lastName: 'Tuteur', firstName: 'Paul', profession: 'manager', email: tutorEmail, hostSiteIds: [hostSite.body.id] };
  const tutor = await admin.post('/api/v1/tutors').send(tutorBody);
  const placementBody = {
    traineeId: trainee.body.id,
    hostSiteId: hostSite.body.id,
    tutorId: tutor.body.id,
    type: 'stage',
    startOn: '2027-03-01',
    endOn: '2027-03-05',
    plannedHours: 35,
    objectives: [{ blockId: bc02, text: 'Accueil des patients' }],
  };
  const placement = await admin.post('/api/v1/placements').send(placementBody);
  const convention = await admin.post(`/api/v1/placements/${placement.body.id}/conventions`).expect(201);
  const template = (await admin.get('/api/v1/convention-template')).body;
  const templateBody = { title: template.title, articles: template.articles };
  await admin.put('/api/v1/convention-template').send(templateBody).expect(200);
  await admin.post(`/api/v1/conventions/${convention.body.id}/send`).expect(201);
  const evaluation = await t.db.admin.findOneByOrFail(TutorEvaluation, { placementId: placement.body.id });
  await admin.post(`/api/v1/tutor-evaluations/${evaluation.id}/link`).expect(200);
  const plan = await admin
    .post(`/api/v1/trainees/${trainee.body.id}/plan/exemptions`)
    .send({ blockId, minutes: 60, justification: 'Dispense' });
  const notification = await createNotification(t.db.admin, school.id, {
    recipientAccountId: traineeRow.accountId,
    recipientEmail: traineeEmail,
    status: 'sent',
    sentAt: new Date(),
  });
  await t.db.admin.insert(NotificationPreference, { accountId: invited.body.id, schoolId: school.id, mutedKinds: ['placement_starts'] });
  const answers = { levels: {}, comments: {}, overallComment: 'Évaluation' };
  const bodies: Record<string, Body> = {
    'put /api/v1/school/profile': profile,
    'post /api/v1/users': userBody,
    'post /api/v1/public/applications': { ...applicationBody, email: `cand2-${tag}@example.fr` },
    'post /api/v1/cohorts': {
      name: 'Promotion nouvelle',
      versionId: version.id,
      format: 'presentiel',
      startDate: '2027-09-01',
      endDate: '2028-06-30',
      capacity: 12,
    },
    'post /api/v1/afgsu/sessions': afgsuSessionBody,
    'post /api/v1/assessment/epreuves': epreuveBody,
    'post /api/v1/exam-sessions': examBody,
    'post /api/v1/juries': juryBody,
    'post /api/v1/documents/batches': batchBody,
    'post /api/v1/host-sites': { ...hostSiteBody, name: `Autre cabinet ${tag}` },
    'post /api/v1/tutors': { ...tutorBody, email: `tuteur2-${tag}@example.fr` },
    'post /api/v1/placements': { ...placementBody, startOn: '2027-05-03', endOn: '2027-05-07' },
    'put /api/v1/convention-template': templateBody,
    'put /api/v1/assessment/versions/{versionId}/blocks/{blockId}/rule': { rule: 'all_passed', reason: 'Règle de l’école' },
    'put /api/v1/referential/versions/{id}/settings/{key}': { value: 11, reason: 'Règle de l’école' },
    'post /api/v1/referential/versions/{id}/settings/{key}/reset': { reason: 'Retour au référentiel' },
    'put /api/v1/referential/versions/{id}/exemption-table': {
      rows: (await admin.get(`/api/v1/referential/versions/${version.id}/exemption-table`).expect(200)).body.rows,
      reason: 'Table de l’école',
    },
    'post /api/v1/referential/versions/{id}/exemption-table/reset': { reason: 'Retour au référentiel' },
    'patch /api/v1/users/{id}': { fullName: 'Nouveau nom' },
    'patch /api/v1/schools/{id}': { name: 'Nouveau nom' },
    'patch /api/v1/cohorts/{id}': { name: 'Nouveau nom' },
    'post /api/v1/cohorts/{id}/trainees': { lastName: 'Nouvel', firstName: 'Ivan', email: `ivan-${tag}@example.fr` },
    'post /api/v1/cohorts/{id}/trainees/import': `Nom;Prénom;E-mail\nNouvel;Ivan;ivan2-${tag}@example.fr\n`,
    'post /api/v1/trainees/{id}/withdraw': { reason: 'Abandon' },
    'post /api/v1/trainees/{id}/plan/exemptions/{exemptionId}/revoke': { reason: 'Erreur' },
    'post /api/v1/applications/{id}/documents/{documentId}/reject': { reason: 'Illisible' },
    'post /api/v1/applications/{id}/status': { status: 'incomplete', reason: 'Pièce manquante' },
    'post /api/v1/applications/{id}/eligibility-override': { override: true, justification: 'Expérience' },
    'put /api/v1/cohorts/{id}/applications': { applicationsOpen: true },
    'post /api/v1/applications/{id}/interview': { at: '2027-01-05T09:30:00+01:00' },
    'post /api/v1/applications/{id}/interview/outcome': { outcome: 'favourable', notes: 'Motivée' },
    'post /api/v1/applications/{id}/enrol': { exemptions: [] },
    'put /api/v1/sessions/{id}/attendance/{traineeId}': { status: 'excused', justification: 'Certificat' },
    'put /api/v1/sessions/{id}/attendance/{traineeId}/document': pdf(),
    'put /api/v1/afgsu/sessions/{id}/participants/{traineeId}': { attendance: 'present' },
    'post /api/v1/afgsu/sessions/{id}/attestations': { issuedOn: '2026-01-10', level: 1 },
    'post /api/v1/trainees/{traineeId}/afgsu/attestations': { level: 1, kind: 'prior', issuingCentre: 'CESU 69', issuedOn: '2025-01-10' },
    'post /api/v1/trainees/{traineeId}/afgsu/refreshers': { refresherOn: '2026-01-10', issuingCentre: 'CESU 69' },
    'put /api/v1/trainees/{traineeId}/afgsu/attestations/{id}/document': pdf(),
    'post /api/v1/cohorts/{id}/sessions': sessionBody(blockId),
    'put /api/v1/sessions/{id}': sessionBody(blockId),
    'put /api/v1/trainees/{id}/health': {
      disabilityRecognised: false,
      adjustments: [],
      vaccinations: [{ kind: 'dtp', status: 'incomplete', checkedOn: null }],
    },
    'post /api/v1/trainees/{id}/plan/exemptions': { blockId, minutes: 60, justification: 'Diplôme' },
    'post /api/v1/afgsu/sessions/{id}/participants': { traineeId: trainee.body.id },
    'patch /api/v1/assessment/epreuves/{id}': { label: 'Oral modifié' },
    'patch /api/v1/host-sites/{id}': { name: 'Cabinet renommé' },
    'put /api/v1/placements/{id}': placementBody,
    'patch /api/v1/tutors/{id}': { lastName: 'Renommé' },
    'post /api/v1/juries/{id}/certifications': { traineeId: trainee.body.id },
    'post /api/v1/trainees/{traineeId}/prior-validations': {
      blockId: bc02,
      source: 'vae',
      validatedOn: '2025-01-10',
      reference: 'VAE 2025',
    },
    'post /api/v1/trainees/{traineeId}/prior-validations/{id}/remove': { reason: 'Erreur' },
    'post /api/v1/juries/{id}/decisions': { traineeId: trainee.body.id, blockId: bc02, outcome: 'validated', comment: 'Validé' },
    'post /api/v1/exam-sessions/{id}/convocations': { blockId: bc02, traineeIds: [trainee.body.id] },
    'put /api/v1/exam-sessions/{id}/blocks/{blockId}/marks': {
      marks: [{ attemptId: convened.body.convened[0].attemptId, assessmentId: epreuve.body.id, mark: 10 }],
    },
    'put /api/v1/placements/{id}/evaluation-dates': { dates: ['2027-03-03'] },
    'post /api/v1/tutor-evaluations/{id}/reopen': { reason: 'Erreur' },
    'put /api/v1/me/tutor-evaluations/{id}': answers,
    'post /api/v1/me/tutor-evaluations/{id}/submit': answers,
  };
  const ids = {
    users: invited.body.id,
    outbox: message.id,
    schools: school.id,
    referential: version.id,
    cohorts: cohort.id,
    trainees: trainee.body.id,
    sessions: session.body.id,
    me: session.body.id,
    exemptions: plan.body.exemptions[0].id,
    applications: application.id,
    documents: document.id,
    'afgsu-sessions': afgsuSession.body.id,
    'afgsu-attestations': afgsu.body.attestations[0].id,
    assessment: epreuve.body.id,
    'exam-sessions': exam.body.id,
    juries: jury.body.id,
    'host-sites': hostSite.body.id,
    tutors: tutor.body.id,
    placements: placement.body.id,
    conventions: convention.body.id,
    'tutor-evaluations': evaluation.id,
    attempts: convened.body.convened[0].attemptId,
    'document-batches': batch.body.id,
    'generated-documents': batch.body.documents[0].id,
    notifications: notification.id,
  };
  return {
    admin,
    ids,
    bodies,
    blockId,
    trainee: { id: trainee.body.id, accountId: traineeRow.accountId, email: traineeEmail, lastName, cohortId: cohort.id },
    tutor: { id: tutor.body.id, email: tutorEmail },
    candidateToken,
  };
}

/**
 * The world's trainee and tutor logged in, as the owners of its resources: the trainee's invited account activated with
 * TEST_PASSWORD, the tutor given an account.
 */
export async function loginOwners(
  t: TestApp,
  school: School,
  world: SchoolWorld,
): Promise<{ trainee: TestAgent; tutor: TestAgent; tutorEmail: string }> {
  await t.db.admin.update(
    Account,
    { id: world.trainee.accountId },
    { status: AccountStatus.Active, passwordHash: await hashPassword(TEST_PASSWORD) },
  );
  const tutorAccount = await createAccount(t.db.admin, school, Role.Tutor);
  await t.db.admin.update(Tutor, { id: world.tutor.id }, { accountId: tutorAccount.id });
  return { trainee: await t.login(world.trainee.email), tutor: await t.login(tutorAccount.email), tutorEmail: tutorAccount.email };
}

/** The kind of resource an operation's `{id}` names, as keyed in `SchoolWorld.ids`. */
export function resourceOf(path: string): string {
  const segments = path.split('/');
  if (path.startsWith('/api/v1/documents/'))
    return path.startsWith('/api/v1/documents/batches/') ? 'document-batches' : 'generated-documents';
  // AFGSU routes: the resource is the segment before {id} (its sessions are not the course sessions).
  if (path.includes('/afgsu/') && segments.includes('{id}')) return `afgsu-${segments[segments.indexOf('{id}') - 1]}`;
  // A caller's own resources under /me: the resource named after « me ».
  if (path.startsWith('/api/v1/me/') && segments.includes('{id}')) return segments[4];
  return segments[3];
}

/** The URL of `op` with the world's ids (its query too, when the route needs one); throws when no id fits. */
export function urlIn(world: Pick<SchoolWorld, 'ids' | 'blockId'>, op: Pick<Operation, 'path' | 'key'>): string {
  const { ids } = world;
  const url = op.path
    .replace('{id}', ids[resourceOf(op.path)] ?? '{id}')
    .replace('{traineeId}', ids.trainees)
    .replace('{exemptionId}', ids.exemptions)
    .replace('{documentId}', ids.documents)
    .replace('{blockId}', world.blockId)
    .replace('{attemptId}', ids.attempts)
    .replace('{versionId}', ids.referential)
    .replace('{key}', 'passMark');
  if (url.includes('{')) throw new Error(`No id for ${url}: add one to the world's ids`);
  return url.concat(QUERIES[op.key] ?? '');
}

/** Tables whose rows every authenticated request may touch: the session's last use (`sessions`). */
const TOUCHED_BY_EVERY_REQUEST = ['sessions'];

/**
 * An md5 of the rows of each table holding `schoolId`'s data (read from the catalogue), over the admin connection, in
 * one statement: two equal snapshots mean nothing of that school was written.
 */
export async function schoolChecksums(t: TestApp, schoolId: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: t.config.DATABASE_ADMIN_URL });
  await client.connect();
  try {
    const tables = (await tenantTables(client)).filter(({ table }) => !TOUCHED_BY_EVERY_REQUEST.includes(table));
    const sums = tables.map(
      ({ table, column }) =>
        `SELECT '${table}' AS name, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5 FROM "${table}" t WHERE ${column} = $1`,
    );
    const { rows } = await client.query<{ name: string; md5: string }>(sums.join(' UNION ALL '), [schoolId]);
    return Object.fromEntries(rows.map((r) => [r.name, r.md5]));
  } finally {
    await client.end();
  }
}

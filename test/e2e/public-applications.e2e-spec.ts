import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { AuditEvent, Role, School } from '@app/platform';
import { Application, ApplicationDocument } from '@app/enrolment';
import { Cohort, Trainee } from '@app/training';
import { DOCX_ENTRIES, exe, pdf, png, zip } from '../fixtures/files';
import { candidateForm, uploadAsked } from '../factories/application.factory';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

const RUNNING = { startDate: '2026-01-01', endDate: '2028-12-31' };

describe('applying without an account', () => {
  let t: TestApp;
  let school: School;
  let intake: Cohort;

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_LIMIT_BYTES: 256 * 1024 });
    school = await createSchool(t.db.admin);
    intake = await createCohort(t.db.admin, school.id, { ...RUNNING, applicationsOpen: true, name: 'Promotion Lyon 2027' });
    await createCohort(t.db.admin, school.id, { ...RUNNING, name: 'Fermée' });
  });
  afterAll(() => t.close());

  const candidate = (over: Record<string, unknown> = {}) => candidateForm(school.slug, intake.id, over);

  async function applyAndOpen(over: Record<string, unknown> = {}) {
    const body = candidate(over);
    const res = await t.http().post('/api/v1/public/applications').send(body);
    expect(res.status).toBe(201);
    const mail = await t.delivered(body.email as string);
    const token = mail.text.match(/\/candidature\/([A-Za-z0-9_-]+)/)![1];
    return { token, res, email: body.email as string };
  }

  it('lists only the intakes open to applications', async () => {
    const res = await t.http().get(`/api/v1/public/schools/${school.slug}/intakes`);
    expect(res.body.map((i: { name: string }) => i.name)).toEqual(['Promotion Lyon 2027']);
    expect((await t.http().get('/api/v1/public/schools/nope/intakes')).status).toBe(404);
  });

  it('applies, e-mails a personal link, shows the eligibility and the checklist, and takes three documents', async () => {
    const { token, res } = await applyAndOpen();
    expect(res.body.reference).toMatch(/^C-[A-Z2-9]{6}$/);
    const view = await t.http().get(`/api/v1/public/applications/${token}`);
    expect(view.body).toMatchObject({
      status: 'draft',
      statusLabel: expect.any(String),
      eligible: true,
      eligibility: 'Éligible : DEAS',
      canSubmit: false,
    });
    expect(view.body.checklist.map((c: { kind: string }) => c.kind)).toEqual(expect.arrayContaining(['cv', 'cover_letter', 'diploma']));

    const put = (kind: string, bytes: Buffer, type: string, name: string) =>
      t
        .http()
        .put(`/api/v1/public/applications/${token}/documents/${kind}`)
        .set('content-type', type)
        .set('x-file-name', encodeURIComponent(name))
        .send(bytes);
    expect((await put('cv', pdf(), 'application/pdf', 'CV Zoé.pdf')).status).toBe(200);
    expect((await put('cover_letter', zip(DOCX_ENTRIES), 'application/octet-stream', 'lettre.docx')).status).toBe(200);
    const last = await put('diploma', png(), 'image/png', 'diplôme.png');
    expect(last.status).toBe(200);
    expect(last.body.checklist.find((c: { kind: string }) => c.kind === 'cover_letter')).toMatchObject({
      status: 'received',
      fileName: 'lettre.docx',
    });
    expect(last.body.canSubmit).toBe(true);

    const submitted = await t.http().post(`/api/v1/public/applications/${token}/submit`);
    expect(submitted.body.status).toBe('submitted');
    const stored = await t.db.admin.findBy(ApplicationDocument, { schoolId: school.id });
    expect(stored.map((d) => d.contentType).sort()).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'image/png',
    ]);
    expect((await t.db.admin.findOneByOrFail(Application, { reference: res.body.reference })).emailConfirmedAt).not.toBeNull();
  });

  it('refuses hostile or wrong files and stores nothing', async () => {
    const { token } = await applyAndOpen();
    const files = () =>
      readdirSync(path.join(t.config.STORAGE_DIR), { recursive: true }).filter((f) => String(f).startsWith('applications')).length;
    const before = files();
    const put = (kind: string, bytes: Buffer, type = 'application/pdf') =>
      t.http().put(`/api/v1/public/applications/${token}/documents/${kind}`).set('content-type', type).send(bytes);
    const exeAsPdf = await put('cv', exe());
    expect(exeAsPdf.status).toBe(415);
    expect(exeAsPdf.body.message).toMatch(/Format de fichier non reconnu/);
    expect((await put('cv', Buffer.concat([Buffer.from('%PDF-1.4\n<html><script>alert(1)</script>'), pdf()]))).status).toBe(415);
    expect(
      (await put('cv', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/png')).status,
    ).toBe(415);
    expect((await put('diploma', zip(DOCX_ENTRIES), 'application/octet-stream')).body.code).toBe('TYPE_NOT_ALLOWED_FOR_KIND');
    expect((await put('cv', Buffer.alloc(0))).status).toBe(400);
    expect((await put('cv', Buffer.concat([pdf(), Buffer.alloc(300 * 1024)]))).status).toBe(413);
    expect((await put('passport-scan', pdf())).body.code).toBe('UNKNOWN_DOCUMENT_KIND');
    expect(files()).toBe(before);
    expect(await t.db.admin.countBy(ApplicationDocument, { schoolId: school.id, kind: 'cv' })).toBe(1); // only the first test's
  });

  it('refuses a duplicate application, a closed intake, a submission with documents missing, and unknown links', async () => {
    const { token, email } = await applyAndOpen();
    const again = await t.http().post('/api/v1/public/applications').send(candidate({ email }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DUPLICATE_APPLICATION');
    const closed = await t.db.admin.findOneByOrFail(Cohort, { name: 'Fermée', schoolId: school.id });
    expect(
      (
        await t
          .http()
          .post('/api/v1/public/applications')
          .send(candidate({ cohortId: closed.id }))
      ).body.code,
    ).toBe('INTAKE_CLOSED');
    const early = await t.http().post(`/api/v1/public/applications/${token}/submit`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DOCUMENTS_MISSING');
    expect((await t.http().get('/api/v1/public/applications/not-a-real-link')).status).toBe(404);
    const bad = await t
      .http()
      .post('/api/v1/public/applications')
      .send(candidate({ situation: 'astronaut', diplomas: ['phd'], schoolId: school.id }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['diplomas', 'schoolId', 'situation']);
  });

  it('explains a candidate who is not eligible, and the hire-date deadlines', async () => {
    const { token } = await applyAndOpen({
      situation: 'medical_secretary',
      diplomas: [],
      secretaryExperienceYears: 2,
      hiredAsAssistantOn: '2025-09-01',
      fundingPath: 'plan_developpement',
    });
    const view = (await t.http().get(`/api/v1/public/applications/${token}`)).body;
    expect(view.eligible).toBe(false);
    expect(view.eligibility).toMatch(/^Non éligible : .*2 ans d'expérience sur 3 requis/);
    expect(view.deadlines).toMatch(/01\/09\/2027/);
    expect(view.checklist.map((c: { kind: string }) => c.kind)).toEqual(
      expect.arrayContaining(['experience_proof', 'employment_contract']),
    );
  });
});

describe('staff reviewing applications', () => {
  let t: TestApp;
  let school: School;
  let intake: Cohort;
  let staff: Awaited<ReturnType<TestApp['login']>>;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    intake = await createCohort(t.db.admin, school.id, { ...RUNNING, applicationsOpen: true });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
  });
  afterAll(() => t.close());

  async function submittedFile(over: Record<string, unknown> = {}) {
    const email = `cand.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@example.fr`;
    const body = {
      schoolSlug: school.slug,
      cohortId: intake.id,
      lastName: 'Martin',
      firstName: 'Inès',
      email,
      situation: 'nurse',
      diplomas: ['dei'],
      secretaryExperienceYears: 0,
      fundingPath: 'cpf',
      vae: false,
      ...over,
    };
    await t.http().post('/api/v1/public/applications').send(body).expect(201);
    const token = (await t.delivered(email)).text.match(/\/candidature\/([A-Za-z0-9_-]+)/)![1];
    const asked = (await t.http().get(`/api/v1/public/applications/${token}`)).body.checklist.map((c: { kind: string }) => c.kind);
    for (const kind of asked) {
      const bytes = kind === 'diploma' ? png() : pdf(`% ${kind}\n`);
      await t
        .http()
        .put(`/api/v1/public/applications/${token}/documents/${kind}`)
        .set('content-type', 'application/octet-stream')
        .send(bytes)
        .expect(200);
    }
    await t.http().post(`/api/v1/public/applications/${token}/submit`).expect(200);
    const list = await staff.get(`/api/v1/applications?q=${encodeURIComponent(email)}`);
    return { id: list.body.items[0].id as string, token };
  }

  it('lists the files, rejects a document with a reason the candidate sees, who replaces it; then moves the file along', async () => {
    const { id, token } = await submittedFile();
    const file = await staff.get(`/api/v1/applications/${id}`);
    expect(file.body).toMatchObject({ status: 'submitted', eligible: true, eligibility: 'Éligible : DEI' });
    expect(file.body.nextStatuses).toEqual(expect.arrayContaining(['incomplete']));
    const diploma = file.body.documents.find((d: { kind: string }) => d.kind === 'diploma');

    const preview = await staff.get(`/api/v1/applications/${id}/documents/${diploma.id}/file?inline=true`).buffer(true);
    expect(preview.headers['content-type']).toBe('image/png');
    expect(preview.headers['content-disposition']).toMatch(/^inline;/);
    expect(preview.headers['x-content-type-options']).toBe('nosniff');
    expect((await staff.get(`/api/v1/applications/${id}/documents/${diploma.id}/file`)).headers['content-disposition']).toMatch(
      /^attachment;/,
    );

    await staff
      .post(`/api/v1/applications/${id}/documents/${diploma.id}/reject`)
      .send({ reason: 'Copie illisible : envoyez un scan en couleur.' })
      .expect(200);
    expect((await staff.get(`/api/v1/applications/${id}`)).body).toMatchObject({ status: 'incomplete', missingDocuments: 1 });
    const candidate = await t.http().get(`/api/v1/public/applications/${token}`);
    expect(candidate.body.checklist.find((c: { kind: string }) => c.kind === 'diploma')).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Copie illisible : envoyez un scan en couleur.',
    });
    await t
      .http()
      .put(`/api/v1/public/applications/${token}/documents/diploma`)
      .set('content-type', 'application/pdf')
      .send(pdf())
      .expect(200);
    await t.http().post(`/api/v1/public/applications/${token}/submit`).expect(200);

    const refreshed = (await staff.get(`/api/v1/applications/${id}`)).body;
    const complete = await staff.post(`/api/v1/applications/${id}/status`).send({ status: 'complete', reason: 'Dossier complet' });
    expect(complete.status).toBe(409); // documents received but not yet accepted
    for (const d of refreshed.documents.filter((x: { status: string }) => x.status === 'received')) {
      await staff.post(`/api/v1/applications/${id}/documents/${d.id}/accept`).expect(200);
    }
    const done = await staff.post(`/api/v1/applications/${id}/status`).send({ status: 'complete', reason: 'Dossier complet' });
    expect(done.body.status).toBe('complete');
    const notAllowed = await staff.post(`/api/v1/applications/${id}/status`).send({ status: 'enrolled', reason: 'Trop vite' });
    expect(notAllowed.status).toBe(409);
    expect(notAllowed.body.code).toBe('TRANSITION_NOT_ALLOWED');
    const events = await t.db.admin.findBy(AuditEvent, { schoolId: school.id, entityId: id, action: 'application.status_changed' });
    expect(events.map((e) => e.after?.status)).toEqual(expect.arrayContaining(['incomplete', 'complete']));
  });

  it('lets staff admit a non-eligible candidate to the process only with a justification', async () => {
    const { id } = await submittedFile({ situation: 'other', diplomas: [], secretaryExperienceYears: 1 });
    const file = (await staff.get(`/api/v1/applications/${id}`)).body;
    expect(file.eligible).toBe(false);
    expect((await staff.post(`/api/v1/applications/${id}/eligibility-override`).send({ override: true })).status).toBe(400);
    const overridden = await staff
      .post(`/api/v1/applications/${id}/eligibility-override`)
      .send({ override: true, justification: 'Expérience équivalente attestée par l’employeur' });
    expect(overridden.body).toMatchObject({
      eligibilityOverride: true,
      eligibilityOverrideReason: 'Expérience équivalente attestée par l’employeur',
    });
    const trainee = await t.login((await createAccount(t.db.admin, school, Role.Trainee)).email);
    expect((await trainee.get(`/api/v1/applications/${id}`)).status).toBe(403);
  });
});

describe('from admission to enrolment', () => {
  let t: TestApp;
  let school: School;
  let intake: Cohort;
  let staff: Awaited<ReturnType<TestApp['login']>>;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    intake = await createCohort(t.db.admin, school.id, { ...RUNNING, applicationsOpen: true });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
  });
  afterAll(() => t.close());

  async function admitted() {
    const email = `adm.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@example.fr`;
    await t
      .http()
      .post('/api/v1/public/applications')
      .send({
        schoolSlug: school.slug,
        cohortId: intake.id,
        lastName: 'Petit',
        firstName: 'Lucas',
        email,
        situation: 'care_assistant',
        diplomas: ['deas'],
        secretaryExperienceYears: 0,
        fundingPath: 'cpf',
        vae: false,
      })
      .expect(201);
    const token = (await t.delivered(email)).text.match(/\/candidature\/([A-Za-z0-9_-]+)/)![1];
    await uploadAsked(t, token, { only: ['cv', 'cover_letter', 'diploma'], submit: true });
    const id = (await staff.get(`/api/v1/applications?q=${encodeURIComponent(email)}`)).body.items[0].id as string;
    for (const d of (await staff.get(`/api/v1/applications/${id}`)).body.documents)
      await staff.post(`/api/v1/applications/${id}/documents/${d.id}/accept`).expect(200);
    await staff.post(`/api/v1/applications/${id}/status`).send({ status: 'complete', reason: 'Pièces conformes' }).expect(200);
    const interviewer = await createAccount(t.db.admin, school, Role.Staff);
    const scheduled = await staff
      .post(`/api/v1/applications/${id}/interview`)
      .send({ at: '2027-01-05T09:30:00+01:00', interviewerId: interviewer.id });
    expect(scheduled.body).toMatchObject({ status: 'interview_scheduled', interviewAt: '2027-01-05T08:30:00.000Z' });
    expect((await staff.post(`/api/v1/applications/${id}/status`).send({ status: 'admitted', reason: 'Trop tôt' })).status).toBe(409);
    await staff
      .post(`/api/v1/applications/${id}/interview/outcome`)
      .send({ outcome: 'favourable', notes: 'Projet clair, employeur partenaire.' })
      .expect(200);
    await staff
      .post(`/api/v1/applications/${id}/status`)
      .send({ status: 'admitted', reason: 'Avis favorable du jury d’admission' })
      .expect(200);
    return { id, email };
  }

  it('proposes exemptions from the diplomas and enrols the candidate: trainee, invitation and individual plan at once', async () => {
    const { id, email } = await admitted();
    const proposal = (await staff.get(`/api/v1/applications/${id}/positioning`)).body;
    expect(proposal.length).toBeGreaterThan(0);
    expect(proposal.every((e: { justification: string }) => e.justification.includes('DEAS'))).toBe(true);
    const res = await staff.post(`/api/v1/applications/${id}/enrol`).send({ exemptions: proposal });
    expect(res.status).toBe(201);
    expect(res.body.application).toMatchObject({ status: 'enrolled', traineeId: res.body.traineeId });
    const plan = (await staff.get(`/api/v1/trainees/${res.body.traineeId}/plan`)).body;
    expect(plan.exemptions).toHaveLength(proposal.length);
    expect(plan.requiredMinutes).toBe(279 * 60 - proposal.reduce((s: number, e: { minutes: number }) => s + e.minutes, 0));
    await t.delivered(email, /Activez votre compte/);
    expect((await staff.post(`/api/v1/applications/${id}/enrol`).send({ exemptions: [] })).status).toBe(409);
  });

  it('enrols nothing when the adjusted plan breaks a rule', async () => {
    const { id, email } = await admitted();
    const block = (await currentVersion(t.db.admin)).blocks!.find((b) => b.code === 'BC03')!;
    const res = await staff
      .post(`/api/v1/applications/${id}/enrol`)
      .send({ exemptions: [{ blockId: block.id, minutes: block.plannedMinutes + 60, justification: 'Trop' }] });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('EXEMPTION_EXCEEDS_BLOCK');
    expect(await t.db.admin.countBy(Trainee, { email })).toBe(0);
    expect((await staff.get(`/api/v1/applications/${id}`)).body.status).toBe('admitted');
  });
});

import { AuditEvent, Role, School } from '@app/platform';
import { Application } from '@app/enrolment';
import { Cohort } from '@app/training';
import { apply, candidateForm, uploadAsked } from '../factories/application.factory';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

const RUNNING = { startDate: '2026-01-01', endDate: '2028-12-31' };
type Agent = Awaited<ReturnType<TestApp['login']>>;

describe('staff list of applications: filters and CSV export', () => {
  let t: TestApp;
  let school: School;
  let intake: Cohort;
  let staff: Agent;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    intake = await createCohort(t.db.admin, school.id, { ...RUNNING, applicationsOpen: true, name: 'Promo ; "Nord"' });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    const files = {
      complete: candidateForm(school.slug, intake.id, { lastName: 'Complet' }),
      missing: candidateForm(school.slug, intake.id, { lastName: 'Manquant' }),
      notEligible: candidateForm(school.slug, intake.id, {
        lastName: '=Formule',
        situation: 'other',
        diplomas: [],
        secretaryExperienceYears: 2,
      }),
      experienced: candidateForm(school.slug, intake.id, {
        lastName: 'Expérimentée',
        situation: 'medical_secretary',
        diplomas: [],
        secretaryExperienceYears: 3,
      }),
    };
    for (const [name, form] of Object.entries(files)) {
      const { token } = await apply(t, form);
      await uploadAsked(t, token, name === 'missing' ? { only: ['cv'] } : { submit: true });
      ids[name] = (await staff.get(`/api/v1/applications?q=${encodeURIComponent(form.email)}`)).body.items[0].id;
    }
  });
  afterAll(() => t.close());

  /** The names a filter lists; its total (counted apart from the page) must agree with them. */
  const names = async (query: string) => {
    const { items, total } = (await staff.get(`/api/v1/applications?cohortId=${intake.id}&sort=lastName&order=asc&${query}`)).body;
    expect(total).toBe(items.length);
    return (items as { lastName: string }[]).map((i) => i.lastName);
  };

  it('shows eligibility and missing documents in the list, and filters on them', async () => {
    const all = (await staff.get(`/api/v1/applications?cohortId=${intake.id}`)).body.items;
    expect(all.find((i: { id: string }) => i.id === ids.missing)).toMatchObject({ missingDocuments: 2, eligible: true });
    expect(all.find((i: { id: string }) => i.id === ids.notEligible)).toMatchObject({ missingDocuments: 0, eligible: false });
    expect(await names('missingDocuments=true')).toEqual(['Manquant']);
    expect(await names('missingDocuments=false')).toEqual(['=Formule', 'Complet', 'Expérimentée']);
    expect(await names('eligibility=eligible')).toEqual(['Complet', 'Expérimentée', 'Manquant']);
    expect(await names('eligibility=not_eligible')).toEqual(['=Formule']);
    expect(await names('eligibility=overridden')).toEqual([]);
    await staff
      .post(`/api/v1/applications/${ids.notEligible}/eligibility-override`)
      .send({ override: true, justification: 'Deux ans d’accueil en cabinet dentaire' })
      .expect(200);
    expect(await names('eligibility=not_eligible')).toEqual([]);
    expect(await names('eligibility=overridden')).toEqual(['=Formule']);
  });

  it('follows the school’s setting for the years of experience', async () => {
    const admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
    const version = await currentVersion(t.db.admin);
    await admin
      .put(`/api/v1/referential/versions/${version.id}/settings/secretaryExperienceYears`)
      .send({ value: 4, reason: 'Exigence de l’école' })
      .expect(200);
    expect(await names('eligibility=eligible')).toEqual(['Complet', 'Manquant']);
    await admin
      .post(`/api/v1/referential/versions/${version.id}/settings/secretaryExperienceYears/reset`)
      .send({ reason: 'Retour' })
      .expect(200);
  });

  it('refuses unknown filter values', async () => {
    for (const q of ['missingDocuments=peut-être', 'eligibility=maybe']) {
      const res = await staff.get(`/api/v1/applications?${q}`);
      expect(res.status).toBe(400);
    }
  });

  it('exports the filtered list as a CSV for French spreadsheets, formulas neutralised', async () => {
    const res = await staff.get(`/api/v1/applications/export?cohortId=${intake.id}&eligibility=overridden`).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="candidatures-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = res.text;
    expect(text.startsWith('\uFEFFRéférence;Nom;Prénom;E-mail;Téléphone;Session;Statut;Éligible;Dérogation;Pièces manquantes;')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`;'=Formule;Zoé;`);
    expect(lines[1]).toContain(';"Promo ; ""Nord""";Déposée;non;oui;0;Autre situation;Compte personnel de formation (CPF);non;');
    const all = await staff.get(`/api/v1/applications/export?cohortId=${intake.id}`).buffer(true);
    expect(all.text.trim().split('\r\n')).toHaveLength(5);
    const trainee = await t.login((await createAccount(t.db.admin, school, Role.Trainee)).email);
    expect((await trainee.get('/api/v1/applications/export')).status).toBe(403);
  });
});

describe('a rejected document sends the file back to the candidate', () => {
  let t: TestApp;
  let school: School;
  let intake: Cohort;
  let staff: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    intake = await createCohort(t.db.admin, school.id, { ...RUNNING, applicationsOpen: true });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
  });
  afterAll(() => t.close());

  it('reopens a submitted or complete file, tells the candidate by e-mail, who mends and sends it again', async () => {
    const { email, token } = await apply(t, candidateForm(school.slug, intake.id));
    await uploadAsked(t, token, { submit: true });
    const id = (await staff.get(`/api/v1/applications?q=${encodeURIComponent(email)}`)).body.items[0].id;
    const docs = (await staff.get(`/api/v1/applications/${id}`)).body.documents as { id: string; kind: string }[];
    for (const d of docs) await staff.post(`/api/v1/applications/${id}/documents/${d.id}/accept`).expect(200);
    await staff.post(`/api/v1/applications/${id}/status`).send({ status: 'complete', reason: 'Pièces conformes' }).expect(200);

    const letter = docs.find((d) => d.kind === 'cover_letter')!;
    const rejected = await staff.post(`/api/v1/applications/${id}/documents/${letter.id}/reject`).send({ reason: 'Lettre non signée.' });
    expect(rejected.body).toMatchObject({ status: 'incomplete', missingDocuments: 1 });
    const mail = await t.delivered(email, /une pièce est à remplacer/);
    expect(mail.text).toContain('« Lettre de motivation »');
    expect(mail.text).toContain('Lettre non signée.');
    const events = await t.db.admin.findBy(AuditEvent, { entityId: id, action: 'application.status_changed' });
    expect(events.find((e) => e.after?.status === 'incomplete')?.reason).toBe('Pièce refusée (Lettre de motivation) : Lettre non signée.');

    const candidateView = (await t.http().get(`/api/v1/public/applications/${token}`)).body;
    expect(candidateView).toMatchObject({ status: 'incomplete', canSubmit: false });
    await uploadAsked(t, token, { only: ['cover_letter'], submit: true });
    expect((await staff.get(`/api/v1/applications/${id}`)).body).toMatchObject({ status: 'submitted', missingDocuments: 0 });
  });
});

describe('VAE, declared AFGSU and the school’s exemption table', () => {
  let t: TestApp;
  let school: School;
  let other: School;
  let intake: Cohort;
  let otherIntake: Cohort;
  let staff: Agent;
  let admin: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    other = await createSchool(t.db.admin);
    intake = await createCohort(t.db.admin, school.id, { ...RUNNING, applicationsOpen: true });
    otherIntake = await createCohort(t.db.admin, other.id, { ...RUNNING, applicationsOpen: true });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
  });
  afterAll(() => t.close());

  it('takes one VAE application per person, certification and calendar year, in any school, with at least 1,607 h', async () => {
    const short = await t
      .http()
      .post('/api/v1/public/applications')
      .send(candidateForm(school.slug, intake.id, { vae: true, vaeExperienceHours: 1606 }));
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ code: 'VAE_EXPERIENCE_TOO_SHORT' });
    expect(short.body.message).toMatch(/au moins 1\s607 h/u);

    const form = candidateForm(school.slug, intake.id, { vae: true, vaeExperienceHours: 1607 });
    await apply(t, form);
    const again = await t
      .http()
      .post('/api/v1/public/applications')
      .send(candidateForm(other.slug, otherIntake.id, { email: form.email, vae: true, vaeExperienceHours: 3000 }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('VAE_ALREADY_THIS_YEAR');
    expect(await t.db.admin.countBy(Application, { email: form.email })).toBe(1);
    // Without VAE, the same person may apply to the training elsewhere.
    await apply(t, candidateForm(other.slug, otherIntake.id, { email: form.email }));
  });

  it('refuses an AFGSU declared in the future or without its level', async () => {
    const future = await t
      .http()
      .post('/api/v1/public/applications')
      .send(candidateForm(school.slug, intake.id, { afgsuLevel: 1, afgsuIssuedOn: '2099-01-01' }));
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('AFGSU_DATE_IN_FUTURE');
    const noLevel = await t
      .http()
      .post('/api/v1/public/applications')
      .send(candidateForm(school.slug, intake.id, { afgsuIssuedOn: '2025-01-01' }));
    expect(noLevel.status).toBe(400);
    expect(noLevel.body.errors).toHaveProperty('afgsuLevel');
  });

  async function submitted(over: Record<string, unknown>) {
    const { email, token } = await apply(t, candidateForm(school.slug, intake.id, over));
    await uploadAsked(t, token, { submit: true });
    return (await staff.get(`/api/v1/applications?q=${encodeURIComponent(email)}`)).body.items[0].id as string;
  }
  const afgsuModule = async () =>
    (await currentVersion(t.db.admin)).blocks!.flatMap((b) => b.modules!).find((m) => m.code === 'BC04-M1')!.id;

  it('proposes the AFGSU module only once the copy of a still valid attestation is accepted, and records it at enrolment', async () => {
    const id = await submitted({ afgsuLevel: 2, afgsuIssuedOn: '2025-06-01' });
    const file = (await staff.get(`/api/v1/applications/${id}`)).body;
    expect(file).toMatchObject({ afgsuLevel: 2, afgsuIssuedOn: '2025-06-01' });
    expect(file.checklist.map((c: { kind: string }) => c.kind)).toContain('afgsu');
    const moduleId = await afgsuModule();
    expect((await staff.get(`/api/v1/applications/${id}/positioning`)).body.map((e: { moduleId: string }) => e.moduleId)).not.toContain(
      moduleId,
    );
    const copy = file.documents.find((d: { kind: string }) => d.kind === 'afgsu');
    await staff.post(`/api/v1/applications/${id}/documents/${copy.id}/accept`).expect(200);
    const proposal = (await staff.get(`/api/v1/applications/${id}/positioning`)).body;
    expect(proposal.find((e: { moduleId: string }) => e.moduleId === moduleId)).toMatchObject({
      minutes: 14 * 60,
      justification: 'Titulaire du DEAS : AFGSU en cours de validité',
    });

    for (const d of (await staff.get(`/api/v1/applications/${id}`)).body.documents.filter(
      (x: { status: string }) => x.status === 'received',
    ))
      await staff.post(`/api/v1/applications/${id}/documents/${d.id}/accept`).expect(200);
    await staff.post(`/api/v1/applications/${id}/status`).send({ status: 'complete', reason: 'Pièces conformes' }).expect(200);
    await staff.post(`/api/v1/applications/${id}/interview`).send({ at: '2027-01-05T09:30:00+01:00' }).expect(200);
    await staff.post(`/api/v1/applications/${id}/interview/outcome`).send({ outcome: 'favourable', notes: 'Motivée.' }).expect(200);
    await staff.post(`/api/v1/applications/${id}/status`).send({ status: 'admitted', reason: 'Admise' }).expect(200);
    const enrolled = await staff.post(`/api/v1/applications/${id}/enrol`).send({ exemptions: proposal });
    expect(enrolled.status).toBe(201);
    const afgsu = (await staff.get(`/api/v1/trainees/${enrolled.body.traineeId}/afgsu`)).body;
    expect(afgsu.status).toMatchObject({ status: 'valid', expiresOn: '2029-06-01' });
    expect(afgsu.attestations).toEqual([
      expect.objectContaining({ level: 2, kind: 'prior', verified: true, issuedOn: '2025-06-01', documentType: 'application/pdf' }),
    ]);

    const expired = await submitted({ afgsuLevel: 1, afgsuIssuedOn: '2021-01-04' });
    const old = (await staff.get(`/api/v1/applications/${expired}`)).body.documents.find((d: { kind: string }) => d.kind === 'afgsu');
    await staff.post(`/api/v1/applications/${expired}/documents/${old.id}/accept`).expect(200);
    expect(
      (await staff.get(`/api/v1/applications/${expired}/positioning`)).body.map((e: { moduleId: string }) => e.moduleId),
    ).not.toContain(moduleId);
  });

  it('lets a school administrator replace the exemption table (checked, audited) and go back to the referential’s', async () => {
    const version = await currentVersion(t.db.admin);
    const url = `/api/v1/referential/versions/${version.id}/exemption-table`;
    const table = (await staff.get(url)).body;
    expect(table.source).toBe('referential');
    expect(table.rows).toHaveLength(22);
    expect((await staff.put(url).send({ rows: [], reason: 'Essai' })).status).toBe(403);

    const bad = await admin.put(url).send({
      rows: [{ diploma: 'deas', blockCode: 'BC03', moduleCode: 'BC04-M1', share: 1, reason: 'Mauvais bloc' }],
      reason: 'Table de l’école',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('Table des dispenses refusée : ligne 1, le module « BC04-M1 » n’appartient pas au bloc BC03.');
    expect((await staff.get(url)).body.source).toBe('referential');

    const own = [{ diploma: 'deas', blockCode: 'BC03', moduleCode: 'BC03-M3', share: 0.5, reason: 'pharmacologie vue en IFAS' }];
    const replaced = await admin.put(url).send({ rows: own, reason: 'Notre table, validée en conseil pédagogique' });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ source: 'school', rows: own });
    const id = await submitted({});
    const bc03m3 = version.blocks!.flatMap((b) => b.modules!).find((m) => m.code === 'BC03-M3')!;
    expect((await staff.get(`/api/v1/applications/${id}/positioning`)).body).toEqual([
      { blockId: bc03m3.blockId, moduleId: bc03m3.id, minutes: 7 * 60, justification: 'Titulaire du DEAS : pharmacologie vue en IFAS' },
    ]);
    const audit = await t.db.admin.findOneByOrFail(AuditEvent, { schoolId: school.id, action: 'exemption_table.replaced' });
    expect(audit.reason).toBe('Notre table, validée en conseil pédagogique');

    const reset = await admin.post(`${url}/reset`).send({ reason: 'Retour au référentiel' });
    expect(reset.body.source).toBe('referential');
    expect((await staff.get(`/api/v1/applications/${id}/positioning`)).body.length).toBeGreaterThan(1);
  });
});

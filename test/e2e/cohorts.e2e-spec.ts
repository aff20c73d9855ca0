import { Account, AuditEvent, Role, School } from '@app/platform';
import { Trainee } from '@app/training';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

describe('cohorts and trainees', () => {
  let t: TestApp;
  let school: School;
  let staff: Awaited<ReturnType<TestApp['login']>>;
  let versionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    versionId = (await currentVersion(t.db.admin)).id;
  });
  afterAll(() => t.close());

  const csv = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);
  const upload = (cohortId: string, body: Buffer) =>
    staff.post(`/api/v1/cohorts/${cohortId}/trainees/import`).set('content-type', 'text/csv').send(body);

  it('creates a cohort, lists it with its version and an iCal URL, and refuses dates in the wrong order', async () => {
    const res = await staff.post('/api/v1/cohorts').send({
      name: 'Promotion Lyon janvier 2027',
      versionId,
      format: 'alternance',
      startDate: '2027-01-11',
      endDate: '2027-12-17',
      capacity: 18,
      place: 'Lyon',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Promotion Lyon janvier 2027',
      versionCode: 'RNCP40913',
      format: 'alternance',
      traineeCount: 0,
      capacity: 18,
    });
    expect(res.body.icalUrl).toMatch(/\/api\/v1\/ical\/cohorts\/[A-Za-z0-9_-]{32}\.ics$/);
    const list = await staff.get('/api/v1/cohorts?q=Lyon janvier&activeOn=2027-03-01');
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(res.body.id);

    const wrong = await staff
      .post('/api/v1/cohorts')
      .send({ name: 'À l’envers', versionId, format: 'mixte', startDate: '2027-06-01', endDate: '2027-01-01', capacity: 10 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('INVALID_DATE_RANGE');
    const badDate = await staff
      .post('/api/v1/cohorts')
      .send({ name: 'Date', versionId, format: 'mixte', startDate: '2027-02-30', endDate: '2027-03-01', capacity: 10 });
    expect(badDate.status).toBe(400);
  });

  it('adds a trainee who is invited by e-mail, within the capacity', async () => {
    const cohort = await createCohort(t.db.admin, school.id, { capacity: 1 });
    const res = await staff
      .post(`/api/v1/cohorts/${cohort.id}/trainees`)
      .send({ lastName: 'Moreau', firstName: 'Léa', email: 'Lea.Moreau.' + Date.now() + '@example.fr' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ lastName: 'Moreau', firstName: 'Léa', status: 'active', cohortId: cohort.id });
    const account = await t.db.admin.findOneByOrFail(Account, { id: res.body.accountId });
    expect(account).toMatchObject({ role: Role.Trainee, status: 'invited', fullName: 'Léa Moreau' });
    await t.delivered(account.email, /Activez votre compte/);
    const full = await staff
      .post(`/api/v1/cohorts/${cohort.id}/trainees`)
      .send({ lastName: 'Petit', firstName: 'Jean', email: `jean.${Date.now()}@example.fr` });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('COHORT_FULL');
  });

  it('imports a Windows-1252 CSV with « ; » and a UTF-8 one with « , », accents intact', async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const stamp = Date.now();
    const latin = upload(
      cohort.id,
      csv(`Nom;Prénom;E-mail;Téléphone\r\nLefèvre;Hélène;helene.${stamp}@example.fr;06 12 34 56 78\r\n`, 'latin1'),
    );
    expect((await latin).status).toBe(201);
    const utf8 = await upload(
      cohort.id,
      csv(`\uFEFFnom,prénom,email\nDurand,Zoé,zoe.${stamp}@example.fr\nN'Diaye,"Aïssa, Marie",aissa.${stamp}@example.fr\n`),
    );
    expect(utf8.status).toBe(201);
    expect(utf8.body).toEqual({ imported: 2, errors: [] });
    const names = (await staff.get(`/api/v1/cohorts/${cohort.id}/trainees?sort=lastName&order=asc`)).body.items.map(
      (x: Trainee) => `${x.firstName} ${x.lastName}`,
    );
    expect(names).toEqual(['Zoé Durand', 'Hélène Lefèvre', "Aïssa, Marie N'Diaye"]);
  });

  it('imports nothing from a file with errors, and says which line is wrong', async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const existing = await createAccount(t.db.admin, school, Role.Staff);
    const stamp = Date.now();
    const res = await upload(
      cohort.id,
      csv(
        `Nom;Prénom;E-mail\nMartin;Paul;paul.${stamp}@example.fr\n;Sans nom;sansnom.${stamp}@example.fr\nDupont;Anne;pas-un-email\nMartin;Paul;paul.${stamp}@example.fr\nUn;Compte;${existing.email}\n`,
      ),
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CSV_REJECTED');
    expect(Object.keys(res.body.errors)).toEqual(['ligne 3', 'ligne 4', 'ligne 5', 'ligne 6']);
    expect(await t.db.admin.countBy(Trainee, { cohortId: cohort.id })).toBe(0);
    expect(await t.db.admin.countBy(Account, { email: `paul.${stamp}@example.fr` })).toBe(0);

    const header = await upload(cohort.id, csv('Name;Surname;Mail\nA;B;c@d.fr\n'));
    expect(header.status).toBe(422);
    expect(header.body.errors['ligne 1'][0]).toMatch(/Nom/);
    const empty = await staff.post(`/api/v1/cohorts/${cohort.id}/trainees/import`).set('content-type', 'text/csv').send('');
    expect(empty.status).toBeGreaterThanOrEqual(400);
    expect(empty.status).toBeLessThan(500);
  });

  it('withdraws a trainee with a reason, audited', async () => {
    const cohort = await createCohort(t.db.admin, school.id);
    const added = await staff
      .post(`/api/v1/cohorts/${cohort.id}/trainees`)
      .send({ lastName: 'Roux', firstName: 'Nadia', email: `nadia.${Date.now()}@example.fr` });
    const res = await staff.post(`/api/v1/trainees/${added.body.id}/withdraw`).send({ reason: 'Abandon pour raisons personnelles' });
    expect(res.body.status).toBe('withdrawn');
    expect(await t.db.admin.countBy(AuditEvent, { entityId: added.body.id, action: 'trainee.withdrawn' })).toBe(1);
  });
});

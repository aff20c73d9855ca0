import { AuditEvent, Role, School } from '@app/platform';
import { HostSite, Tutor } from '@app/internship';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
const site = (over: Record<string, unknown> = {}) => ({
  name: 'Cabinet médical des Lilas',
  kind: 'general_practice',
  address: '8 rue des Lilas',
  postalCode: '69003',
  city: 'Lyon',
  siret: '732 829 320 00074',
  capacity: 2,
  contacts: [{ name: 'Dr Anne Roux', role: 'Médecin associée', email: 'a.roux@lilas.fr', phone: '04 78 00 00 00' }],
  ...over,
});

describe('internships: host sites and tutors directory', () => {
  let t: TestApp;
  let school: School;
  let staff: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
  });
  afterAll(() => t.close());

  it('records host sites with a checked SIRET, searches them and exports them as CSV', async () => {
    const created = await staff.post('/api/v1/host-sites').send(site());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ siret: '73282932000074', kindLabel: 'Cabinet de médecine générale', capacity: 2 });
    for (const [body, field] of [
      [site({ siret: '73282932000075' }), 'siret'],
      [site({ postalCode: '6900' }), 'postalCode'],
      [site({ kind: 'specialist_practice' }), 'speciality'],
      [site({ capacity: 0 }), 'capacity'],
    ] as const) {
      const res = await staff.post('/api/v1/host-sites').send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty(field);
    }
    expect(await t.db.admin.countBy(HostSite, { schoolId: school.id })).toBe(1);
    await staff
      .post('/api/v1/host-sites')
      .send(
        site({
          name: 'Cabinet de cardiologie Bellecour',
          kind: 'specialist_practice',
          speciality: 'Cardiologie',
          siret: null,
          city: 'Villeurbanne',
          postalCode: '69100',
        }),
      )
      .expect(201);
    const found = await staff.get('/api/v1/host-sites?q=villeur');
    expect(found.body.items.map((h: { name: string }) => h.name)).toEqual(['Cabinet de cardiologie Bellecour']);
    expect((await staff.get('/api/v1/host-sites?kind=general_practice')).body.total).toBe(1);

    const edited = await staff.patch(`/api/v1/host-sites/${created.body.id}`).send({ kind: 'specialist_practice' });
    expect(edited.body.code).toBe('SPECIALITY_REQUIRED');
    await staff.patch(`/api/v1/host-sites/${created.body.id}`).send({ capacity: 3 }).expect(200);
    expect(await t.db.admin.countBy(AuditEvent, { entityId: created.body.id })).toBe(2);

    const csv = await staff.get('/api/v1/host-sites/export').buffer(true);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0].replace(/^\uFEFF/, '')).toBe('Nom;Type;Spécialité;Adresse;Code postal;Ville;SIRET;Capacité;Contacts');
    expect(lines).toContain(
      'Cabinet médical des Lilas;Cabinet de médecine générale;;8 rue des Lilas;69003;Lyon;73282932000074;3;Dr Anne Roux – Médecin associée – a.roux@lilas.fr – 04 78 00 00 00',
    );
  });

  it('records tutors at host sites with a checked RPPS', async () => {
    const lilas = (await staff.post('/api/v1/host-sites').send(site({ name: 'Maison de santé du Parc', kind: 'msp' }))).body;
    const other = await createSchool(t.db.admin);
    const otherStaff = await t.login((await createAccount(t.db.admin, other, Role.Staff)).email);
    const foreign = (await otherStaff.post('/api/v1/host-sites').send(site())).body;
    const tutor = {
      lastName: 'Girard',
      firstName: 'Paul',
      profession: 'general_practitioner',
      rpps: '10003456786',
      email: 'P.Girard@Parc.fr',
      hostSiteIds: [lilas.id],
    };
    const bad = await staff.post('/api/v1/tutors').send({ ...tutor, rpps: '10003456787' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('RPPS_INVALID');
    const elsewhere = await staff.post('/api/v1/tutors').send({ ...tutor, hostSiteIds: [foreign.id] });
    expect(elsewhere.body.code).toBe('UNKNOWN_HOST_SITE');
    expect(await t.db.admin.countBy(Tutor, { schoolId: school.id })).toBe(0);
    const created = await staff.post('/api/v1/tutors').send(tutor);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'p.girard@parc.fr',
      professionLabel: 'Médecin généraliste',
      hostSites: [{ id: lilas.id, name: 'Maison de santé du Parc' }],
    });
    expect((await staff.get(`/api/v1/tutors?hostSiteId=${lilas.id}`)).body.items).toHaveLength(1);
    const listed = (await staff.get('/api/v1/host-sites?q=Parc')).body.items;
    expect(listed.map((h: { id: string; tutorCount: number }) => [h.id, h.tutorCount])).toEqual([[lilas.id, 1]]);
    const moved = await staff.patch(`/api/v1/tutors/${created.body.id}`).send({ rpps: null, phone: '06 12 34 56 78' });
    expect(moved.body).toMatchObject({ rpps: null, phone: '06 12 34 56 78' });
    expect((await otherStaff.get(`/api/v1/tutors/${created.body.id}`)).status).toBe(404);
  });

  it('places trainees: no overlap, within the cohort, within the site’s capacity, with a tutor of the site', async () => {
    const cohort = await createCohort(t.db.admin, school.id, { startDate: '2027-01-04', endDate: '2027-06-30' });
    const [ana, ben] = [
      (await createTrainee(t.db.admin, cohort, school)).trainee,
      (await createTrainee(t.db.admin, cohort, school)).trainee,
    ];
    const small = (await staff.post('/api/v1/host-sites').send(site({ name: 'Petit cabinet', capacity: 1 }))).body;
    const big = (await staff.post('/api/v1/host-sites').send(site({ name: 'Centre de santé Nord', kind: 'health_centre', capacity: 5 })))
      .body;
    const tutorOf = async (hostSiteId: string, email: string) =>
      (
        await staff
          .post('/api/v1/tutors')
          .send({ lastName: 'Tuteur', firstName: 'Un', profession: 'manager', email, hostSiteIds: [hostSiteId] })
      ).body.id as string;
    const smallTutor = await tutorOf(small.id, 'petit@example.fr');
    const bigTutor = await tutorOf(big.id, 'nord@example.fr');
    const place = (over: Record<string, unknown>) =>
      staff.post('/api/v1/placements').send({
        traineeId: ana.id,
        hostSiteId: small.id,
        tutorId: smallTutor,
        type: 'stage',
        startOn: '2027-02-01',
        endOn: '2027-02-12',
        plannedHours: 70,
        ...over,
      });

    const first = await place({});
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ hostSiteName: 'Petit cabinet', traineeName: `${ana.firstName} ${ana.lastName}` });
    const refusals: [Record<string, unknown>, string][] = [
      [{ hostSiteId: big.id, tutorId: bigTutor, startOn: '2027-02-12', endOn: '2027-02-20' }, 'PLACEMENT_OVERLAP'],
      [{ hostSiteId: big.id, tutorId: bigTutor, startOn: '2026-12-20', endOn: '2027-01-10' }, 'PLACEMENT_OUTSIDE_COHORT'],
      [{ traineeId: ben.id, startOn: '2027-02-10', endOn: '2027-02-15' }, 'HOST_SITE_FULL'],
      [{ traineeId: ben.id, hostSiteId: big.id, tutorId: smallTutor }, 'TUTOR_NOT_AT_SITE'],
      [{ hostSiteId: big.id, tutorId: bigTutor, startOn: '2027-03-10', endOn: '2027-03-01' }, 'PLACEMENT_END_BEFORE_START'],
    ];
    for (const [over, code] of refusals) {
      const res = await place(over);
      expect({ code: res.body.code, status: res.status < 500 && res.status >= 400 }).toEqual({ code, status: true });
    }
    // The day after the first ends, the site is free again; the trainee's next placement starts the day after.
    await place({ traineeId: ben.id, startOn: '2027-02-13', endOn: '2027-02-26' }).expect(201);
    await place({ hostSiteId: big.id, tutorId: bigTutor, startOn: '2027-02-13', endOn: '2027-03-12' }).expect(201);
    // A placement moved within its own dates never clashes with itself.
    const moved = await staff.put(`/api/v1/placements/${first.body.id}`).send({
      traineeId: ana.id,
      hostSiteId: small.id,
      tutorId: smallTutor,
      type: 'stage',
      startOn: '2027-02-02',
      endOn: '2027-02-12',
      plannedHours: 63,
    });
    expect(moved.body).toMatchObject({ startOn: '2027-02-02', plannedHours: 63 });
    expect(
      (await staff.get(`/api/v1/placements?activeOn=2027-02-20&cohortId=${cohort.id}`)).body.items
        .map((p: { traineeId: string }) => p.traineeId)
        .sort(),
    ).toEqual([ana.id, ben.id].sort());
    const bySmallTutor = (await staff.get(`/api/v1/placements?tutorId=${smallTutor}`).expect(200)).body;
    expect(bySmallTutor.items.map((p: { id: string }) => p.id)).toContain(first.body.id);
    expect(bySmallTutor.items.every((p: { tutorId: string }) => p.tutorId === smallTutor)).toBe(true);
    expect((await staff.get('/api/v1/placements?tutorId=abc')).status).toBe(400);
  });
});

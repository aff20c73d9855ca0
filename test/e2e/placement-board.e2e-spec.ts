import TestAgent from 'supertest/lib/agent';
import { OutboxMessage, Role, School } from '@app/platform';
import { addDays, weekOf } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { CertificationVersion } from '@app/referential';
import { Cohort } from '@app/training';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = TestAgent;
const today = parisDate(new Date());
const SCHOOL_EMAIL = 'direction@ecole-tableau.test';

/**
 * The placement board and the trainee's placement cards, fed by the real conventions (signed through their links) and
 * tutor evaluations (submitted through theirs).
 */
describe('internships: the placement board and the placement cards', () => {
  let t: TestApp;
  let school: School;
  let staff: Agent;
  let cohort: Cohort;
  let version: CertificationVersion;
  let siteId: string;
  let tutorId: string;
  const trainees: Record<string, { id: string; email: string; agent: Agent }> = {};
  const placements: Record<string, string> = {};

  const lastToken = async (to: string, page: 'signature' | 'evaluation') => {
    const [mail] = await t.db.admin.find(OutboxMessage, { where: { to }, order: { createdAt: 'DESC' } });
    const match = mail?.text.match(new RegExp(`/${page}/([A-Za-z0-9_-]+)`));
    if (!match) throw new Error(`no ${page} link e-mailed to ${to}`);
    return match[1];
  };
  const place = async (who: string, startOn: string, endOn: string) => {
    const res = await staff
      .post('/api/v1/placements')
      .send({ traineeId: trainees[who].id, hostSiteId: siteId, tutorId, type: 'stage', startOn, endOn, plannedHours: 70 });
    expect(res.status).toBe(201);
    placements[who] = res.body.id;
  };
  const board = async (query = '') => (await staff.get(`/api/v1/placement-board${query}`).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin, { signatory: 'Claire Dubois, directrice', contactEmail: SCHOOL_EMAIL });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    version = await currentVersion(t.db.admin);
    cohort = await createCohort(t.db.admin, school.id, { startDate: addDays(today, -60), endDate: addDays(today, 150) });
    for (const who of ['running', 'starting', 'ended', 'without', 'withdrawn']) {
      const { trainee, account } = await createTrainee(t.db.admin, cohort, school);
      trainees[who] = { id: trainee.id, email: trainee.email, agent: await t.login(account.email) };
    }
    const site = await staff.post('/api/v1/host-sites').send({
      name: 'Maison de santé des Tilleuls',
      kind: 'msp',
      address: '3 place des Tilleuls',
      postalCode: '69007',
      city: 'Lyon',
      capacity: 5,
      contacts: [{ name: 'Dr Marc Petit', role: 'Coordinateur', email: 'm.petit@tilleuls.test', phone: null }],
    });
    siteId = site.body.id;
    const tutor = await staff.post('/api/v1/tutors').send({
      lastName: 'Petit',
      firstName: 'Marc',
      profession: 'general_practitioner',
      email: 'm.petit@tilleuls.test',
      phone: '04 72 00 00 00',
      hostSiteIds: [siteId],
    });
    tutorId = tutor.body.id;
    await place('running', addDays(today, -20), addDays(today, 20)); // evaluations due today and in 20 days
    await place('starting', addDays(today, 3), addDays(today, 30));
    await place('ended', addDays(today, -40), addDays(today, -12)); // evaluations due 26 and 12 days ago
    await staff.post(`/api/v1/trainees/${trainees.withdrawn.id}/withdraw`).send({ reason: 'Abandon' }).expect(200);
  });
  afterAll(() => t.close());

  it('shows who is where this week, who has no placement, and the conventions awaiting signatures', async () => {
    const { monday, sunday } = weekOf(today);
    const b = await board();
    expect(b).toMatchObject({ today, monday, sunday });
    const expectedPresent = ['running', 'starting', 'ended'].filter((who) => {
      const [start, end] = { running: [-20, 20], starting: [3, 30], ended: [-40, -12] }[who]!.map((d) => addDays(today, d));
      return start <= sunday && end >= monday;
    });
    expect(b.present.map((p: { placementId: string }) => p.placementId).sort()).toEqual(expectedPresent.map((w) => placements[w]).sort());
    expect(b.present.find((p: { placementId: string }) => p.placementId === placements.running)).toMatchObject({
      hostSiteName: 'Maison de santé des Tilleuls',
      tutorName: 'Marc Petit',
      tutorPhone: '04 72 00 00 00',
      conventionSigned: false,
    });
    // Trainees in training without a placement from this week on (the one whose placement ended too); the withdrawn one is not chased.
    expect(b.withoutPlacement.map((r: { traineeId: string }) => r.traineeId).sort()).toEqual(
      [trainees.without.id, trainees.ended.id].sort(),
    );
    // No convention yet: the running one is urgent (started), the one starting in 3 days too; the ended one is not listed.
    expect(b.conventions.map((c: { placementId: string; status: null; urgent: boolean; startsInDays: number }) => c)).toEqual([
      expect.objectContaining({ placementId: placements.running, status: null, urgent: true, startsInDays: -20 }),
      expect.objectContaining({ placementId: placements.starting, status: null, urgent: true, startsInDays: 3 }),
    ]);
    expect(b.conventions[0].awaiting).toEqual(['school', 'host', 'trainee']);
  });

  it('follows a convention from sent to signed: partly signed, then off the board and « signed » on the trainee’s card', async () => {
    const convention = (await staff.post(`/api/v1/placements/${placements.starting}/conventions`).expect(201)).body;
    await staff.post(`/api/v1/conventions/${convention.id}/send`).expect(201);
    let row = (await board()).conventions.find((c: { placementId: string }) => c.placementId === placements.starting);
    expect(row).toMatchObject({ status: 'sent', version: 1, awaiting: ['school', 'host', 'trainee'] });
    const sign = async (to: string, signerName: string) =>
      t
        .http()
        .post(`/api/v1/public/signatures/${await lastToken(to, 'signature')}`)
        .send({ signerName, consent: true })
        .expect(200);
    await sign(SCHOOL_EMAIL, 'Claire Dubois');
    row = (await board()).conventions.find((c: { placementId: string }) => c.placementId === placements.starting);
    expect(row).toMatchObject({ status: 'partly_signed', awaiting: ['host', 'trainee'], urgent: true });
    await sign('m.petit@tilleuls.test', 'Marc Petit');
    await sign(trainees.starting.email, 'Stagiaire');
    const after = await board();
    expect(after.conventions.map((c: { placementId: string }) => c.placementId)).toEqual([placements.running]);
    const cards = (await staff.get(`/api/v1/trainees/${trainees.starting.id}/placements`).expect(200)).body;
    expect(cards).toEqual([
      expect.objectContaining({ placementId: placements.starting, period: 'upcoming', conventionStatus: 'signed', conventionSigned: true }),
    ]);
    // Its « starts tomorrow » reminder is due within 7 days (the day before the start).
    expect(after.reminders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'placement_starts', dueOn: addDays(today, 2), placementId: placements.starting }),
      ]),
    );
  });

  it('chases the evaluations due or late, and lists those the tutor just submitted', async () => {
    const b = await board();
    const chased = b.evaluationsToChase.map((e: { placementId: string; state: string; dueOn: string }) => [
      e.placementId,
      e.state,
      e.dueOn,
    ]);
    expect(chased).toEqual([
      [placements.ended, 'late', addDays(today, -26)],
      [placements.ended, 'late', addDays(today, -12)],
      [placements.running, 'due', today],
    ]);
    // The tutor submits the running placement's evaluation through the link.
    const due = b.evaluationsToChase.find((e: { placementId: string }) => e.placementId === placements.running);
    await staff.post(`/api/v1/tutor-evaluations/${due.evaluationId}/link`).expect(200);
    const token = await lastToken('m.petit@tilleuls.test', 'evaluation');
    const form = (await t.http().get(`/api/v1/public/evaluations/${token}`).expect(200)).body;
    const codes: string[] = form.blocks.flatMap((block: { competencies: { code: string }[] }) => block.competencies.map((c) => c.code));
    expect(codes.length).toBeGreaterThan(0);
    await t
      .http()
      .post(`/api/v1/public/evaluations/${token}/submit`)
      .send({
        levels: Object.fromEntries(codes.map((c) => [c, 'acquired'])),
        comments: {},
        overallComment: 'Très bonne intégration dans l’équipe.',
      })
      .expect(200);
    const after = await board();
    expect(after.evaluationsToChase.map((e: { placementId: string }) => e.placementId)).toEqual([placements.ended, placements.ended]);
    expect(after.evaluationsSubmitted).toEqual([
      expect.objectContaining({
        evaluationId: due.evaluationId,
        state: 'submitted',
        traineeId: trainees.running.id,
        tutorName: 'Marc Petit',
      }),
    ]);
    // The trainee's own card shows it.
    const mine = (await trainees.running.agent.get('/api/v1/me/placements').expect(200)).body;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ placementId: placements.running, period: 'current', conventionStatus: null, conventionSigned: false });
    expect(mine[0].evaluations.map((e: { state: string }) => e.state)).toEqual(['submitted', 'not_due']);
  });

  it('looks at another week and at one cohort', async () => {
    const later = await board(`?week=${addDays(today, 50)}`);
    expect(later.present).toEqual([]);
    expect(later.monday).toBe(weekOf(addDays(today, 50)).monday);
    const otherCohort = await createCohort(t.db.admin, school.id, { startDate: addDays(today, -10), endDate: addDays(today, 100) });
    const filtered = await board(`?cohortId=${otherCohort.id}`);
    expect(filtered).toMatchObject({
      present: [],
      withoutPlacement: [],
      conventions: [],
      evaluationsToChase: [],
      evaluationsSubmitted: [],
    });
    expect((await board(`?cohortId=${cohort.id}`)).withoutPlacement).toHaveLength(2);
    expect(version.blocks!.length).toBeGreaterThan(0);
  });

  it('refuses bad input with a clear 4xx, and keeps the board to staff', async () => {
    const bad = await staff.get('/api/v1/placement-board?week=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('week');
    expect((await staff.get('/api/v1/placement-board?cohortId=abc')).status).toBe(400);
    expect((await staff.get('/api/v1/trainees/00000000-0000-4000-8000-000000000000/placements')).status).toBe(404);
    expect((await trainees.running.agent.get('/api/v1/placement-board')).status).toBe(403);
    expect((await trainees.running.agent.get(`/api/v1/trainees/${trainees.starting.id}/placements`)).status).toBe(403);
  });
});

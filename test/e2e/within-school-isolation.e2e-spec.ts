import TestAgent from 'supertest/lib/agent';
import { Role, School } from '@app/platform';
import { Attempt } from '@app/assessment';
import { Cohort } from '@app/training';
import { createHostSite, createTutor } from '../factories/internship.factory';
import { createNotification } from '../factories/notification.factory';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createSessionAt, createTrainee } from '../factories/training.factory';
import { apiOperations, callAs, mayCall, Operation } from '../support/api-catalogue';
import { loginOwners, resourceOf, schoolChecksums, seedSchoolWorld, SchoolWorld, urlIn } from '../support/school-world';
import { startTestApp, TestApp } from '../support/test-app';

/** B's resources that are B's alone: none may appear in another trainee's or tutor's answers. */
const PERSONAL = [
  'trainees',
  'users',
  'outbox',
  'exemptions',
  'applications',
  'documents',
  'afgsu-attestations',
  'attempts',
  'placements',
  'conventions',
  'tutor-evaluations',
  'notifications',
];
/** Resources a trainee of B's cohort shares with B: their session is theirs too (signing it signs their own line). */
const SHARED_WITH_THE_COHORT = ['cohorts', 'sessions'];
/** The query a page needs. */
const QUERIES: Record<string, string> = { '/api/v1/me/timetable': '?from=2027-02-01&to=2027-02-07' };
/** Routes on the referential, the same for everybody. */
const REFERENTIAL = /^\/api\/v1\/referential\//;
/**
 * Routes a trainee or tutor may call with an id that the owner's own call does not answer 2xx, with the reason; any
 * other is called by its owner after the intruders, and must succeed: the intruders' refusals were about ownership.
 */
const OWNER_CALL_SKIPPED: Record<string, string> = {
  'post /api/v1/me/tutor-evaluations/{id}/submit': 'a submission needs every criterion answered; the draft is saved by the PUT',
};

interface Person {
  name: string;
  role: Role;
  agent: TestAgent;
}

/**
 * One school. Trainee B owns a resource of every kind (seedSchoolWorld); trainee A of another cohort, trainee A2 of
 * B's cohort (with a placement, a convocation and notifications of their own) and tutor A (A2's tutor, with an
 * account) call every route that takes an id with B's ids: 403 or 404, nothing of B, nothing written. Then B and
 * B's tutor make the same calls and get their data, which shows the refusals were about whose data it is.
 */
describe('isolation within a school: trainees and tutors', () => {
  let t: TestApp;
  let school: School;
  let world: SchoolWorld;
  let operations: Operation[];
  let intruders: Person[];
  let owners: Map<Role, TestAgent>;
  /** B's personal values by name: the ids of PERSONAL, B's account, e-mail and last name. */
  let personalOfB: Record<string, string>;
  const leaksIn = (text: string) => Object.keys(personalOfB).filter((name) => text.includes(personalOfB[name]));

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    world = await seedSchoolWorld(t, school);
    const { admin, ids, trainee: b } = world;
    // A session of B's cohort running now: B can sign it, so a refusal to anybody else is about whose line it is.
    const cohortOfB = await t.db.admin.findOneByOrFail(Cohort, { id: b.cohortId });
    const running = await createSessionAt(t.db.admin, cohortOfB, world.blockId, new Date(Date.now() - 10 * 60_000), 60);
    ids.sessions = running.id;
    const loggedIn = await loginOwners(t, school, world);
    owners = new Map([
      [Role.Trainee, loggedIn.trainee],
      [Role.Tutor, loggedIn.tutor],
    ]);

    const otherCohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-01', endDate: '2028-12-31' });
    const traineeA = await createTrainee(t.db.admin, otherCohort, school);
    const peer = await createTrainee(t.db.admin, cohortOfB, school);
    const tutorA = await createAccount(t.db.admin, school, Role.Tutor);
    const site = await createHostSite(t.db.admin, school.id);
    const tutorRow = await createTutor(t.db.admin, school.id, [site.id], { accountId: tutorA.id });
    await admin
      .post('/api/v1/placements')
      .send({
        traineeId: peer.trainee.id,
        hostSiteId: site.id,
        tutorId: tutorRow.id,
        type: 'stage',
        startOn: '2027-04-05',
        endOn: '2027-04-09',
        plannedHours: 35,
      })
      .expect(201);
    const attemptOfB = await t.db.admin.findOneByOrFail(Attempt, { id: ids.attempts });
    await admin
      .post(`/api/v1/exam-sessions/${attemptOfB.examSessionId}/convocations`)
      .send({ blockId: attemptOfB.blockId, traineeIds: [peer.trainee.id] })
      .expect(201);
    await createNotification(t.db.admin, school.id, {
      recipientAccountId: peer.account.id,
      recipientEmail: peer.account.email,
      status: 'sent',
      sentAt: new Date(),
    });
    intruders = [
      { name: 'trainee of another cohort', role: Role.Trainee, agent: await t.login(traineeA.account.email) },
      { name: "trainee of B's cohort", role: Role.Trainee, agent: await t.login(peer.account.email) },
      { name: 'tutor of another trainee', role: Role.Tutor, agent: await t.login(tutorA.email) },
    ];
    personalOfB = { ...Object.fromEntries(PERSONAL.map((r) => [r, ids[r]])), account: b.accountId, email: b.email, name: b.lastName };
    operations = apiOperations(t.api).filter((op) => !op.public && !REFERENTIAL.test(op.path));
  });
  afterAll(() => t.close());

  const withIds = () => operations.filter((op) => /\{\w+\}/.test(op.path));
  const sharedWithCohort = (person: Person, op: Operation) =>
    person.name === "trainee of B's cohort" && SHARED_WITH_THE_COHORT.includes(resourceOf(op.path)) && mayCall(op, person.role);

  it("refuses B's ids on every route to the other trainees and tutors, shows nothing of B, and writes nothing", async () => {
    const before = await schoolChecksums(t, school.id);
    let calls = 0;
    for (const op of withIds()) {
      const url = urlIn(world, op);
      for (const person of intruders) {
        if (sharedWithCohort(person, op)) continue;
        const res = await callAs(person.agent, op, url, world.bodies[op.key]);
        calls++;
        const text = JSON.stringify(res.body);
        const where = `${person.name} ${op.method.toUpperCase()} ${url} → ${res.status}`;
        // A route of another role is refused by the guard (403); on their own kind of route, B's id is not found.
        const refused = (mayCall(op, person.role) ? [403, 404] : [403]).includes(res.status);
        expect({ where, refused, leaked: leaksIn(text) }).toEqual({ where, refused: true, leaked: [] });
      }
    }
    expect(calls).toBeGreaterThan(250);
    expect(await schoolChecksums(t, school.id)).toEqual(before);
  });

  it("never shows B's data in the other trainees' and tutors' own pages", async () => {
    const lists = operations.filter((op) => op.method === 'get' && !op.path.includes('{'));
    for (const op of lists) {
      for (const person of intruders) {
        if (!mayCall(op, person.role)) continue;
        const res = await person.agent.get(op.path + (QUERIES[op.path] ?? ''));
        const text = JSON.stringify(res.body);
        const where = `${person.name} GET ${op.path}`;
        expect({ where, status: res.status, leaked: leaksIn(text) }).toEqual({ where, status: 200, leaked: [] });
      }
    }
    // The same pages show B's data to B and to B's tutor: the check above would see a leak.
    const seenBy = async (role: Role) => {
      const seen = new Set<string>();
      for (const op of lists.filter((o) => o.path.startsWith('/api/v1/me/') && mayCall(o, role))) {
        const text = JSON.stringify(
          (
            await owners
              .get(role)!
              .get(op.path + (QUERIES[op.path] ?? ''))
              .expect(200)
          ).body,
        );
        for (const name of leaksIn(text)) seen.add(name);
      }
      return [...seen].sort();
    };
    expect(await seenBy(Role.Trainee)).toEqual([
      'afgsu-attestations',
      'attempts',
      'name',
      'notifications',
      'placements',
      'trainees',
      'tutor-evaluations',
    ]);
    expect(await seenBy(Role.Tutor)).toEqual(['name', 'placements', 'tutor-evaluations']);
  });

  it('answers the same calls to their owners: B, or B’s tutor on the routes of tutors only', async () => {
    let calls = 0;
    for (const op of withIds()) {
      const owner = mayCall(op, Role.Trainee) ? Role.Trainee : mayCall(op, Role.Tutor) ? Role.Tutor : null;
      if (!owner || OWNER_CALL_SKIPPED[op.key]) continue;
      const res = await callAs(owners.get(owner)!, op, urlIn(world, op), world.bodies[op.key]);
      calls++;
      const where = `${owner} ${op.method.toUpperCase()} ${op.path} → ${res.status}`;
      expect({ where, ok: res.status >= 200 && res.status < 300 }).toEqual({ where, ok: true });
    }
    expect(calls).toBeGreaterThan(5);
  });
});

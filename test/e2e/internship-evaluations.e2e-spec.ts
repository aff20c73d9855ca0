import { IsNull } from 'typeorm';
import { AuditEvent, OutboxMessage, Role, School } from '@app/platform';
import { CertificationVersion } from '@app/referential';
import { Cohort } from '@app/training';
import { MagicLink, MagicLinksService, TutorEvaluation } from '@app/internship';
import { createAccount, createSchool, TEST_PASSWORD } from '../factories/school.factory';
import { createCohort, createTrainee, currentVersion } from '../factories/training.factory';
import { linkIn, startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
interface Grid {
  blocks: { code: string; competencies: { code: string; level: string | null }[] }[];
}

describe('internships: tutor evaluations', () => {
  let t: TestApp;
  let school: School;
  let version: CertificationVersion;
  let cohort: Cohort;
  let staff: Agent;
  const block = (code: string) => version.blocks!.find((b) => b.code === code)!;
  const competencyCodes = (code: string) => block(code).modules!.map((m) => m.code);

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    version = await currentVersion(t.db.admin);
    cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-05', endDate: '2027-06-30' });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
  });
  afterAll(() => t.close());

  let siteCount = 0;
  /** A host site with one tutor, and a placement of a new trainee there. */
  async function placement(over: { startOn?: string; endOn?: string; objectives?: { blockId: string; text: string }[] } = {}) {
    siteCount++;
    const site = await staff
      .post('/api/v1/host-sites')
      .send({
        name: `Cabinet ${siteCount}`,
        kind: 'general_practice',
        address: '1 rue de la Paix',
        postalCode: '69002',
        city: 'Lyon',
        capacity: 3,
        contacts: [],
      })
      .expect(201);
    const email = `tuteur${siteCount}-${school.slug}@cabinet.fr`;
    const tutor = await staff
      .post('/api/v1/tutors')
      .send({ lastName: 'Girard', firstName: `Paul${siteCount}`, profession: 'general_practitioner', email, hostSiteIds: [site.body.id] })
      .expect(201);
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    const created = await staff
      .post('/api/v1/placements')
      .send({
        traineeId: trainee.id,
        hostSiteId: site.body.id,
        tutorId: tutor.body.id,
        type: 'stage',
        startOn: over.startOn ?? '2027-03-01',
        endOn: over.endOn ?? '2027-03-26',
        plannedHours: 140,
        objectives: over.objectives ?? [{ blockId: block('BC02').id, text: 'Accueil des patients et dossier' }],
      })
      .expect(201);
    return { placement: created.body, tutor: tutor.body, trainee, email };
  }

  const evaluationsOf = async (placementId: string) => (await staff.get(`/api/v1/placements/${placementId}/evaluations`).expect(200)).body;
  /** Sends the tutor the link of an evaluation and returns the token read from the outbox. */
  async function sendLink(evaluationId: string, email: string): Promise<string> {
    await staff.post(`/api/v1/tutor-evaluations/${evaluationId}/link`).expect(200);
    const [mail] = await t.db.admin.find(OutboxMessage, { where: { to: email }, order: { createdAt: 'DESC' } });
    const token = mail.text.match(/\/tuteur\/evaluation\/([A-Za-z0-9_-]+)/)?.[1];
    if (!token) throw new Error(`no evaluation link in: ${mail.text}`);
    return token;
  }
  const answers = (codes: string[], level = 'acquired', overallComment: string | null = 'Stagiaire impliquée et ponctuelle.') => ({
    levels: Object.fromEntries(codes.map((c) => [c, level])),
    comments: {},
    overallComment,
  });

  it('creates the evaluations at the due dates, re-dates those not started, and lets staff set the dates', async () => {
    const { placement: p } = await placement();
    expect((await evaluationsOf(p.id)).map((e: { dueOn: string; state: string }) => [e.dueOn, e.state])).toEqual([
      ['2027-03-13', 'not_due'],
      ['2027-03-26', 'not_due'],
    ]);
    const [mid] = await evaluationsOf(p.id);
    await t.db.admin.update(TutorEvaluation, { id: mid.id }, { draftSavedAt: new Date() });
    await staff
      .put(`/api/v1/placements/${p.id}`)
      .send({
        traineeId: p.traineeId,
        hostSiteId: p.hostSiteId,
        tutorId: p.tutorId,
        type: p.type,
        startOn: p.startOn,
        endOn: '2027-04-09',
        plannedHours: p.plannedHours,
        objectives: p.objectives,
      })
      .expect(200);
    expect((await evaluationsOf(p.id)).map((e: { dueOn: string }) => e.dueOn)).toEqual(['2027-03-13', '2027-04-09']);

    const locked = await staff.put(`/api/v1/placements/${p.id}/evaluation-dates`).send({ dates: ['2027-03-20', '2027-04-09'] });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('EVALUATION_DATES_LOCKED');
    const outside = await staff.put(`/api/v1/placements/${p.id}/evaluation-dates`).send({ dates: ['2027-03-13', '2027-05-01'] });
    expect(outside.status).toBe(400);
    expect(outside.body.errors).toHaveProperty('dates');
    const twice = await staff.put(`/api/v1/placements/${p.id}/evaluation-dates`).send({ dates: ['2027-03-13', '2027-03-13'] });
    expect(twice.status).toBe(400);
    expect((await evaluationsOf(p.id)).map((e: { dueOn: string }) => e.dueOn)).toEqual(['2027-03-13', '2027-04-09']);

    const set = await staff.put(`/api/v1/placements/${p.id}/evaluation-dates`).send({ dates: ['2027-04-02', '2027-03-13', '2027-03-27'] });
    expect(set.status).toBe(200);
    expect(set.body.map((e: { id: string; dueOn: string }) => e.dueOn)).toEqual(['2027-03-13', '2027-03-27', '2027-04-02']);
    expect(set.body[0].id).toBe(mid.id);
    expect(await t.db.admin.countBy(AuditEvent, { entityId: p.id, action: 'tutor_evaluations.scheduled' })).toBe(3);
  });

  it('lets the tutor fill in, save, submit by link; then read-only and the link used', async () => {
    const { placement: p, email, tutor } = await placement();
    const [mid] = await evaluationsOf(p.id);
    const token = await sendLink(mid.id, email);
    const [mail] = await t.db.admin.find(OutboxMessage, { where: { to: email } });
    expect(mail.subject).toContain('Évaluation de stage');
    expect(mail.text).toContain('2 minutes depuis votre téléphone');
    const listed = (await evaluationsOf(p.id))[0];
    expect(listed.lastLink).toMatchObject({ recipientEmail: email, recipientName: `${tutor.firstName} Girard`, usedAt: null });

    const opened = await t.http().get(`/api/v1/public/evaluations/${token}`).expect(200);
    expect(opened.body).toMatchObject({
      hostSiteName: p.hostSiteName,
      traineeName: p.traineeName,
      dueOn: '2027-03-13',
      readOnly: false,
      tutorHasAccount: false,
    });
    expect((opened.body as Grid).blocks.map((b) => b.code)).toEqual(['BC02']);
    const codes = competencyCodes('BC02');
    expect((opened.body as Grid).blocks[0].competencies.map((c) => c.code)).toEqual(codes);

    const partial = {
      levels: { [codes[0]]: 'mastered', [codes[1]]: null },
      comments: { [codes[0]]: 'Très à l’aise' },
      overallComment: null,
    };
    const saved = await t.http().put(`/api/v1/public/evaluations/${token}`).send(partial).expect(200);
    expect(saved.body.state).toBe('draft');
    expect(saved.body.blocks[0].competencies[0]).toMatchObject({ level: 'mastered', comment: 'Très à l’aise' });
    const badType = await t
      .http()
      .put(`/api/v1/public/evaluations/${token}`)
      .send({ ...partial, levels: { [codes[0]]: 'excellent' } });
    expect(badType.status).toBe(400);
    const tooLong = await t
      .http()
      .put(`/api/v1/public/evaluations/${token}`)
      .send({ ...partial, overallComment: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);

    const before = await t.db.admin.findOneByOrFail(TutorEvaluation, { id: mid.id });
    const incomplete = await t
      .http()
      .post(`/api/v1/public/evaluations/${token}/submit`)
      .send({ ...answers(codes.slice(0, 2)), overallComment: ' ' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.code).toBe('EVALUATION_INCOMPLETE');
    expect(incomplete.body.errors.levels[0]).toContain(`${codes.length - 2} compétences sans niveau : ${codes.slice(2).join(', ')}`);
    expect(incomplete.body.errors).toHaveProperty([`levels.${codes[4]}`]);
    expect(incomplete.body.errors).toHaveProperty('overallComment');
    const after = await t.db.admin.findOneByOrFail(TutorEvaluation, { id: mid.id });
    expect(after).toEqual(before);

    const done = await t.http().post(`/api/v1/public/evaluations/${token}/submit`).send(answers(codes));
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'submitted', readOnly: true });
    expect(await t.db.admin.countBy(AuditEvent, { entityId: mid.id, action: 'tutor_evaluation.submitted' })).toBe(1);
    const again = await t.http().put(`/api/v1/public/evaluations/${token}`).send(partial);
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('LINK_USED');

    const staffView = await staff.get(`/api/v1/tutor-evaluations/${mid.id}`).expect(200);
    expect(staffView.body).toMatchObject({ readOnly: true, state: 'submitted', overallComment: 'Stagiaire impliquée et ponctuelle.' });
    expect((await evaluationsOf(p.id))[0]).toMatchObject({ state: 'submitted', rated: codes.length, competencyCount: codes.length });
  });

  it('refuses expired, tampered and wrong-purpose links, and a submitted evaluation saved again', async () => {
    const { placement: p, email } = await placement({ objectives: [] });
    const [mid] = await evaluationsOf(p.id);
    const token = await sendLink(mid.id, email);
    const grid = (await t.http().get(`/api/v1/public/evaluations/${token}`).expect(200)).body as Grid;
    expect(grid.blocks.map((b) => b.code)).toEqual(['BC01', 'BC02', 'BC03', 'BC04']);

    const tampered = await t.http().get(`/api/v1/public/evaluations/${token.slice(0, -2)}xx`);
    expect(tampered.status).toBe(404);
    expect((await t.http().get('/api/v1/public/evaluations/abc')).status).toBe(404);

    const signature = await t.db.inSchool(school.id, () =>
      t.api
        .get(MagicLinksService)
        .issue({ purpose: 'signature', subjectId: p.id, party: 'host', recipientEmail: email, recipientName: 'Dr Girard' }),
    );
    const wrong = await t.http().get(`/api/v1/public/evaluations/${signature.url.split('/').pop()}`);
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('LINK_WRONG_SCOPE');

    const resent = await sendLink(mid.id, email);
    const replaced = await t.http().get(`/api/v1/public/evaluations/${token}`);
    expect(replaced.status).toBe(410);
    expect(replaced.body.code).toBe('LINK_REPLACED');
    await t.db.admin.update(
      MagicLink,
      { subjectId: mid.id, usedAt: IsNull(), replacedAt: IsNull() },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    const expired = await t.http().put(`/api/v1/public/evaluations/${resent}`).send(answers([]));
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('LINK_EXPIRED');
    expect((await t.db.admin.findOneByOrFail(TutorEvaluation, { id: mid.id })).draftSavedAt).toBeNull();
  });

  it('reopens with a reason only (audited), e-mails a new link that works while the old one is refused', async () => {
    const { placement: p, email } = await placement();
    const [mid] = await evaluationsOf(p.id);
    const codes = competencyCodes('BC02');
    const notYet = await staff.post(`/api/v1/tutor-evaluations/${mid.id}/reopen`).send({ reason: 'Erreur de saisie' });
    expect(notYet.status).toBe(409);
    const first = await sendLink(mid.id, email);
    await t.http().post(`/api/v1/public/evaluations/${first}/submit`).send(answers(codes, 'in_progress')).expect(200);
    expect((await staff.post(`/api/v1/tutor-evaluations/${mid.id}/link`)).status).toBe(409);

    const noReason = await staff.post(`/api/v1/tutor-evaluations/${mid.id}/reopen`).send({});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toHaveProperty('reason');
    const trainer = await t.login((await createAccount(t.db.admin, school, Role.Trainer)).email);
    expect((await trainer.post(`/api/v1/tutor-evaluations/${mid.id}/reopen`).send({ reason: 'Erreur de saisie' })).status).toBe(403);
    expect((await t.db.admin.findOneByOrFail(TutorEvaluation, { id: mid.id })).reopenedAt).toBeNull();

    const reopened = await staff
      .post(`/api/v1/tutor-evaluations/${mid.id}/reopen`)
      .send({ reason: ' Niveau du bloc à revoir avec la tutrice ' });
    expect(reopened.status).toBe(200);
    expect(reopened.body[0]).toMatchObject({ state: 'reopened', reopenReason: 'Niveau du bloc à revoir avec la tutrice' });
    const audit = await t.db.admin.findOneByOrFail(AuditEvent, { entityId: mid.id, action: 'tutor_evaluation.reopened' });
    expect(audit).toMatchObject({ reason: 'Niveau du bloc à revoir avec la tutrice', before: { reopenedAt: null } });
    const [mail] = await t.db.admin.find(OutboxMessage, { where: { to: email }, order: { createdAt: 'DESC' } });
    expect(mail.text).toContain('Niveau du bloc à revoir avec la tutrice');
    const second = mail.text.match(/\/tuteur\/evaluation\/([A-Za-z0-9_-]+)/)![1];

    expect((await t.http().get(`/api/v1/public/evaluations/${first}`)).status).toBe(410);
    const view = await t.http().get(`/api/v1/public/evaluations/${second}`).expect(200);
    expect(view.body).toMatchObject({ readOnly: false, state: 'reopened' });
    expect(view.body.blocks[0].competencies[0].level).toBe('in_progress');
    await t.http().post(`/api/v1/public/evaluations/${second}/submit`).send(answers(codes, 'acquired')).expect(200);
    expect((await evaluationsOf(p.id))[0].state).toBe('submitted');
  });

  it('activates a tutor account; the tutor then sees only their own evaluations', async () => {
    const mine = await placement();
    const other = await placement();
    const [mid] = await evaluationsOf(mine.placement.id);
    const token = await sendLink(mid.id, mine.email);
    const activated = await t.http().post(`/api/v1/public/evaluations/${token}/account`);
    expect(activated.status).toBe(201);
    expect(activated.body).toEqual({ email: mine.email, invited: true });
    expect((await t.http().post(`/api/v1/public/evaluations/${token}/account`)).status).toBe(409);
    expect((await t.http().get(`/api/v1/public/evaluations/${token}`)).body.tutorHasAccount).toBe(true);
    const invitation = await t.delivered(mine.email, /Activez votre compte/);
    await t
      .http()
      .post(`/api/v1/auth/invitations/${linkIn(invitation, 'invitation')}/accept`)
      .send({ password: TEST_PASSWORD })
      .expect(204);
    const tutor = await t.login(mine.email);

    const list = (await tutor.get('/api/v1/me/tutor-evaluations').expect(200)).body;
    expect(list.map((e: { placementId: string }) => e.placementId)).toEqual([mine.placement.id, mine.placement.id]);
    expect(list[0]).toMatchObject({ traineeName: mine.placement.traineeName, hostSiteName: mine.placement.hostSiteName });
    const [foreign] = await evaluationsOf(other.placement.id);
    expect((await tutor.get(`/api/v1/me/tutor-evaluations/${foreign.id}`)).status).toBe(404);
    expect((await tutor.put(`/api/v1/me/tutor-evaluations/${foreign.id}`).send(answers([]))).status).toBe(404);
    expect((await tutor.get(`/api/v1/placements/${other.placement.id}/evaluations`)).status).toBe(403);

    const codes = competencyCodes('BC02');
    await tutor
      .put(`/api/v1/me/tutor-evaluations/${mid.id}`)
      .send(answers(codes.slice(0, 1)))
      .expect(200);
    const submitted = await tutor.post(`/api/v1/me/tutor-evaluations/${mid.id}/submit`).send(answers(codes));
    expect(submitted.status).toBe(200);
    expect(submitted.body.readOnly).toBe(true);
    expect((await tutor.put(`/api/v1/me/tutor-evaluations/${mid.id}`).send(answers(codes))).status).toBe(409);
  });

  it('feeds the jury board readiness and the marks grid of a tutor-evaluation épreuve', async () => {
    const { placement: p, email, trainee } = await placement({ startOn: '2026-02-02', endOn: '2026-02-27' });
    const evaluations = await evaluationsOf(p.id);
    const codes = competencyCodes('BC02');
    const epreuve = await staff
      .post('/api/v1/assessment/epreuves')
      .send({
        versionId: version.id,
        blockId: block('BC02').id,
        kind: 'tutor_evaluation',
        label: 'Évaluation du tuteur',
        maxMark: 20,
        weight: 1,
      })
      .expect(201);
    const session = await staff
      .post('/api/v1/exam-sessions')
      .send({
        versionId: version.id,
        name: 'Session de juin',
        date: '2026-06-01',
        startTime: '09:00',
        place: 'Lyon',
        assessmentIds: [epreuve.body.id],
      })
      .expect(201);
    await staff
      .post(`/api/v1/exam-sessions/${session.body.id}/convocations`)
      .send({ blockId: block('BC02').id, traineeIds: [trainee.id] })
      .expect(201);
    const gridUrl = `/api/v1/exam-sessions/${session.body.id}/blocks/${block('BC02').id}/marks`;
    expect((await staff.get(gridUrl).expect(200)).body.rows[0].tutorEvaluation).toBeNull();

    const jury = (
      await staff.post('/api/v1/juries').send({ versionId: version.id, date: '2026-06-15', president: 'Dr Martin', members: ['C. Dubois'] })
    ).body;
    const readiness = async () => {
      const board = (await staff.get(`/api/v1/juries/${jury.id}?cohortId=${cohort.id}`).expect(200)).body;
      const line = board.lines.find((l: { traineeId: string }) => l.traineeId === trainee.id);
      return line.readiness.items.find((i: { key: string }) => i.key === 'tutorEvaluations');
    };
    expect(await readiness()).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^(0|Aucune) évaluation transmise sur 2 attendues$/i),
    });

    const token = await sendLink(evaluations[1].id, email);
    const levels = { ...answers(codes, 'acquired').levels, [codes[0]]: 'mastered', [codes[1]]: 'in_progress' };
    await t
      .http()
      .post(`/api/v1/public/evaluations/${token}/submit`)
      .send({ ...answers(codes), levels })
      .expect(200);
    expect(await readiness()).toMatchObject({ ok: false, detail: '1 évaluation transmise sur 2 attendues' });

    const row = (await staff.get(gridUrl).expect(200)).body.rows[0];
    expect(row.tutorEvaluation).toMatchObject({
      evaluationId: evaluations[1].id,
      tutorName: expect.stringContaining('Girard'),
      hostSiteName: p.hostSiteName,
      counts: { not_acquired: 0, in_progress: 1, acquired: codes.length - 2, mastered: 1, unrated: 0 },
    });
  });
});

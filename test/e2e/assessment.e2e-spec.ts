import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AuditEvent, Role, School } from '@app/platform';
import { Attempt, AttemptMark } from '@app/assessment';
import { Cohort } from '@app/training';
import { CertificationVersion } from '@app/referential';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

describe('assessment: épreuves, exam sessions, convocations and marks', () => {
  let t: TestApp;
  let school: School;
  let cohort: Cohort;
  let version: CertificationVersion;
  let staff: Agent;
  let admin: Agent;
  const block = (code: string) => version.blocks!.find((b) => b.code === code)!;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    version = await currentVersion(t.db.admin);
    cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-05', endDate: '2027-12-17' });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
  });
  afterAll(() => t.close());

  const epreuve = (blockCode: string, over: Record<string, unknown> = {}) =>
    staff.post('/api/v1/assessment/epreuves').send({
      versionId: version.id,
      blockId: block(blockCode).id,
      kind: 'written',
      label: `Écrit ${blockCode}`,
      maxMark: 20,
      weight: 1,
      ...over,
    });

  it('configures the épreuves of a block, scales the default pass mark, and refuses what breaks a rule', async () => {
    const written = await epreuve('BC01');
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ maxMark: 20, passMark: 10, weight: 1, active: true });
    const oral = await epreuve('BC01', { kind: 'oral', label: 'Oral BC01', maxMark: 40, weight: 2 });
    expect(oral.body.passMark).toBe(20);
    expect((await epreuve('BC01', { passMark: 25 })).body.code).toBe('PASS_MARK_ABOVE_MAX');
    expect((await epreuve('AUTRE')).body.code).toBe('UNKNOWN_BLOCK');
    expect((await epreuve('BC01', { kind: 'quiz' })).status).toBe(400);
    const plan = (await staff.get(`/api/v1/assessment/versions/${version.id}/plan`)).body;
    expect(plan.map((b: { blockCode: string }) => b.blockCode)).toEqual(['BC01', 'BC02', 'BC03', 'BC04']);
    expect(plan[0]).toMatchObject({ rule: 'weighted_average' });
    expect(plan[0].assessments.map((a: { label: string }) => a.label)).toEqual(['Écrit BC01', 'Oral BC01']);

    expect(
      (
        await staff
          .put(`/api/v1/assessment/versions/${version.id}/blocks/${block('BC01').id}/rule`)
          .send({ rule: 'all_passed', reason: 'Essai' })
      ).status,
    ).toBe(403);
    const rule = await admin
      .put(`/api/v1/assessment/versions/${version.id}/blocks/${block('BC01').id}/rule`)
      .send({ rule: 'all_passed', reason: 'Décision du conseil pédagogique' });
    expect(rule.body[0].rule).toBe('all_passed');
    await admin
      .put(`/api/v1/assessment/versions/${version.id}/blocks/${block('BC01').id}/rule`)
      .send({ rule: 'weighted_average', reason: 'Retour' })
      .expect(200);
  });

  it('convenes trainees to a block of an exam session (an attempt each, an e-mail), grades them in a grid, audits every mark', async () => {
    const written = (await epreuve('BC02', { label: 'Étude de cas BC02' })).body;
    const oral = (await epreuve('BC02', { kind: 'oral', label: 'Oral BC02', weight: 2 })).body;
    const other = (await epreuve('BC03', { label: 'Écrit BC03' })).body;
    const session = await staff.post('/api/v1/exam-sessions').send({
      versionId: version.id,
      name: 'Session de juin',
      date: '2027-06-14',
      startTime: '09:00',
      place: 'Lyon – salle 2',
      assessmentIds: [written.id, oral.id],
    });
    expect(session.status).toBe(201);
    const id = session.body.id as string;
    const [ana, ben, out] = [
      await createTrainee(t.db.admin, cohort, school),
      await createTrainee(t.db.admin, cohort, school),
      await createTrainee(t.db.admin, cohort, school),
    ];
    const noBlock = await staff
      .post(`/api/v1/exam-sessions/${id}/convocations`)
      .send({ blockId: block('BC03').id, traineeIds: [ana.trainee.id] });
    expect(noBlock.body.code).toBe('BLOCK_NOT_IN_SESSION');
    const convened = await staff
      .post(`/api/v1/exam-sessions/${id}/convocations`)
      .send({ blockId: block('BC02').id, traineeIds: [ana.trainee.id, ben.trainee.id] });
    expect(convened.status).toBe(201);
    expect(convened.body.convened.map((c: { number: number; blockCode: string }) => [c.blockCode, c.number])).toEqual([
      ['BC02', 1],
      ['BC02', 1],
    ]);
    const mail = await t.delivered(ana.trainee.email, /Convocation : BC02, le 14\/06\/2027/);
    expect(mail.text).toContain('Étude de cas BC02, Oral BC02');
    const twice = await staff
      .post(`/api/v1/exam-sessions/${id}/convocations`)
      .send({ blockId: block('BC02').id, traineeIds: [ana.trainee.id, out.trainee.id] });
    expect(twice.body.code).toBe('ALREADY_CONVENED');
    expect(await t.db.admin.countBy(Attempt, { traineeId: out.trainee.id })).toBe(0);

    const url = `/api/v1/exam-sessions/${id}/blocks/${block('BC02').id}/marks`;
    const grid = (await staff.get(url)).body;
    expect(grid.assessments.map((a: { label: string }) => a.label)).toEqual(['Étude de cas BC02', 'Oral BC02']);
    const [rowA, rowB] = [ana, ben].map((p) => grid.rows.find((r: { traineeId: string }) => r.traineeId === p.trainee.id));
    expect(rowA.result).toMatchObject({ status: 'incomplete' });

    const bad = await staff.put(url).send({
      marks: [
        { attemptId: rowA.attemptId, assessmentId: written.id, mark: 21 },
        { attemptId: rowA.attemptId, assessmentId: other.id, mark: 12 },
        { attemptId: rowB.attemptId, assessmentId: oral.id, mark: 12.555 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_MARKS');
    expect(Object.keys(bad.body.errors)).toEqual(['marks.0', 'marks.1', 'marks.2']);
    expect(bad.body.message).toContain('La note doit être comprise entre 0 et 20');
    const stranger = await staff
      .put(url)
      .send({ marks: [{ attemptId: '00000000-0000-4000-8000-000000000000', assessmentId: written.id, mark: 12 }] });
    expect(stranger.body.errors['marks.0']).toEqual(['ce stagiaire n’est pas convoqué à ce bloc pour cette session']);
    expect(await t.db.admin.countBy(AttemptMark, { attemptId: rowA.attemptId })).toBe(0);

    const saved = await staff.put(url).send({
      marks: [
        { attemptId: rowA.attemptId, assessmentId: written.id, mark: 8 },
        { attemptId: rowA.attemptId, assessmentId: oral.id, mark: 11 },
        { attemptId: rowB.attemptId, assessmentId: written.id, mark: 14.5 },
        { attemptId: rowB.attemptId, assessmentId: oral.id, mark: 'absent' },
      ],
    });
    expect(saved.status).toBe(200);
    const result = (traineeId: string) => saved.body.rows.find((r: { traineeId: string }) => r.traineeId === traineeId).result;
    expect(result(ana.trainee.id)).toMatchObject({ status: 'passed', average: 10 }); // (8 + 2 × 11) / 3
    expect(result(ben.trainee.id)).toMatchObject({ status: 'failed', average: 4.83 }); // (14,5 + 2 × 0) / 3
    const corrected = await staff.put(url).send({ marks: [{ attemptId: rowA.attemptId, assessmentId: written.id, mark: 7.5 }] });
    expect(corrected.body.rows.find((r: { traineeId: string }) => r.traineeId === ana.trainee.id).result.status).toBe('failed');
    const audit = await t.db.admin.find(AuditEvent, {
      where: { entityId: rowA.attemptId, action: 'mark.changed' },
      order: { occurredAt: 'ASC' },
    });
    // The first two were written in one transaction (same instant, so in no particular order), the correction after.
    const changes = audit.map((e) => [e.before?.mark, e.after?.mark]);
    expect(changes.slice(0, 2)).toEqual(
      expect.arrayContaining([
        [null, 8],
        [null, 11],
      ]),
    );
    expect(changes.slice(2)).toEqual([[8, 7.5]]);

    const convocation = await staff
      .get(`/api/v1/attempts/${rowA.attemptId}/convocation`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(convocation.headers['content-type']).toBe('application/pdf');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'conv-')), 'convocation.pdf');
    writeFileSync(file, convocation.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Convocation à une session d’examen');
    expect(text).toMatch(/le 14\/06\/2027 à 09 h 00, Lyon – salle 2, pour le\s+bloc BC02/);
    expect(text).toContain('Étude de cas BC02');

    const trainee = await t.login(ana.account.email);
    expect((await trainee.get(`/api/v1/me/convocations/${rowA.attemptId}`)).status).toBe(200);
    expect((await trainee.get(`/api/v1/me/convocations/${rowB.attemptId}`)).status).toBe(404);
    expect((await trainee.put(url).send({ marks: [{ attemptId: rowA.attemptId, assessmentId: written.id, mark: 20 }] })).status).toBe(403);
    const trainer = await t.login((await createAccount(t.db.admin, school, Role.Trainer)).email);
    expect((await trainer.get(url)).status).toBe(200);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Role, School } from '@app/platform';
import { JuryDecisionRecord } from '@app/assessment';
import { CertificationVersion } from '@app/referential';
import { Cohort } from '@app/training';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Line = {
  traineeId: string;
  blocks: { blockCode: string; proposal: string | null; decision: { outcome: string } | null; history: unknown[] }[];
  readiness: { ready: boolean; items: { key: string; ok: boolean; detail: string }[] };
};

/** A whole path: BC02 failed, retaken and passed; BC04 only with a valid AFGSU; a correction; no fourth attempt. */
describe('assessment path: fail, retake, pass, decide', () => {
  let t: TestApp;
  let school: School;
  let cohort: Cohort;
  let version: CertificationVersion;
  let staff: Agent;
  const epreuves: Record<string, string> = {};
  const block = (code: string) => version.blocks!.find((b) => b.code === code)!.id;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    version = await currentVersion(t.db.admin);
    cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-09-01', endDate: '2027-12-17' });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    for (const code of ['BC01', 'BC02', 'BC03', 'BC04']) {
      const res = await staff.post('/api/v1/assessment/epreuves').send({
        versionId: version.id,
        blockId: block(code),
        kind: 'practical',
        label: `Mise en situation ${code}`,
        maxMark: 20,
        weight: 1,
      });
      epreuves[code] = res.body.id;
    }
  });
  afterAll(() => t.close());

  const session = async (date: string, codes: string[]) =>
    (
      await staff.post('/api/v1/exam-sessions').send({
        versionId: version.id,
        name: `Session du ${date}`,
        date,
        startTime: '09:00',
        place: 'Lyon',
        assessmentIds: codes.map((c) => epreuves[c]),
      })
    ).body.id as string;
  const convene = (sessionId: string, code: string, traineeIds: string[]) =>
    staff.post(`/api/v1/exam-sessions/${sessionId}/convocations`).send({ blockId: block(code), traineeIds });
  const mark = async (sessionId: string, code: string, traineeId: string, value: number) => {
    const url = `/api/v1/exam-sessions/${sessionId}/blocks/${block(code)}/marks`;
    const row = (await staff.get(url)).body.rows.find((r: { traineeId: string }) => r.traineeId === traineeId);
    await staff
      .put(url)
      .send({ marks: [{ attemptId: row.attemptId, assessmentId: epreuves[code], mark: value }] })
      .expect(200);
  };
  const jury = async (date: string) =>
    (await staff.post('/api/v1/juries').send({ versionId: version.id, date, president: 'Dr Hélène Martin', members: ['Claire Dubois'] }))
      .body.id as string;
  const decide = (juryId: string, traineeId: string, code: string, outcome: string, extra: Record<string, string> = {}) =>
    staff.post(`/api/v1/juries/${juryId}/decisions`).send({ traineeId, blockId: block(code), outcome, ...extra });
  /** Requests a batch, waits for the worker to render every document, and returns their text (pdftotext). */
  const documentsText = async (request: Record<string, string>): Promise<string[]> => {
    const batch = await staff.post('/api/v1/documents/batches').send(request).expect(201);
    let progress = batch.body;
    for (let i = 0; i < 100 && progress.done + progress.failed < progress.total; i++) {
      await new Promise((r) => setTimeout(r, 100));
      progress = (await staff.get(`/api/v1/documents/batches/${batch.body.id}`)).body;
    }
    expect(progress).toMatchObject({ failed: 0, progress: 1 });
    const dir = mkdtempSync(path.join(tmpdir(), 'docs-'));
    return Promise.all(
      progress.documents.map(async (d: { id: string; fileName: string }) => {
        const res = await staff
          .get(`/api/v1/documents/${d.id}/file`)
          .buffer(true)
          .parse((r, cb) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => cb(null, Buffer.concat(chunks)));
          });
        expect(res.headers['content-type']).toBe('application/pdf');
        const file = path.join(dir, d.fileName);
        writeFileSync(file, res.body as Buffer);
        return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      }),
    );
  };
  const line = (board: { lines: Line[] }, traineeId: string) => board.lines.find((l) => l.traineeId === traineeId)!;

  it('takes a trainee from a failed block to certification readiness, by the rules', async () => {
    const { trainee, account } = await createTrainee(t.db.admin, cohort, school);
    const s1 = await session('2027-03-01', ['BC01', 'BC02', 'BC03', 'BC04']);
    for (const code of ['BC01', 'BC02', 'BC03', 'BC04']) await convene(s1, code, [trainee.id]).expect(201);
    await mark(s1, 'BC01', trainee.id, 12);
    await mark(s1, 'BC02', trainee.id, 8);
    await mark(s1, 'BC03', trainee.id, 15);
    await mark(s1, 'BC04', trainee.id, 11);

    const j1 = await jury('2027-03-15');
    const board = (await staff.get(`/api/v1/juries/${j1}?cohortId=${cohort.id}`)).body;
    expect(line(board, trainee.id).blocks.map((b) => [b.blockCode, b.proposal])).toEqual([
      ['BC01', 'validated'],
      ['BC02', 'not_validated'],
      ['BC03', 'validated'],
      ['BC04', 'validated'],
    ]);
    const override = await decide(j1, trainee.id, 'BC02', 'validated');
    expect(override.status).toBe(400);
    expect(override.body.code).toBe('OVERRIDE_WITHOUT_COMMENT');
    const noAfgsu = await decide(j1, trainee.id, 'BC04', 'validated');
    expect(noAfgsu.status).toBe(409);
    expect(noAfgsu.body.code).toBe('BC04_REQUIRES_AFGSU');
    expect(await t.db.admin.countBy(JuryDecisionRecord, { traineeId: trainee.id })).toBe(0);
    await staff
      .post(`/api/v1/trainees/${trainee.id}/afgsu/attestations`)
      .send({ level: 1, kind: 'initial', issuingCentre: 'CESU 69', issuedOn: '2026-11-02' })
      .expect(201);
    for (const [code, outcome] of [
      ['BC01', 'validated'],
      ['BC02', 'not_validated'],
      ['BC03', 'validated'],
      ['BC04', 'validated'],
    ])
      await decide(j1, trainee.id, code, outcome).expect(200);

    const idle = (await createTrainee(t.db.admin, cohort, school)).trainee;
    const none = await decide(j1, idle.id, 'BC01', 'validated');
    expect(none.status).toBe(409);
    expect(none.body.code).toBe('DECISION_WITHOUT_ATTEMPT');

    // Retake of BC02 on a later session; BC01, validated, cannot be sat again.
    const s2 = await session('2027-05-10', ['BC01', 'BC02']);
    const again = await convene(s2, 'BC01', [trainee.id]);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BLOCK_ALREADY_VALIDATED');
    const retake = await convene(s2, 'BC02', [trainee.id]);
    expect(retake.body.convened.find((c: { traineeId: string }) => c.traineeId === trainee.id).number).toBe(2);
    await t.delivered(trainee.email, /Convocation : BC02, le 10\/05\/2027/);
    await mark(s2, 'BC02', trainee.id, 13);
    const j2 = await jury('2027-05-20');
    const decided = await decide(j2, trainee.id, 'BC02', 'validated');
    const mine = line(decided.body, trainee.id);
    const item = (key: string) => mine.readiness.items.find((i) => i.key === key)!;
    expect(item('blocks').ok).toBe(true);
    expect(item('afgsu').ok).toBe(true);
    expect(item('file').ok).toBe(true);
    expect(item('hours')).toMatchObject({ ok: false });
    expect(mine.readiness.ready).toBe(false);

    // A correction is a new decision with a reason; the first stays in the history; the row itself never changes.
    const noReason = await decide(j2, trainee.id, 'BC02', 'not_validated', { comment: 'Erreur de report de note' });
    expect(noReason.body.code).toBe('CORRECTION_WITHOUT_REASON');
    const corrected = await decide(j2, trainee.id, 'BC02', 'not_validated', {
      comment: 'Note de l’oral mal reportée',
      correctionReason: 'Erreur de saisie constatée après le jury',
    });
    const bc02 = line(corrected.body, trainee.id).blocks.find((b) => b.blockCode === 'BC02')!;
    expect(bc02.decision).toMatchObject({ outcome: 'not_validated', correctionReason: 'Erreur de saisie constatée après le jury' });
    expect(bc02.history).toHaveLength(3);
    await expect(t.db.admin.query(`UPDATE jury_decisions SET outcome = 'validated' WHERE trainee_id = $1`, [trainee.id])).rejects.toThrow(
      /append-only/,
    );

    // A third attempt is allowed, a fourth is not (3 attempts in all).
    const s3 = await session('2027-06-21', ['BC02']);
    expect((await convene(s3, 'BC02', [trainee.id])).body.convened[0].number).toBe(3);
    await mark(s3, 'BC02', trainee.id, 9);
    const j3 = await jury('2027-06-30');
    await decide(j3, trainee.id, 'BC02', 'not_validated').expect(200);
    const s4 = await session('2027-09-06', ['BC02']);
    const fourth = await convene(s4, 'BC02', [trainee.id]);
    expect(fourth.status).toBe(409);
    expect(fourth.body.code).toBe('MAX_ATTEMPTS_REACHED');
    expect(fourth.body.message).toContain('3 passages au plus');

    const results = (await (await t.login(account.email)).get('/api/v1/me/results')).body;
    const mineBc02 = results.blocks.find((b: { blockCode: string }) => b.blockCode === 'BC02');
    expect(mineBc02.attempts.map((a: { number: number; result: string }) => [a.number, a.result])).toEqual([
      [1, 'failed'],
      [2, 'passed'],
      [3, 'failed'],
    ]);
    expect(mineBc02).toMatchObject({ canRetake: false, decision: { outcome: 'not_validated' } });
  });

  it('refuses a retake outside the window of the school’s settings', async () => {
    const admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
    await admin
      .put(`/api/v1/referential/versions/${version.id}/settings/retakeWindowYears`)
      .send({ value: 1, reason: 'Règle de l’école' })
      .expect(200);
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    const s1 = await session('2027-03-08', ['BC03']);
    await convene(s1, 'BC03', [trainee.id]).expect(201);
    await mark(s1, 'BC03', trainee.id, 6);
    await decide(await jury('2027-03-20'), trainee.id, 'BC03', 'not_validated').expect(200);
    const lastDay = await session('2028-03-08', ['BC03']);
    const dayAfter = await session('2028-03-09', ['BC03']);
    const late = await convene(dayAfter, 'BC03', [trainee.id]);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('RETAKE_WINDOW_PASSED');
    await convene(lastDay, 'BC03', [trainee.id]).expect(201);
  });

  it('counts blocks validated earlier or by VAE, and awards the CQP only when the checklist is complete', async () => {
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    for (const code of ['BC01', 'BC02', 'BC03']) {
      await staff
        .post(`/api/v1/trainees/${trainee.id}/prior-validations`)
        .send({ blockId: block(code), source: 'vae', validatedOn: '2025-06-02', reference: 'Décision VAE du 02/06/2025' })
        .expect(200);
    }
    const twice = await staff
      .post(`/api/v1/trainees/${trainee.id}/prior-validations`)
      .send({ blockId: block('BC01'), source: 'earlier', validatedOn: '2025-01-10', reference: 'Jury de 2025' });
    expect(twice.body.code).toBe('PRIOR_VALIDATION_EXISTS');
    const s1 = await session('2027-04-05', ['BC01', 'BC04']);
    const vae = await convene(s1, 'BC01', [trainee.id]);
    expect(vae.status).toBe(409);
    expect(vae.body.code).toBe('BLOCK_ALREADY_VALIDATED');
    await convene(s1, 'BC04', [trainee.id]).expect(201);
    await mark(s1, 'BC04', trainee.id, 14);
    await staff
      .post(`/api/v1/trainees/${trainee.id}/afgsu/attestations`)
      .send({ level: 2, kind: 'initial', issuingCentre: 'CESU 69', issuedOn: '2026-11-02' })
      .expect(201);
    const j = await jury('2027-04-20');
    await decide(j, trainee.id, 'BC04', 'validated').expect(200);

    const early = await staff.post(`/api/v1/juries/${j}/certifications`).send({ traineeId: trainee.id });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CERTIFICATION_NOT_READY');
    expect(early.body.message).toMatch(/^Certification impossible : Heures/);

    // Fully exempted (all hours), nothing is left to attend: the checklist is complete.
    for (const b of version.blocks!) {
      await staff
        .post(`/api/v1/trainees/${trainee.id}/plan/exemptions`)
        .send({ blockId: b.id, minutes: b.plannedMinutes, justification: 'Parcours VAE' })
        .expect(200);
    }
    const awarded = await staff.post(`/api/v1/juries/${j}/certifications`).send({ traineeId: trainee.id });
    expect(awarded.status).toBe(200);
    const mine = line(awarded.body, trainee.id) as Line & { certifiedOn: string };
    expect(mine.certifiedOn).toBe('2027-04-20');
    expect(mine.readiness.items.find((i) => i.key === 'blocks')!.ok).toBe(true);
    const again = await staff.post(`/api/v1/juries/${j}/certifications`).send({ traineeId: trainee.id });
    expect(again.body.code).toBe('ALREADY_CERTIFIED');

    // The school's letterhead: SIRET checked, set by its administrator only.
    const admin = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
    const letterhead = {
      address: '12 rue de la République, 69002 Lyon',
      siret: '732 829 320 00074',
      activityNumber: '84691234569',
      signatory: 'Claire Dubois, directrice',
      phone: '04 72 00 00 00',
      contactEmail: 'contact@ecole.fr',
    };
    const badSiret = await admin.put('/api/v1/school/profile').send({ ...letterhead, siret: '73282932000075' });
    expect(badSiret.status).toBe(400);
    expect(badSiret.body.errors).toHaveProperty('siret');
    expect((await staff.put('/api/v1/school/profile').send(letterhead)).status).toBe(403);
    expect((await admin.put('/api/v1/school/profile').send(letterhead)).body).toMatchObject({
      siret: '73282932000074',
      signatory: 'Claire Dubois, directrice',
    });

    // The documents, rendered by the worker: the jury's PV and the trainees' attestations, read back as text.
    const pv = await documentsText({ kind: 'jury_pv', jurySessionId: j });
    expect(pv[0]).toContain('Procès-verbal de jury');
    expect(pv[0]).toContain('Dr Hélène Martin');
    expect(pv[0]).toMatch(new RegExp(`${trainee.lastName.toUpperCase()} ${trainee.firstName}\\s+BC04\\s+validé\\s+validé`));
    const attestations = await documentsText({ kind: 'end_of_training', cohortId: cohort.id });
    const attestation = attestations.find((text) => text.includes(`${trainee.firstName} ${trainee.lastName}`))!;
    expect(attestation).toContain('Attestation de fin de formation');
    expect(attestation).toContain('12 rue de la République, 69002 Lyon – SIRET 732 829 320 00074 – Déclaration d’activité n° 84691234569');
    expect(attestation).toContain('Claire Dubois, directrice');
    expect(attestation).toContain('Certification obtenue (jury du 20/04/2027)');
    expect(attestation).toMatch(/BC02\s+Accueil et prise en charge administrative des patients\s+Validé le 02\/06\/2025/);
    const partial = await documentsText({ kind: 'partial_validation', cohortId: cohort.id });
    // Blocks acquired on the day of issue: the three by VAE (the jury of this test sits in the future).
    const partialOfTrainee = partial.find((text) => text.includes(`${trainee.firstName} ${trainee.lastName}`))!;
    expect(partialOfTrainee).toMatch(/BC01\s+Suivi du parcours de santé du patient\s+02\/06\/2025/);
    expect(partialOfTrainee).not.toContain('BC04');
    const certificates = await documentsText({ kind: 'certificat_realisation', cohortId: cohort.id });
    expect(certificates.every((text) => text.includes('Certificat de réalisation') && text.includes('Total'))).toBe(true);
  });
});

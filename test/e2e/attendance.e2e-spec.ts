import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Account, AuditEvent, Role, School } from '@app/platform';
import { CertificationVersion } from '@app/referential';
import { AttendanceRecord, Cohort } from '@app/training';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createSessionAt, createTrainee, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

const minutesFromNow = (n: number) => new Date(Date.now() + n * 60_000);

describe('attendance (émargement)', () => {
  let t: TestApp;
  let school: School;
  let version: CertificationVersion;
  let cohort: Cohort;
  let trainer: Account;
  let staff: Awaited<ReturnType<TestApp['login']>>;
  let trainerAgent: Awaited<ReturnType<TestApp['login']>>;
  const bc = (code: string) => version.blocks!.find((b) => b.code === code)!.id;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    version = await currentVersion(t.db.admin);
    cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-01', endDate: '2028-12-31' });
    trainer = await createAccount(t.db.admin, school, Role.Trainer, { fullName: 'Karim Benali' });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    trainerAgent = await t.login(trainer.email);
  });
  afterAll(() => t.close());

  it('lets a trainee sign their own session inside the window only, once', async () => {
    const { trainee, account } = await createTrainee(t.db.admin, cohort, school);
    const me = await t.login(account.email);
    const now = await createSessionAt(t.db.admin, cohort, bc('BC01'), minutesFromNow(-10), 60, { trainerId: trainer.id });
    const later = await createSessionAt(t.db.admin, cohort, bc('BC01'), minutesFromNow(120), 60);
    const past = await createSessionAt(t.db.admin, cohort, bc('BC01'), minutesFromNow(-300), 60);

    const today = await me.get('/api/v1/me/sessions');
    const mine = today.body.find((s: { session: { id: string } }) => s.session.id === now.id);
    expect(mine).toMatchObject({ canSign: true, status: null, signedAt: null });

    const signed = await me.post(`/api/v1/me/sessions/${now.id}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'present', canSign: false });
    const again = await me.post(`/api/v1/me/sessions/${now.id}/sign`);
    expect(again.body.signedAt).toBe(signed.body.signedAt);
    expect(await t.db.admin.countBy(AttendanceRecord, { sessionId: now.id, traineeId: trainee.id })).toBe(1);
    expect(await t.db.admin.countBy(AuditEvent, { schoolId: school.id, action: 'attendance.signed' })).toBe(1);

    const early = await me.post(`/api/v1/me/sessions/${later.id}/sign`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('SIGNING_NOT_OPEN');
    const late = await me.post(`/api/v1/me/sessions/${past.id}/sign`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('SIGNING_CLOSED');
    expect(await t.db.admin.countBy(AttendanceRecord, { traineeId: trainee.id })).toBe(1);
  });

  it("refuses signing a session of another cohort, and nobody else can use the trainee's route", async () => {
    const { account } = await createTrainee(t.db.admin, cohort, school);
    const other = await createCohort(t.db.admin, school.id, { startDate: '2026-01-01', endDate: '2028-12-31' });
    const elsewhere = await createSessionAt(t.db.admin, other, bc('BC02'), minutesFromNow(-5), 60);
    const res = await (await t.login(account.email)).post(`/api/v1/me/sessions/${elsewhere.id}/sign`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('NOT_YOUR_SESSION');
    expect((await trainerAgent.post(`/api/v1/me/sessions/${elsewhere.id}/sign`)).status).toBe(403);
    expect(await t.db.admin.countBy(AttendanceRecord, { sessionId: elsewhere.id })).toBe(0);
  });

  it('lets the trainer keep the sheet during the window and countersign; afterwards only staff correct, with a reason', async () => {
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    const session = await createSessionAt(t.db.admin, cohort, bc('BC03'), minutesFromNow(-30), 60, { trainerId: trainer.id });
    const sheet = await trainerAgent.get(`/api/v1/sessions/${session.id}/attendance`);
    expect(sheet.body.signingOpen).toBe(true);
    expect(sheet.body.lines.find((l: { traineeId: string }) => l.traineeId === trainee.id)).toMatchObject({ status: null, signedAt: null });

    const late = await trainerAgent
      .put(`/api/v1/sessions/${session.id}/attendance/${trainee.id}`)
      .send({ status: 'late', attendedMinutes: 40 });
    expect(late.status).toBe(200);
    expect(late.body.lines.find((l: { traineeId: string }) => l.traineeId === trainee.id)).toMatchObject({
      status: 'late',
      attendedMinutes: 40,
      signedAt: null,
    });
    const tooMany = await trainerAgent
      .put(`/api/v1/sessions/${session.id}/attendance/${trainee.id}`)
      .send({ status: 'late', attendedMinutes: 60 });
    expect(tooMany.body.code).toBe('INVALID_ATTENDANCE');
    const noJustification = await trainerAgent.put(`/api/v1/sessions/${session.id}/attendance/${trainee.id}`).send({ status: 'excused' });
    expect(noJustification.body.code).toBe('JUSTIFICATION_REQUIRED');

    const countersigned = await trainerAgent.post(`/api/v1/sessions/${session.id}/countersign`);
    expect(countersigned.body.countersignedAt).toEqual(expect.any(String));
    const closed = await trainerAgent.put(`/api/v1/sessions/${session.id}/attendance/${trainee.id}`).send({ status: 'present' });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('SHEET_CLOSED');

    const noReason = await staff.put(`/api/v1/sessions/${session.id}/attendance/${trainee.id}`).send({ status: 'present' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('REASON_REQUIRED');
    const corrected = await staff
      .put(`/api/v1/sessions/${session.id}/attendance/${trainee.id}`)
      .send({ status: 'present', reason: 'Retard dû à la grève des transports, justifié' });
    expect(corrected.status).toBe(200);
    const [event] = await t.db.admin.find(AuditEvent, { where: { schoolId: school.id, action: 'attendance.corrected' } });
    expect(event).toMatchObject({
      before: { status: 'late', attendedMinutes: 40 },
      after: { status: 'present' },
      reason: 'Retard dû à la grève des transports, justifié',
    });
  });

  it('refuses marking presence in advance, and a trainer on a session that is not theirs', async () => {
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    const tomorrow = await createSessionAt(t.db.admin, cohort, bc('BC04'), minutesFromNow(24 * 60), 60, { trainerId: trainer.id });
    const advance = await trainerAgent.put(`/api/v1/sessions/${tomorrow.id}/attendance/${trainee.id}`).send({ status: 'present' });
    expect(advance.status).toBe(409);
    expect(advance.body.code).toBe('TOO_EARLY');
    const excused = await staff
      .put(`/api/v1/sessions/${tomorrow.id}/attendance/${trainee.id}`)
      .send({ status: 'excused', justification: 'Convocation médicale' });
    expect(excused.status).toBe(200);
    expect((await trainerAgent.post(`/api/v1/sessions/${tomorrow.id}/countersign`)).body.code).toBe('TOO_EARLY');

    const notMine = await createSessionAt(t.db.admin, cohort, bc('BC04'), minutesFromNow(-20), 60);
    const res = await trainerAgent.put(`/api/v1/sessions/${notMine.id}/attendance/${trainee.id}`).send({ status: 'present' });
    expect(res.status).toBe(403);
    const unknownTrainee = await staff
      .put(`/api/v1/sessions/${notMine.id}/attendance/6b0e1f3c-9a2d-4e5f-8a7b-1c2d3e4f5a6b`)
      .send({ status: 'present' });
    expect(unknownTrainee.status).toBe(404);
  });

  it('refuses a signature once the sheet is countersigned, or over an absence the trainer noted; two quick taps sign once', async () => {
    const { trainee: late, account: lateAccount } = await createTrainee(t.db.admin, cohort, school);
    const { trainee: absent, account: absentAccount } = await createTrainee(t.db.admin, cohort, school);
    const { account: quick } = await createTrainee(t.db.admin, cohort, school);
    const session = await createSessionAt(t.db.admin, cohort, bc('BC02'), minutesFromNow(-20), 60, { trainerId: trainer.id });
    await trainerAgent.put(`/api/v1/sessions/${session.id}/attendance/${absent.id}`).send({ status: 'absent' }).expect(200);
    const overAbsence = await (await t.login(absentAccount.email)).post(`/api/v1/me/sessions/${session.id}/sign`);
    expect(overAbsence.status).toBe(409);
    expect(overAbsence.body.code).toBe('MARKED_ABSENT');

    const quickAgent = await t.login(quick.email);
    const taps = await Promise.all([1, 2, 3].map(() => quickAgent.post(`/api/v1/me/sessions/${session.id}/sign`)));
    expect(taps.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(taps.map((r) => r.body.signedAt)).size).toBe(1);

    await trainerAgent.post(`/api/v1/sessions/${session.id}/countersign`).expect(200);
    const afterCountersign = await (await t.login(lateAccount.email)).post(`/api/v1/me/sessions/${session.id}/sign`);
    expect(afterCountersign.status).toBe(409);
    expect(afterCountersign.body.code).toBe('SHEET_CLOSED');
    expect(await t.db.admin.countBy(AttendanceRecord, { sessionId: session.id, traineeId: late.id })).toBe(0);
  });

  it("shows a trainer only their own sessions' sheets, without the reasons of excused absences", async () => {
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    const session = await createSessionAt(t.db.admin, cohort, bc('BC03'), minutesFromNow(60 * 24), 60, { trainerId: trainer.id });
    await staff
      .put(`/api/v1/sessions/${session.id}/attendance/${trainee.id}`)
      .send({ status: 'excused', justification: 'Arrêt maladie' })
      .expect(200);
    const own = await trainerAgent.get(`/api/v1/sessions/${session.id}/attendance`);
    expect(own.body.lines.find((l: { traineeId: string }) => l.traineeId === trainee.id)).toMatchObject({
      status: 'excused',
      justification: null,
    });
    const staffView = await staff.get(`/api/v1/sessions/${session.id}/attendance`);
    expect(staffView.body.lines.find((l: { traineeId: string }) => l.traineeId === trainee.id).justification).toBe('Arrêt maladie');
    const other = await t.login((await createAccount(t.db.admin, school, Role.Trainer)).email);
    expect((await other.get(`/api/v1/sessions/${session.id}/attendance`)).status).toBe(403);
    expect((await other.get(`/api/v1/sessions/${session.id}/attendance.pdf`)).status).toBe(403);
  });

  it('keeps the date, times and block of a session once people have signed it', async () => {
    // A cohort and a trainer of its own: the sessions above overlap (written directly, without the timetable's checks).
    const own = await createCohort(t.db.admin, school.id, { startDate: '2026-01-01', endDate: '2028-12-31' });
    const teacher = await createAccount(t.db.admin, school, Role.Trainer);
    const { account } = await createTrainee(t.db.admin, own, school);
    const session = await createSessionAt(t.db.admin, own, bc('BC04'), minutesFromNow(-5), 60, { trainerId: teacher.id });
    await (await t.login(account.email)).post(`/api/v1/me/sessions/${session.id}/sign`).expect(200);
    const body = {
      blockId: session.blockId,
      date: session.date,
      startTime: session.startTime,
      endTime: session.endTime,
      trainerId: teacher.id,
    };
    const moved = await staff.put(`/api/v1/sessions/${session.id}`).send({ ...body, blockId: bc('BC01') });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('SESSION_HAS_ATTENDANCE');
    const room = await staff.put(`/api/v1/sessions/${session.id}`).send({ ...body, room: 'Salle 4' });
    expect(room.body).toMatchObject({ room: 'Salle 4' });
  });

  it('exports the sheet as a PDF with the date, times, trainer and each line', async () => {
    const { trainee, account } = await createTrainee(t.db.admin, cohort, school);
    const session = await createSessionAt(t.db.admin, cohort, bc('BC02'), minutesFromNow(-15), 90, {
      trainerId: trainer.id,
      room: 'Salle Hélène-Boucher',
    });
    await (await t.login(account.email)).post(`/api/v1/me/sessions/${session.id}/sign`).expect(200);
    const res = await staff
      .get(`/api/v1/sessions/${session.id}/attendance.pdf`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="emargement-/);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-')), 'sheet.pdf');
    writeFileSync(file, res.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain("Feuille d'émargement");
    expect(text).toContain('Karim Benali');
    expect(text).toContain('Salle Hélène-Boucher');
    expect(text).toContain(trainee.lastName.toUpperCase());
    expect(text).toMatch(/Signé le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);
    expect(text).toContain('1 h 30');
  });
});

describe('justification documents and the trainee timetable', () => {
  let t: TestApp;
  let school: School;
  let cohort: Cohort;
  let staff: Awaited<ReturnType<TestApp['login']>>;
  let blockId: string;

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_LIMIT_BYTES: 64 * 1024 });
    school = await createSchool(t.db.admin);
    blockId = (await currentVersion(t.db.admin)).blocks![0].id;
    cohort = await createCohort(t.db.admin, school.id, { startDate: '2026-01-01', endDate: '2028-12-31' });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
  });
  afterAll(() => t.close());

  it('attaches the document of an excused absence, recognised by its bytes, and serves it as an attachment', async () => {
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    const session = await createSessionAt(t.db.admin, cohort, blockId, new Date(Date.now() + 86_400_000), 60);
    const url = `/api/v1/sessions/${session.id}/attendance/${trainee.id}`;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    expect((await staff.put(`${url}/document`).set('content-type', 'application/pdf').send(pdf)).body.code).toBe('NOT_EXCUSED');
    await staff.put(url).send({ status: 'excused', justification: 'Arrêt de travail' }).expect(200);

    const disguised = await staff
      .put(`${url}/document`)
      .set('content-type', 'application/pdf')
      .send(Buffer.from('<html><script>alert(1)</script></html>'));
    expect(disguised.status).toBe(415);
    expect(disguised.body.code).toBe('UNSUPPORTED_DOCUMENT');
    const tooBig = await staff
      .put(`${url}/document`)
      .set('content-type', 'application/pdf')
      .send(Buffer.concat([pdf, Buffer.alloc(70 * 1024)]));
    expect(tooBig.status).toBe(413);

    const attached = await staff.put(`${url}/document`).set('content-type', 'application/octet-stream').send(pdf);
    expect(attached.status).toBe(200);
    expect(attached.body.lines.find((l: { traineeId: string }) => l.traineeId === trainee.id).hasDocument).toBe(true);
    const download = await staff.get(`${url}/document`).buffer(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="justificatif.pdf"');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(download.body).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await t.db.admin.countBy(AuditEvent, { schoolId: school.id, action: 'attendance.justification_attached' })).toBe(1);
  });

  it('shows a trainee their own timetable over a week', async () => {
    const { account } = await createTrainee(t.db.admin, cohort, school);
    const session = await createSessionAt(t.db.admin, cohort, blockId, new Date('2027-03-10T08:00:00Z'), 120);
    const me = await t.login(account.email);
    const week = await me.get('/api/v1/me/timetable?from=2027-03-08&to=2027-03-14');
    expect(week.body.map((s: { id: string }) => s.id)).toEqual([session.id]);
    expect((await me.get('/api/v1/me/timetable')).status).toBe(400);
  });
});

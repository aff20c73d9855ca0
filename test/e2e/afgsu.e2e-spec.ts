import { AuditEvent, Role, School } from '@app/platform';
import { AfgsuAttestationRecord } from '@app/afgsu';
import { addDays, addYears } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { Cohort } from '@app/training';
import { exe, pdf } from '../fixtures/files';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
const today = parisDate(new Date());
const day = (offset: number) => addDays(today, offset);
/** The issue date of an attestation (4 years' validity) whose last valid day is `lastValidDay`. */
const issuedFourYearsBefore = (lastValidDay: string) => {
  const shifted = `${String(Number(lastValidDay.slice(0, 4)) - 4).padStart(4, '0')}${lastValidDay.slice(4)}`;
  return addYears(shifted, 4) === lastValidDay ? shifted : addDays(shifted, -1);
};
const twoDays = (start: string) => [
  { date: start, startTime: '09:00', endTime: '17:00' },
  { date: addDays(start, 1), startTime: '09:00', endTime: '16:00' },
];

describe('AFGSU: sessions, attestations, refreshers, status, gate and reminders', () => {
  let t: TestApp;
  let school: School;
  let cohort: Cohort;
  let staff: Agent;
  const newTrainee = async () => (await createTrainee(t.db.admin, cohort, school)).trainee;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createSchool(t.db.admin);
    cohort = await createCohort(t.db.admin, school.id, { startDate: day(-400), endDate: day(400), name: 'Promo AFGSU' });
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
  });
  afterAll(() => t.close());

  const record = (traineeId: string, body: Record<string, unknown>) =>
    staff.post(`/api/v1/trainees/${traineeId}/afgsu/attestations`).send({ level: 1, kind: 'initial', issuingCentre: 'CESU 69', ...body });

  it('plans a session, warns outside 14 h and 10–12 participants, refuses what breaks a rule and writes nothing', async () => {
    const overlap = await staff.post('/api/v1/afgsu/sessions').send({
      kind: 'initial',
      cesuName: 'CESU 69',
      capacity: 12,
      days: [
        { date: day(20), startTime: '09:00', endTime: '17:00' },
        { date: day(20), startTime: '16:00', endTime: '18:00' },
      ],
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.code).toBe('AFGSU_DAYS_OVERLAP');
    const backwards = await staff
      .post('/api/v1/afgsu/sessions')
      .send({ kind: 'initial', cesuName: 'CESU 69', capacity: 12, days: [{ date: day(20), startTime: '17:00', endTime: '09:00' }] });
    expect(backwards.status).toBe(400);
    expect(
      (await staff.post('/api/v1/afgsu/sessions').send({ kind: 'initial', cesuName: 'CESU 69', capacity: 31, days: twoDays(day(20)) }))
        .status,
    ).toBe(400);
    expect((await staff.get('/api/v1/afgsu/sessions?when=all')).body.total).toBe(0);

    const short = await staff.post('/api/v1/afgsu/sessions').send({
      kind: 'initial',
      cesuName: 'CESU 69',
      capacity: 15,
      days: [{ date: day(20), startTime: '09:00', endTime: '17:00' }],
    });
    expect(short.status).toBe(201);
    expect(short.body.warnings).toEqual([
      'Les groupes AFGSU comptent 10 à 12 participants : capacité de 15.',
      'La formation complète dure 14 h : 8 h prévues.',
    ]);
  });

  it('enrols trainees up to capacity, once each, and marks presence only from the first day', async () => {
    const session = (
      await staff.post('/api/v1/afgsu/sessions').send({ kind: 'initial', cesuName: 'CESU 38', capacity: 1, days: twoDays(day(10)) })
    ).body;
    const [first, second] = [await newTrainee(), await newTrainee()];
    const url = `/api/v1/afgsu/sessions/${session.id}/participants`;
    expect((await staff.post(url).send({ traineeId: first.id })).status).toBe(201);
    const twice = await staff.post(url).send({ traineeId: first.id });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('AFGSU_ALREADY_ENROLLED');
    const full = await staff.post(url).send({ traineeId: second.id });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('AFGSU_SESSION_FULL');
    expect(
      (await staff.get(`/api/v1/afgsu/sessions/${session.id}`)).body.participants.map((p: { traineeId: string }) => p.traineeId),
    ).toEqual([first.id]);
    const early = await staff.put(`${url}/${first.id}`).send({ attendance: 'present' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('AFGSU_SESSION_NOT_STARTED');
    // Enrolled in a session to come: « Prévue ».
    expect((await staff.get(`/api/v1/trainees/${first.id}/afgsu`)).body.status).toMatchObject({ status: 'planned', plannedOn: day(10) });
    expect((await staff.delete(`${url}/${first.id}`)).status).toBe(200);
    expect((await staff.get(`/api/v1/trainees/${first.id}/afgsu`)).body.status.status).toBe('missing');
  });

  it('records the attestations of the participants present at a session that ended', async () => {
    const session = (
      await staff.post('/api/v1/afgsu/sessions').send({ kind: 'initial', cesuName: 'CESU 42', capacity: 12, days: twoDays(day(-3)) })
    ).body;
    const [present, absent] = [await newTrainee(), await newTrainee()];
    for (const p of [present, absent])
      await staff.post(`/api/v1/afgsu/sessions/${session.id}/participants`).send({ traineeId: p.id }).expect(201);
    await staff.put(`/api/v1/afgsu/sessions/${session.id}/participants/${present.id}`).send({ attendance: 'present' }).expect(200);
    await staff.put(`/api/v1/afgsu/sessions/${session.id}/participants/${absent.id}`).send({ attendance: 'absent' }).expect(200);
    expect((await staff.post(`/api/v1/afgsu/sessions/${session.id}/attestations`).send({ issuedOn: day(-3), level: 1 })).status).toBe(400);
    const issued = await staff.post(`/api/v1/afgsu/sessions/${session.id}/attestations`).send({ issuedOn: day(-2), level: 1 });
    expect(issued.body).toMatchObject({ recorded: 1, refused: [] });
    expect(issued.body.session.participants.find((p: { traineeId: string }) => p.traineeId === present.id).attested).toBe(true);
    const again = await staff.post(`/api/v1/afgsu/sessions/${session.id}/attestations`).send({ issuedOn: day(-2), level: 1 });
    expect(again.body.recorded).toBe(0);
    const status = (await staff.get(`/api/v1/trainees/${present.id}/afgsu`)).body;
    expect(status.status).toMatchObject({ status: 'valid', expiresOn: addYears(day(-2), 4) });
    expect(status.attestations[0]).toMatchObject({ kind: 'initial', issuingCentre: 'CESU 42', sessionId: session.id, verified: true });
    expect((await staff.get(`/api/v1/trainees/${absent.id}/afgsu`)).body.status.status).toBe('missing');
  });

  it('refuses an issue date in the future, an expiry before issue and a level other than 1 or 2, writing nothing', async () => {
    const trainee = await newTrainee();
    const future = await record(trainee.id, { issuedOn: day(1) });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('AFGSU_DATE_IN_FUTURE');
    const before = await record(trainee.id, { issuedOn: day(-10), expiresOn: day(-11) });
    expect(before.body.code).toBe('AFGSU_EXPIRY_BEFORE_ISSUE');
    expect((await record(trainee.id, { issuedOn: day(-10), level: 3 })).status).toBe(400);
    expect(await t.db.admin.countBy(AfgsuAttestationRecord, { traineeId: trainee.id })).toBe(0);
  });

  it('extends validity with a refresher taken before expiry, from the previous expiry; refuses one after expiry', async () => {
    const trainee = await newTrainee();
    const issuedOn = issuedFourYearsBefore(day(30));
    await record(trainee.id, { issuedOn }).expect(201);
    const soon = (await staff.get(`/api/v1/trainees/${trainee.id}/afgsu`)).body.status;
    expect(soon).toMatchObject({ status: 'expiring_soon', expiresOn: addYears(issuedOn, 4) });
    const refreshed = await staff
      .post(`/api/v1/trainees/${trainee.id}/afgsu/refreshers`)
      .send({ refresherOn: day(-1), issuingCentre: 'CESU 69' });
    expect(refreshed.status).toBe(201);
    expect(refreshed.body.status).toMatchObject({ status: 'valid', expiresOn: addYears(addYears(issuedOn, 4), 4) });

    const lapsed = await newTrainee();
    const old = issuedFourYearsBefore(day(-1)); // last valid day: yesterday
    await record(lapsed.id, { issuedOn: old }).expect(201);
    expect((await staff.get(`/api/v1/trainees/${lapsed.id}/afgsu`)).body.status.status).toBe('expired');
    const late = await staff.post(`/api/v1/trainees/${lapsed.id}/afgsu/refreshers`).send({ refresherOn: today, issuingCentre: 'CESU 69' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('AFGSU_REFRESHER_AFTER_EXPIRY');
    expect(late.body.message).toContain('la formation complète de 14 h est exigée');
    expect(await t.db.admin.countBy(AfgsuAttestationRecord, { traineeId: lapsed.id })).toBe(1);
  });

  it('counts a prior attestation (an AFGSU 2 obtained elsewhere) only once verified with its scan', async () => {
    const nurse = await newTrainee();
    const prior = await record(nurse.id, { kind: 'prior', level: 2, issuingCentre: 'CESU 13', issuedOn: day(-200) });
    expect(prior.body.status.status).toBe('missing');
    expect(prior.body.status.explanation).toContain('vérifier');
    const id = prior.body.attestations[0].id;
    const noScan = await staff.post(`/api/v1/trainees/${nurse.id}/afgsu/attestations/${id}/verify`);
    expect(noScan.status).toBe(409);
    expect(noScan.body.code).toBe('AFGSU_DOCUMENT_MISSING');
    const docUrl = `/api/v1/trainees/${nurse.id}/afgsu/attestations/${id}/document`;
    const hostile = await staff.put(docUrl).set('content-type', 'application/pdf').send(exe());
    expect(hostile.status).toBe(415);
    await staff
      .put(docUrl)
      .set('content-type', 'application/pdf')
      .set('x-file-name', encodeURIComponent('AFGSU 2 Inès.pdf'))
      .send(pdf())
      .expect(200);
    const scan = await staff.get(`${docUrl}?inline=true`).buffer(true);
    expect(scan.headers['content-type']).toBe('application/pdf');
    expect(scan.headers['x-content-type-options']).toBe('nosniff');
    expect(scan.headers['content-disposition']).toMatch(/^inline;.*AFGSU%202%20In%C3%A8s\.pdf/);
    const verified = await staff.post(`/api/v1/trainees/${nurse.id}/afgsu/attestations/${id}/verify`);
    expect(verified.body.status).toMatchObject({ status: 'valid' });
    expect(verified.body.status.explanation).toContain('AFGSU 2');
    expect(await t.db.admin.countBy(AuditEvent, { entityId: id, action: 'afgsu.attestation_verified' })).toBe(1);
    const locked = await staff.put(docUrl).set('content-type', 'application/pdf').send(pdf());
    expect(locked.status).toBe(409);
  });

  it('gates certification on the AFGSU being valid on the jury date', async () => {
    const trainee = await newTrainee();
    await record(trainee.id, { issuedOn: day(-100) }).expect(201);
    const expiry = addYears(day(-100), 4);
    const onLastDay = (await staff.get(`/api/v1/trainees/${trainee.id}/afgsu/gate?date=${expiry}`)).body;
    expect(onLastDay.valid).toBe(true);
    const after = (await staff.get(`/api/v1/trainees/${trainee.id}/afgsu/gate?date=${addDays(expiry, 1)}`)).body;
    expect(after).toMatchObject({ valid: false });
    expect(after.reason).toContain('a expiré');
    expect((await staff.get(`/api/v1/trainees/${trainee.id}/afgsu/gate?date=2027-02-30`)).status).toBe(400);
    // The status for any day: the last valid day, then the first expired day.
    expect((await staff.get(`/api/v1/trainees/${trainee.id}/afgsu?date=${expiry}`)).body.status).toMatchObject({
      status: 'expiring_soon',
      daysLeft: 0,
    });
    expect((await staff.get(`/api/v1/trainees/${trainee.id}/afgsu?date=${addDays(expiry, 1)}`)).body.status.status).toBe('expired');
    const later = (await staff.get(`/api/v1/afgsu/overview?cohortId=${cohort.id}&date=${addDays(expiry, 1)}&status=expired`)).body;
    expect(later.items.map((i: { traineeId: string }) => i.traineeId)).toContain(trainee.id);
  });

  it('gives the school an overview per status with counts, and the reminders due', async () => {
    const version = await createCohort(t.db.admin, school.id, { startDate: day(-10), endDate: day(300), name: 'Promo vue' });
    const [missing, expiring] = [
      (await createTrainee(t.db.admin, version, school)).trainee,
      (await createTrainee(t.db.admin, version, school)).trainee,
    ];
    const issuedOn = issuedFourYearsBefore(day(30));
    await record(expiring.id, { issuedOn }).expect(201);
    const overview = (await staff.get(`/api/v1/afgsu/overview?cohortId=${version.id}`)).body;
    expect(overview.counts).toEqual({ missing: 1, planned: 0, valid: 0, expiring_soon: 1, expired: 0 });
    expect(overview.items.map((i: { traineeId: string; status: string }) => [i.traineeId, i.status])).toEqual(
      expect.arrayContaining([
        [missing.id, 'missing'],
        [expiring.id, 'expiring_soon'],
      ]),
    );
    const filtered = (await staff.get(`/api/v1/afgsu/overview?cohortId=${version.id}&status=expiring_soon`)).body;
    expect(filtered.items).toHaveLength(1);
    expect(filtered.total).toBe(1);
    expect((await staff.get('/api/v1/afgsu/overview?status=bientot')).status).toBe(400);

    const expiresOn = addYears(issuedOn, 4);
    const reminders = (await staff.get(`/api/v1/afgsu/reminders?from=${today}&to=${day(60)}`)).body.filter(
      (r: { traineeId: string }) => r.traineeId === expiring.id,
    );
    expect(reminders.map((r: { kind: string; dueOn: string }) => [r.kind, r.dueOn])).toEqual([
      ['afgsu_expiring', addDays(expiresOn, -30)],
      ['afgsu_expired', addDays(expiresOn, 1)],
    ]);
    expect((await staff.get(`/api/v1/afgsu/reminders?from=${day(10)}&to=${today}`)).status).toBe(400);
  });

  it('shows trainees their own AFGSU, and nobody else’s', async () => {
    const { trainee, account } = await createTrainee(t.db.admin, cohort, school);
    await record(trainee.id, { issuedOn: day(-5) }).expect(201);
    const me = await t.login(account.email);
    const mine = (await me.get('/api/v1/me/afgsu')).body;
    expect(mine).toMatchObject({ traineeId: trainee.id, status: { status: 'valid', label: 'Valide' } });
    expect((await me.get(`/api/v1/trainees/${trainee.id}/afgsu`)).status).toBe(403);
    expect((await me.get('/api/v1/afgsu/overview')).status).toBe(403);
  });
});

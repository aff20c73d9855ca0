import TestAgent from 'supertest/lib/agent';
import { AfgsuAttestationRecord } from '@app/afgsu';
import { RetakeReminderSource } from '@app/assessment';
import { Account, Db, JobQueue, ReminderEvents, Role, School } from '@app/platform';
import type { ReminderSource } from '@app/platform/reminders/reminder-source';
import { addDays, addYears } from '@app/platform/time/calendar';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { CertificationVersion } from '@app/referential';
import { Notification, NotificationDeliveryService, ReminderSweepService } from '@app/reminders';
import { REMINDER_KINDS } from '@app/reminders/rules/reminder-catalogue';
import { REMINDER_SOURCES } from '@app/reminders/sweep/reminder-sources';
import { AttendanceRecord, AttendanceStatus, Cohort, Trainee } from '@app/training';
import { apply, candidateForm, uploadAsked } from '../factories/application.factory';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createSessionAt, createTrainee, currentVersion } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Every area's reminder source on one school, with a controlled clock: a day two weeks ahead (so the running worker
 * never delivers what the test looks at), data made due on that day for each kind, one sweep, each kind's
 * notifications (recipients, channels, subject), a second sweep that adds nothing; then event-driven reminders: an
 * interview booked after the morning sweep for tomorrow is reminded the same day, and once moved, the old reminder is
 * cancelled at delivery and the new one made the day before the new date.
 */
describe('reminder sources: every kind from its area', () => {
  const today = addDays(parisDate(new Date()), 14);
  const at = (time: string, day = today) => parisInstant(day, time);
  let t: TestApp;
  let school: School;
  let version: CertificationVersion;
  let staff: TestAgent;
  let staffAccount: Account;
  let admin: Account;
  let trainer: Account;
  let sweep: ReminderSweepService;
  let delivery: NotificationDeliveryService;
  const who: Record<string, { trainee: Trainee; account: Account }> = {};
  const emails: Record<string, string> = {};
  let interviewId: string;
  const notifications = () => t.db.admin.find(Notification, { where: { schoolId: school.id }, order: { key: 'ASC' } });
  const block = (code: string) => version.blocks!.find((b) => b.code === code)!.id;

  /** An application made by the public form, sent, then moved by staff to `status` (complete or incomplete). */
  const application = async (cohort: Cohort, over: Record<string, unknown>, submit = true) => {
    const form = candidateForm(school.slug, cohort.id, over);
    const { token } = await apply(t, form);
    if (submit) await uploadAsked(t, token, { submit: true });
    const [row]: { id: string }[] = await t.db.admin.query(`SELECT id FROM applications WHERE email = $1`, [form.email]);
    return { id: row.id, email: form.email };
  };

  beforeAll(async () => {
    t = await startTestApp();
    sweep = t.worker.app.get(ReminderSweepService);
    delivery = t.worker.app.get(NotificationDeliveryService);
    school = await createSchool(t.db.admin);
    version = await currentVersion(t.db.admin);
    staffAccount = await createAccount(t.db.admin, school, Role.Staff);
    admin = await createAccount(t.db.admin, school, Role.SchoolAdmin);
    trainer = await createAccount(t.db.admin, school, Role.Trainer);
    staff = await t.login(staffAccount.email);
    const intake = await createCohort(t.db.admin, school.id, {
      startDate: addDays(today, -120),
      endDate: addDays(today, 200),
      applicationsOpen: true,
    });
    const quiet = await createCohort(t.db.admin, school.id, { startDate: addDays(today, -120), endDate: addDays(today, 200) });
    for (const name of ['classroom', 'absent', 'afgsu90', 'afgsu30', 'expired', 'afgsuSession', 'retake', 'corrected', 'reversed']) {
      who[name] = await createTrainee(t.db.admin, name === 'classroom' || name === 'absent' ? intake : quiet, school);
    }
    const m = t.db.admin;

    // Training. « classroom »: a session tomorrow (with the trainer), one yesterday marked present but not signed.
    await createSessionAt(m, intake, block('BC02'), at('09:00', addDays(today, 1)), 180, { trainerId: trainer.id });
    const yesterday = await createSessionAt(m, intake, block('BC02'), at('09:00', addDays(today, -1)), 180, { trainerId: trainer.id });
    const before = await createSessionAt(m, intake, block('BC02'), at('09:00', addDays(today, -5)), 180);
    const line = (sessionId: string, traineeId: string, signed: boolean) =>
      m.insert(AttendanceRecord, {
        schoolId: school.id,
        sessionId,
        traineeId,
        status: AttendanceStatus.Present,
        signedAt: signed ? at('09:05', addDays(today, -5)) : null,
        recordedBy: trainer.id,
      });
    await line(yesterday.id, who.classroom.trainee.id, false);
    await line(before.id, who.classroom.trainee.id, true);
    // « absent »: present 5 days ago, no line yesterday → 50 % of absences, over the 10 % threshold since yesterday.
    await line(before.id, who.absent.trainee.id, true);

    // AFGSU: attestations expiring in 90 and 30 days and one that expired yesterday; a session starting tomorrow.
    const attestation = (traineeId: string, expiresOn: string) =>
      m.insert(AfgsuAttestationRecord, {
        schoolId: school.id,
        traineeId,
        level: 1,
        kind: 'initial',
        issuingCentre: 'CESU 69',
        issuedOn: addDays(expiresOn, -1460),
        expiresOn,
        verified: true,
      });
    await attestation(who.afgsu90.trainee.id, addDays(today, 90));
    await attestation(who.afgsu30.trainee.id, addDays(today, 30));
    await attestation(who.expired.trainee.id, addDays(today, -1));
    const afgsuSession = await staff
      .post('/api/v1/afgsu/sessions')
      .send({
        kind: 'initial',
        cesuName: 'CESU 69',
        capacity: 12,
        days: [
          { date: addDays(today, 1), startTime: '09:00', endTime: '17:00' },
          { date: addDays(today, 2), startTime: '09:00', endTime: '16:00' },
        ],
      })
      .expect(201);
    await staff
      .post(`/api/v1/afgsu/sessions/${afgsuSession.body.id}/participants`)
      .send({ traineeId: who.afgsuSession.trainee.id })
      .expect(201);

    // Admissions: a draft begun 3 days ago without its documents; an assistant hired 2 years minus 60 days ago (training
    // to start within 60 days), another 3 years minus 60 days ago (CQP to obtain within 60 days).
    const draft = await application(intake, { lastName: 'Brouillon' }, false);
    emails.draft = draft.email;
    await m.query(`UPDATE applications SET created_at = $2 WHERE id = $1`, [draft.id, at('10:00', addDays(today, -3))]);
    emails.start = (await application(intake, { lastName: 'Embauche', hiredAsAssistantOn: hiredFor(addDays(today, 60), 2) })).email;
    emails.qualification = (
      await application(intake, { lastName: 'Qualification', hiredAsAssistantOn: hiredFor(addDays(today, 60), 3) })
    ).email;
    const interview = await application(intake, { lastName: 'Entretien' });
    interviewId = interview.id;
    emails.interview = interview.email;
    for (const d of (await staff.get(`/api/v1/applications/${interviewId}`)).body.documents as { id: string }[])
      await staff.post(`/api/v1/applications/${interviewId}/documents/${d.id}/accept`).expect(200);
    await staff.post(`/api/v1/applications/${interviewId}/status`).send({ status: 'complete', reason: 'Pièces conformes' }).expect(200);

    // Assessment: BC02 failed at a session 60 days ago (jury 30 days ago); a session in 20 days sits BC02 again.
    const epreuve = (
      await staff.post('/api/v1/assessment/epreuves').send({
        versionId: version.id,
        blockId: block('BC02'),
        kind: 'written',
        label: 'Écrit BC02',
        maxMark: 20,
        weight: 1,
      })
    ).body.id as string;
    const examSession = async (date: string) =>
      (
        await staff
          .post('/api/v1/exam-sessions')
          .send({ versionId: version.id, name: `Session du ${date}`, date, startTime: '09:00', place: 'Lyon', assessmentIds: [epreuve] })
          .expect(201)
      ).body.id as string;
    const first = await examSession(addDays(today, -60));
    await staff
      .post(`/api/v1/exam-sessions/${first}/convocations`)
      .send({ blockId: block('BC02'), traineeIds: ['retake', 'corrected', 'reversed'].map((n) => who[n].trainee.id) })
      .expect(201);
    const marks = `/api/v1/exam-sessions/${first}/blocks/${block('BC02')}/marks`;
    const rows: { attemptId: string }[] = (await staff.get(marks)).body.rows;
    await staff
      .put(marks)
      .send({ marks: rows.map((row) => ({ attemptId: row.attemptId, assessmentId: epreuve, mark: 6 })) })
      .expect(200);
    const jury = await staff
      .post('/api/v1/juries')
      .send({ versionId: version.id, date: addDays(today, -30), president: 'Dr Hélène Martin', members: ['Claire Dubois'] })
      .expect(201);
    for (const name of ['retake', 'corrected']) {
      await staff
        .post(`/api/v1/juries/${jury.body.id}/decisions`)
        .send({ traineeId: who[name].trainee.id, blockId: block('BC02'), outcome: 'not_validated' })
        .expect(200);
    }
    await staff
      .post(`/api/v1/juries/${jury.body.id}/decisions`)
      .send({ traineeId: who.reversed.trainee.id, blockId: block('BC02'), outcome: 'validated', comment: 'Oral convaincant' })
      .expect(200);
    // A later jury corrects two decisions: « corrected » failed, now validated (no retake open to them); « reversed »
    // validated, now failed (a retake is open). The source selects the pairs by their current decision, as the rule.
    const review = await staff
      .post('/api/v1/juries')
      .send({ versionId: version.id, date: addDays(today, -20), president: 'Dr Hélène Martin', members: ['Claire Dubois'] })
      .expect(201);
    await staff
      .post(`/api/v1/juries/${review.body.id}/decisions`)
      .send({
        traineeId: who.corrected.trainee.id,
        blockId: block('BC02'),
        outcome: 'validated',
        comment: 'Dossier professionnel probant',
        correctionReason: 'Erreur de saisie au jury précédent',
      })
      .expect(200);
    await staff
      .post(`/api/v1/juries/${review.body.id}/decisions`)
      .send({
        traineeId: who.reversed.trainee.id,
        blockId: block('BC02'),
        outcome: 'not_validated',
        correctionReason: 'Note de l’écrit mal reportée',
      })
      .expect(200);
    await examSession(addDays(today, 20));
  });
  afterAll(() => t.close());

  it('has exactly one source for every kind of the catalogue', () => {
    const sources = t.worker.app.get<ReminderSource[]>(REMINDER_SOURCES);
    const kinds = sources.flatMap((s) => [...s.kinds]);
    expect([...kinds].sort()).toEqual([...REMINDER_KINDS].sort());
  });

  it('records each kind due today for the right people and channels, once', async () => {
    const report = await sweep.sweep(at('07:00'));
    expect(report.today).toBe(today);
    const rows = (await notifications()).filter((n) => n.kind !== 'convention_unsigned' && n.kind !== 'placement_starts');
    const of = (kind: string) =>
      rows
        .filter((n) => n.kind === kind)
        .map((n) => `${n.channel} ${n.recipientEmail}`)
        .sort();
    const both = (email: string) => [`email ${email}`, `in_app ${email}`];
    const staffBoth = [...both(admin.email), ...both(staffAccount.email)];

    expect(of('course_session_tomorrow')).toEqual(
      [...both(who.classroom.account.email), ...both(who.absent.account.email), ...both(trainer.email)].sort(),
    );
    expect(of('attendance_unsigned')).toEqual(both(who.classroom.account.email));
    expect(of('absence_rate_exceeded')).toEqual([...both(who.absent.account.email), ...staffBoth].sort());
    expect(of('afgsu_expiring_90')).toEqual([...both(who.afgsu90.account.email), ...staffBoth].sort());
    expect(of('afgsu_expiring_30')).toEqual([...both(who.afgsu30.account.email), ...staffBoth].sort());
    expect(of('afgsu_expired')).toEqual([...both(who.expired.account.email), ...staffBoth].sort());
    expect(of('afgsu_session_tomorrow')).toEqual(both(who.afgsuSession.account.email));
    expect(of('application_documents_missing')).toEqual([`email ${emails.draft}`]);
    expect(of('hire_deadline_training_start')).toEqual([`email ${emails.start}`, ...staffBoth].sort());
    expect(of('hire_deadline_qualification')).toEqual([`email ${emails.qualification}`, ...staffBoth].sort());
    expect(of('retake_open')).toEqual([...both(who.retake.account.email), ...both(who.reversed.account.email)].sort());
    expect(of('interview_tomorrow')).toEqual([]); // not booked yet

    const subject = (kind: string, email: string) => rows.find((n) => n.kind === kind && n.recipientEmail === email)!.subject;
    expect(subject('course_session_tomorrow', trainer.email)).toBe(`Séance de formation demain, ${frenchDay(addDays(today, 1))}`);
    expect(subject('attendance_unsigned', who.classroom.account.email)).toBe(
      `Émargement non signé : séance du ${frenchDay(addDays(today, -1))}`,
    );
    expect(subject('absence_rate_exceeded', staffAccount.email)).toBe(`Taux d’absence dépassé – ${who.absent.account.fullName}`);
    expect(subject('afgsu_expiring_90', who.afgsu90.account.email)).toBe('Votre AFGSU expire dans 90 jours');
    expect(subject('afgsu_expired', admin.email)).toMatch(/^L’AFGSU a expiré – /);
    expect(subject('application_documents_missing', emails.draft)).toMatch(/^Votre dossier de candidature C-\w+ est incomplet$/);
    expect(subject('hire_deadline_qualification', emails.qualification)).toBe('Échéance d’obtention du CQP dans 60 jours');
    expect(subject('retake_open', who.retake.account.email)).toBe(`Rattrapage possible : BC02 le ${frenchDay(addDays(today, 20))}`);
    const absence = rows.find((n) => n.kind === 'absence_rate_exceeded' && n.recipientEmail === staffAccount.email)!;
    expect(absence.text).toContain('50 %');
    expect(absence.linkPath).toBe(`/trainees/${who.absent.trainee.id}/show`);
    expect(rows.find((n) => n.kind === 'application_documents_missing')!.linkPath).toBe(`/candidater/${school.slug}`);
    expect(rows.find((n) => n.kind === 'attendance_unsigned')!.sendAt).toEqual(at('18:00'));

    // A second sweep adds nothing.
    expect((await sweep.sweep(at('07:05'))).created).toBe(0);
  });

  it('re-checks a retake reminder on that trainee alone: due until they are convened to the session', async () => {
    const key = (await notifications()).find((n) => n.kind === 'retake_open' && n.reminderKey.includes(who.retake.trainee.id))!.reminderKey;
    const [, sessionId] = key.split(':');
    const source = t.worker.app.get(RetakeReminderSource);
    const stillDue = (k: string) => t.worker.app.get(Db).withinSchool(school.id, () => source.stillDue(k, today));
    expect(await stillDue(key)).toBe(true);
    expect(await stillDue(key.replace(who.retake.trainee.id, who.classroom.trainee.id))).toBe(false);
    await staff
      .post(`/api/v1/exam-sessions/${sessionId}/convocations`)
      .send({ blockId: block('BC02'), traineeIds: [who.retake.trainee.id] })
      .expect(201);
    expect(await stillDue(key)).toBe(false);
  });

  it('sends the BPF reminder to the school administrators on 2 May', async () => {
    const may = `${Number(today.slice(0, 4)) + 1}-05-02`;
    await sweep.sweepSchool(school.id, at('07:00', may));
    const bpf = (await notifications()).filter((n) => n.kind === 'bpf_report');
    expect(bpf.map((n) => `${n.channel} ${n.recipientEmail}`).sort()).toEqual([`email ${admin.email}`, `in_app ${admin.email}`]);
    expect(bpf[0].subject).toBe(
      `Bilan pédagogique et financier ${Number(may.slice(0, 4)) - 1} à transmettre avant le 31/05/${may.slice(0, 4)}`,
    );
    expect((await sweep.sweepSchool(school.id, at('07:05', may))).created).toBe(0);
  });

  it('reminds an interview booked after the sweep the same day; moved, the old reminder is cancelled and a new one made', async () => {
    const queue = t.api.get(JobQueue).queue('reminders');
    const before = Date.now();
    await staff
      .post(`/api/v1/applications/${interviewId}/interview`)
      .send({ at: at('10:00', addDays(today, 1)).toISOString(), interviewerId: staffAccount.id })
      .expect(200);
    // The booking queued the school's run (job id of its school and minute).
    const jobIds = [before, Date.now()].map((ms) => ReminderEvents.job(school.id, new Date(ms)).jobId);
    expect((await Promise.all(jobIds.map((id) => queue.getJob(id)))).some((job) => job?.data.schoolId === school.id)).toBe(true);

    await sweep.sweepSchool(school.id, at('14:00'));
    const first = (await notifications()).filter((n) => n.kind === 'interview_tomorrow');
    expect(first.map((n) => `${n.channel} ${n.recipientEmail}`).sort()).toEqual(
      [`email ${emails.interview}`, `email ${staffAccount.email}`, `in_app ${staffAccount.email}`].sort(),
    );
    expect(first.every((n) => n.reminderKey === `interview-tomorrow:${interviewId}:${addDays(today, 1)}`)).toBe(true);
    expect(first.every((n) => n.sendAt.getTime() === at('14:00').getTime())).toBe(true);

    // Moved two days later before the reminder went out: cancelled at delivery, reminded again the day before.
    await staff
      .post(`/api/v1/applications/${interviewId}/interview`)
      .send({ at: at('11:00', addDays(today, 3)).toISOString(), interviewerId: staffAccount.id })
      .expect(200);
    const candidate = first.find((n) => n.recipientEmail === emails.interview)!;
    expect(await delivery.deliver(candidate.id, school.id, false, at('14:01'))).toBe('cancelled');
    await sweep.sweepSchool(school.id, at('07:00', addDays(today, 2)));
    const moved = (await notifications()).filter((n) => n.reminderKey === `interview-tomorrow:${interviewId}:${addDays(today, 3)}`);
    expect(moved).toHaveLength(3);
    expect(moved.find((n) => n.recipientEmail === emails.interview)!.text).toContain('à 11 h 00');
  });
});

/** The hire date whose deadline `years` later is `deadline` (checked with addYears). */
function hiredFor(deadline: string, years: number): string {
  const hiredOn = `${Number(deadline.slice(0, 4)) - years}${deadline.slice(4)}`;
  if (addYears(hiredOn, years) !== deadline) throw new Error(`no hire date ${years} years before ${deadline}`);
  return hiredOn;
}

function frenchDay(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

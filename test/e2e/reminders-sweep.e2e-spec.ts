import TestAgent from 'supertest/lib/agent';
import { OutboxMessage, Role, School } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { Notification, NotificationDeliveryService, ReminderSweepService } from '@app/reminders';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

const today = parisDate(new Date());
const at = (time: string) => parisInstant(today, time);

/**
 * The reminder engine on the internship reminders, with a controlled clock: the sweep records each reminder once per
 * recipient and channel, delivery sends each once at its time (e-mails through the outbox), and a reminder no longer
 * due is cancelled instead of sent.
 */
describe('reminders: the sweep and the delivery', () => {
  let t: TestApp;
  let school: School;
  let staff: TestAgent;
  let sweep: ReminderSweepService;
  let delivery: NotificationDeliveryService;
  let traineeEmail: string;
  const placements: Record<string, string> = {};
  const notifications = () => t.db.admin.find(Notification, { where: { schoolId: school.id }, order: { key: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp();
    sweep = t.worker.app.get(ReminderSweepService);
    delivery = t.worker.app.get(NotificationDeliveryService);
    school = await createSchool(t.db.admin);
    staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
    const cohort = await createCohort(t.db.admin, school.id, { startDate: addDays(today, -60), endDate: addDays(today, 120) });
    const site = await staff.post('/api/v1/host-sites').send({
      name: 'Cabinet des Acacias',
      kind: 'general_practice',
      address: '2 rue des Acacias',
      postalCode: '69008',
      city: 'Lyon',
      capacity: 3,
      contacts: [],
    });
    const tutor = await staff.post('/api/v1/tutors').send({
      lastName: 'Morel',
      firstName: 'Anne',
      profession: 'general_practitioner',
      email: 'a.morel@acacias.test',
      hostSiteIds: [site.body.id],
    });
    const place = async (name: string, startOn: string, endOn: string) => {
      const { trainee } = await createTrainee(t.db.admin, cohort, school);
      if (name === 'tomorrow') traineeEmail = trainee.email;
      const res = await staff
        .post('/api/v1/placements')
        .send({ traineeId: trainee.id, hostSiteId: site.body.id, tutorId: tutor.body.id, type: 'stage', startOn, endOn, plannedHours: 35 });
      expect(res.status).toBe(201);
      placements[name] = res.body.id;
    };
    await place('tomorrow', addDays(today, 1), addDays(today, 11)); // « starts tomorrow »; convention reminder was due 6 days ago
    await place('due-today', addDays(today, -10), addDays(today, 10)); // its mid-placement evaluation is due today
  });
  afterAll(() => t.close());

  it('records each reminder due today once per recipient and channel, at the rule’s Paris time', async () => {
    const report = await sweep.sweepSchool(school.id, at('07:00'));
    // « starts tomorrow », the evaluation due today, and the convention not signed (created less than 7 days before the start).
    expect(report).toMatchObject({ today, due: 3, created: 8 });
    const rows = await notifications();
    expect(rows.map((n) => [n.kind, n.channel, n.recipientEmail, n.status])).toEqual(
      expect.arrayContaining([
        ['placement_starts', 'email', traineeEmail, 'scheduled'],
        ['placement_starts', 'in_app', traineeEmail, 'scheduled'],
        ['placement_starts', 'email', 'a.morel@acacias.test', 'scheduled'],
        ['evaluation_due', 'email', 'a.morel@acacias.test', 'scheduled'],
        ['convention_unsigned', 'email', traineeEmail, 'scheduled'],
        ['convention_unsigned', 'in_app', traineeEmail, 'scheduled'],
      ]),
    );
    expect(rows.filter((n) => n.kind === 'convention_unsigned')).toHaveLength(4); // the staff member and the trainee, e-mail and in-app
    expect(rows).toHaveLength(8);
    const evaluationDue = rows.find((n) => n.kind === 'evaluation_due')!;
    expect(evaluationDue.sendAt).toEqual(at('09:00'));
    expect(rows.find((n) => n.kind === 'placement_starts')!.sendAt).toEqual(at('17:00'));
    // A second sweep (or a sweep killed half-way and run again) adds nothing.
    expect((await sweep.sweepSchool(school.id, at('07:05'))).created).toBe(0);
    expect(await notifications()).toHaveLength(8);
  });

  it('sends each once at its time: early is held, quiet hours wait for 08:00, the tutor gets a fresh link', async () => {
    const rows = await notifications();
    const evaluationDue = rows.find((n) => n.kind === 'evaluation_due')!;
    expect(await delivery.deliver(evaluationDue.id, school.id, false, at('08:30'))).toBe('held');
    expect(await delivery.deliver(evaluationDue.id, school.id, false, at('09:00'))).toBe('sent');
    expect(await delivery.deliver(evaluationDue.id, school.id, false, at('09:01'))).toBe('skipped');
    const sent = await t.db.admin.findOneByOrFail(Notification, { id: evaluationDue.id });
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });
    const mail = await t.db.admin.findOneByOrFail(OutboxMessage, { id: sent.outboxMessageId! });
    expect(mail).toMatchObject({ to: 'a.morel@acacias.test', key: `notification:${sent.id}` });
    expect(mail.subject).toMatch(/^Évaluation de .+ à remplir$/);
    const token = mail.text.match(/\/tuteur\/evaluation\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    await t.http().get(`/api/v1/public/evaluations/${token}`).expect(200);
    expect(sent.linkPath).toBe(`/placements/${placements['due-today']}/show`); // the single-use link is never kept

    const tutorStarts = rows.find((n) => n.kind === 'placement_starts' && n.recipientEmail === 'a.morel@acacias.test')!;
    const night = parisInstant(today, '21:30');
    expect(await delivery.deliver(tutorStarts.id, school.id, false, night)).toBe('held');
    expect((await t.db.admin.findOneByOrFail(Notification, { id: tutorStarts.id })).sendAt).toEqual(
      parisInstant(addDays(today, 1), '08:00'),
    );
    const inApp = rows.find((n) => n.kind === 'placement_starts' && n.channel === 'in_app')!;
    expect(await delivery.deliver(inApp.id, school.id, false, night)).toBe('sent'); // in-app is never held
  });

  it('cancels a reminder that is no longer due when its time comes', async () => {
    const traineeStarts = (await notifications()).find(
      (n) => n.kind === 'placement_starts' && n.channel === 'email' && n.recipientEmail === traineeEmail,
    )!;
    // The placement moves: it no longer starts tomorrow.
    const p = (await staff.get(`/api/v1/placements/${placements.tomorrow}`)).body;
    await staff
      .put(`/api/v1/placements/${p.id}`)
      .send({
        traineeId: p.traineeId,
        hostSiteId: p.hostSiteId,
        tutorId: p.tutorId,
        type: p.type,
        startOn: addDays(today, 3),
        endOn: p.endOn,
        plannedHours: 35,
      })
      .expect(200);
    expect(await delivery.deliver(traineeStarts.id, school.id, false, at('17:00'))).toBe('cancelled');
    expect(await t.db.admin.countBy(OutboxMessage, { key: `notification:${traineeStarts.id}` })).toBe(0);
  });

  it('marks a notification failed after its last attempt, and the pump schedules what is due again', async () => {
    const failing = (await notifications()).find((n) => n.status === 'scheduled' && n.channel === 'email')!;
    await expect(delivery.deliver(failing.id, '00000000-0000-4000-8000-000000000000', true, at('17:00'))).rejects.toThrow();
    expect(await delivery.pump(parisInstant(addDays(today, 1), '09:00'))).toBeGreaterThanOrEqual(1);
  });
});

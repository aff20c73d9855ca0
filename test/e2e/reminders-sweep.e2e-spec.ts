import TestAgent from 'supertest/lib/agent';
import { In } from 'typeorm';
import { JobQueue, OutboxMessage, Role, School } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { Notification, NotificationBatchDelivery, NotificationDeliveryService, ReminderSweepService } from '@app/reminders';
import { NotificationScheduler } from '@app/reminders/delivery/notification-scheduler';
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
  let batches: NotificationBatchDelivery;
  let traineeEmail: string;
  const placements: Record<string, string> = {};
  const notifications = () => t.db.admin.find(Notification, { where: { schoolId: school.id }, order: { key: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp();
    sweep = t.worker.app.get(ReminderSweepService);
    delivery = t.worker.app.get(NotificationDeliveryService);
    batches = t.worker.app.get(NotificationBatchDelivery);
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

  describe('a batch of notifications (reminders.deliver-many)', () => {
    const now = at('17:00');
    /** New scheduled notifications of a reminder still due, on `channels`; `kind` overrides. */
    const fresh = async (tag: string, channels: ('email' | 'in_app')[], kind?: string) => {
      const all = await notifications();
      // The mid-placement evaluation due today (its tutor has no account); in-app copies go to an account of the school.
      const model = all.find((n) => n.kind === 'evaluation_due' && n.channel === 'email')!;
      const accountId = all.find((n) => n.recipientAccountId)!.recipientAccountId;
      return Promise.all(
        channels.map((channel, i) =>
          t.db.admin.save(
            t.db.admin.create(Notification, {
              ...model,
              id: undefined,
              key: `${model.key}:${tag}:${i}`,
              kind: (kind ?? model.kind) as Notification['kind'],
              channel,
              recipientAccountId: channel === 'in_app' ? accountId : null,
              status: 'scheduled',
              attempts: 0,
              sentAt: null,
              outboxMessageId: null,
              sendAt: at('16:00'),
              createdAt: undefined,
            }),
          ),
        ),
      );
    };

    it('sends each notification once, with one outbox message per e-mail, however often the job runs', async () => {
      const batch = await fresh('batch', ['email', 'in_app']);
      const ids = batch.map((n) => n.id);
      await batches.deliverMany(ids, school.id, now);
      await batches.deliverMany(ids, school.id, now); // the same job run again (killed after its commit)
      const rows = await t.db.admin.findBy(Notification, { id: In(ids) });
      expect(rows.map((n) => [n.channel, n.status, n.attempts]).sort()).toEqual([
        ['email', 'sent', 1],
        ['in_app', 'sent', 1],
      ]);
      const email = rows.find((n) => n.channel === 'email')!;
      const outbox = await t.db.admin.findBy(OutboxMessage, { key: `notification:${email.id}` });
      expect(outbox).toHaveLength(1);
      expect(email.outboxMessageId).toBe(outbox[0].id);
      expect(outbox[0].text).toMatch(/\/tuteur\/evaluation\/[A-Za-z0-9_-]+/); // the tutor's fresh single-use link
    });

    it('holds its e-mails in the quiet hours, and schedules early ones again for their time', async () => {
      const [email, inApp] = await fresh('night', ['email', 'in_app']);
      const night = at('21:30');
      await batches.deliverMany([email.id, inApp.id], school.id, night);
      expect(await t.db.admin.findOneByOrFail(Notification, { id: inApp.id })).toMatchObject({ status: 'sent' });
      const held = await t.db.admin.findOneByOrFail(Notification, { id: email.id });
      expect(held).toMatchObject({ status: 'scheduled', attempts: 0 });
      expect(held.sendAt).toEqual(parisInstant(addDays(today, 1), '08:00'));
      const queue = t.api.get(JobQueue).queue('reminders');
      expect(await queue.getJob(NotificationScheduler.jobId(held))).toBeTruthy();

      const [early] = await fresh('early', ['in_app']);
      const before = at('15:00');
      await batches.deliverMany([early.id], school.id, before);
      expect(await t.db.admin.findOneByOrFail(Notification, { id: early.id })).toMatchObject({ status: 'scheduled', attempts: 0 });
      expect(await queue.getJob(NotificationScheduler.jobId(early, `early-${before.getTime()}`))).toBeTruthy();
    });

    it('sends one by one when the batch fails as a whole, and gives the one that fails a job of its own', async () => {
      const [good] = await fresh('mixed', ['email']);
      const [bad] = await fresh('mixed-bad', ['in_app'], 'no_such_kind'); // no source: the batch throws
      await batches.deliverMany([good.id, bad.id], school.id, now);
      expect(await t.db.admin.findOneByOrFail(Notification, { id: good.id })).toMatchObject({ status: 'sent', attempts: 1 });
      expect(await t.db.admin.countBy(OutboxMessage, { key: `notification:${good.id}` })).toBe(1);
      const failed = await t.db.admin.findOneByOrFail(Notification, { id: bad.id });
      expect(failed).toMatchObject({ status: 'scheduled', attempts: 1 });
      expect(failed.lastError).toMatch(/no_such_kind/);
      const retry = await t.api
        .get(JobQueue)
        .queue('reminders')
        .getJob(NotificationScheduler.jobId({ id: bad.id, sendAt: new Date(now.getTime() + 5000) }, 'retry'));
      expect(retry?.name).toBe('reminders.deliver');
      expect(retry?.data).toEqual({ notificationId: bad.id, schoolId: school.id });
      await retry?.remove().catch(() => undefined); // it would only fail again
      await t.db.admin.delete(Notification, { id: bad.id });
    });
  });

  it('marks a notification failed after its last attempt, and the pump schedules what is due again', async () => {
    const failing = (await notifications()).find((n) => n.status === 'scheduled' && n.channel === 'email')!;
    await expect(delivery.deliver(failing.id, '00000000-0000-4000-8000-000000000000', true, at('17:00'))).rejects.toThrow();
    expect(await delivery.pump(parisInstant(addDays(today, 1), '09:00'))).toBeGreaterThanOrEqual(1);
  });
});

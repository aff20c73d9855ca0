import { ParsedMail } from 'mailparser';
import TestAgent from 'supertest/lib/agent';
import { In } from 'typeorm';
import { Clock, JobQueue, OutboxMessage, Role, School } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { Notification } from '@app/reminders';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { startSmtpSink } from '../support/smtp-sink';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

// A day of its own, weeks ahead, so that no other test's reminders are due on it, nor these on theirs.
const today = addDays(parisDate(new Date()), 40);
const tomorrow = addDays(today, 1);
const at = (time: string, day = today) => parisInstant(day, time);

/**
 * The reminder engine as it runs: the worker's job scheduler and handlers on the real Redis, e-mails through SMTP to a
 * real server, the worker's clock fixed. A sweep enqueued through the job queue sends each e-mail once (plain text, link
 * to the page to act on) and marks in-app ones sent; a second sweep sends nothing; an e-mail due in the quiet hours
 * waits for 08:00.
 */
describe('reminders: delivered once, through the worker, over SMTP', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let t: TestApp;
  let school: School;
  let staff: TestAgent;
  let staffEmail: string;
  let site: string;
  let tutor: string;
  let cohort: Awaited<ReturnType<typeof createCohort>>;
  const trainees: Record<string, string> = {};
  /** The e-mails of this school the SMTP server received (the sweep goes through every school of the database). */
  const mine = async () => {
    const ours = new Set((await t.db.admin.find(OutboxMessage, { select: { id: true }, where: { schoolId: school.id } })).map((o) => o.id));
    return sink.received.filter((m) => ours.has(String(m.headers.get('x-cqp-message-id'))));
  };

  const notifications = () => t.db.admin.find(Notification, { where: { schoolId: school.id }, order: { key: 'ASC' } });
  const sweep = (jobId: string) => t.api.get(JobQueue).enqueue('reminders.sweep', {}, jobId);
  const finished = async (jobId: string) => {
    const job = await t.api.get(JobQueue).queue('reminders').getJob(jobId);
    return (await job?.getState()) === 'completed';
  };
  /** Each received e-mail's outbox message (the X-CQP-Message-Id header) and its notification. */
  const received = async (mails: ParsedMail[]) => {
    const ids = mails.map((m) => String(m.headers.get('x-cqp-message-id')));
    const outbox = await t.db.admin.find(OutboxMessage, { where: { id: In(ids) } });
    const byOutbox = new Map(
      (await t.db.admin.find(Notification, { where: { outboxMessageId: In(ids) } })).map((n) => [n.outboxMessageId, n]),
    );
    return mails.map((mail, i) => ({ mail, outbox: outbox.find((o) => o.id === ids[i])!, notification: byOutbox.get(ids[i])! }));
  };
  const place = async (name: string, startOn: string, endOn: string) => {
    const { trainee } = await createTrainee(t.db.admin, cohort, school);
    trainees[name] = trainee.email;
    const res = await staff
      .post('/api/v1/placements')
      .send({ traineeId: trainee.id, hostSiteId: site, tutorId: tutor, type: 'stage', startOn, endOn, plannedHours: 35 });
    expect(res.status).toBe(201);
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ MAIL_DRIVER: 'smtp', SMTP_URL: sink.url, CLOCK_FIXED_AT: at('17:30').toISOString() });
    school = await createSchool(t.db.admin);
    const account = await createAccount(t.db.admin, school, Role.Staff);
    staffEmail = account.email;
    staff = await t.login(account.email);
    cohort = await createCohort(t.db.admin, school.id, { startDate: addDays(today, -60), endDate: addDays(today, 120) });
    site = (
      await staff.post('/api/v1/host-sites').send({
        name: 'Cabinet du Parc',
        kind: 'general_practice',
        address: '4 allée du Parc',
        postalCode: '33000',
        city: 'Bordeaux',
        capacity: 4,
        contacts: [],
      })
    ).body.id;
    tutor = (
      await staff.post('/api/v1/tutors').send({
        lastName: 'Garnier',
        firstName: 'Paul',
        profession: 'general_practitioner',
        email: 'p.garnier@parc.test',
        hostSiteIds: [site],
      })
    ).body.id;
    await place('starts', tomorrow, addDays(today, 11)); // « starts tomorrow »
    await place('convention', addDays(today, 7), addDays(today, 17)); // its convention is not signed 7 days before
    await place('evaluation', addDays(today, -10), addDays(today, 10)); // its mid-placement evaluation is due today
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('sends each e-mail due once through SMTP, with its text and link, and marks in-app ones sent', async () => {
    await sweep('sweep-first');
    await waitFor(async () => (await mine()).length >= 5, 'five e-mails at the SMTP server');
    await waitFor(async () => (await notifications()).every((n) => n.status === 'sent'), 'every notification sent');
    const rows = await notifications();
    expect(rows.map((n) => [n.kind, n.channel, n.recipientEmail]).sort()).toEqual(
      [
        ['convention_unsigned', 'email', staffEmail],
        ['convention_unsigned', 'email', trainees.convention],
        ['convention_unsigned', 'in_app', staffEmail],
        ['convention_unsigned', 'in_app', trainees.convention],
        ['evaluation_due', 'email', 'p.garnier@parc.test'],
        ['placement_starts', 'email', 'p.garnier@parc.test'],
        ['placement_starts', 'email', trainees.starts],
        ['placement_starts', 'in_app', trainees.starts],
      ].sort(),
    );
    const mails = await received(await mine());
    // One e-mail per e-mail notification, none twice.
    expect(mails.map((m) => m.notification.id).sort()).toEqual(
      rows
        .filter((n) => n.channel === 'email')
        .map((n) => n.id)
        .sort(),
    );
    for (const { mail, outbox, notification } of mails) {
      expect(mail.to).toMatchObject({ value: [{ address: notification.recipientEmail }] });
      expect(mail.subject).toBe(notification.subject);
      expect(outbox).toMatchObject({ key: `notification:${notification.id}`, status: 'sent', transport: 'smtp' });
      expect(mail.html).toBe(false); // plain text only
      expect(mail.text).toContain(`Bonjour ${notification.recipientName},`);
      expect(mail.text).toContain(notification.text);
      const link = mail.text!.match(/Pour agir : (\S+)/)?.[1];
      expect(link).toEqual(
        notification.kind === 'evaluation_due'
          ? expect.stringMatching(new RegExp(`^${t.config.PUBLIC_URL}/tuteur/evaluation/[\\w-]+$`))
          : `${t.config.PUBLIC_URL}${notification.linkPath}`,
      );
    }
    const evaluationLink = mails
      .find((m) => m.notification.kind === 'evaluation_due')!
      .mail.text!.match(/\/tuteur\/evaluation\/([\w-]+)/)![1];
    await t.http().get(`/api/v1/public/evaluations/${evaluationLink}`).expect(200);
    expect(rows.filter((n) => n.channel === 'in_app').every((n) => n.sentAt?.getTime() === at('17:30').getTime())).toBe(true);
  });

  it('sends nothing more on a second sweep', async () => {
    await sweep('sweep-second');
    await waitFor(() => finished('sweep-second'), 'the second sweep');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await mine()).toHaveLength(5);
    expect(await notifications()).toHaveLength(8);
    expect(await t.db.admin.countBy(OutboxMessage, { schoolId: school.id })).toBe(5);
  });

  it('holds an e-mail due in the quiet hours until 08:00, then sends it once', async () => {
    const clock = t.worker.app.get(Clock);
    const before = new Set((await notifications()).map((n) => n.id));
    const late = async () => (await notifications()).filter((n) => !before.has(n.id));
    clock.set(at('21:30'));
    await place('late', tomorrow, addDays(today, 9)); // created in the evening: its reminders are due today
    await sweep('sweep-evening');
    await waitFor(() => finished('sweep-evening'), 'the evening sweep');
    await waitFor(
      async () => (await late()).filter((n) => n.channel === 'in_app').every((n) => n.status === 'sent'),
      'in-app sent at once',
    );
    const held = (await late()).filter((n) => n.channel === 'email');
    expect(held.map((n) => n.recipientEmail).sort()).toEqual([trainees.late, 'p.garnier@parc.test'].sort());
    expect(held.every((n) => n.status === 'scheduled' && n.sendAt.getTime() === at('08:00', tomorrow).getTime())).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await mine()).toHaveLength(5);

    // 08:00 the next morning: the worker's clock and the queue's delayed jobs move on together.
    clock.set(at('08:00', tomorrow));
    const delayed = await t.api.get(JobQueue).queue('reminders').getDelayed();
    // The sweep scheduled them together: one job for the school's notifications of 08:00.
    const heldJobs = delayed.filter((job) =>
      held.some((n) => (job.data as { notificationIds?: string[] }).notificationIds?.includes(n.id)),
    );
    expect(heldJobs).toHaveLength(1);
    expect(heldJobs[0].name).toBe('reminders.deliver-many');
    expect([...(heldJobs[0].data as { notificationIds: string[] }).notificationIds].sort()).toEqual(held.map((n) => n.id).sort());
    for (const job of heldJobs) await job.promote();
    await waitFor(async () => (await mine()).length >= 7, 'the two held e-mails');
    await new Promise((r) => setTimeout(r, 500));
    const mails = await received((await mine()).slice(5));
    expect(mails.map((m) => m.notification.id).sort()).toEqual(held.map((n) => n.id).sort());
    expect(await mine()).toHaveLength(7);
    const sent = (await late()).filter((n) => n.channel === 'email');
    expect(sent.every((n) => n.status === 'sent' && n.sentAt?.getTime() === at('08:00', tomorrow).getTime())).toBe(true);
  });
});

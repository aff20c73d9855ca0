import TestAgent from 'supertest/lib/agent';
import { Account, AuditEvent, JobQueue, OutboxMessage, OutboxStatus, Role, School } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { Notification, NotificationPreference, ReminderSweepService } from '@app/reminders';
import { emailSendTime, inQuietHours } from '@app/reminders/rules/delivery-time.rules';
import { kindsForRole } from '@app/reminders/rules/reminder-catalogue';
import { createNotification } from '../factories/notification.factory';
import { createAccount, createSchool } from '../factories/school.factory';
import { createCohort, createTrainee } from '../factories/training.factory';
import { startTestApp, TestApp } from '../support/test-app';

const today = parisDate(new Date());
const at = (time: string) => parisInstant(today, time);
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/**
 * The notification centre over the notifications the engine records: each person's in-app list with its unread count,
 * their preferences (optional kinds muted, then left out by the next sweep; mandatory ones refused), and for staff the
 * school's overview with counts and filters, and the retry of a failed notification, sent once by the worker.
 */
describe('the notification centre', () => {
  let t: TestApp;
  const poll = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    for (let i = 0; i < 100; i++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('timed out');
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('my notifications', () => {
    let school: School;
    let me: Account;
    let other: Account;
    let agent: TestAgent;
    const mine: Notification[] = [];
    let theirs: Notification;
    let myScheduled: Notification;

    beforeAll(async () => {
      school = await createSchool(t.db.admin);
      me = await createAccount(t.db.admin, school, Role.Trainee);
      other = await createAccount(t.db.admin, school, Role.Trainee);
      agent = await t.login(me.email);
      const sent = (minutes: number, account: Account) => ({
        recipientAccountId: account.id,
        recipientEmail: account.email,
        status: 'sent' as const,
        sendAt: minutesAgo(minutes),
        sentAt: minutesAgo(minutes),
      });
      for (const minutes of [300, 200, 100]) mine.push(await createNotification(t.db.admin, school.id, sent(minutes, me)));
      theirs = await createNotification(t.db.admin, school.id, sent(50, other));
      myScheduled = await createNotification(t.db.admin, school.id, { recipientAccountId: me.id });
      await createNotification(t.db.admin, school.id, { ...sent(10, me), channel: 'email' }); // e-mails are not in the centre
    });

    it('lists my in-app notifications already sent, newest first, paginated, with the unread count', async () => {
      const res = await agent.get('/api/v1/me/notifications').expect(200);
      expect(res.body).toMatchObject({ total: 3, page: 1, unreadCount: 3 });
      expect(res.body.items.map((n: { id: string }) => n.id)).toEqual([mine[2].id, mine[1].id, mine[0].id]);
      expect(res.body.items[0]).toEqual({
        id: mine[2].id,
        kind: 'course_session_tomorrow',
        kindTitle: 'Séance de formation demain',
        subject: mine[2].subject,
        text: mine[2].text,
        linkPath: '/mon-planning',
        sentAt: mine[2].sentAt!.toISOString(),
        readAt: null,
      });
      const page2 = await agent.get('/api/v1/me/notifications?pageSize=2&page=2').expect(200);
      expect(page2.body).toMatchObject({ total: 3, pageSize: 2, unreadCount: 3, items: [{ id: mine[0].id }] });
    });

    it('marks one read (once), and refuses another person’s or a scheduled one with a 404', async () => {
      const read = await agent.post(`/api/v1/me/notifications/${mine[1].id}/read`).expect(200);
      expect(read.body.readAt).toBeTruthy();
      const again = await agent.post(`/api/v1/me/notifications/${mine[1].id}/read`).expect(200);
      expect(again.body.readAt).toBe(read.body.readAt); // the first reading is kept
      expect((await agent.get('/api/v1/me/notifications')).body.unreadCount).toBe(2);
      expect((await agent.get('/api/v1/me/notifications?unread=true')).body.items.map((n: { id: string }) => n.id)).toEqual([
        mine[2].id,
        mine[0].id,
      ]);

      const refused = await agent.post(`/api/v1/me/notifications/${theirs.id}/read`).expect(404);
      expect(refused.body).toMatchObject({ code: 'NOT_FOUND', message: 'Notification introuvable.' });
      await agent.post(`/api/v1/me/notifications/${myScheduled.id}/read`).expect(404);
      expect((await t.db.admin.findOneByOrFail(Notification, { id: theirs.id })).readAt).toBeNull();
    });

    it('marks all mine read, and only mine', async () => {
      expect((await agent.post('/api/v1/me/notifications/read-all').expect(200)).body).toEqual({ unreadCount: 0 });
      expect((await agent.get('/api/v1/me/notifications')).body.unreadCount).toBe(0);
      expect((await t.db.admin.findOneByOrFail(Notification, { id: theirs.id })).readAt).toBeNull();
      expect((await (await t.login(other.email)).get('/api/v1/me/notifications')).body).toMatchObject({ total: 1, unreadCount: 1 });
    });

    it('shows the kinds my role receives in my preferences; mutes optional ones (cancelling those waiting), refuses mandatory ones and writes nothing', async () => {
      const prefs = await agent.get('/api/v1/me/notification-preferences').expect(200);
      expect(prefs.body.map((p: { kind: string }) => p.kind)).toEqual(kindsForRole('trainee'));
      expect(prefs.body.find((p: { kind: string }) => p.kind === 'convention_unsigned')).toMatchObject({
        title: 'Convention de stage non signée',
        when: '7 jours avant le début du stage',
        mandatory: true,
        muted: false,
        channels: ['email', 'in_app'],
      });

      const muted = await agent
        .put('/api/v1/me/notification-preferences')
        .send({ mutedKinds: ['placement_starts', 'course_session_tomorrow', 'placement_starts'] })
        .expect(200);
      expect(muted.body.filter((p: { muted: boolean }) => p.muted).map((p: { kind: string }) => p.kind)).toEqual([
        'course_session_tomorrow',
        'placement_starts',
      ]);
      expect((await t.db.admin.findOneByOrFail(Notification, { id: myScheduled.id })).status).toBe('cancelled');

      const stored = await t.db.admin.findOneByOrFail(NotificationPreference, { accountId: me.id });
      const refused = await agent
        .put('/api/v1/me/notification-preferences')
        .send({ mutedKinds: ['placement_starts', 'convention_unsigned', 'afgsu_expired'] })
        .expect(400);
      expect(refused.body).toMatchObject({ code: 'REMINDER_MANDATORY' });
      expect(refused.body.message).toContain('« Convention de stage non signée »');
      expect(refused.body.message).toContain('« Votre AFGSU a expiré »');
      expect(refused.body.message).not.toContain('stage commence');
      expect(await t.db.admin.findOneByOrFail(NotificationPreference, { accountId: me.id })).toEqual(stored);

      const unknown = await agent
        .put('/api/v1/me/notification-preferences')
        .send({ mutedKinds: ['pizza'] })
        .expect(400);
      expect(unknown.body.errors).toHaveProperty('mutedKinds');
    });
  });

  describe('the sweep, the preferences and the retry', () => {
    let school: School;
    let staff: TestAgent;
    const trainees: Account[] = [];
    const notificationsOf = (account: Account) =>
      t.db.admin.find(Notification, { where: { schoolId: school.id, recipientAccountId: account.id }, order: { key: 'ASC' } });

    beforeAll(async () => {
      school = await createSchool(t.db.admin);
      staff = await t.login((await createAccount(t.db.admin, school, Role.Staff)).email);
      const cohort = await createCohort(t.db.admin, school.id, { startDate: addDays(today, -60), endDate: addDays(today, 120) });
      const site = await staff.post('/api/v1/host-sites').send({
        name: 'Cabinet des Tilleuls',
        kind: 'general_practice',
        address: '4 place des Tilleuls',
        postalCode: '33000',
        city: 'Bordeaux',
        capacity: 3,
        contacts: [],
      });
      const tutor = await staff.post('/api/v1/tutors').send({
        lastName: 'Roux',
        firstName: 'Claire',
        profession: 'general_practitioner',
        email: 'c.roux@tilleuls.test',
        hostSiteIds: [site.body.id],
      });
      for (let i = 0; i < 2; i++) {
        const { trainee, account } = await createTrainee(t.db.admin, cohort, school);
        trainees.push(account);
        await staff
          .post('/api/v1/placements')
          .send({
            traineeId: trainee.id,
            hostSiteId: site.body.id,
            tutorId: tutor.body.id,
            type: 'stage',
            startOn: addDays(today, 1),
            endOn: addDays(today, 11),
            plannedHours: 35,
          })
          .expect(201);
      }
    });

    it('leaves a muted optional kind out of the next sweep, never a mandatory one', async () => {
      const first = await t.login(trainees[0].email);
      await first
        .put('/api/v1/me/notification-preferences')
        .send({ mutedKinds: ['placement_starts'] })
        .expect(200);
      await t.worker.app.get(ReminderSweepService).sweep(at('07:00'));
      expect((await notificationsOf(trainees[0])).map((n) => `${n.kind} ${n.channel}`).sort()).toEqual([
        'convention_unsigned email',
        'convention_unsigned in_app',
      ]);
      expect((await notificationsOf(trainees[1])).map((n) => [n.kind, n.channel])).toEqual(
        expect.arrayContaining([
          ['placement_starts', 'email'],
          ['placement_starts', 'in_app'],
          ['convention_unsigned', 'email'],
          ['convention_unsigned', 'in_app'],
        ]),
      );
    });

    it('sends a failed in-app notification once when staff retry it, and refuses a second retry', async () => {
      const inApp = (await notificationsOf(trainees[1])).find((n) => n.kind === 'placement_starts' && n.channel === 'in_app')!;
      await t.db.admin.update(
        Notification,
        { id: inApp.id },
        { status: 'failed', attempts: 5, lastError: 'Redis injoignable', sendAt: minutesAgo(60) },
      );

      const res = await staff.post(`/api/v1/notifications/${inApp.id}/retry`).expect(200);
      expect(res.body).toMatchObject({ id: inApp.id, status: 'scheduled', attempts: 5, retryable: false });
      expect(Date.now() - new Date(res.body.sendAt).getTime()).toBeLessThan(60_000);
      expect(await t.db.admin.countBy(AuditEvent, { entityId: inApp.id, action: 'notification.retried' })).toBe(1);
      const sent = await poll(
        () => t.db.admin.findOneByOrFail(Notification, { id: inApp.id }),
        (n) => n.status !== 'scheduled',
      );
      expect(sent).toMatchObject({ status: 'sent', attempts: 6, lastError: null });
      const centre = await (await t.login(trainees[1].email)).get('/api/v1/me/notifications').expect(200);
      expect(centre.body.items.filter((n: { id: string }) => n.id === inApp.id)).toHaveLength(1);

      const again = await staff.post(`/api/v1/notifications/${inApp.id}/retry`).expect(409);
      expect(again.body).toMatchObject({ code: 'NOTIFICATION_NOT_RETRYABLE' });
      expect(again.body.message).toContain('déjà été envoyée');
    });

    it('queues a failed e-mail under a new job id; the worker sends it once (or holds it until 08:00 at night)', async () => {
      const email = (await notificationsOf(trainees[1])).find((n) => n.kind === 'placement_starts' && n.channel === 'email')!;
      await t.db.admin.update(
        Notification,
        { id: email.id },
        { status: 'failed', attempts: 3, lastError: 'SMTP 421', sendAt: minutesAgo(30) },
      );
      const quiet = inQuietHours(new Date());
      const retried = await staff.post(`/api/v1/notifications/${email.id}/retry`).expect(200);
      const sendAt = new Date(retried.body.sendAt); // sent now, so not retryable again before it is overdue once more
      expect(retried.body).toMatchObject({ status: 'scheduled', attempts: 3, retryable: false });
      const job = await t.api.get(JobQueue).queue('reminders').getJob(`notification.${email.id}.${sendAt.getTime()}.retry-3`);
      expect(job?.data).toEqual({ notificationId: email.id, schoolId: school.id });
      const after = await poll(
        () => t.db.admin.findOneByOrFail(Notification, { id: email.id }),
        (n) => n.status === 'sent' || n.sendAt.getTime() !== sendAt.getTime(),
      );
      if (quiet) {
        expect(after).toMatchObject({ status: 'scheduled', sendAt: emailSendTime(new Date()) }); // 08:00 Paris, then sent once
      } else {
        expect(after.status).toBe('sent');
        const mail = await t.delivered(trainees[1].email, /commence demain/);
        expect(mail.key).toBe(`notification:${email.id}`);
      }
      expect(await t.db.admin.countBy(OutboxMessage, { key: `notification:${email.id}` })).toBe(quiet ? 0 : 1);
    });
  });

  describe('the school’s overview', () => {
    let school: School;
    let staff: TestAgent;
    const rows: Record<string, Notification> = {};

    beforeAll(async () => {
      school = await createSchool(t.db.admin);
      staff = await t.login((await createAccount(t.db.admin, school, Role.SchoolAdmin)).email);
      const outbox = await t.db.admin.save(
        t.db.admin.create(OutboxMessage, {
          schoolId: school.id,
          key: `test-outbox:${school.id}`,
          to: 'lea.martin@test.cqp.local',
          subject: 'Votre AFGSU expire dans 30 jours',
          text: 'Lien : /tuteur/evaluation/secret-token',
          status: OutboxStatus.Sent,
          sentAt: minutesAgo(120),
        }),
      );
      const tomorrow = parisInstant(addDays(today, 1), '09:00');
      rows.next = await createNotification(t.db.admin, school.id, {
        kind: 'bpf_report',
        channel: 'email',
        sendAt: tomorrow,
        linkPath: '/x',
      });
      rows.later = await createNotification(t.db.admin, school.id, {
        kind: 'afgsu_expiring_90',
        sendAt: parisInstant(addDays(today, 2), '09:00'),
      });
      rows.sent = await createNotification(t.db.admin, school.id, {
        kind: 'afgsu_expiring_30',
        channel: 'email',
        recipientName: 'Léa Martin',
        recipientEmail: 'lea.martin@test.cqp.local',
        linkPath: '/tuteur/evaluation/secret-token',
        status: 'sent',
        sendAt: parisInstant(today, '00:05'),
        sentAt: parisInstant(today, '00:05'),
        attempts: 1,
        outboxMessageId: outbox.id,
      });
      rows.failed = await createNotification(t.db.admin, school.id, {
        kind: 'afgsu_expiring_30',
        channel: 'email',
        status: 'failed',
        sendAt: parisInstant(addDays(today, -3), '09:00'),
        attempts: 5,
        lastError: 'Connexion SMTP refusée',
      });
      rows.cancelled = await createNotification(t.db.admin, school.id, {
        kind: 'convention_unsigned',
        status: 'cancelled',
        sendAt: parisInstant(addDays(today, -1), '12:00'),
      });
    });

    it('counts per status and lists the school’s notifications with the e-mail’s outbox status, never their link', async () => {
      const res = await staff.get('/api/v1/notifications').expect(200);
      expect(res.body.counts).toEqual({ scheduled: 2, sent: 1, failed: 1, cancelled: 1 });
      expect(res.body.total).toBe(5);
      expect(res.body.items.map((n: { id: string }) => n.id)).toEqual(
        [rows.later, rows.next, rows.sent, rows.cancelled, rows.failed].map((n) => n.id),
      );
      const sent = res.body.items.find((n: { id: string }) => n.id === rows.sent.id);
      expect(sent).toMatchObject({
        kindTitle: 'Votre AFGSU expire dans 30 jours',
        channel: 'email',
        recipientName: 'Léa Martin',
        status: 'sent',
        outboxStatus: 'sent',
        retryable: false,
      });
      expect(res.body.items.find((n: { id: string }) => n.id === rows.failed.id)).toMatchObject({
        lastError: 'Connexion SMTP refusée',
        attempts: 5,
        retryable: true,
        outboxStatus: null,
      });
      expect(JSON.stringify(res.body)).not.toContain('secret-token');
      expect(sent).not.toHaveProperty('linkPath');
    });

    it('filters by status (counts unchanged), kind, channel, recipient and dates; lists what is scheduled next first', async () => {
      const ids = async (query: string) => {
        const res = await staff.get(`/api/v1/notifications?${query}`).expect(200);
        return { ids: res.body.items.map((n: { id: string }) => n.id), counts: res.body.counts, total: res.body.total };
      };
      expect(await ids('status=failed')).toEqual({
        ids: [rows.failed.id],
        total: 1,
        counts: { scheduled: 2, sent: 1, failed: 1, cancelled: 1 },
      });
      expect((await ids('kind=afgsu_expiring_30')).counts).toEqual({ scheduled: 0, sent: 1, failed: 1, cancelled: 0 });
      expect((await ids('channel=in_app')).ids.sort()).toEqual([rows.later.id, rows.cancelled.id].sort());
      expect((await ids('q=MARTIN')).ids).toEqual([rows.sent.id]);
      expect((await ids('q=%25')).ids).toEqual([]); // a wildcard is searched for, not obeyed
      expect((await ids(`from=${addDays(today, 1)}&to=${addDays(today, 1)}`)).ids).toEqual([rows.next.id]);
      expect((await ids(`to=${addDays(today, -1)}`)).ids).toEqual([rows.cancelled.id, rows.failed.id]);
      expect((await ids('status=scheduled&order=asc')).ids).toEqual([rows.next.id, rows.later.id]);
      expect((await ids('pageSize=2&page=3')).ids).toEqual([rows.failed.id]);
      await staff.get('/api/v1/notifications?status=lost').expect(400);
      await staff.get('/api/v1/notifications?from=2026-02-30').expect(400);
    });

    it('refuses to retry what was sent, cancelled or is not due yet (409), and keeps the list to staff', async () => {
      for (const row of [rows.sent, rows.cancelled, rows.next]) {
        const res = await staff.post(`/api/v1/notifications/${row.id}/retry`).expect(409);
        expect(res.body.code).toBe('NOTIFICATION_NOT_RETRYABLE');
      }
      expect((await t.db.admin.findOneByOrFail(Notification, { id: rows.next.id })).status).toBe('scheduled');
      await staff.post('/api/v1/notifications/00000000-0000-4000-8000-000000000000/retry').expect(404);
      const trainee = await t.login((await createAccount(t.db.admin, school, Role.Trainee)).email);
      await trainee.get('/api/v1/notifications').expect(403);
      await trainee.post(`/api/v1/notifications/${rows.failed.id}/retry`).expect(403);
      expect(await t.db.admin.countBy(AuditEvent, { schoolId: school.id, action: 'notification.retried' })).toBe(0);
    });
  });
});

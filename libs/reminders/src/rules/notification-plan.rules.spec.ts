import fc from 'fast-check';
import type { DueReminder } from '@app/platform/reminders/reminder-source';
import { parisTime } from '@app/platform/time/paris-time';
import { inQuietHours, reminderInstant } from './delivery-time.rules';
import { planNotifications } from './notification-plan.rules';

const reminder = (over: Partial<DueReminder> = {}): DueReminder => ({
  kind: 'evaluation_late',
  key: 'evaluation-late:e1',
  recipients: [
    { accountId: 'tutor-account', email: 'Dr.Girard@Lilas.fr', name: 'Dr Paul Girard' },
    { accountId: null, email: 'secretariat@ecole.fr', name: 'Secrétariat' },
  ],
  subject: 'Évaluation de Léa Moreau en retard',
  text: 'L’évaluation attendue le 12 mars n’a pas été transmise.',
  linkPath: '/placements/p1/show',
  ...over,
});
const at07 = reminderInstant('2026-03-20', '07:00');
const ctx = { today: '2026-03-20', now: at07, mutedKinds: new Map<string, string[]>() };

describe('planNotifications', () => {
  it('gives one notification per recipient and channel, in-app only with an account, at the rule’s Paris time', () => {
    const plan = planNotifications([reminder()], ctx);
    expect(plan.map((n) => [n.key, n.channel, parisTime(n.sendAt)])).toEqual([
      ['evaluation-late:e1|dr.girard@lilas.fr|email', 'email', '09:00'],
      ['evaluation-late:e1|tutor-account|in_app', 'in_app', '09:00'],
      ['evaluation-late:e1|secretariat@ecole.fr|email', 'email', '09:00'],
    ]);
    expect(plan[0]).toMatchObject({
      reminderKey: 'evaluation-late:e1',
      kind: 'evaluation_late',
      dueOn: '2026-03-20',
      recipientName: 'Dr Paul Girard',
    });
  });

  it('sends at once when the sweep runs after the rule’s time, and holds e-mails out of the quiet hours', () => {
    const late = planNotifications([reminder()], { ...ctx, now: reminderInstant('2026-03-20', '10:30') });
    expect(late.map((n) => parisTime(n.sendAt))).toEqual(['10:30', '10:30', '10:30']);
    const night = planNotifications([reminder()], { ...ctx, now: reminderInstant('2026-03-20', '21:15') });
    expect(night.map((n) => [n.channel, n.sendAt.toISOString()])).toEqual([
      ['email', reminderInstant('2026-03-21', '08:00').toISOString()],
      ['in_app', reminderInstant('2026-03-20', '21:15').toISOString()],
      ['email', reminderInstant('2026-03-21', '08:00').toISOString()],
    ]);
  });

  it('leaves out optional reminders an account muted, never mandatory ones', () => {
    const muted = new Map([['trainee-account', ['course_session_tomorrow', 'afgsu_expired']]]);
    const recipients = [{ accountId: 'trainee-account', email: 'lea@ecole.fr', name: 'Léa' }];
    const optional = reminder({ kind: 'course_session_tomorrow', key: 'session:s1', recipients });
    const mandatory = reminder({ kind: 'afgsu_expired', key: 'afgsu-expired:a1', recipients });
    expect(planNotifications([optional, mandatory], { ...ctx, mutedKinds: muted }).map((n) => n.reminderKey)).toEqual([
      'afgsu-expired:a1',
      'afgsu-expired:a1',
    ]);
  });

  it('reaches a recipient once when a reminder or an address repeats, and e-mails only those without an account', () => {
    const twice = planNotifications([reminder(), reminder()], ctx);
    expect(twice).toHaveLength(3);
    const sameAddress = reminder({
      kind: 'application_documents_missing',
      key: 'documents-missing:a1:3',
      recipients: [
        { accountId: null, email: 'Camille@mail.fr', name: 'Camille' },
        { accountId: null, email: 'camille@mail.fr ', name: 'Camille' },
      ],
    });
    const [once] = planNotifications([sameAddress], ctx);
    expect(planNotifications([sameAddress], ctx).map((n) => n.channel)).toEqual(['email']);
    expect(once.recipientEmail).toBe('Camille@mail.fr'); // the first one named keeps it
  });

  it('throws a RangeError on an unknown kind or an invalid day', () => {
    expect(() => planNotifications([reminder({ kind: 'nope' })], ctx)).toThrow(RangeError);
    expect(() => planNotifications([reminder()], { ...ctx, today: '2026-02-30' })).toThrow(RangeError);
  });

  it('never plans an e-mail in the quiet hours nor before the sweep, and keys are unique (property)', () => {
    const minutes = fc.integer({ min: 0, max: 24 * 60 * 400 });
    fc.assert(
      fc.property(minutes, fc.boolean(), (m, optional) => {
        const now = new Date(Date.UTC(2026, 0, 1) + m * 60_000);
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
        const plan = planNotifications([reminder({ kind: optional ? 'placement_starts' : 'evaluation_late' })], { ...ctx, today, now });
        return (
          plan.every((n) => n.sendAt.getTime() >= now.getTime() && (n.channel !== 'email' || !inQuietHours(n.sendAt))) &&
          new Set(plan.map((n) => n.key)).size === plan.length
        );
      }),
      { numRuns: 1000 },
    );
  });
});

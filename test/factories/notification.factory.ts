import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { parisDate } from '@app/platform/time/paris-time';
import { Notification } from '@app/reminders';

/**
 * A notification recorded as the engine records them (admin connection), for the centre and the overview: by default
 * an optional in-app reminder (a course session tomorrow) scheduled for tomorrow, to nobody in particular. Tests say what matters.
 */
export async function createNotification(m: EntityManager, schoolId: string, overrides: Partial<Notification> = {}): Promise<Notification> {
  const id = randomUUID();
  const sendAt = overrides.sendAt ?? new Date(Date.now() + 24 * 3600_000);
  return m.save(
    m.create(Notification, {
      id,
      schoolId,
      key: `test:${id}`,
      reminderKey: `test:${id}`,
      kind: 'course_session_tomorrow',
      channel: 'in_app',
      recipientAccountId: null,
      recipientEmail: `personne-${id.slice(0, 8)}@test.cqp.local`,
      recipientName: `Personne ${id.slice(0, 8)}`,
      subject: 'Séance de formation demain',
      text: 'Séance « Vocabulaire médical » demain de 9 h à 12 h.',
      linkPath: '/mon-planning',
      dueOn: parisDate(sendAt),
      sendAt,
      status: 'scheduled',
      ...overrides,
    }),
  );
}

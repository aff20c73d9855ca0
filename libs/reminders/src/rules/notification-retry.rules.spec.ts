import fc from 'fast-check';
import { parisInstant } from '@app/platform/time/paris-time';
import type { NotificationStatus } from '../notifications/notification.entity';
import { checkRetry, RETRY_OVERDUE_MINUTES } from './notification-retry.rules';

const minutes = (n: number) => n * 60_000;

describe('retrying a notification', () => {
  const sendAt = parisInstant('2026-03-29', '09:00'); // the spring change: 09:00 is 07:00 UTC

  it('lets staff send a failed one again, whenever it was due', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), (offset) => {
        expect(checkRetry({ status: 'failed', sendAt }, new Date(sendAt.getTime() + minutes(offset)))).toEqual({ ok: true });
      }),
    );
  });

  it('lets staff send a scheduled one again only when overdue by more than 15 minutes', () => {
    expect(checkRetry({ status: 'scheduled', sendAt }, new Date(sendAt.getTime() + minutes(RETRY_OVERDUE_MINUTES)))).toMatchObject({
      ok: false,
      code: 'NOTIFICATION_NOT_RETRYABLE',
    });
    expect(checkRetry({ status: 'scheduled', sendAt }, new Date(sendAt.getTime() + minutes(RETRY_OVERDUE_MINUTES) + 1))).toEqual({
      ok: true,
    });
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (offsetSeconds) => {
        const now = new Date(sendAt.getTime() + offsetSeconds * 1000);
        expect(checkRetry({ status: 'scheduled', sendAt }, now).ok).toBe(offsetSeconds > RETRY_OVERDUE_MINUTES * 60);
      }),
    );
  });

  it('says when a waiting one is due, on the Paris clock', () => {
    const result = checkRetry({ status: 'scheduled', sendAt }, parisInstant('2026-03-29', '08:00'));
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toContain('le 29/03/2026 à 09:00');
    const winter = checkRetry({ status: 'scheduled', sendAt: parisInstant('2026-10-25', '17:00') }, parisInstant('2026-10-25', '08:00'));
    expect(!winter.ok && winter.message).toContain('le 25/10/2026 à 17:00');
  });

  it('never sends a sent or cancelled one again', () => {
    fc.assert(
      fc.property(fc.constantFrom<NotificationStatus>('sent', 'cancelled'), fc.integer({ min: 0, max: 100_000 }), (status, offset) => {
        const result = checkRetry({ status, sendAt }, new Date(sendAt.getTime() + minutes(offset)));
        expect(result).toMatchObject({ ok: false, code: 'NOTIFICATION_NOT_RETRYABLE' });
      }),
    );
  });

  it('tells staff why a sent or a cancelled one cannot go again', () => {
    const late = new Date(sendAt.getTime() + minutes(60));
    const sent = checkRetry({ status: 'sent', sendAt }, late);
    expect(!sent.ok && sent.message).toBe('Cette notification a déjà été envoyée : la renvoyer la ferait parvenir deux fois.');
    const cancelled = checkRetry({ status: 'cancelled', sendAt }, late);
    expect(!cancelled.ok && cancelled.message).toBe(
      'Cette notification a été annulée car le rappel n’était plus dû : elle ne peut pas être renvoyée.',
    );
  });
});

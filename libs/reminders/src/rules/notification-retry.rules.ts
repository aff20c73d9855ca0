import { frenchDate } from '@app/platform/time/date-labels';
import { parisDate, parisTime } from '@app/platform/time/paris-time';
import type { NotificationStatus } from '../notifications/notification.entity';

/** A scheduled notification still waiting this long after its time is stuck (its job lost): staff may send it again. */
export const RETRY_OVERDUE_MINUTES = 15;

/** What retrying needs to know of a notification. */
export interface RetryCandidate {
  status: NotificationStatus;
  sendAt: Date;
}

export type RetryCheck = { ok: true } | { ok: false; code: 'NOTIFICATION_NOT_RETRYABLE'; message: string };

/**
 * Whether staff may send a notification again at `now`: a failed one, or a scheduled one overdue by more than
 * RETRY_OVERDUE_MINUTES (its delivery job was lost). A sent one never is (it would go twice), nor a cancelled one (the
 * reminder was no longer due), nor one still waiting for its time.
 */
export function checkRetry(n: RetryCandidate, now: Date): RetryCheck {
  if (n.status === 'failed') return { ok: true };
  if (n.status === 'scheduled' && now.getTime() - n.sendAt.getTime() > RETRY_OVERDUE_MINUTES * 60_000) return { ok: true };
  const refuse = (message: string): RetryCheck => ({ ok: false, code: 'NOTIFICATION_NOT_RETRYABLE', message });
  switch (n.status) {
    case 'sent':
      return refuse('Cette notification a déjà été envoyée : la renvoyer la ferait parvenir deux fois.');
    case 'cancelled':
      return refuse('Cette notification a été annulée car le rappel n’était plus dû : elle ne peut pas être renvoyée.');
    default:
      return refuse(
        `Cette notification est programmée pour le ${frenchDate(parisDate(n.sendAt))} à ${parisTime(n.sendAt)} : elle ne peut être renvoyée que si elle est en échec ou en retard de plus de ${RETRY_OVERDUE_MINUTES} minutes.`,
      );
  }
}

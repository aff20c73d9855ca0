import type { NotificationStatus } from '../api/notifications';

/** The notification centre (every signed-in person of a school) and the staff « Relances » page. */
export const NOTIFICATION_PATHS = {
  centre: '/notifications',
  reminders: '/relances',
} as const;

export const NOTIFICATION_STATUSES = ['scheduled', 'sent', 'failed', 'cancelled'] as const satisfies readonly NotificationStatus[];

export const STATUS_COLORS: Record<NotificationStatus, 'info' | 'success' | 'error' | 'default'> = {
  scheduled: 'info',
  sent: 'success',
  failed: 'error',
  cancelled: 'default',
};

/** Everyone in a school receives reminders; the platform administrator belongs to none. */
export const hasNotifications = (role: unknown): boolean => typeof role === 'string' && role !== 'platform_admin';

/** How often the bell asks for the unread count. */
export const UNREAD_REFRESH_MS = 60_000;

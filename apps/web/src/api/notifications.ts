import { api, call } from './client';
import type { components, paths } from './schema';
import type { Body, Query } from './types';

type Schemas = components['schemas'];
export type MyNotification = Schemas['MyNotificationResponse'];
export type MyNotificationPage = Schemas['MyNotificationPage'];
export type NotificationPreference = Schemas['NotificationPreferenceResponse'];
export type NotificationOverviewItem = Schemas['NotificationOverviewItem'];
export type NotificationOverviewPage = Schemas['NotificationOverviewPage'];
export type NotificationStatus = Schemas['NotificationStatus'];
export type ReminderKind = Schemas['ReminderKind'];
export type ReminderChannel = Schemas['ReminderChannel'];
export type MyNotificationsQuery = Query<paths['/api/v1/me/notifications']['get']>;
export type NotificationsQuery = Query<paths['/api/v1/notifications']['get']>;
export type PreferencesUpdate = Body<paths['/api/v1/me/notification-preferences']['put']>;

/** The notification centre (everyone: their own) and the school's reminders (staff). */
export const notificationsApi = {
  mine: (query: MyNotificationsQuery) => call(api.GET('/api/v1/me/notifications', { params: { query } })),
  read: (id: string) => call(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
  readAll: () => call(api.POST('/api/v1/me/notifications/read-all')),
  preferences: () => call(api.GET('/api/v1/me/notification-preferences')),
  savePreferences: (body: PreferencesUpdate) => call(api.PUT('/api/v1/me/notification-preferences', { body })),
  overview: (query: NotificationsQuery) => call(api.GET('/api/v1/notifications', { params: { query } })),
  retry: (id: string) => call(api.POST('/api/v1/notifications/{id}/retry', { params: { path: { id } } })),
};

export const notificationKeys = {
  mine: ['me', 'notifications'] as const,
  list: (query: MyNotificationsQuery) => ['me', 'notifications', query] as const,
  preferences: ['me', 'notification-preferences'] as const,
  overview: ['notifications'] as const,
  overviewOf: (query: NotificationsQuery) => ['notifications', query] as const,
};

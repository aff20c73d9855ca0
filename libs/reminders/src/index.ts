// Reminders: the catalogue, the daily sweep, notifications sent once, the notification centre.
export * from './reminders.module';
export * from './notifications/notification.entity';
export * from './notifications/notification-preference.entity';
export * from './sweep/reminder-sweep.service';
export * from './delivery/notification-delivery.service';
export * from './delivery/notification-batch-delivery';
export * from './demo/reminders-demo';

import { Module } from '@nestjs/common';
import { InternshipModule, InternshipReminderSource } from '@app/internship';
import { MyNotificationsController } from './api/my-notifications.controller';
import { MyNotificationsService } from './api/my-notifications.service';
import { NotificationOverviewService } from './api/notification-overview.service';
import { NotificationPreferencesController } from './api/notification-preferences.controller';
import { NotificationPreferencesService } from './api/notification-preferences.service';
import { NotificationRetryService } from './api/notification-retry.service';
import { NotificationsController } from './api/notifications.controller';
import { NotificationDeliveryService } from './delivery/notification-delivery.service';
import { NotificationScheduler } from './delivery/notification-scheduler';
import { NotificationsRepository } from './notifications/notifications.repository';
import { REMINDER_SOURCES } from './sweep/reminder-sources';
import { ReminderSweepService } from './sweep/reminder-sweep.service';

/**
 * Reminders over the other areas: each area exports a ReminderSource (its due reminders, set-based); this module
 * sweeps them daily into notifications with unique keys and delivers each once (the worker runs the jobs).
 */
@Module({
  imports: [InternshipModule],
  controllers: [MyNotificationsController, NotificationPreferencesController, NotificationsController],
  providers: [
    MyNotificationsService,
    NotificationPreferencesService,
    NotificationOverviewService,
    NotificationRetryService,
    NotificationsRepository,
    NotificationScheduler,
    ReminderSweepService,
    NotificationDeliveryService,
    {
      provide: REMINDER_SOURCES,
      useFactory: (...sources: InternshipReminderSource[]) => sources,
      inject: [InternshipReminderSource],
    },
  ],
  exports: [ReminderSweepService, NotificationDeliveryService, NotificationsRepository],
})
export class RemindersModule {}

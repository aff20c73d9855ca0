import { Module } from '@nestjs/common';
import { InternshipModule, InternshipReminderSource } from '@app/internship';
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
  providers: [
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

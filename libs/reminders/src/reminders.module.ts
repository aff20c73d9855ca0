import { Module } from '@nestjs/common';
import type { ReminderSource } from '@app/platform/reminders/reminder-source';
import { AfgsuModule, AfgsuReminderSource } from '@app/afgsu';
import { AssessmentModule, RetakeReminderSource } from '@app/assessment';
import { EnrolmentModule, EnrolmentReminderSource } from '@app/enrolment';
import { InternshipModule, InternshipReminderSource } from '@app/internship';
import { TrainingModule, TrainingReminderSource } from '@app/training';
import { MyNotificationsController } from './api/my-notifications.controller';
import { MyNotificationsService } from './api/my-notifications.service';
import { NotificationOverviewService } from './api/notification-overview.service';
import { NotificationPreferencesController } from './api/notification-preferences.controller';
import { NotificationPreferencesService } from './api/notification-preferences.service';
import { NotificationRetryService } from './api/notification-retry.service';
import { NotificationsController } from './api/notifications.controller';
import { NotificationDeliveryService } from './delivery/notification-delivery.service';
import { NotificationBatchDelivery } from './delivery/notification-batch-delivery';
import { NotificationScheduler } from './delivery/notification-scheduler';
import { NotificationsRepository } from './notifications/notifications.repository';
import { checkedSources, REMINDER_SOURCES } from './sweep/reminder-sources';
import { ReminderSweepService } from './sweep/reminder-sweep.service';
import { BpfReportReminderSource } from './sources/bpf-report.source';

/**
 * Reminders over the other areas: each area exports a ReminderSource (its due reminders, set-based); this module
 * sweeps them daily into notifications with unique keys and delivers each once (the worker runs the jobs).
 */
@Module({
  imports: [TrainingModule, AfgsuModule, EnrolmentModule, InternshipModule, AssessmentModule],
  controllers: [MyNotificationsController, NotificationPreferencesController, NotificationsController],
  providers: [
    MyNotificationsService,
    NotificationPreferencesService,
    NotificationOverviewService,
    NotificationRetryService,
    NotificationsRepository,
    NotificationScheduler,
    NotificationBatchDelivery,
    ReminderSweepService,
    NotificationDeliveryService,
    BpfReportReminderSource,
    {
      provide: REMINDER_SOURCES,
      useFactory: (...sources: ReminderSource[]) => checkedSources(sources),
      inject: [
        EnrolmentReminderSource,
        TrainingReminderSource,
        AfgsuReminderSource,
        InternshipReminderSource,
        RetakeReminderSource,
        BpfReportReminderSource,
      ],
    },
  ],
  exports: [ReminderSweepService, NotificationDeliveryService, NotificationBatchDelivery, NotificationsRepository],
})
export class RemindersModule {}

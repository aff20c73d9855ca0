import { Module } from '@nestjs/common';
import { ReferentialModule } from '@app/referential';
import { AttendanceSheetPdf } from './attendance/attendance-sheet.pdf';
import { AttendanceController } from './attendance/attendance.controller';
import { AttendanceService } from './attendance/attendance.service';
import { MeController } from './attendance/me.controller';
import { MySessionsService } from './attendance/my-sessions.service';
import { CohortsController } from './cohorts/cohorts.controller';
import { PlansController } from './plans/plans.controller';
import { PlansService } from './plans/plans.service';
import { ProgressController } from './progress/progress.controller';
import { ProgressService } from './progress/progress.service';
import { CohortsService } from './cohorts/cohorts.service';
import { CourseSessionRepository } from './timetable/course-session.repository';
import { CourseSessionsController } from './timetable/course-sessions.controller';
import { CourseSessionsService } from './timetable/course-sessions.service';
import { ICalFeedController } from './timetable/ical-feed.controller';
import { ICalFeedService } from './timetable/ical-feed.service';
import { TraineesController } from './trainees/trainees.controller';
import { TraineesService } from './trainees/trainees.service';
import { TrainingReminderFacts } from './reminders/training-reminder-facts.repository';
import { TrainingReminderSource } from './reminders/training-reminder.source';
import { HealthAccessLog } from './health/health-access-log.service';
import { TraineeHealthController } from './health/trainee-health.controller';
import { TraineeHealthService } from './health/trainee-health.service';

/** Cohorts, trainees, individual plans, timetable, attendance, the hours ledger and trainees' health data. */
@Module({
  imports: [ReferentialModule],
  controllers: [
    CohortsController,
    TraineesController,
    PlansController,
    CourseSessionsController,
    ICalFeedController,
    AttendanceController,
    MeController,
    ProgressController,
    TraineeHealthController,
  ],
  providers: [
    CohortsService,
    TraineesService,
    PlansService,
    CourseSessionRepository,
    CourseSessionsService,
    ICalFeedService,
    AttendanceService,
    AttendanceSheetPdf,
    MySessionsService,
    ProgressService,
    TrainingReminderFacts,
    TrainingReminderSource,
    HealthAccessLog,
    TraineeHealthService,
  ],
  exports: [CohortsService, TraineesService, PlansService, ProgressService, TrainingReminderSource, TraineeHealthService],
})
export class TrainingModule {}

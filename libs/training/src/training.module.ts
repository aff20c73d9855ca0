import { Module } from '@nestjs/common';
import { ReferentialModule } from '@app/referential';
import { CohortsController } from './cohorts/cohorts.controller';
import { CohortsService } from './cohorts/cohorts.service';
import { CourseSessionRepository } from './timetable/course-session.repository';
import { CourseSessionsController } from './timetable/course-sessions.controller';
import { CourseSessionsService } from './timetable/course-sessions.service';
import { ICalFeedController } from './timetable/ical-feed.controller';
import { ICalFeedService } from './timetable/ical-feed.service';
import { TraineesController } from './trainees/trainees.controller';
import { TraineesService } from './trainees/trainees.service';

/** Cohorts, trainees, individual plans, timetable, attendance and the hours ledger. */
@Module({
  imports: [ReferentialModule],
  controllers: [CohortsController, TraineesController, CourseSessionsController, ICalFeedController],
  providers: [CohortsService, TraineesService, CourseSessionRepository, CourseSessionsService, ICalFeedService],
  exports: [CohortsService, TraineesService],
})
export class TrainingModule {}

export * from './training.module';
export * from './cohorts/cohort.entity';
export * from './cohorts/cohorts.service';
export * from './trainees/trainee.entity';
export * from './trainees/trainees.service';
export * from './timetable/course-session.entity';
export * from './attendance/attendance-record.entity';
export * from './plans/plan-exemption.entity';

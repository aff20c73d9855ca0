import { Module } from '@nestjs/common';
import { ReferentialModule } from '@app/referential';
import { TrainingModule } from '@app/training';
import { AssessmentsController } from './assessments/assessments.controller';
import { AssessmentsService } from './assessments/assessments.service';
import { AssessmentRecords } from './attempts/assessment-records.repository';
import { MarksService } from './attempts/marks.service';
import { ExamSessionsController } from './exam-sessions/exam-sessions.controller';
import { ExamSessionsService } from './exam-sessions/exam-sessions.service';

/** Assessment: épreuves per block, exam sessions and convocations, marks and attempts (juries and certification next). */
@Module({
  imports: [ReferentialModule, TrainingModule],
  controllers: [AssessmentsController, ExamSessionsController],
  providers: [AssessmentsService, AssessmentRecords, ExamSessionsService, MarksService],
  exports: [AssessmentRecords],
})
export class AssessmentModule {}

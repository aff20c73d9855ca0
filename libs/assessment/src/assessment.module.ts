import { Module } from '@nestjs/common';
import { AfgsuModule } from '@app/afgsu';
import { EnrolmentModule } from '@app/enrolment';
import { InternshipModule } from '@app/internship';
import { ReferentialModule } from '@app/referential';
import { TrainingModule } from '@app/training';
import { AssessmentsController } from './assessments/assessments.controller';
import { AssessmentsService } from './assessments/assessments.service';
import { AssessmentRecords } from './attempts/assessment-records.repository';
import { MarksService } from './attempts/marks.service';
import { PriorValidationsController } from './attempts/prior-validations.controller';
import { PriorValidationsService } from './attempts/prior-validations.service';
import { DocumentDataService } from './documents/document-data.service';
import { DocumentRenderService } from './documents/document-render.service';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { ConvocationsController } from './exam-sessions/convocations.controller';
import { ExamSessionsController } from './exam-sessions/exam-sessions.controller';
import { ExamSessionsService } from './exam-sessions/exam-sessions.service';
import { JuriesController } from './juries/juries.controller';
import { JuriesService } from './juries/juries.service';
import { JuryBoardService } from './juries/jury-board.service';
import { ResultsController } from './results/results.controller';
import { ResultsService } from './results/results.service';
import { RetakeReminderSource } from './exam-sessions/retake-reminder.source';

/** Assessment: épreuves per block, exam sessions and convocations, marks and attempts juries and their decisions, certification readiness. */
@Module({
  imports: [ReferentialModule, TrainingModule, AfgsuModule, EnrolmentModule, InternshipModule],
  controllers: [
    AssessmentsController,
    ExamSessionsController,
    JuriesController,
    ResultsController,
    PriorValidationsController,
    DocumentsController,
    ConvocationsController,
  ],
  providers: [
    AssessmentsService,
    AssessmentRecords,
    ExamSessionsService,
    MarksService,
    JuryBoardService,
    JuriesService,
    ResultsService,
    PriorValidationsService,
    DocumentDataService,
    DocumentsService,
    DocumentRenderService,
    RetakeReminderSource,
  ],
  exports: [AssessmentRecords, DocumentRenderService, RetakeReminderSource],
})
export class AssessmentModule {}

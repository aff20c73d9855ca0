import { Module } from '@nestjs/common';
import { AfgsuModule } from '@app/afgsu';
import { ReferentialModule } from '@app/referential';
import { TrainingModule } from '@app/training';
import { AdmissionService } from './applications/admission.service';
import { ApplicationListRepository } from './applications/application-list.repository';
import { ApplicationWorkflow } from './applications/application-workflow.service';
import { EnrolmentFilesService } from './applications/enrolment-files.service';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationsService } from './applications/applications.service';
import { ApplicationAssessmentService } from './applications/application-assessment.service';
import { PublicApplicationsController } from './applications/public-applications.controller';
import { PublicApplicationsService } from './applications/public-applications.service';
import { EnrolmentReminderFacts } from './reminders/enrolment-reminder-facts.repository';
import { EnrolmentReminderSource } from './reminders/enrolment-reminder.source';

/** Admissions: applications, their documents, eligibility, interviews, decisions, positioning. */
@Module({
  imports: [ReferentialModule, TrainingModule, AfgsuModule],
  controllers: [PublicApplicationsController, ApplicationsController],
  providers: [
    ApplicationAssessmentService,
    ApplicationWorkflow,
    ApplicationListRepository,
    PublicApplicationsService,
    ApplicationsService,
    AdmissionService,
    EnrolmentFilesService,
    EnrolmentReminderFacts,
    EnrolmentReminderSource,
  ],
  exports: [EnrolmentFilesService, EnrolmentReminderSource],
})
export class EnrolmentModule {}

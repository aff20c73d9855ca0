import { Module } from '@nestjs/common';
import { ReferentialModule } from '@app/referential';
import { TrainingModule } from '@app/training';
import { PlacementBoardController } from './board/placement-board.controller';
import { PlacementBoardService } from './board/placement-board.service';
import { PlacementFactsRepository } from './board/placement-facts.repository';
import { InternshipReminderSource } from './board/internship-reminder.source';
import { CONVENTION_CONTROLLERS, CONVENTION_PROVIDERS } from './conventions/conventions.parts';
import { EVALUATION_CONTROLLERS, EVALUATION_PROVIDERS, TutorEvaluationResultsService, TutorEvaluationsService } from './evaluations';
import { MagicLinksService } from './links/magic-links.service';
import { HostSitesController } from './host-sites/host-sites.controller';
import { HostSitesService } from './host-sites/host-sites.service';
import { HostSitesImportService } from './host-sites/host-sites-import.service';
import { PlacementsController } from './placements/placements.controller';
import { PlacementsService } from './placements/placements.service';
import { TutorsController } from './tutors/tutors.controller';
import { TutorsService } from './tutors/tutors.service';

/** Internships: host sites and tutors placements (conventions and tutor evaluations next). */
@Module({
  imports: [TrainingModule, ReferentialModule],
  controllers: [
    HostSitesController,
    TutorsController,
    PlacementsController,
    PlacementBoardController,
    ...CONVENTION_CONTROLLERS,
    ...EVALUATION_CONTROLLERS,
  ],
  providers: [
    HostSitesService,
    HostSitesImportService,
    TutorsService,
    PlacementsService,
    MagicLinksService,
    PlacementBoardService,
    PlacementFactsRepository,
    InternshipReminderSource,
    ...CONVENTION_PROVIDERS,
    ...EVALUATION_PROVIDERS,
  ],
  exports: [
    HostSitesService,
    TutorsService,
    MagicLinksService,
    TutorEvaluationsService,
    TutorEvaluationResultsService,
    InternshipReminderSource,
  ],
})
export class InternshipModule {}

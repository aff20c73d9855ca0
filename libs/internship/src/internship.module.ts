import { Module } from '@nestjs/common';
import { ReferentialModule } from '@app/referential';
import { TrainingModule } from '@app/training';
import { EVALUATION_CONTROLLERS, EVALUATION_PROVIDERS, TutorEvaluationResultsService, TutorEvaluationsService } from './evaluations';
import { MagicLinksService } from './links/magic-links.service';
import { HostSitesController } from './host-sites/host-sites.controller';
import { HostSitesService } from './host-sites/host-sites.service';
import { PlacementsController } from './placements/placements.controller';
import { PlacementsService } from './placements/placements.service';
import { TutorsController } from './tutors/tutors.controller';
import { TutorsService } from './tutors/tutors.service';

/** Internships: host sites and tutors placements (conventions and tutor evaluations next). */
@Module({
  imports: [TrainingModule, ReferentialModule],
  controllers: [HostSitesController, TutorsController, PlacementsController, ...EVALUATION_CONTROLLERS],
  providers: [HostSitesService, TutorsService, PlacementsService, MagicLinksService, ...EVALUATION_PROVIDERS],
  exports: [HostSitesService, TutorsService, MagicLinksService, TutorEvaluationsService, TutorEvaluationResultsService],
})
export class InternshipModule {}

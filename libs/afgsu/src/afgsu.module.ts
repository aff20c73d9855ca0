import { Module } from '@nestjs/common';
import { ReferentialModule } from '@app/referential';
import { TrainingModule } from '@app/training';
import { AfgsuAttestationsService } from './attestations/afgsu-attestations.service';
import { MyAfgsuController } from './attestations/my-afgsu.controller';
import { TraineeAfgsuController } from './attestations/trainee-afgsu.controller';
import { AfgsuOverviewController } from './overview/afgsu-overview.controller';
import { AfgsuOverviewService } from './overview/afgsu-overview.service';
import { AfgsuReminderSource } from './overview/afgsu-reminder.source';
import { AfgsuPlanning } from './sessions/afgsu-planning.repository';
import { AfgsuSessionsController } from './sessions/afgsu-sessions.controller';
import { AfgsuSessionsService } from './sessions/afgsu-sessions.service';

/** AFGSU 1: sessions with a CESU, attestations and their validity, refreshers, the certification gate. */
@Module({
  imports: [ReferentialModule, TrainingModule],
  controllers: [AfgsuOverviewController, AfgsuSessionsController, TraineeAfgsuController, MyAfgsuController],
  providers: [AfgsuPlanning, AfgsuAttestationsService, AfgsuSessionsService, AfgsuOverviewService, AfgsuReminderSource],
  exports: [AfgsuAttestationsService, AfgsuOverviewService, AfgsuReminderSource],
})
export class AfgsuModule {}

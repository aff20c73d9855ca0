import { Module } from '@nestjs/common';
import { ReferentialModule } from '@app/referential';
import { PublicApplicationsController } from './applications/public-applications.controller';
import { PublicApplicationsService } from './applications/public-applications.service';

/** Admissions: applications, their documents, eligibility, interviews, decisions, positioning. */
@Module({
  imports: [ReferentialModule],
  controllers: [PublicApplicationsController],
  providers: [PublicApplicationsService],
})
export class EnrolmentModule {}

import { Module } from '@nestjs/common';
import { HostSitesController } from './host-sites/host-sites.controller';
import { HostSitesService } from './host-sites/host-sites.service';
import { TutorsController } from './tutors/tutors.controller';
import { TutorsService } from './tutors/tutors.service';

/** Internships: host sites and tutors (placements, conventions and tutor evaluations next). */
@Module({
  controllers: [HostSitesController, TutorsController],
  providers: [HostSitesService, TutorsService],
  exports: [HostSitesService, TutorsService],
})
export class InternshipModule {}

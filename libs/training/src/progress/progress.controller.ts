import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseId, Role, Roles, TransactionOnDemand } from '@app/platform';
import { CohortDashboardResponse, ProgressResponse } from './dto/progress.dto';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller()
@Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
@TransactionOnDemand()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('trainees/:id/progress')
  @ApiOperation({ summary: "A trainee's hours per block: required, scheduled, attended, excused, missed, remaining, absence rate" })
  @ApiOkResponse({ type: ProgressResponse })
  trainee(@Param('id', ParseId) id: string): Promise<ProgressResponse> {
    return this.progress.forTrainee(id);
  }

  @Get('cohorts/:id/dashboard')
  @ApiOperation({ summary: 'The hours of every trainee of a cohort, per block' })
  @ApiOkResponse({ type: CohortDashboardResponse })
  cohort(@Param('id', ParseId) id: string): Promise<CohortDashboardResponse> {
    return this.progress.forCohort(id);
  }
}

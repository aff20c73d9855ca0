import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Page, PageOf, ParseId, Role, Roles, toPage } from '@app/platform';
import { HealthAccessQuery, HealthAccessResponse, SaveTraineeHealthRequest, TraineeHealthResponse } from './dto/trainee-health.dto';
import { HealthAccessLog } from './health-access-log.service';
import { TraineeHealthService } from './trainee-health.service';

/**
 * Health data (disability adjustments, vaccinations): the school's direction and staff (secrétariat, référent
 * handicap) only — not trainers, not tutors. Every call is logged in the access log.
 */
@ApiTags('health')
@Controller()
export class TraineeHealthController {
  constructor(
    private readonly health: TraineeHealthService,
    private readonly accessLog: HealthAccessLog,
  ) {}

  @Get('trainees/:id/health')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: "A trainee's disability adjustments and vaccinations (health data: the read is logged)" })
  @ApiOkResponse({ type: TraineeHealthResponse })
  get(@Param('id', ParseId) id: string): Promise<TraineeHealthResponse> {
    return this.health.read(id, 'GET /trainees/{id}/health');
  }

  @Put('trainees/:id/health')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: "Replace a trainee's health data (audited with before and after; the write is logged)" })
  @ApiOkResponse({ type: TraineeHealthResponse })
  save(
    @Param('id', ParseId) id: string,
    @Body() body: SaveTraineeHealthRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<TraineeHealthResponse> {
    return this.health.save(id, body, caller.accountId, 'PUT /trainees/{id}/health');
  }

  @Get('me/health')
  @Roles(Role.Trainee)
  @ApiTags('me')
  @ApiOperation({ summary: 'My disability adjustments and vaccinations (the read is logged)' })
  @ApiOkResponse({ type: TraineeHealthResponse })
  mine(@CurrentCaller() caller: Caller): Promise<TraineeHealthResponse> {
    return this.health.mine(caller.accountId, 'GET /me/health');
  }

  @Get('health-access-log')
  @Roles(Role.SchoolAdmin)
  @ApiOperation({ summary: 'Journal des accès aux données de santé: every read and write, newest first (direction only)' })
  @ApiOkResponse({ type: PageOf(HealthAccessResponse) })
  async log(@Query() query: HealthAccessQuery): Promise<Page<HealthAccessResponse>> {
    const [rows, total] = await this.accessLog.page(query);
    return toPage(query, rows, total);
  }
}

import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PageOf, ParseId, Role, Roles, toPage } from '@app/platform';
import { CohortsService } from './cohorts.service';
import { CohortApplicationsRequest, CohortQuery, CohortResponse, CreateCohortRequest, UpdateCohortRequest } from './dto/cohort.dto';

@ApiTags('cohorts')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'List the cohorts of the school' })
  @ApiOkResponse({ type: PageOf(CohortResponse) })
  async list(@Query() q: CohortQuery): Promise<Page<CohortResponse>> {
    const [rows, total] = await this.cohorts.list(q);
    return toPage(q, rows, total);
  }

  @Post()
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: 'Create a cohort' })
  @ApiCreatedResponse({ type: CohortResponse })
  create(@Body() body: CreateCohortRequest): Promise<CohortResponse> {
    return this.cohorts.create(body);
  }

  @Get(':id')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'One cohort' })
  @ApiOkResponse({ type: CohortResponse })
  get(@Param('id', ParseId) id: string): Promise<CohortResponse> {
    return this.cohorts.get(id);
  }

  @Put(':id/applications')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: 'Open or close the cohort to applications (public form)' })
  @ApiOkResponse({ type: CohortResponse })
  setApplications(@Param('id', ParseId) id: string, @Body() body: CohortApplicationsRequest): Promise<CohortResponse> {
    return this.cohorts.setApplicationsOpen(id, body.applicationsOpen);
  }

  @Post(':id/calendar/renew')
  @HttpCode(200)
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: "Give the cohort's calendar feed a new URL (the old one stops working)" })
  @ApiOkResponse({ type: CohortResponse })
  renewFeed(@Param('id', ParseId) id: string): Promise<CohortResponse> {
    return this.cohorts.renewFeed(id);
  }

  @Patch(':id')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: 'Change a cohort (its sessions must stay within its dates)' })
  @ApiOkResponse({ type: CohortResponse })
  update(@Param('id', ParseId) id: string, @Body() body: UpdateCohortRequest): Promise<CohortResponse> {
    return this.cohorts.update(id, body);
  }
}

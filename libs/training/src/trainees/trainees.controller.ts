import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Page, PageOf, ParseId, ReasonRequest, Role, Roles, toPage } from '@app/platform';
import { AddTraineeRequest, ImportReportResponse, TraineeQuery, TraineeResponse } from './dto/trainee.dto';
import { TraineesService } from './trainees.service';

@ApiTags('trainees')
@Controller()
@Roles(Role.SchoolAdmin, Role.Staff)
export class TraineesController {
  constructor(private readonly trainees: TraineesService) {}

  @Get('cohorts/:id/trainees')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'Trainees of a cohort' })
  @ApiOkResponse({ type: PageOf(TraineeResponse) })
  async list(@Param('id', ParseId) cohortId: string, @Query() q: TraineeQuery): Promise<Page<TraineeResponse>> {
    const [rows, total] = await this.trainees.list(cohortId, q);
    return toPage(q, rows.map(TraineeResponse.from), total);
  }

  @Post('cohorts/:id/trainees')
  @ApiOperation({ summary: 'Add a trainee to a cohort; they receive an invitation to create their account' })
  @ApiCreatedResponse({ type: TraineeResponse })
  async add(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseId) cohortId: string,
    @Body() body: AddTraineeRequest,
  ): Promise<TraineeResponse> {
    const [trainee] = await this.trainees.add(caller, cohortId, [body]);
    return TraineeResponse.from(trainee);
  }

  @Post('cohorts/:id/trainees/import')
  @ApiOperation({
    summary:
      'Import trainees from a CSV file (columns Nom, Prénom, E-mail, Téléphone; UTF-8 or Windows-1252); a file with errors imports nothing (422 with the errors per line)',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ImportReportResponse })
  async import(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseId) cohortId: string,
    @Body() body: Buffer,
  ): Promise<ImportReportResponse> {
    return { imported: await this.trainees.importCsv(caller, cohortId, body), errors: [] };
  }

  @Get('trainees/:id')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'One trainee' })
  @ApiOkResponse({ type: TraineeResponse })
  async get(@Param('id', ParseId) id: string): Promise<TraineeResponse> {
    return TraineeResponse.from(await this.trainees.get(id));
  }

  @Post('trainees/:id/calendar/renew')
  @HttpCode(204)
  @ApiOperation({ summary: "Give the trainee's calendar feed a new URL (the old one stops working)" })
  @ApiNoContentResponse()
  renewFeed(@Param('id', ParseId) id: string): Promise<void> {
    return this.trainees.renewFeed(id);
  }

  @Post('trainees/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a trainee from their cohort (audited)' })
  @ApiOkResponse({ type: TraineeResponse })
  async withdraw(@Param('id', ParseId) id: string, @Body() body: ReasonRequest): Promise<TraineeResponse> {
    return TraineeResponse.from(await this.trainees.withdraw(id, body.reason));
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, ParseId, Role, Roles } from '@app/platform';
import { ReasonRequest } from '@app/platform/http/transforms';
import { EvaluationScheduleService } from './evaluation-schedule.service';
import { TutorEvaluationsService } from './tutor-evaluations.service';
import { EvaluationDatesRequest, EvaluationFormResponse, PlacementEvaluationResponse } from './dto/tutor-evaluation.dto';

@ApiTags('internship')
@Controller()
@Roles(Role.SchoolAdmin, Role.Staff)
export class TutorEvaluationsController {
  constructor(
    private readonly evaluations: TutorEvaluationsService,
    private readonly schedule: EvaluationScheduleService,
  ) {}

  @Get('placements/:id/evaluations')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'The tutor evaluations of a placement: due date, state today, progress, last link sent' })
  @ApiOkResponse({ type: [PlacementEvaluationResponse] })
  list(@Param('id', ParseId) id: string): Promise<PlacementEvaluationResponse[]> {
    return this.evaluations.ofPlacement(id);
  }

  @Put('placements/:id/evaluation-dates')
  @ApiOperation({ summary: 'Set the placement’s own due dates (within it, distinct; a drafted or submitted evaluation keeps its date)' })
  @ApiOkResponse({ type: [PlacementEvaluationResponse] })
  async setDates(@Param('id', ParseId) id: string, @Body() body: EvaluationDatesRequest): Promise<PlacementEvaluationResponse[]> {
    await this.schedule.setDates(id, body.dates);
    return this.evaluations.ofPlacement(id);
  }

  @Get('tutor-evaluations/:id')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'One tutor evaluation: the whole grid as filled in (read-only)' })
  @ApiOkResponse({ type: EvaluationFormResponse })
  get(@Param('id', ParseId) id: string): Promise<EvaluationFormResponse> {
    return this.evaluations.get(id);
  }

  @Post('tutor-evaluations/:id/link')
  @HttpCode(200)
  @ApiOperation({ summary: 'E-mail the tutor a new link to the evaluation (earlier links stop working)' })
  @ApiOkResponse({ type: [PlacementEvaluationResponse] })
  sendLink(@Param('id', ParseId) id: string): Promise<PlacementEvaluationResponse[]> {
    return this.evaluations.sendLink(id);
  }

  @Post('tutor-evaluations/:id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a submitted evaluation with a reason (audited); the tutor gets a new link' })
  @ApiOkResponse({ type: [PlacementEvaluationResponse] })
  reopen(
    @Param('id', ParseId) id: string,
    @CurrentCaller() caller: Caller,
    @Body() body: ReasonRequest,
  ): Promise<PlacementEvaluationResponse[]> {
    return this.evaluations.reopen(id, caller, body.reason);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, ParseId, Role, Roles } from '@app/platform';
import { MyTutorEvaluationsService } from './my-tutor-evaluations.service';
import { EvaluationAnswersRequest, EvaluationFormResponse, TutorEvaluationListItem } from './dto/tutor-evaluation.dto';

/** A tutor with an account: the evaluations of the placements they supervise (any other: 404). */
@ApiTags('me')
@Controller('me/tutor-evaluations')
@Roles(Role.Tutor)
export class MyTutorEvaluationsController {
  constructor(private readonly evaluations: MyTutorEvaluationsService) {}

  @Get()
  @ApiOperation({ summary: 'My evaluations to fill in: trainee, site, due date, state' })
  @ApiOkResponse({ type: [TutorEvaluationListItem] })
  list(@CurrentCaller() caller: Caller): Promise<TutorEvaluationListItem[]> {
    return this.evaluations.list(caller.accountId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of my evaluations, the grid with what is saved' })
  @ApiOkResponse({ type: EvaluationFormResponse })
  view(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string): Promise<EvaluationFormResponse> {
    return this.evaluations.view(caller.accountId, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Save a draft of one of my evaluations (refused once submitted)' })
  @ApiOkResponse({ type: EvaluationFormResponse })
  save(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseId) id: string,
    @Body() body: EvaluationAnswersRequest,
  ): Promise<EvaluationFormResponse> {
    return this.evaluations.saveDraft(caller.accountId, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit one of my evaluations (complete; then read-only)' })
  @ApiOkResponse({ type: EvaluationFormResponse })
  submit(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseId) id: string,
    @Body() body: EvaluationAnswersRequest,
  ): Promise<EvaluationFormResponse> {
    return this.evaluations.submit(caller.accountId, id, body);
  }
}

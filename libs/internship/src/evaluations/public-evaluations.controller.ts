import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/platform';
import { PublicEvaluationsService } from './public-evaluations.service';
import { EvaluationAnswersRequest, EvaluationFormResponse, TutorAccountResponse } from './dto/tutor-evaluation.dto';

/** A tutor fills in one evaluation through the link e-mailed to them, without a password. */
@ApiTags('internship (public)')
@Controller('public/evaluations/:token')
@Public()
export class PublicEvaluationsController {
  constructor(private readonly evaluations: PublicEvaluationsService) {}

  @Get()
  @ApiOperation({ summary: 'The evaluation the link opens: trainee, site, dates, state, the grid with what is saved' })
  @ApiOkResponse({ type: EvaluationFormResponse })
  view(@Param('token') token: string): Promise<EvaluationFormResponse> {
    return this.evaluations.view(token);
  }

  @Put()
  @ApiOperation({ summary: 'Save a draft (refused once submitted)' })
  @ApiOkResponse({ type: EvaluationFormResponse })
  save(@Param('token') token: string, @Body() body: EvaluationAnswersRequest): Promise<EvaluationFormResponse> {
    return this.evaluations.saveDraft(token, body);
  }

  @Post('submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit: every competency with a level and an overall comment; then read-only and the link is used up' })
  @ApiOkResponse({ type: EvaluationFormResponse })
  submit(@Param('token') token: string, @Body() body: EvaluationAnswersRequest): Promise<EvaluationFormResponse> {
    return this.evaluations.submit(token, body);
  }

  @Post('account')
  @ApiOperation({ summary: 'Activate a tutor account: an invitation to choose a password is e-mailed' })
  @ApiCreatedResponse({ type: TutorAccountResponse })
  account(@Param('token') token: string): Promise<TutorAccountResponse> {
    return this.evaluations.activateAccount(token);
  }
}

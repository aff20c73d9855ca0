import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, ParseId, Role, Roles } from '@app/platform';
import { TraineesService } from '@app/training';
import { TraineeResultsResponse } from './dto/results.dto';
import { ResultsService } from './results.service';

@ApiTags('assessment')
@Controller()
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly trainees: TraineesService,
  ) {}

  @Get('trainees/:traineeId/results')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: "A trainee's results per block: attempts, the decision in force, retakes left and by when" })
  @ApiOkResponse({ type: TraineeResultsResponse })
  forTrainee(@Param('traineeId', ParseId) traineeId: string): Promise<TraineeResultsResponse> {
    return this.results.forTrainee(traineeId);
  }

  @Get('me/results')
  @Roles(Role.Trainee)
  @ApiOperation({ summary: 'My results per block (« Mes résultats »): attempts, decisions, retake dates' })
  @ApiOkResponse({ type: TraineeResultsResponse })
  async mine(@CurrentCaller() caller: Caller): Promise<TraineeResultsResponse> {
    return this.results.forTrainee((await this.trainees.ofAccount(caller.accountId)).id);
  }
}

import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Role, Roles } from '@app/platform';
import { TraineesService } from '@app/training';
import { AfgsuAttestationsService } from './afgsu-attestations.service';
import { TraineeAfgsuResponse } from './dto/afgsu-attestation.dto';

@ApiTags('me')
@Controller('me/afgsu')
@Roles(Role.Trainee)
export class MyAfgsuController {
  constructor(
    private readonly attestations: AfgsuAttestationsService,
    private readonly trainees: TraineesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My AFGSU status (valid, expiring soon, expired, planned, missing) and my attestations' })
  @ApiOkResponse({ type: TraineeAfgsuResponse })
  async mine(@CurrentCaller() caller: Caller): Promise<TraineeAfgsuResponse> {
    return this.attestations.describe((await this.trainees.ofAccount(caller.accountId)).id);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseId, ReasonRequest, Role, Roles } from '@app/platform';
import { PriorValidationResponse, RecordPriorValidationRequest } from './dto/prior-validation.dto';
import { PriorValidationsService } from './prior-validations.service';

@ApiTags('assessment')
@Controller('trainees/:traineeId/prior-validations')
@Roles(Role.SchoolAdmin, Role.Staff)
export class PriorValidationsController {
  constructor(private readonly prior: PriorValidationsService) {}

  @Get()
  @ApiOperation({ summary: 'Blocks the trainee validated before this path or by VAE' })
  @ApiOkResponse({ type: [PriorValidationResponse] })
  list(@Param('traineeId', ParseId) traineeId: string): Promise<PriorValidationResponse[]> {
    return this.prior.list(traineeId);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a block validated earlier or by VAE (date, reference); it then counts as acquired; audited' })
  @ApiOkResponse({ type: [PriorValidationResponse] })
  record(@Param('traineeId', ParseId) traineeId: string, @Body() body: RecordPriorValidationRequest): Promise<PriorValidationResponse[]> {
    return this.prior.record(traineeId, body);
  }

  @Post(':id/remove')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove a prior validation recorded by mistake, with a reason (audited)' })
  @ApiOkResponse({ type: [PriorValidationResponse] })
  remove(
    @Param('traineeId', ParseId) traineeId: string,
    @Param('id', ParseId) id: string,
    @Body() body: ReasonRequest,
  ): Promise<PriorValidationResponse[]> {
    return this.prior.remove(traineeId, id, body.reason);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseId, ReasonRequest, Role, Roles } from '@app/platform';
import { AddExemptionRequest, PlanResponse } from './dto/plan.dto';
import { PlansService } from './plans.service';

@ApiTags('plans')
@Controller('trainees/:id/plan')
@Roles(Role.SchoolAdmin, Role.Staff)
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: "A trainee's individual plan: per block, planned, exempted and required minutes" })
  @ApiOkResponse({ type: PlanResponse })
  get(@Param('id', ParseId) id: string): Promise<PlanResponse> {
    return this.plans.plan(id);
  }

  @Post('exemptions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exempt part of a block or module, with a justification (audited; never more than the block)' })
  @ApiOkResponse({ type: PlanResponse })
  add(@Param('id', ParseId) id: string, @Body() body: AddExemptionRequest): Promise<PlanResponse> {
    return this.plans.addExemption(id, body);
  }

  @Post('exemptions/:exemptionId/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an exemption, with a reason (audited)' })
  @ApiOkResponse({ type: PlanResponse })
  revoke(
    @Param('id', ParseId) id: string,
    @Param('exemptionId', ParseId) exemptionId: string,
    @Body() body: ReasonRequest,
  ): Promise<PlanResponse> {
    return this.plans.revoke(id, exemptionId, body.reason);
  }
}

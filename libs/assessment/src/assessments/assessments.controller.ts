import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseId, Role, Roles } from '@app/platform';
import { AssessmentsService } from './assessments.service';
import {
  AssessmentResponse,
  BlockAssessmentsResponse,
  CreateAssessmentRequest,
  ResultRuleRequest,
  UpdateAssessmentRequest,
} from './dto/assessment.dto';

@ApiTags('assessment')
@Controller('assessment')
@Roles(Role.SchoolAdmin, Role.Staff)
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get('versions/:versionId/plan')
  @ApiOperation({ summary: 'The épreuves of each competency block of a version, and the rule that makes the block’s result' })
  @ApiOkResponse({ type: [BlockAssessmentsResponse] })
  plan(@Param('versionId', ParseId) versionId: string): Promise<BlockAssessmentsResponse[]> {
    return this.assessments.plan(versionId);
  }

  @Post('epreuves')
  @ApiOperation({ summary: 'Add an épreuve to a block (kind, maximum, pass mark on its own scale, weight); audited' })
  @ApiCreatedResponse({ type: AssessmentResponse })
  create(@Body() body: CreateAssessmentRequest): Promise<AssessmentResponse> {
    return this.assessments.create(body);
  }

  @Patch('epreuves/:id')
  @ApiOperation({ summary: 'Rename an épreuve, or change its pass mark or weight while it has no marks; audited' })
  @ApiOkResponse({ type: AssessmentResponse })
  update(@Param('id', ParseId) id: string, @Body() body: UpdateAssessmentRequest): Promise<AssessmentResponse> {
    return this.assessments.update(id, body);
  }

  @Post('epreuves/:id/retire')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire an épreuve (no longer offered for new exam sessions; its marks stay)' })
  @ApiOkResponse({ type: AssessmentResponse })
  retire(@Param('id', ParseId) id: string): Promise<AssessmentResponse> {
    return this.assessments.retire(id);
  }

  @Put('versions/:versionId/blocks/:blockId/rule')
  @Roles(Role.SchoolAdmin)
  @ApiOperation({ summary: 'How the block’s result is computed: weighted average against the pass mark, or every épreuve passed; audited' })
  @ApiOkResponse({ type: [BlockAssessmentsResponse] })
  setRule(
    @Param('versionId', ParseId) versionId: string,
    @Param('blockId', ParseId) blockId: string,
    @Body() body: ResultRuleRequest,
  ): Promise<BlockAssessmentsResponse[]> {
    return this.assessments.setRule(versionId, blockId, body.rule, body.reason);
  }
}

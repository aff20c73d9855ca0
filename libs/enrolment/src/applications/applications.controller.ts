import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Caller, CurrentCaller, Page, PageOf, ParseId, Role, Roles, toPage } from '@app/platform';
import { AdmissionService } from './admission.service';
import { ApplicationsService } from './applications.service';
import {
  ApplicationDetailResponse,
  ApplicationExportQuery,
  ApplicationQuery,
  ApplicationSummaryResponse,
  ChangeStatusRequest,
  EligibilityOverrideRequest,
  EnrolRequest,
  EnrolResponse,
  InterviewOutcomeRequest,
  ProposedExemptionResponse,
  RejectDocumentRequest,
  ScheduleInterviewRequest,
} from './dto/application.dto';

@ApiTags('applications')
@Controller('applications')
@Roles(Role.SchoolAdmin, Role.Staff)
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly admission: AdmissionService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The applications of the school, filtered by intake, status, name, missing documents or eligibility' })
  @ApiOkResponse({ type: PageOf(ApplicationSummaryResponse) })
  async list(@Query() q: ApplicationQuery): Promise<Page<ApplicationSummaryResponse>> {
    const [rows, total] = await this.applications.page(q);
    return toPage(q, rows, total);
  }

  @Get('export')
  @ApiOperation({ summary: 'The applications matching the filters as a CSV file (UTF-8, « ; », for Excel and LibreOffice)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async export(@Query() q: ApplicationExportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const csv = await this.applications.exportCsv(q);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="candidatures-${new Date().toISOString().slice(0, 10)}.csv"`)
      .header('cache-control', 'private, no-store');
    return csv;
  }

  @Get(':id')
  @ApiOperation({ summary: 'An application: the file, eligibility explained, documents, the statuses it may move to' })
  @ApiOkResponse({ type: ApplicationDetailResponse })
  get(@Param('id', ParseId) id: string): Promise<ApplicationDetailResponse> {
    return this.applications.get(id);
  }

  @Post(':id/documents/:documentId/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a document (audited)' })
  @ApiOkResponse({ type: ApplicationDetailResponse })
  accept(@Param('id', ParseId) id: string, @Param('documentId', ParseId) documentId: string): Promise<ApplicationDetailResponse> {
    return this.applications.review(id, documentId, { accept: true });
  }

  @Post(':id/documents/:documentId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a document with a reason the candidate sees (audited)' })
  @ApiOkResponse({ type: ApplicationDetailResponse })
  reject(
    @Param('id', ParseId) id: string,
    @Param('documentId', ParseId) documentId: string,
    @Body() body: RejectDocumentRequest,
  ): Promise<ApplicationDetailResponse> {
    return this.applications.review(id, documentId, { accept: false, reason: body.reason });
  }

  @Get(':id/documents/:documentId/file')
  @ApiOperation({ summary: 'The document itself: inline preview for PDF and images (?inline=true), else as an attachment' })
  @ApiQuery({ name: 'inline', required: false, type: Boolean })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async file(
    @Param('id', ParseId) id: string,
    @Param('documentId', ParseId) documentId: string,
    @Query('inline') inline: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { document, body, disposition } = await this.applications.file(id, documentId, inline === 'true');
    void reply
      .header('content-type', document.contentType)
      .header('content-disposition', disposition)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return new StreamableFile(body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the application along the workflow (allowed moves only; who, when and why are audited)' })
  @ApiOkResponse({ type: ApplicationDetailResponse })
  changeStatus(@Param('id', ParseId) id: string, @Body() body: ChangeStatusRequest): Promise<ApplicationDetailResponse> {
    return this.applications.changeStatus(id, body.status, body.reason);
  }

  @Post(':id/interview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Schedule the entretien de positionnement (complete file, eligible or overridden), or move it while still to come',
  })
  @ApiOkResponse({ type: ApplicationDetailResponse })
  async scheduleInterview(@Param('id', ParseId) id: string, @Body() body: ScheduleInterviewRequest): Promise<ApplicationDetailResponse> {
    await this.admission.scheduleInterview(id, body.at, body.interviewerId ?? null);
    return this.applications.get(id);
  }

  @Post(':id/interview/outcome')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record how the interview went (notes, outcome); the file can then be decided' })
  @ApiOkResponse({ type: ApplicationDetailResponse })
  async recordInterview(@Param('id', ParseId) id: string, @Body() body: InterviewOutcomeRequest): Promise<ApplicationDetailResponse> {
    await this.admission.recordInterview(id, body.outcome, body.notes);
    return this.applications.get(id);
  }

  @Get(':id/positioning')
  @ApiOperation({ summary: 'Exemptions proposed by the rules from the diplomas (staff adjust them before enrolling)' })
  @ApiOkResponse({ type: [ProposedExemptionResponse] })
  proposal(@Param('id', ParseId) id: string): Promise<ProposedExemptionResponse[]> {
    return this.admission.proposal(id);
  }

  @Post(':id/enrol')
  @ApiOperation({ summary: 'Enrol an admitted candidate: the trainee (invited) and their individual plan, in one transaction' })
  @ApiCreatedResponse({ type: EnrolResponse })
  async enrol(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string, @Body() body: EnrolRequest): Promise<EnrolResponse> {
    const traineeId = await this.admission.enrol(caller, id, body.exemptions);
    return { traineeId, application: await this.applications.get(id) };
  }

  @Post(':id/eligibility-override')
  @HttpCode(200)
  @ApiOperation({ summary: 'Admit a candidate to the process although not eligible, with a justification (audited)' })
  @ApiOkResponse({ type: ApplicationDetailResponse })
  async overrideEligibility(
    @Param('id', ParseId) id: string,
    @Body() body: EligibilityOverrideRequest,
  ): Promise<ApplicationDetailResponse> {
    await this.admission.overrideEligibility(id, body.override, body.justification);
    return this.applications.get(id);
  }
}

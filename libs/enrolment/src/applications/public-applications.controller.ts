import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/platform';
import { fileNameHeader } from '@app/platform/files/upload';
import { ApplyRequest, ApplyResponse, CandidateViewResponse, IntakeResponse } from './dto/public-application.dto';
import { PublicApplicationsService } from './public-applications.service';

/** Candidates apply without an account; the link e-mailed to them opens their file. */
@ApiTags('applications (public)')
@Controller('public')
@Public()
export class PublicApplicationsController {
  constructor(private readonly applications: PublicApplicationsService) {}

  @Get('schools/:slug/intakes')
  @ApiOperation({ summary: 'The sessions of a school open to applications' })
  @ApiOkResponse({ type: [IntakeResponse] })
  intakes(@Param('slug') slug: string): Promise<IntakeResponse[]> {
    return this.applications.intakes(slug.toLowerCase());
  }

  @Post('applications')
  @ApiOperation({ summary: 'Apply to an intake; a personal link to the file is e-mailed (one application per e-mail and intake)' })
  @ApiCreatedResponse({ type: ApplyResponse })
  apply(@Body() body: ApplyRequest): Promise<ApplyResponse> {
    return this.applications.apply(body);
  }

  @Get('applications/:token')
  @ApiOperation({ summary: "The candidate's file: status, eligibility, checklist of documents (opening it confirms the e-mail)" })
  @ApiOkResponse({ type: CandidateViewResponse })
  view(@Param('token') token: string): Promise<CandidateViewResponse> {
    return this.applications.view(token);
  }

  @Put('applications/:token/documents/:kind')
  @ApiOperation({ summary: 'Upload (or replace) a document: raw file body, type recognised from its bytes, streamed to storage' })
  @ApiConsumes(
    'application/pdf',
    'image/jpeg',
    'image/png',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/octet-stream',
  )
  @ApiHeader({ name: 'x-file-name', required: false, description: 'The file name (URL-encoded)' })
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: CandidateViewResponse })
  upload(
    @Param('token') token: string,
    @Param('kind') kind: string,
    @Headers('x-file-name') fileName: string | undefined,
    @Body() body: unknown, // the raw request stream (see http-setup)
  ): Promise<CandidateViewResponse> {
    return this.applications.upload(token, kind, fileNameHeader(fileName), body);
  }

  @Post('applications/:token/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the file to the school (every document asked must be there)' })
  @ApiOkResponse({ type: CandidateViewResponse })
  submit(@Param('token') token: string): Promise<CandidateViewResponse> {
    return this.applications.submit(token);
  }
}

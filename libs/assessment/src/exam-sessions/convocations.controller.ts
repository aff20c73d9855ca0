import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Caller, CurrentCaller, ParseId, PdfRenderer, Role, Roles } from '@app/platform';
import { TraineesService } from '@app/training';
import { ConvocationData, convocationPdf } from './convocation.pdf';
import { ExamSessionsService } from './exam-sessions.service';

@ApiTags('assessment')
@Controller()
export class ConvocationsController {
  constructor(
    private readonly sessions: ExamSessionsService,
    private readonly trainees: TraineesService,
    private readonly pdf: PdfRenderer,
  ) {}

  private async send(data: ConvocationData, reply: FastifyReply): Promise<StreamableFile> {
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="convocation-${data.blockCode}-${data.date}.pdf"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return new StreamableFile(await this.pdf.render(convocationPdf(data)));
  }

  @Get('attempts/:attemptId/convocation')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: 'The convocation of an attempt (PDF)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async staff(@Param('attemptId', ParseId) attemptId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return this.send(await this.sessions.convocation(attemptId), reply);
  }

  @Get('me/convocations/:attemptId')
  @Roles(Role.Trainee)
  @ApiOperation({ summary: 'My convocation to an exam session (PDF)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async mine(
    @CurrentCaller() caller: Caller,
    @Param('attemptId', ParseId) attemptId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const trainee = await this.trainees.ofAccount(caller.accountId);
    return this.send(await this.sessions.convocation(attemptId, trainee.id), reply);
  }
}

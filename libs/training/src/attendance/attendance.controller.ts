import { Readable } from 'node:stream';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Caller, CurrentCaller, Db, ParseId, Role, Roles, School } from '@app/platform';
import { EXTENSIONS, SniffedType } from '@app/platform/files/file-type';
import { fileNameHeader } from '@app/platform/files/upload';
import { AttendanceSheetPdf } from './attendance-sheet.pdf';
import { AttendanceService } from './attendance.service';
import { AttendanceSheetResponse, RecordAttendanceRequest } from './dto/attendance.dto';

@ApiTags('attendance')
@Controller('sessions/:id')
@Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly pdf: AttendanceSheetPdf,
    private readonly db: Db,
  ) {}

  @Get('attendance')
  @ApiOperation({ summary: 'The attendance sheet of a session: one line per trainee, the signing window, the countersignature' })
  @ApiOkResponse({ type: AttendanceSheetResponse })
  sheet(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string): Promise<AttendanceSheetResponse> {
    return this.attendance.sheet(caller, id);
  }

  @Put('attendance/:traineeId')
  @ApiOperation({
    summary: "Record a trainee's attendance (trainer during the window; staff any time, with a reason once closed; audited)",
  })
  @ApiOkResponse({ type: AttendanceSheetResponse })
  record(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseId) id: string,
    @Param('traineeId', ParseId) traineeId: string,
    @Body() body: RecordAttendanceRequest,
  ): Promise<AttendanceSheetResponse> {
    return this.attendance.record(caller, id, traineeId, body);
  }

  @Post('countersign')
  @HttpCode(200)
  @ApiOperation({ summary: "The trainer's countersignature of the sheet (once the session has started)" })
  @ApiOkResponse({ type: AttendanceSheetResponse })
  countersign(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string): Promise<AttendanceSheetResponse> {
    return this.attendance.countersign(caller, id);
  }

  @Put('attendance/:traineeId/document')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: 'Attach the document justifying an excused absence (raw PDF, JPEG or PNG body; audited)' })
  @ApiConsumes('application/pdf', 'image/jpeg', 'image/png')
  @ApiHeader({ name: 'x-file-name', required: false, description: 'The file name (URL-encoded): checked, not kept' })
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: AttendanceSheetResponse })
  attach(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseId) id: string,
    @Param('traineeId', ParseId) traineeId: string,
    @Headers('x-file-name') fileName: string | undefined,
    @Body() body: unknown, // the raw request stream (see http-setup)
  ): Promise<AttendanceSheetResponse> {
    return this.attendance.attachJustification(caller, id, traineeId, fileNameHeader(fileName), body);
  }

  @Get('attendance/:traineeId/document')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: 'Download the justification document (as an attachment)' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async document(
    @Param('id', ParseId) id: string,
    @Param('traineeId', ParseId) traineeId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { type, body } = await this.attendance.justification(id, traineeId);
    void reply
      .header('content-type', type)
      .header('content-disposition', `attachment; filename="justificatif.${EXTENSIONS[type as SniffedType]}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return new StreamableFile(body as Readable);
  }

  @Get('attendance.pdf')
  @ApiOperation({ summary: 'The attendance sheet as a PDF for funders' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdfSheet(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseId) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const sheet = await this.attendance.sheet(caller, id);
    const school = await this.db.tx.findOneByOrFail(School, { id: this.db.schoolId! });
    const file = await this.pdf.render(sheet, school.name);
    void reply
      .header('content-type', 'application/pdf')
      .header(
        'content-disposition',
        `attachment; filename="emargement-${sheet.session.date}-${sheet.session.startTime.replace(':', 'h')}.pdf"`,
      )
      .header('x-content-type-options', 'nosniff');
    return file;
  }
}

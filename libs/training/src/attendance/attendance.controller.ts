import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Caller, CurrentCaller, Db, ParseId, Role, Roles, School } from '@app/platform';
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
  sheet(@Param('id', ParseId) id: string): Promise<AttendanceSheetResponse> {
    return this.attendance.sheet(id);
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

  @Get('attendance.pdf')
  @ApiOperation({ summary: 'The attendance sheet as a PDF for funders' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdfSheet(@Param('id', ParseId) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const sheet = await this.attendance.sheet(id);
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

import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { Caller, CurrentCaller, ParseId, Role, Roles } from '@app/platform';
import { ProgressResponse } from '../progress/dto/progress.dto';
import { ProgressService } from '../progress/progress.service';
import { CourseSessionsService } from '../timetable/course-sessions.service';
import { SessionResponse } from '../timetable/dto/course-session.dto';
import { TraineesService } from '../trainees/trainees.service';
import { AttendanceService } from './attendance.service';
import { MySessionResponse, MySessionsQuery, MyTimetableQuery } from './dto/attendance.dto';
import { MySessionsService } from './my-sessions.service';

/** The trainee's own space: today's sessions, signing, hours. Nobody can sign for someone else. */
@ApiTags('me')
@Controller('me')
@Roles(Role.Trainee)
export class MeController {
  constructor(
    private readonly mySessions: MySessionsService,
    private readonly attendance: AttendanceService,
    private readonly progress: ProgressService,
    private readonly trainees: TraineesService,
    private readonly timetableService: CourseSessionsService,
  ) {}

  @Get('sessions')
  @ApiOperation({ summary: 'My sessions of a day (today by default), with whether I can sign now' })
  @ApiOkResponse({ type: [MySessionResponse] })
  sessions(@CurrentCaller() caller: Caller, @Query() q: MySessionsQuery): Promise<MySessionResponse[]> {
    return this.mySessions.onDay(caller, q.date);
  }

  @Post('sessions/:id/sign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign my attendance, inside the signing window only; signing twice changes nothing' })
  @ApiOkResponse({ type: MySessionResponse })
  async sign(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string, @Req() req: FastifyRequest): Promise<MySessionResponse> {
    await this.attendance.sign(caller, id, { ip: req.ip, userAgent: req.headers['user-agent'] });
    return this.mySessions.one(caller, id);
  }

  @Get('timetable')
  @ApiOperation({ summary: 'My timetable over a period (week view)' })
  @ApiOkResponse({ type: [SessionResponse] })
  async timetable(@CurrentCaller() caller: Caller, @Query() q: MyTimetableQuery): Promise<SessionResponse[]> {
    const trainee = await this.trainees.ofAccount(caller.accountId);
    return this.timetableService.list({ cohortId: trainee.cohortId, from: q.from, to: q.to });
  }

  @Get('progress')
  @ApiOperation({ summary: 'My hours per block' })
  @ApiOkResponse({ type: ProgressResponse })
  async myProgress(@CurrentCaller() caller: Caller): Promise<ProgressResponse> {
    return this.progress.forTrainee((await this.trainees.ofAccount(caller.accountId)).id);
  }
}

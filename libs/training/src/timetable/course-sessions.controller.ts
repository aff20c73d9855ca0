import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseId, Role, Roles } from '@app/platform';
import { CourseSessionsService } from './course-sessions.service';
import { SessionQuery, SessionRequest, SessionResponse } from './dto/course-session.dto';

@ApiTags('timetable')
@Controller()
@Roles(Role.SchoolAdmin, Role.Staff)
export class CourseSessionsController {
  constructor(private readonly sessions: CourseSessionsService) {}

  @Get('sessions')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'Course sessions of a cohort or a trainer over a period (week view)' })
  @ApiOkResponse({ type: [SessionResponse] })
  list(@Query() q: SessionQuery): Promise<SessionResponse[]> {
    return this.sessions.list(q);
  }

  @Post('cohorts/:id/sessions')
  @ApiOperation({
    summary: 'Schedule a session (refused outside the cohort dates, over another session, or with a trainer booked elsewhere)',
  })
  @ApiCreatedResponse({ type: SessionResponse })
  create(@Param('id', ParseId) cohortId: string, @Body() body: SessionRequest): Promise<SessionResponse> {
    return this.sessions.create(cohortId, body);
  }

  @Get('sessions/:id')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'One session' })
  @ApiOkResponse({ type: SessionResponse })
  get(@Param('id', ParseId) id: string): Promise<SessionResponse> {
    return this.sessions.get(id);
  }

  @Put('sessions/:id')
  @ApiOperation({ summary: 'Move or change a session (same checks as scheduling)' })
  @ApiOkResponse({ type: SessionResponse })
  update(@Param('id', ParseId) id: string, @Body() body: SessionRequest): Promise<SessionResponse> {
    return this.sessions.update(id, body);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel a session that has no attendance yet' })
  @ApiNoContentResponse()
  remove(@Param('id', ParseId) id: string): Promise<void> {
    return this.sessions.remove(id);
  }
}

import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PageOf, ParseId, Role, Roles, toPage } from '@app/platform';
import { MarksGridResponse, SaveMarksRequest } from '../attempts/dto/marks.dto';
import { MarksService } from '../attempts/marks.service';
import {
  ConveneRequest,
  CreateExamSessionRequest,
  ExamSessionDetailResponse,
  ExamSessionQuery,
  ExamSessionResponse,
} from './dto/exam-session.dto';
import { ExamSessionsService } from './exam-sessions.service';

@ApiTags('assessment')
@Controller('exam-sessions')
@Roles(Role.SchoolAdmin, Role.Staff)
export class ExamSessionsController {
  constructor(
    private readonly sessions: ExamSessionsService,
    private readonly marks: MarksService,
  ) {}

  @Get()
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'Exam sessions, newest first (or upcoming), with the number of trainees convened' })
  @ApiOkResponse({ type: PageOf(ExamSessionResponse) })
  async list(@Query() q: ExamSessionQuery): Promise<Page<ExamSessionResponse>> {
    const [rows, total] = await this.sessions.list(q);
    return toPage(q, rows, total);
  }

  @Post()
  @ApiOperation({ summary: 'Plan an exam session: date, time, place and the épreuves sitting (active, of the version); audited' })
  @ApiCreatedResponse({ type: ExamSessionDetailResponse })
  create(@Body() body: CreateExamSessionRequest): Promise<ExamSessionDetailResponse> {
    return this.sessions.create(body);
  }

  @Get(':id')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'An exam session, its épreuves and the trainees convened (attempt number per block)' })
  @ApiOkResponse({ type: ExamSessionDetailResponse })
  get(@Param('id', ParseId) id: string): Promise<ExamSessionDetailResponse> {
    return this.sessions.get(id);
  }

  @Post(':id/convocations')
  @ApiOperation({ summary: 'Convene trainees to sit a block (a new attempt each, retake rules checked; e-mail); all or nothing' })
  @ApiCreatedResponse({ type: ExamSessionDetailResponse })
  convene(@Param('id', ParseId) id: string, @Body() body: ConveneRequest): Promise<ExamSessionDetailResponse> {
    return this.sessions.convene(id, body.blockId, body.traineeIds);
  }

  @Get(':id/blocks/:blockId/marks')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'The marks grid of a block: a line per trainee convened, a column per épreuve, the result of each attempt' })
  @ApiOkResponse({ type: MarksGridResponse })
  grid(@Param('id', ParseId) id: string, @Param('blockId', ParseId) blockId: string): Promise<MarksGridResponse> {
    return this.marks.grid(id, blockId);
  }

  @Put(':id/blocks/:blockId/marks')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'Save marks (0..maximum or « absent»; null clears), all or nothing; every change audited' })
  @ApiOkResponse({ type: MarksGridResponse })
  save(
    @Param('id', ParseId) id: string,
    @Param('blockId', ParseId) blockId: string,
    @Body() body: SaveMarksRequest,
  ): Promise<MarksGridResponse> {
    return this.marks.save(id, blockId, body.marks);
  }
}

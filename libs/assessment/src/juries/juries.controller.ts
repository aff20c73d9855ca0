import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PageOf, ParseId, Role, Roles, toPage } from '@app/platform';
import { JuriesService } from './juries.service';
import {
  CertifyRequest,
  CreateJurySessionRequest,
  DecideRequest,
  JuryBoardQuery,
  JuryBoardResponse,
  JurySessionQuery,
  JurySessionResponse,
} from './dto/jury.dto';

@ApiTags('assessment')
@Controller('juries')
@Roles(Role.SchoolAdmin, Role.Staff)
export class JuriesController {
  constructor(private readonly juries: JuriesService) {}

  @Get()
  @ApiOperation({ summary: 'Jury sessions, newest first, with their number of decisions' })
  @ApiOkResponse({ type: PageOf(JurySessionResponse) })
  async list(@Query() q: JurySessionQuery): Promise<Page<JurySessionResponse>> {
    const [rows, total] = await this.juries.list(q);
    return toPage(q, rows, total);
  }

  @Post()
  @ApiOperation({ summary: 'Open a jury session (date, president, members); audited' })
  @ApiCreatedResponse({ type: JurySessionResponse })
  create(@Body() body: CreateJurySessionRequest): Promise<JurySessionResponse> {
    return this.juries.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The jury page: a line per trainee (readiness, proposal, decision and history per block)' })
  @ApiOkResponse({ type: JuryBoardResponse })
  get(@Param('id', ParseId) id: string, @Query() q: JuryBoardQuery): Promise<JuryBoardResponse> {
    return this.juries.get(id, q.cohortId);
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Decide a block for a trainee: the proposal confirmed, or overridden with a comment; a correction needs a reason; never edited',
  })
  @ApiOkResponse({ type: JuryBoardResponse })
  decide(@Param('id', ParseId) id: string, @Body() body: DecideRequest): Promise<JuryBoardResponse> {
    return this.juries.decide(id, body);
  }

  @Post(':id/certifications')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Award the CQP to a trainee whose readiness checklist is complete on the jury date (refused otherwise, naming what is missing)',
  })
  @ApiOkResponse({ type: JuryBoardResponse })
  certify(@Param('id', ParseId) id: string, @Body() body: CertifyRequest): Promise<JuryBoardResponse> {
    return this.juries.certify(id, body.traineeId);
  }
}

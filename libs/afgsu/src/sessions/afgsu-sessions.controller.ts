import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PageOf, ParseId, Role, Roles, toPage } from '@app/platform';
import { AfgsuSessionsService } from './afgsu-sessions.service';
import {
  AfgsuSessionDetailResponse,
  AfgsuSessionQuery,
  AfgsuSessionResponse,
  CreateAfgsuSessionRequest,
  EnrolParticipantRequest,
  IssueAttestationsRequest,
  IssueAttestationsResponse,
  ParticipantAttendanceRequest,
} from './dto/afgsu-session.dto';

@ApiTags('afgsu')
@Controller('afgsu/sessions')
@Roles(Role.SchoolAdmin, Role.Staff)
export class AfgsuSessionsController {
  constructor(private readonly sessions: AfgsuSessionsService) {}

  @Get()
  @ApiOperation({ summary: 'AFGSU sessions (upcoming by default), with their number of participants and warnings' })
  @ApiOkResponse({ type: PageOf(AfgsuSessionResponse) })
  async list(@Query() q: AfgsuSessionQuery): Promise<Page<AfgsuSessionResponse>> {
    const [rows, total] = await this.sessions.list(q);
    return toPage(q, rows, total);
  }

  @Post()
  @ApiOperation({ summary: 'Plan a session with a CESU (days and times; capacity); warnings when not 14 h (7 h) or outside 10–12' })
  @ApiCreatedResponse({ type: AfgsuSessionDetailResponse })
  create(@Body() body: CreateAfgsuSessionRequest): Promise<AfgsuSessionDetailResponse> {
    return this.sessions.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A session and its participants' })
  @ApiOkResponse({ type: AfgsuSessionDetailResponse })
  get(@Param('id', ParseId) id: string): Promise<AfgsuSessionDetailResponse> {
    return this.sessions.get(id);
  }

  @Post(':id/participants')
  @ApiOperation({ summary: 'Enrol a trainee (refused when already enrolled or when the session is full)' })
  @ApiCreatedResponse({ type: AfgsuSessionDetailResponse })
  async enrol(@Param('id', ParseId) id: string, @Body() body: EnrolParticipantRequest): Promise<AfgsuSessionDetailResponse> {
    return (await this.sessions.enrol(id, body.traineeId)).session;
  }

  @Delete(':id/participants/:traineeId')
  @ApiOperation({ summary: 'Withdraw a trainee from the session' })
  @ApiOkResponse({ type: AfgsuSessionDetailResponse })
  remove(@Param('id', ParseId) id: string, @Param('traineeId', ParseId) traineeId: string): Promise<AfgsuSessionDetailResponse> {
    return this.sessions.remove(id, traineeId);
  }

  @Put(':id/participants/:traineeId')
  @ApiOperation({ summary: 'Record whether a participant attended (from the first day of the session); audited' })
  @ApiOkResponse({ type: AfgsuSessionDetailResponse })
  attendance(
    @Param('id', ParseId) id: string,
    @Param('traineeId', ParseId) traineeId: string,
    @Body() body: ParticipantAttendanceRequest,
  ): Promise<AfgsuSessionDetailResponse> {
    return this.sessions.setAttendance(id, traineeId, body.attendance);
  }

  @Post(':id/attestations')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the CESU's attestations for the participants present (a refresher session extends validity)" })
  @ApiOkResponse({ type: IssueAttestationsResponse })
  issue(@Param('id', ParseId) id: string, @Body() body: IssueAttestationsRequest): Promise<IssueAttestationsResponse> {
    return this.sessions.issueAttestations(id, body.issuedOn, body.level);
  }
}

import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ParseId, Role, Roles } from '@app/platform';
import { fileNameHeader } from '@app/platform/files/upload';
import { AfgsuAttestationsService } from './afgsu-attestations.service';
import {
  AfgsuDayQuery,
  AfgsuGateQuery,
  AfgsuGateResponse,
  RecordAttestationRequest,
  RecordRefresherRequest,
  TraineeAfgsuResponse,
} from './dto/afgsu-attestation.dto';

@ApiTags('afgsu')
@Controller('trainees/:traineeId/afgsu')
@Roles(Role.SchoolAdmin, Role.Staff)
export class TraineeAfgsuController {
  constructor(private readonly attestations: AfgsuAttestationsService) {}

  @Get()
  @ApiOperation({ summary: "A trainee's AFGSU status on a day (today by default) and every attestation" })
  @ApiOkResponse({ type: TraineeAfgsuResponse })
  get(@Param('traineeId', ParseId) traineeId: string, @Query() q: AfgsuDayQuery): Promise<TraineeAfgsuResponse> {
    return this.attestations.describe(traineeId, q.date);
  }

  @Get('gate')
  @ApiOperation({ summary: 'Whether the AFGSU is valid on a date (the jury date): BC04 and certification need it' })
  @ApiOkResponse({ type: AfgsuGateResponse })
  gate(@Param('traineeId', ParseId) traineeId: string, @Query() q: AfgsuGateQuery): Promise<AfgsuGateResponse> {
    return this.attestations.validOn(traineeId, q.date);
  }

  @Post('attestations')
  @ApiOperation({ summary: 'Record an attestation: the full course (counts at once) or a prior one (counts once verified); audited' })
  @ApiOkResponse({ type: TraineeAfgsuResponse })
  record(@Param('traineeId', ParseId) traineeId: string, @Body() body: RecordAttestationRequest): Promise<TraineeAfgsuResponse> {
    return this.attestations.record(traineeId, body);
  }

  @Post('refreshers')
  @ApiOperation({ summary: 'Record a 7 h refresher taken before expiry: extends validity from the previous expiry (refused after it)' })
  @ApiOkResponse({ type: TraineeAfgsuResponse })
  refresher(@Param('traineeId', ParseId) traineeId: string, @Body() body: RecordRefresherRequest): Promise<TraineeAfgsuResponse> {
    return this.attestations.refresher(traineeId, body);
  }

  @Post('attestations/:id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Declare a prior attestation checked against its scan (it then counts); audited' })
  @ApiOkResponse({ type: TraineeAfgsuResponse })
  verify(@Param('traineeId', ParseId) traineeId: string, @Param('id', ParseId) id: string): Promise<TraineeAfgsuResponse> {
    return this.attestations.verify(traineeId, id);
  }

  @Put('attestations/:id/document')
  @ApiOperation({ summary: 'Attach the scanned attestation: raw PDF, JPEG or PNG body recognised from its bytes, streamed to storage' })
  @ApiConsumes('application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream')
  @ApiHeader({ name: 'x-file-name', required: false, description: 'The file name (URL-encoded)' })
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: TraineeAfgsuResponse })
  attach(
    @Param('traineeId', ParseId) traineeId: string,
    @Param('id', ParseId) id: string,
    @Headers('x-file-name') fileName: string | undefined,
    @Body() body: unknown, // the raw request stream (see http-setup)
  ): Promise<TraineeAfgsuResponse> {
    return this.attestations.attach(traineeId, id, fileNameHeader(fileName), body);
  }

  @Get('attestations/:id/document')
  @ApiOperation({ summary: 'The scanned attestation: inline preview (?inline=true) or attachment' })
  @ApiQuery({ name: 'inline', required: false, type: Boolean })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async document(
    @Param('traineeId', ParseId) traineeId: string,
    @Param('id', ParseId) id: string,
    @Query('inline') inline: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { type, body, disposition } = await this.attestations.file(traineeId, id, inline === 'true');
    void reply
      .header('content-type', type)
      .header('content-disposition', disposition)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return new StreamableFile(body);
  }
}

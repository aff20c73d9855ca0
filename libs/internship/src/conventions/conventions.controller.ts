import { Controller, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Caller, CurrentCaller, ParseId, Role, Roles } from '@app/platform';
import { ConventionSendingService } from './convention-sending.service';
import { ConventionsService } from './conventions.service';
import { ConventionResponse, StartPlacementResponse } from './dto/convention.dto';
import { pdfReply } from './pdf-reply';
import { PlacementStartService } from './placement-start.service';

@ApiTags('internship')
@Controller()
@Roles(Role.SchoolAdmin, Role.Staff)
export class ConventionsController {
  constructor(
    private readonly conventions: ConventionsService,
    private readonly sending: ConventionSendingService,
    private readonly starts: PlacementStartService,
  ) {}

  @Get('placements/:id/conventions')
  @ApiOperation({ summary: 'Every version of a placement’s convention, newest first: status, parties, signatures, links sent' })
  @ApiOkResponse({ type: [ConventionResponse] })
  list(@Param('id', ParseId) id: string): Promise<ConventionResponse[]> {
    return this.conventions.list(id);
  }

  @Post('placements/:id/conventions')
  @ApiOperation({ summary: 'Prepare the convention (version 1, draft) from the school’s template; 409 when the placement has one' })
  @ApiCreatedResponse({ type: ConventionResponse })
  create(@Param('id', ParseId) id: string): Promise<ConventionResponse> {
    return this.conventions.create(id);
  }

  @Post('placements/:id/start')
  @ApiOperation({ summary: 'Record the placement’s start: 409 without a signed convention in force, or outside its dates' })
  @ApiCreatedResponse({ type: StartPlacementResponse })
  start(@Param('id', ParseId) id: string, @CurrentCaller() caller: Caller): Promise<StartPlacementResponse> {
    return this.starts.start(id, caller);
  }

  @Post('conventions/:id/refresh')
  @ApiOperation({
    summary: 'Prepare the content again from the placement (409 once signed); back to draft, earlier signatures stop counting',
  })
  @ApiCreatedResponse({ type: ConventionResponse })
  refresh(@Param('id', ParseId) id: string): Promise<ConventionResponse> {
    return this.conventions.refresh(id);
  }

  @Post('conventions/:id/send')
  @ApiOperation({
    summary: 'Render the PDF and e-mail one signature link per party not signed yet (replacing earlier links); 409 once signed',
  })
  @ApiCreatedResponse({ type: ConventionResponse })
  send(@Param('id', ParseId) id: string): Promise<ConventionResponse> {
    return this.sending.send(id);
  }

  @Post('conventions/:id/amendments')
  @ApiOperation({ summary: 'Make an avenant to a signed convention: a new draft version, signed again by every party' })
  @ApiCreatedResponse({ type: ConventionResponse })
  amend(@Param('id', ParseId) id: string): Promise<ConventionResponse> {
    return this.conventions.amend(id);
  }

  @Get('conventions/:id/pdf')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainee)
  @ApiOperation({ summary: 'The signed PDF once signed, else the last PDF sent (staff; the trainee for their own placement)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(
    @Param('id', ParseId) id: string,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return pdfReply(reply, await this.conventions.pdf(id, caller));
  }
}

import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Caller, CurrentCaller, ParseId, Role, Roles } from '@app/platform';
import { DataExport, DataExportService } from './data-export.service';

function send(reply: FastifyReply, { fileName, body }: DataExport): StreamableFile {
  void reply
    .header('content-type', 'application/zip')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  return new StreamableFile(body);
}

@ApiTags('records')
@Controller()
export class DataExportController {
  constructor(private readonly exports: DataExportService) {}

  @Get('me/data-export')
  @Roles(Role.Trainee)
  @ApiOperation({ summary: 'All my data (RGPD): donnees.json and my documents, as a ZIP' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async mine(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return send(reply, await this.exports.mine(caller));
  }

  @Get('trainees/:id/data-export')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: 'All the data of a trainee (RGPD request), as a ZIP; audited' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async forTrainee(
    @Param('id', ParseId) id: string,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, await this.exports.forTrainee(id, caller));
  }
}

import { Body, Controller, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ParseId, Role, Roles } from '@app/platform';
import { DocumentsService } from './documents.service';
import { DocumentBatchResponse, RequestDocumentsRequest } from './dto/document.dto';

@ApiTags('assessment')
@Controller('documents')
@Roles(Role.SchoolAdmin, Role.Staff)
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('batches')
  @ApiOperation({
    summary: 'Generate documents (PV de jury, attestations, certificats de réalisation) for a jury or a cohort, by the worker',
  })
  @ApiCreatedResponse({ type: DocumentBatchResponse })
  request(@Body() body: RequestDocumentsRequest): Promise<DocumentBatchResponse> {
    return this.documents.request(body);
  }

  @Get('batches/:id')
  @ApiOperation({ summary: 'Progress of a batch: each document pending, done or failed' })
  @ApiOkResponse({ type: DocumentBatchResponse })
  batch(@Param('id', ParseId) id: string): Promise<DocumentBatchResponse> {
    return this.documents.batch(id);
  }

  @Get(':id/file')
  @ApiOperation({ summary: 'A generated PDF (attachment)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async file(@Param('id', ParseId) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { body, fileName } = await this.documents.file(id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return new StreamableFile(body);
  }
}

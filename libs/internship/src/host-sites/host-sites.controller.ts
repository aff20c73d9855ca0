import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Page, PageOf, ParseId, Role, Roles, toPage } from '@app/platform';
import {
  CreateHostSiteRequest,
  HostSiteListItemResponse,
  HostSiteQuery,
  HostSiteResponse,
  UpdateHostSiteRequest,
} from './dto/host-site.dto';
import { HostSitesService } from './host-sites.service';
import { HostSitesImportService } from './host-sites-import.service';
import { HostSiteImportQuery, HostSiteImportResponse } from './dto/host-site-import.dto';

@ApiTags('internship')
@Controller('host-sites')
@Roles(Role.SchoolAdmin, Role.Staff)
export class HostSitesController {
  constructor(
    private readonly sites: HostSitesService,
    private readonly imports: HostSitesImportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The directory of host sites: search by name, city or postal code, filter by kind' })
  @ApiOkResponse({ type: PageOf(HostSiteListItemResponse) })
  async list(@Query() q: HostSiteQuery): Promise<Page<HostSiteListItemResponse>> {
    const [rows, total] = await this.sites.list(q);
    return toPage(q, rows, total);
  }

  @Get('export')
  @ApiOperation({ summary: 'The directory as a CSV file (UTF-8, « ; »), with the same filters' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async export(@Query() q: HostSiteQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const csv = await this.sites.exportCsv(q);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="lieux-de-stage.csv"')
      .header('cache-control', 'private, no-store');
    return csv;
  }

  @Post('import')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Import host sites from a CSV file (the export’s columns, « ; » or « , », UTF-8 or Windows-1252): a line matching a site (SIRET, or name and postal code) updates it, the others are created; any bad line imports nothing (400, errors per line); dryRun previews; audited',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: HostSiteImportResponse })
  import(@Query() q: HostSiteImportQuery, @Body() body: Buffer): Promise<HostSiteImportResponse> {
    return this.imports.importCsv(body, q.dryRun ?? false);
  }

  @Post()
  @ApiOperation({ summary: 'Add a host site (SIRET checked); audited' })
  @ApiCreatedResponse({ type: HostSiteResponse })
  create(@Body() body: CreateHostSiteRequest): Promise<HostSiteResponse> {
    return this.sites.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One host site' })
  @ApiOkResponse({ type: HostSiteResponse })
  get(@Param('id', ParseId) id: string): Promise<HostSiteResponse> {
    return this.sites.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a host site; audited' })
  @ApiOkResponse({ type: HostSiteResponse })
  update(@Param('id', ParseId) id: string, @Body() body: UpdateHostSiteRequest): Promise<HostSiteResponse> {
    return this.sites.update(id, body);
  }
}

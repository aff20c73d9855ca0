import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '../accounts/role';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller } from '../auth/caller';
import { Db } from '../database/db.service';
import { Page, PageOf, toPage } from '../http/pagination';
import { AuditEventRepository } from './audit-event.repository';
import { AuditEventQuery, AuditEventResponse } from './dto/audit-event.dto';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(
    private readonly db: Db,
    private readonly events: AuditEventRepository,
  ) {}

  @Get()
  @Roles(Role.SchoolAdmin, Role.PlatformAdmin)
  @ApiOperation({ summary: "Read the audit trail (the caller's school; every school for the platform administrator)" })
  @ApiOkResponse({ type: PageOf(AuditEventResponse) })
  async list(@CurrentCaller() caller: Caller, @Query() query: AuditEventQuery): Promise<Page<AuditEventResponse>> {
    const [rows, total] = await this.events.findPage(this.db.forCaller(caller), query);
    return toPage(query, rows.map(AuditEventResponse.from), total);
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Brackets } from 'typeorm';
import { Role } from '../accounts/role';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller } from '../auth/caller';
import { AppConfig } from '../config/app-config';
import { Db } from '../database/db.service';
import { notFound } from '../http/app-error';
import { ParseId } from '../http/parse-id.pipe';
import { Page, PageOf, toPage } from '../http/pagination';
import { OutboxMessageDetailResponse, OutboxMessageResponse, OutboxQuery } from './dto/outbox-message.dto';
import { redactOneTimeLinks } from './one-time-links';
import { OutboxMessage } from './outbox-message.entity';

@ApiTags('outbox')
@Controller('outbox')
@Roles(Role.SchoolAdmin, Role.PlatformAdmin)
export class OutboxController {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List the e-mails the product sent (or holds in the outbox)' })
  @ApiOkResponse({ type: PageOf(OutboxMessageResponse) })
  async list(@CurrentCaller() caller: Caller, @Query() q: OutboxQuery): Promise<Page<OutboxMessageResponse>> {
    const qb = this.db.forCaller(caller).createQueryBuilder(OutboxMessage, 'm');
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(new Brackets((w) => w.where('m.to ILIKE :like', { like }).orWhere('m.subject ILIKE :like', { like })));
    }
    const [rows, total] = await qb
      .orderBy('m.created_at', q.direction)
      .addOrderBy('m.id', q.direction)
      .skip(q.skip)
      .take(q.pageSize)
      .getManyAndCount();
    return toPage(q, rows.map(OutboxMessageResponse.from), total);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One e-mail with its body' })
  @ApiOkResponse({ type: OutboxMessageDetailResponse })
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string): Promise<OutboxMessageDetailResponse> {
    const message = await this.db.forCaller(caller).findOneBy(OutboxMessage, { id });
    if (!message) throw notFound('Message');
    const detail = OutboxMessageDetailResponse.from(message);
    // With real e-mail, the recipient holds the link; the copy kept here must not open their account.
    // With the outbox driver nothing leaves the product, and this page is how links are delivered.
    if (this.config.MAIL_DRIVER === 'smtp') {
      detail.text = redactOneTimeLinks(detail.text);
      detail.html = detail.html && redactOneTimeLinks(detail.html);
    }
    return detail;
  }
}

import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseId, Role, Roles } from '@app/platform';
import { NotificationOverviewItem, NotificationOverviewPage, NotificationsQuery } from './dto/notification-overview.dto';
import { NotificationOverviewService } from './notification-overview.service';
import { NotificationRetryService } from './notification-retry.service';

@ApiTags('notifications')
@Controller('notifications')
@Roles(Role.SchoolAdmin, Role.Staff)
export class NotificationsController {
  constructor(
    private readonly overview: NotificationOverviewService,
    private readonly retries: NotificationRetryService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The school’s reminders: sent, scheduled, failed, cancelled, with counts per status' })
  @ApiOkResponse({ type: NotificationOverviewPage })
  list(@Query() q: NotificationsQuery): Promise<NotificationOverviewPage> {
    return this.overview.list(q);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed (or stuck) notification again; 409 when it was sent, cancelled or is not due yet' })
  @ApiOkResponse({ type: NotificationOverviewItem })
  retry(@Param('id', ParseId) id: string): Promise<NotificationOverviewItem> {
    return this.retries.retry(id);
  }
}

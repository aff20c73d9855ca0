import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, ParseId, Roles, SCHOOL_ROLES } from '@app/platform';
import { MyNotificationPage, MyNotificationResponse, MyNotificationsQuery, UnreadCountResponse } from './dto/my-notification.dto';
import { MyNotificationsService } from './my-notifications.service';

@ApiTags('me')
@Controller('me/notifications')
@Roles(...SCHOOL_ROLES)
export class MyNotificationsController {
  constructor(private readonly notifications: MyNotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My notification centre: my in-app notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: MyNotificationPage })
  list(@CurrentCaller() caller: Caller, @Query() q: MyNotificationsQuery): Promise<MyNotificationPage> {
    return this.notifications.list(caller, q);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: UnreadCountResponse })
  async readAll(@CurrentCaller() caller: Caller): Promise<UnreadCountResponse> {
    await this.notifications.readAll(caller);
    return { unreadCount: await this.notifications.unreadCount(caller) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiOkResponse({ type: MyNotificationResponse })
  read(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string): Promise<MyNotificationResponse> {
    return this.notifications.read(caller, id);
  }
}

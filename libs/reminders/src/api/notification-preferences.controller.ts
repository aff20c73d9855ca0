import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles, SCHOOL_ROLES } from '@app/platform';
import { NotificationPreferenceResponse, UpdateNotificationPreferencesRequest } from './dto/notification-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('me')
@Controller('me/notification-preferences')
@Roles(...SCHOOL_ROLES)
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @ApiOperation({ summary: 'The reminders my role receives: when each comes, whether it is mandatory and whether I muted it' })
  @ApiOkResponse({ type: [NotificationPreferenceResponse] })
  async get(@CurrentCaller() caller: Caller): Promise<NotificationPreferenceResponse[]> {
    return (await this.preferences.get(caller)).map((l) => ({ ...l, channels: [...l.channels] }));
  }

  @Put()
  @ApiOperation({ summary: 'Mute optional reminders (a mandatory one in the list refuses the change with a 400)' })
  @ApiOkResponse({ type: [NotificationPreferenceResponse] })
  async update(
    @CurrentCaller() caller: Caller,
    @Body() body: UpdateNotificationPreferencesRequest,
  ): Promise<NotificationPreferenceResponse[]> {
    return (await this.preferences.update(caller, body.mutedKinds)).map((l) => ({ ...l, channels: [...l.channels] }));
  }
}

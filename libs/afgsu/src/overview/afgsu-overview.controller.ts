import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/platform';
import { AfgsuOverviewService } from './afgsu-overview.service';
import { AfgsuOverviewQuery, AfgsuOverviewResponse, AfgsuReminderResponse, AfgsuRemindersQuery } from './dto/afgsu-overview.dto';

@ApiTags('afgsu')
@Controller('afgsu')
@Roles(Role.SchoolAdmin, Role.Staff)
export class AfgsuOverviewController {
  constructor(private readonly overview: AfgsuOverviewService) {}

  @Get('overview')
  @ApiOperation({
    summary: "Every active trainee's AFGSU status on a day (today by default; filter by cohort and status), with counts per status",
  })
  @ApiOkResponse({ type: AfgsuOverviewResponse })
  list(@Query() q: AfgsuOverviewQuery): Promise<AfgsuOverviewResponse> {
    return this.overview.overview(q, q.date);
  }

  @Get('reminders')
  @ApiOperation({ summary: 'AFGSU reminders due in a period: expiring in 90 and 30 days, expired, session tomorrow' })
  @ApiOkResponse({ type: [AfgsuReminderResponse] })
  reminders(@Query() q: AfgsuRemindersQuery): Promise<AfgsuReminderResponse[]> {
    return this.overview.reminders(q.from, q.to);
  }
}

import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/platform';
import { ICalFeedService } from './ical-feed.service';

const token = (file: string) => file.replace(/\.ics$/, '');

/** Calendar subscriptions: the URL is the secret (regenerate the cohort's or trainee's token to revoke it). */
@ApiTags('timetable')
@Controller('ical')
@Public()
export class ICalFeedController {
  constructor(private readonly feeds: ICalFeedService) {}

  @Get('cohorts/:file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({ summary: "A cohort's timetable as an iCalendar feed (tokenised URL)" })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' } })
  cohort(@Param('file') file: string): Promise<string> {
    return this.feeds.render('cohorts', token(file));
  }

  @Get('trainees/:file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({ summary: "A trainee's own timetable as an iCalendar feed (tokenised URL)" })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' } })
  trainee(@Param('file') file: string): Promise<string> {
    return this.feeds.render('trainees', token(file));
  }
}

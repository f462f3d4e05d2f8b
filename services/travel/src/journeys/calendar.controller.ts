import { Controller, Get, Param, Res } from '@nestjs/common';
import { DomainError } from '@carta/domain';
import { Public } from '@carta/service-kit';
import { Response } from 'express';
import { CALENDAR_CONTENT_TYPE, CalendarService } from './calendar.service';

/**
 * `GET /calendars/<token>.ics`, reached through the gateway's `/calendars/travel/<token>.ics` on the
 * public origin: what a family's calendar app polls.
 */
// The token in the path is the capability (calendar apps send no credentials): no forwarded identity.
@Public()
@Controller('calendars')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Get(':file')
  async get(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = /^(.+)\.ics$/.exec(file)?.[1];
    if (!token) throw new DomainError('NOT_FOUND', 'no such calendar');
    const text = await this.calendars.fetch(token);
    res
      .status(200)
      .set({
        'content-type': CALENDAR_CONTENT_TYPE,
        'content-disposition': 'inline; filename="treatment-timeline.ics"',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        // Always the current plan: nothing on the way may keep a stale one.
        'cache-control': 'no-store',
      })
      .send(text);
  }
}

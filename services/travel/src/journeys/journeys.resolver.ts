import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, DownloadLink, parseUuid, Roles } from '@carta/service-kit';
import { TreatmentTimeline } from '../timeline/treatment-timeline.rules';
import { CalendarService, CalendarSubscriptionView } from './calendar.service';
import { Journey } from './journey.entity';
import { parseArrivedOn, parseDelayDays, parseTimelinePreview } from './journeys.input';
import { JourneysService } from './journeys.service';
import type { TimelinePreviewInput } from '../generated/graphql';

@Resolver('Case')
export class CaseJourneyResolver {
  constructor(private readonly journeys: JourneysService) {}

  /** Only a reference: each field below checks access before returning data. */
  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveReference()
  resolveReference(reference: { id: string }): { id: string } {
    return { id: parseUuid(reference.id, 'id') };
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('journey')
  journey(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }): Promise<Journey | null> {
    return this.journeys.readable(identity, kase.id);
  }
}

@Resolver('Journey')
export class JourneysResolver {
  constructor(
    private readonly journeys: JourneysService,
    private readonly calendars: CalendarService,
  ) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('previewTreatmentTimeline')
  preview(@Args('input') input: TimelinePreviewInput): Promise<TreatmentTimeline> {
    return this.journeys.preview(parseTimelinePreview(input));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('treatmentCalendarDownload')
  calendarDownload(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string): Promise<DownloadLink> {
    return this.calendars.download(identity, parseUuid(caseId, 'caseId'));
  }

  @Roles('coordinator', 'admin')
  @Mutation('subscribeTreatmentCalendar')
  subscribe(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string): Promise<CalendarSubscriptionView> {
    return this.calendars.subscribe(identity, parseUuid(caseId, 'caseId'));
  }

  @Roles('coordinator', 'admin')
  @Mutation('revokeTreatmentCalendar')
  revoke(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string): Promise<boolean> {
    return this.calendars.revoke(identity, parseUuid(caseId, 'caseId'));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Mutation('reportManufacturingDelay')
  delay(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('days', { type: () => Int }) days: number): Promise<Journey> {
    return this.journeys.reportManufacturingDelay(identity, parseUuid(caseId, 'caseId'), parseDelayDays(days));
  }

  @Roles('coordinator', 'admin')
  @Mutation('recordArrival')
  arrival(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('arrivedOn') arrivedOn: string): Promise<Journey> {
    return this.journeys.recordArrival(identity, parseUuid(caseId, 'caseId'), parseArrivedOn(arrivedOn));
  }

  /** The parent journey was read with its access check; the calendar says no more than the timeline does. */
  @ResolveField('icalendar')
  icalendar(@Parent() journey: Journey): Promise<string> {
    return this.calendars.render(journey);
  }
}

@Resolver('TreatmentTimeline')
export class TreatmentTimelineResolver {
  /** Plans stored before flags existed have none. */
  @ResolveField('flags')
  flags(@Parent() timeline: TreatmentTimeline): string[] {
    return timeline.flags ?? [];
  }
}

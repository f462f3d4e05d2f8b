import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { Clock, CLOCK, CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { Inject } from '@nestjs/common';
import { timelineToICalendar } from '../timeline/icalendar.rules';
import { TreatmentTimeline } from '../timeline/treatment-timeline.rules';
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
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('previewTreatmentTimeline')
  preview(@Args('input') input: TimelinePreviewInput): TreatmentTimeline {
    return this.journeys.preview(parseTimelinePreview(input));
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

  @ResolveField('icalendar')
  icalendar(@Parent() journey: Journey): string {
    return timelineToICalendar({ caseId: journey.caseId, timeline: journey.timeline, revision: journey.revision, now: this.clock.now() });
  }
}

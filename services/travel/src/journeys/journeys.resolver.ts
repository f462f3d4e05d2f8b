import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { Clock, CLOCK, CurrentIdentity, isoDate, parseInput, parseUuid, Roles } from '@carta/service-kit';
import { Inject } from '@nestjs/common';
import { z } from 'zod';
import { timelineToICalendar } from '../timeline/icalendar';
import { DEFAULT_MONITORING_DAYS, planTimeline, TreatmentTimeline } from '../timeline/treatment-timeline';
import { Journey } from './journey.entity';
import { JourneysService } from './journeys.service';

const weeks = z
  .object({ min: z.number().int().min(1).max(26), max: z.number().int().min(1).max(26) })
  .refine((range) => range.min <= range.max, 'min must not exceed max');
const previewInput = z.object({
  productType: z.enum(['AUTOLOGOUS', 'ALLOGENEIC']),
  centreId: z.string().min(1),
  firstContactOn: isoDate,
  acceptedOn: isoDate,
  manufacturingWeeks: weeks.nullish(),
});

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
  preview(@Args('input') raw: unknown): TreatmentTimeline {
    const input = parseInput(previewInput, raw);
    // A preview knows no centre policy beyond the defaults: in-hospital monitoring throughout.
    return planTimeline({
      productType: input.productType,
      centrePolicy: { hotelMonitoringAfterDay14: false, monitoringDays: DEFAULT_MONITORING_DAYS },
      firstContactOn: input.firstContactOn,
      acceptedOn: input.acceptedOn,
      ...(input.manufacturingWeeks ? { manufacturingWeeks: input.manufacturingWeeks } : {}),
    });
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Mutation('reportManufacturingDelay')
  delay(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('days', { type: () => Int }) days: number): Promise<Journey> {
    return this.journeys.reportManufacturingDelay(identity, parseUuid(caseId, 'caseId'), days);
  }

  @Roles('coordinator', 'admin')
  @Mutation('recordArrival')
  arrival(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('arrivedOn') arrivedOn: string): Promise<Journey> {
    const date = parseInput(z.object({ arrivedOn: isoDate }), { arrivedOn }).arrivedOn;
    return this.journeys.recordArrival(identity, parseUuid(caseId, 'caseId'), date);
  }

  @ResolveField('plannedAt')
  plannedAt(@Parent() journey: Journey): string {
    return journey.plannedAt.toISOString();
  }

  @ResolveField('icalendar')
  icalendar(@Parent() journey: Journey): string {
    return timelineToICalendar({ caseId: journey.caseId, timeline: journey.timeline, revision: journey.revision, now: this.clock.now() });
  }
}

import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, CaseOpened, EventData, TrialClosed, TrialCriteriaChanged, TrialOpened, TrialRegistered, TrialUpdated } from '@carta/contracts';
import { dayOf } from '@carta/domain';
import { HandlerContext } from '@carta/messaging';
import { quotedTableOf } from '@carta/persistence';
import { EntityManager } from 'typeorm';
import { JourneysService } from '../journeys/journeys.service';
import { CaseOpening, TrialTerms } from './reference.entities';

/** Keeps travel's copies of trials and case openings current (centres: the shared centre directory); a journey waiting for one is planned. */
@Controller()
export class ReferenceConsumer {
  constructor(private readonly journeys: JourneysService) {}

  @EventPattern(TrialOpened.type)
  onTrialOpened(@Payload() event: CartaEvent<EventData<typeof TrialOpened>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return this.keepTrial(manager, event.data);
  }

  @EventPattern(TrialCriteriaChanged.type)
  onTrialChanged(@Payload() event: CartaEvent<EventData<typeof TrialCriteriaChanged>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return this.keepTrial(manager, event.data);
  }

  /** A registration, or a change to it (product type, manufacturing window), as the registry announces it. */
  @EventPattern(TrialRegistered.type)
  onTrialRegistered(@Payload() event: CartaEvent<EventData<typeof TrialRegistered>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return this.keepTrial(manager, event.data);
  }

  @EventPattern(TrialUpdated.type)
  onTrialUpdated(@Payload() event: CartaEvent<EventData<typeof TrialUpdated>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return this.keepTrial(manager, event.data);
  }

  @EventPattern(TrialClosed.type)
  onTrialClosed(@Payload() event: CartaEvent<EventData<typeof TrialClosed>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    // A closed trial still treats the patients it accepted: keep its terms.
    return this.keepTrial(manager, event.data);
  }

  /** Set-based (`batch`): a batch's openings in one statement, then a journey for each case already accepted (acceptance usually comes later). */
  @EventPattern(CaseOpened.type, { batch: true })
  async onCasesOpened(@Payload() events: CartaEvent<EventData<typeof CaseOpened>>[], @Ctx() { manager }: HandlerContext): Promise<void> {
    // The last opening of a case wins, as one upsert after the other would have it.
    const openedOn = new Map(events.map(({ data }) => [data.caseId, dayOf(new Date(data.openedAt))]));
    await manager.query(
      `INSERT INTO ${quotedTableOf(manager, CaseOpening)} ("case_id", "opened_on")
       SELECT * FROM unnest($1::uuid[], $2::date[]) ON CONFLICT ("case_id") DO UPDATE SET "opened_on" = EXCLUDED."opened_on"`,
      [[...openedOn.keys()], [...openedOn.values()]],
    );
    await this.journeys.planAllWhenReady(manager, [...openedOn.keys()]);
  }

  private async keepTrial(manager: EntityManager, trial: EventData<typeof TrialOpened>): Promise<void> {
    const principalInvestigators = Object.fromEntries(
      (trial.sites ?? []).flatMap((site) =>
        site.principalInvestigator ? [[site.centreId, { name: site.principalInvestigator.name, nameZh: site.principalInvestigator.nameZh }]] : [],
      ),
    );
    await manager.upsert(
      TrialTerms,
      { trialId: trial.trialId, productType: trial.productType, manufacturingWeeks: trial.manufacturingWeeks ?? null, principalInvestigators },
      ['trialId'],
    );
    await this.journeys.planWaitingFor(manager, trial.trialId);
  }
}

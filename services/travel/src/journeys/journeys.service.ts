import { isDeepStrictEqual } from 'node:util';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { hasRole, Identity } from '@carta/auth';
import { EventData, PatientArrived, PiDecisionRecorded, TreatmentTimelinePlanned } from '@carta/contracts';
import { dayOf, DomainError, notFound } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit, AuditAction } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { CentreDirectoryEntry } from '@carta/centre-directory';
import { Clock, CLOCK } from '@carta/service-kit';
import { DataSource, EntityManager, In } from 'typeorm';
import { LettersService } from '../letters/letters.service';
import { CaseOpening, TrialTerms } from '../reference/reference.entities';
import {
  DEFAULT_MONITORING_DAYS,
  defaultParty,
  PartyRoute,
  PlanFact,
  planTimeline,
  spanDays,
  TimelineInput,
  TreatmentTimeline,
} from '../timeline/treatment-timeline.rules';
import { Traveller } from '../travellers/traveller.entity';
import { DEFAULT_VISA_ROUTES, routeFor } from '../visas/visa-checks.rules';
import { VisaRouteRecord } from '../visas/visa.entities';
import { TimelinePreviewInput } from './journeys.input';
import { Acceptance, Journey } from './journey.entity';

function timelineInputOf(journey: Journey, party: PartyRoute[]): TimelineInput {
  return {
    party,
    productType: journey.productType,
    centrePolicy: { hotelMonitoringAfterDay14: journey.hotelMonitoringAfterDay14, monitoringDays: DEFAULT_MONITORING_DAYS },
    firstContactOn: journey.firstContactOn,
    acceptedOn: journey.acceptedOn,
    ...(journey.manufacturingWeeks ? { manufacturingWeeks: journey.manufacturingWeeks } : {}),
    facts: journey.facts,
  };
}

@Injectable()
export class JourneysService {
  private readonly logger = new Logger(JourneysService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    private readonly letters: LettersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A centre accepted the case: keep the acceptance, and plan the journey once its facts are known. */
  async onAccepted(manager: EntityManager, decision: EventData<typeof PiDecisionRecorded>): Promise<void> {
    const { caseId, centreId, trialId, referralId } = decision;
    const earlier = await manager.findOneBy(Acceptance, { caseId });
    if (earlier) return this.logger.warn(`case ${caseId} already travels to ${earlier.centreId}; the acceptance at ${centreId} is not planned again`);
    await manager.insert(Acceptance, { caseId, referralId, centreId, trialId, acceptedOn: dayOf(new Date(decision.decidedAt)) });
    await this.planWhenReady(manager, caseId);
  }

  /**
   * Plans the timeline and asks the centre's office for the invitation letter, once the acceptance,
   * the case's first contact and the trial's product are all known (they come on different streams,
   * in any order); called by each of their handlers, it does nothing until then, and only once.
   */
  async planWhenReady(manager: EntityManager, caseId: string): Promise<void> {
    // One after another: a transaction's connection runs one query at a time.
    const acceptance = await manager.findOneBy(Acceptance, { caseId });
    const opening = await manager.findOneBy(CaseOpening, { caseId });
    const existing = await manager.findOneBy(Journey, { caseId });
    if (!acceptance || !opening || existing) return;
    const { centreId, trialId, referralId, acceptedOn } = acceptance;
    const trial = await manager.findOneBy(TrialTerms, { trialId });
    const centre = await manager.findOneBy(CentreDirectoryEntry, { centreId });
    if (!trial) return;
    const journey = manager.create(Journey, {
      caseId,
      referralId,
      centreId,
      trialId,
      productType: trial.productType,
      manufacturingWeeks: trial.manufacturingWeeks,
      // Unknown policy until the centre's profile arrives: plan in hospital throughout, the longer stay.
      hotelMonitoringAfterDay14: centre?.hotelMonitoringAfterDay14 ?? false,
      firstContactOn: opening.openedOn,
      acceptedOn,
      facts: [],
      revision: 0,
    });
    await this.plan(manager, journey, `accepted by ${centreId} for ${trialId}`);
    await this.letters.request(manager, { caseId, centreId, trialId });
  }

  /** `planWhenReady` for several cases (in their order): one query finds those accepted, usually none yet; only they can be planned. */
  async planAllWhenReady(manager: EntityManager, caseIds: string[]): Promise<void> {
    const accepted = new Set((await manager.find(Acceptance, { where: { caseId: In(caseIds) }, select: { caseId: true } })).map(({ caseId }) => caseId));
    for (const caseId of caseIds) if (accepted.has(caseId)) await this.planWhenReady(manager, caseId);
  }

  /** A trial's terms arrived: plan the journeys that were waiting for them. */
  async planWaitingFor(manager: EntityManager, trialId: string): Promise<void> {
    const waiting = await manager
      .createQueryBuilder(Acceptance, 'acceptance')
      .leftJoin(Journey, 'journey', 'journey.caseId = acceptance.caseId')
      .where('acceptance.trialId = :trialId AND journey.caseId IS NULL', { trialId })
      .getMany();
    for (const acceptance of waiting) await this.planWhenReady(manager, acceptance.caseId);
  }

  /** A plan for a case not yet accepted: no centre policy beyond the defaults, so in-hospital monitoring throughout; the default visa route. */
  async preview(input: TimelinePreviewInput): Promise<TreatmentTimeline> {
    const routes = await this.dataSource.manager.find(VisaRouteRecord);
    return planTimeline({
      party: defaultParty(routes.length > 0 ? routes : DEFAULT_VISA_ROUTES),
      productType: input.productType,
      centrePolicy: { hotelMonitoringAfterDay14: false, monitoringDays: DEFAULT_MONITORING_DAYS },
      firstContactOn: input.firstContactOn,
      acceptedOn: input.acceptedOn,
      ...(input.manufacturingWeeks ? { manufacturingWeeks: input.manufacturingWeeks } : {}),
    });
  }

  /** A manufacturing delay moves everything after apheresis: the plan is made again with it. */
  reportManufacturingDelay(identity: Identity, caseId: string, days: number): Promise<Journey> {
    return this.change(identity, caseId, 'journey.manufacturing-delay', async (manager, journey) => {
      if (journey.productType !== 'AUTOLOGOUS') throw new DomainError('CONFLICT', 'an allogeneic product is not manufactured for the patient');
      await this.replan(manager, journey, { kind: 'MANUFACTURING_DELAY', days }, `manufacturing delayed by ${days} days`);
    });
  }

  /** The patient is at the centre: treatment begins (intake moves the case on). */
  recordArrival(identity: Identity, caseId: string, arrivedOn: string): Promise<Journey> {
    return this.change(identity, caseId, 'journey.arrival', async (manager, journey) => {
      if (journey.arrivedOn) throw new DomainError('CONFLICT', `the arrival was already recorded on ${journey.arrivedOn}`);
      if (arrivedOn < journey.acceptedOn)
        throw new DomainError('BAD_USER_INPUT', 'arrivedOn: the patient cannot arrive before the centre accepted the case', { field: 'arrivedOn' });
      journey.arrivedOn = arrivedOn;
      await manager.save(journey);
      await this.outbox.append(manager, PatientArrived, { caseId, centreId: journey.centreId, arrivedOn, recordedAt: this.clock.now().toISOString() });
    });
  }

  /** Used by visas: a granted or refused visa moves the plan; the fact joins the input and the plan is made again. */
  async replan(manager: EntityManager, journey: Journey, fact: PlanFact, reason: string): Promise<void> {
    journey.facts = [...journey.facts, fact];
    await this.plan(manager, journey, reason);
  }

  /**
   * Plans again from what travel knows now (a traveller's passport, and so their visa route, arrived
   * since the last plan); a new revision only when the plan actually changed.
   */
  async replanIfChanged(manager: EntityManager, caseId: string, reason: string): Promise<Journey | null> {
    const journey = await manager.findOne(Journey, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
    if (!journey) return null;
    const timeline = planTimeline(timelineInputOf(journey, await this.partyOf(manager, caseId)));
    // The stored plan comes back from jsonb with its keys reordered: compare values, not serialisations.
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(timeline)), journey.timeline)) await this.plan(manager, journey, reason);
    return journey;
  }

  /** The centre's office issued the letter: visa applications start from that day, so the plan is made again from it (once). */
  async onLetterIssued(manager: EntityManager, issued: { caseId: string; letterId: string; issuedAt: string }): Promise<void> {
    const journey = await manager.findOne(Journey, { where: { caseId: issued.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!journey || journey.facts.some((fact) => fact.kind === 'LETTER_ISSUED')) return;
    const day = dayOf(new Date(issued.issuedAt));
    const on = day < journey.acceptedOn ? journey.acceptedOn : day;
    await this.replan(manager, journey, { kind: 'LETTER_ISSUED', on, letterId: issued.letterId }, `invitation letter issued on ${on}`);
  }

  /** The journey a reader may see: coordinators and admins, or the office of the centre it goes to, with consent for travel data. */
  async readable(identity: Identity, caseId: string, manager: EntityManager = this.dataSource.manager): Promise<Journey | null> {
    const journey = await manager.findOneBy(Journey, { caseId });
    if (!journey) {
      await this.access.assertCanRead(identity, caseId, 'TRAVEL', manager);
      return null;
    }
    await this.access.assertCanReadCentreRecord(identity, journey, 'TRAVEL', manager);
    return journey;
  }

  /**
   * Who travels and on which visa route: the travellers as entered, each on the route the reference
   * data gives their passport; the patient on the default route until their passport is known.
   */
  async partyOf(manager: EntityManager, caseId: string): Promise<PartyRoute[]> {
    const travellers = await manager.find(Traveller, { where: { caseId } });
    const stored = await manager.find(VisaRouteRecord);
    const routes = stored.length > 0 ? stored : DEFAULT_VISA_ROUTES;
    const party = travellers.flatMap((traveller): PartyRoute[] => {
      try {
        const { category, processingDays, maxStayDays } = routeFor(routes, traveller.nationality, traveller.role);
        return [{ travellerId: traveller.id, role: traveller.role, category, processingDays, maxStayDays }];
      } catch {
        // No route for this passport: the visa application says so when it is opened; plan without it meanwhile.
        return [];
      }
    });
    return party.some((member) => member.role === 'PATIENT') ? party : [...defaultParty(routes), ...party];
  }

  private async plan(manager: EntityManager, journey: Journey, reason: string): Promise<void> {
    const timeline = planTimeline(timelineInputOf(journey, await this.partyOf(manager, journey.caseId)));
    const now = this.clock.now();
    Object.assign(journey, { timeline, revision: journey.revision + 1, plannedAt: now });
    await manager.save(journey);
    const manufacturing = timeline.milestones.find((milestone) => milestone.name === 'MANUFACTURING');
    await this.outbox.append(manager, TreatmentTimelinePlanned, {
      caseId: journey.caseId,
      revision: journey.revision,
      centreId: journey.centreId,
      trialId: journey.trialId,
      productType: journey.productType,
      milestones: timeline.milestones.map(({ name, start, end }) => ({ name, start, end })),
      infusion: timeline.infusion,
      firstContactToInfusionDays: timeline.firstContactToInfusionDays,
      manufacturingWaitDays: manufacturing ? spanDays(manufacturing) : null,
      monitoringDays: DEFAULT_MONITORING_DAYS,
      hotelMonitoringAfterDay14: journey.hotelMonitoringAfterDay14,
      reason,
      plannedAt: now.toISOString(),
    });
  }

  private change(
    identity: Identity,
    caseId: string,
    action: AuditAction,
    apply: (manager: EntityManager, journey: Journey) => Promise<void>,
  ): Promise<Journey> {
    return this.dataSource.transaction(async (manager) => {
      const journey = await manager.findOne(Journey, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
      if (!journey) throw notFound('journey (the case has not been accepted by a centre)');
      // The centre's office reports what happens at its centre (a delay); everything else is the case owner's.
      if (hasRole(identity, 'hospital_office')) await this.access.assertCanReadCentreRecord(identity, journey, 'TRAVEL', manager);
      else await this.access.assertCanWrite(identity, caseId, manager);
      await apply(manager, journey);
      await this.audit.record(manager, identity, action, { caseId });
      return journey;
    });
  }
}

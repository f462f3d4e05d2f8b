import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { VisaApplicationOpened, VisaApplicationStatusChanged } from '@carta/contracts';
import { DomainError, notFound, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit, statusAction } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK, idempotent } from '@carta/service-kit';
import { DataSource, EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { Journey } from '../journeys/journey.entity';
import { InvitationLetter } from '../letters/invitation-letter.entity';
import { JourneysService } from '../journeys/journeys.service';
import { plannedStay } from '../timeline/treatment-timeline.rules';
import { Traveller } from '../travellers/traveller.entity';
import { assertVisaTransition, checkVisaPlan, routeFor, VisaCheck } from './visa-checks.rules';
import { VisaApplication, VisaRouteRecord } from './visa.entities';
import { OpenVisaInput, VisaRouteInput, VisaStatusInput } from './visas.input';

export type VisaApplicationView = VisaApplication & { checks: VisaCheck[] };

/** Visa applications for the patient and each companion, checked the way a consulate checks them. */
@Injectable()
export class VisasService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    private readonly journeys: JourneysService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Opens an application in the category the route gives; the dates default to the timeline's arrival and discharge. */
  /** A repeat with the same idempotency key and input opens nothing and returns the first application. */
  open(identity: Identity, travellerId: string, input: OpenVisaInput, idempotencyKey?: string | null): Promise<VisaApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const traveller = await manager.findOneBy(Traveller, { id: travellerId });
      if (!traveller) throw notFound('traveller');
      await this.access.assertCanWrite(identity, traveller.caseId, manager);
      return idempotent(
        manager,
        { caller: identity.subject, operation: 'openVisaApplication', key: idempotencyKey, request: { travellerId, input } },
        () => this.insertApplication(manager, identity, traveller, input),
        { idOf: (view) => view.id, replay: async (id) => this.view(await manager.findOneByOrFail(VisaApplication, { id }), traveller) },
      );
    });
  }

  private async insertApplication(manager: EntityManager, identity: Identity, traveller: Traveller, input: OpenVisaInput): Promise<VisaApplicationView> {
    const travellerId = traveller.id;
    const pending = await manager.existsBy(VisaApplication, { travellerId, status: In(['PREPARING', 'SUBMITTED', 'GRANTED']) });
    if (pending) throw new DomainError('CONFLICT', 'this traveller already has an application that is not refused');
    const letter = await this.letterInHand(manager, traveller.caseId);
    // The plan hears of the letter through travel's own event; applying first must not wait for it.
    await this.journeys.onLetterIssued(manager, { caseId: letter.caseId, letterId: letter.id, issuedAt: letter.issuedAt!.toISOString() });
    // The traveller's passport picks their route: plan again if it is slower than what the plan assumed, so the dates below pass their own check.
    const journey = await this.journeys.replanIfChanged(manager, traveller.caseId, `visa route of the ${traveller.role.toLowerCase()} taken into account`);
    const stay = journey && plannedStay(journey.timeline);
    const plannedArrival = input.plannedArrival ?? stay?.arrival;
    const plannedDeparture = input.plannedDeparture ?? stay?.departure;
    if (!plannedArrival || !plannedDeparture)
      throw new DomainError('CONFLICT', 'the case has no treatment timeline yet: give plannedArrival and plannedDeparture');
    if (plannedDeparture <= plannedArrival)
      throw new DomainError('BAD_USER_INPUT', 'plannedDeparture: must be after the planned arrival', { field: 'plannedDeparture' });

    const routes = await manager.find(VisaRouteRecord);
    const { nationality, applicantRole, category, maxStayDays, processingDays, note } = routeFor(routes, traveller.nationality, traveller.role);
    const now = this.clock.now();
    const application = manager.create(VisaApplication, {
      id: randomUUID(),
      caseId: traveller.caseId,
      travellerId,
      applicantRole: traveller.role,
      route: { nationality, applicantRole, category, maxStayDays, processingDays, note },
      status: 'PREPARING',
      plannedArrival,
      plannedDeparture,
      submittedOn: null,
      decidedOn: null,
      validUntil: null,
      refusalReason: null,
      openedAt: now,
    });
    await manager.insert(VisaApplication, application);
    await this.audit.record(manager, identity, 'visa-application.open', { caseId: traveller.caseId, targetId: application.id });
    await this.outbox.append(manager, VisaApplicationOpened, {
      applicationId: application.id,
      caseId: traveller.caseId,
      applicantRole: traveller.role,
      category,
      plannedArrival,
      plannedDeparture,
      openedAt: now.toISOString(),
    });
    return this.view(application, traveller);
  }

  /** Submitted (only when no check would make the consulate refuse), then granted or refused. */
  changeStatus(identity: Identity, applicationId: string, input: VisaStatusInput): Promise<VisaApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(VisaApplication, { where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!application) throw notFound('visa application');
      await this.access.assertCanWrite(identity, application.caseId, manager);
      assertVisaTransition(application.status, input.status);
      const traveller = await manager.findOneByOrFail(Traveller, { id: application.travellerId });
      const from = application.status;
      if (input.status === 'SUBMITTED') {
        const blocking = this.checksOf(application, traveller, input.on).filter((check) => check.blocksSubmission);
        if (blocking.length > 0)
          throw new DomainError('CONFLICT', `not submitted: ${blocking.map((check) => check.reason).join('; ')}`, {
            checks: blocking.map((check) => check.check),
          });
        application.submittedOn = input.on;
      } else {
        if (input.on < application.submittedOn!) throw new DomainError('BAD_USER_INPUT', 'on: a decision cannot precede the submission', { field: 'on' });
        application.decidedOn = input.on;
        if (input.status === 'GRANTED') application.validUntil = input.validUntil;
        else application.refusalReason = input.reason;
      }
      application.status = input.status;
      await manager.save(application);
      await this.audit.record(manager, identity, statusAction('visa-application', input.status), { caseId: application.caseId, targetId: applicationId });
      await this.outbox.append(manager, VisaApplicationStatusChanged, {
        applicationId,
        caseId: application.caseId,
        applicantRole: application.applicantRole,
        from,
        to: input.status,
        ...(input.status === 'GRANTED' ? { validUntil: input.validUntil } : {}),
        changedAt: this.clock.now().toISOString(),
      });
      if (input.status !== 'SUBMITTED') await this.replanAfterDecision(manager, application, input);
      return this.view(application, traveller);
    });
  }

  async forCase(identity: Identity, caseId: string): Promise<VisaApplicationView[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanRead(identity, caseId, 'TRAVEL', manager);
      await this.audit.record(manager, identity, 'visa-application.read', { caseId });
      // One after another: a transaction's connection runs one query at a time.
      const applications = await manager.find(VisaApplication, { where: { caseId }, order: { openedAt: 'ASC' } });
      const travellers = await manager.find(Traveller, { where: { caseId } });
      return applications.map((application) =>
        this.view(
          application,
          travellers.find((traveller) => traveller.id === application.travellerId)!,
        ),
      );
    });
  }

  routes(): Promise<VisaRouteRecord[]> {
    return this.dataSource.manager.find(VisaRouteRecord, { order: { nationality: 'ASC', applicantRole: 'ASC' } });
  }

  /** Reference data, not code: consulates differ and change, so an admin keeps the table current. */
  setRoute(identity: Identity, route: VisaRouteInput): Promise<VisaRouteRecord> {
    return this.dataSource.transaction(async (manager) => {
      await manager.upsert(VisaRouteRecord, route, ['nationality', 'applicantRole']);
      await this.audit.record(manager, identity, 'visa-route.set', { targetId: `${route.nationality}/${route.applicantRole}` });
      return manager.findOneByOrFail(VisaRouteRecord, { nationality: route.nationality, applicantRole: route.applicantRole });
    });
  }

  /**
   * The consulate's decision moves the plan (docs/domain.md, "Planning around the visa"): a grant
   * frees that traveller from processing, a refused patient re-applies, a refused companion no longer
   * holds the journey back (the plan flags it).
   */
  private async replanAfterDecision(
    manager: EntityManager,
    application: VisaApplication,
    decision: Extract<VisaStatusInput, { status: 'GRANTED' | 'REFUSED' }>,
  ): Promise<void> {
    const journey = await manager.findOne(Journey, { where: { caseId: application.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!journey || decision.on < journey.acceptedOn) return;
    const who = { role: application.applicantRole, travellerId: application.travellerId };
    const role = application.applicantRole.toLowerCase();
    if (decision.status === 'GRANTED')
      await this.journeys.replan(
        manager,
        journey,
        { kind: 'VISA_GRANTED', on: decision.on, validUntil: decision.validUntil, ...who },
        `${role} visa granted on ${decision.on}, valid to ${decision.validUntil}`,
      );
    else await this.journeys.replan(manager, journey, { kind: 'VISA_REFUSED', on: decision.on, ...who }, `${role} visa refused on ${decision.on}`);
  }

  /** A consulate takes an application only with the centre's invitation letter: issued, and valid today. */
  private async letterInHand(manager: EntityManager, caseId: string): Promise<InvitationLetter> {
    const today = todayOf(this.clock);
    const valid = await manager.findOne(InvitationLetter, {
      where: { caseId, status: 'ISSUED', validUntil: MoreThanOrEqual(today) },
      order: { issuedAt: 'ASC' },
    });
    if (valid) return valid;
    const letters = await manager.find(InvitationLetter, { where: { caseId }, order: { requestedAt: 'DESC' } });
    const latest = letters[0];
    const missing = !latest
      ? 'the case has no invitation letter yet (it is requested when a centre accepts the case)'
      : latest.status === 'ISSUED'
        ? `the invitation letter expired on ${latest.validUntil}: request a new one`
        : `the invitation letter requested from ${latest.centreId} has not been issued yet`;
    throw new DomainError('CONFLICT', `a visa application needs an issued, valid invitation letter: ${missing}`, { missing: 'invitationLetter' });
  }

  /** Checked against the traveller's passport as it is now: a renewal shows at once. */
  private checksOf(application: VisaApplication, traveller: Traveller, applyOn: string): VisaCheck[] {
    return checkVisaPlan(
      {
        passportExpiry: traveller.passportExpiry,
        applyOn,
        plannedArrival: application.plannedArrival,
        plannedDeparture: application.plannedDeparture,
        ...(application.validUntil ? { visaValidUntil: application.validUntil } : {}),
      },
      application.route,
    );
  }

  private view(application: VisaApplication, traveller: Traveller): VisaApplicationView {
    return Object.assign(application, { checks: this.checksOf(application, traveller, application.submittedOn ?? todayOf(this.clock)) });
  }
}

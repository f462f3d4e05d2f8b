import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { VisaApplicationOpened, VisaApplicationStatusChanged } from '@carta/contracts';
import { DomainError, notFound, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit, statusAction } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK } from '@carta/service-kit';
import { DataSource, EntityManager, In } from 'typeorm';
import { Journey } from '../journeys/journey.entity';
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
  open(identity: Identity, travellerId: string, input: OpenVisaInput): Promise<VisaApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const traveller = await manager.findOneBy(Traveller, { id: travellerId });
      if (!traveller) throw notFound('traveller');
      await this.access.assertCanWrite(identity, traveller.caseId, manager);
      const pending = await manager.existsBy(VisaApplication, { travellerId, status: In(['PREPARING', 'SUBMITTED', 'GRANTED']) });
      if (pending) throw new DomainError('CONFLICT', 'this traveller already has an application that is not refused');
      const journey = await manager.findOneBy(Journey, { caseId: traveller.caseId });
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
    });
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
      // Without the patient there is no journey: the plan moves to a new application.
      if (input.status === 'REFUSED' && application.applicantRole === 'PATIENT') await this.replanAfterRefusal(manager, application.caseId, input.on);
      return this.view(application, traveller);
    });
  }

  async forCase(identity: Identity, caseId: string): Promise<VisaApplicationView[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanRead(identity, caseId, 'TRAVEL', manager);
      await this.audit.record(manager, identity, 'visa-application.read', { caseId });
      const [applications, travellers] = await Promise.all([
        manager.find(VisaApplication, { where: { caseId }, order: { openedAt: 'ASC' } }),
        manager.find(Traveller, { where: { caseId } }),
      ]);
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

  private async replanAfterRefusal(manager: EntityManager, caseId: string, refusedOn: string): Promise<void> {
    const journey = await manager.findOne(Journey, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
    if (journey && refusedOn >= journey.acceptedOn)
      await this.journeys.replan(manager, journey, { kind: 'VISA_REFUSED', on: refusedOn }, `patient visa refused on ${refusedOn}`);
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

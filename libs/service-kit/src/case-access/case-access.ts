import { Controller, Injectable, Module } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Identity } from '@carta/auth';
import { CartaEvent, CaseOpened, ConsentGranted, ConsentWithdrawn, CoordinatorAssigned, DataCategory, EventData, ReferralSubmitted } from '@carta/contracts';
import { canDownloadDocuments, canReadCase, canReadCentreRecord, canSeeFinances, canWriteCase, CaseAccessFacts, DomainError } from '@carta/domain';
import { HandlerContext } from '@carta/messaging';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Audit, AuditAbout } from '../audit/audit';
import { AuditAction } from '../audit/audit-catalogue';
import { CaseAssignment, CaseConsent, CaseReferral } from './case-access.entities';

/** Object-level access to a case, enforced by every subgraph that serves case data; every refusal is audited. */
@Injectable()
export class CaseAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
  ) {}

  async facts(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseAccessFacts> {
    // One after another: a transaction's connection runs one query at a time.
    const assignment = await manager.findOneBy(CaseAssignment, { caseId });
    const referrals = await manager.find(CaseReferral, { where: { caseId } });
    const consents = await manager.find(CaseConsent, { where: { caseId, withdrawnAt: IsNull() } });
    return {
      coordinatorId: assignment?.coordinatorId,
      referredCentreIds: referrals.map((referral) => referral.centreId),
      consents: consents.map((consent) => ({ centreId: consent.centreId, categories: consent.categories as DataCategory[] })),
    };
  }

  /** For filtering lists (an office's inbox): a quiet yes/no, not a refused attempt. */
  async mayRead(identity: Identity, caseId: string, category: DataCategory = 'CLINICAL_SUMMARY', manager?: EntityManager): Promise<boolean> {
    return canReadCase(identity, await this.facts(caseId, manager), category);
  }

  async assertCanRead(identity: Identity, caseId: string, category: DataCategory = 'CLINICAL_SUMMARY', manager?: EntityManager): Promise<void> {
    if (!canReadCase(identity, await this.facts(caseId, manager), category))
      await this.refuse(identity, 'case-data.read', { caseId, targetId: category }, manager, 'this case is not shared with you');
  }

  async assertCanReadCentreRecord(
    identity: Identity,
    record: { caseId: string; centreId: string },
    category: DataCategory,
    manager?: EntityManager,
  ): Promise<void> {
    if (!canReadCentreRecord(identity, await this.facts(record.caseId, manager), record.centreId, category)) {
      await this.refuse(identity, 'centre-record.read', { caseId: record.caseId, targetId: record.centreId }, manager, 'this case is not shared with you');
    }
  }

  /** Writes on a case: its assigned coordinator and admins (canWriteCase). */
  async assertCanWrite(identity: Identity, caseId: string, manager?: EntityManager): Promise<void> {
    if (!canWriteCase(identity, await this.facts(caseId, manager)))
      await this.refuse(identity, 'case.write', { caseId }, manager, 'only the case’s assigned coordinator or an admin may change it');
  }

  async assertCanDownload(identity: Identity, caseId: string, manager?: EntityManager): Promise<void> {
    if (!canDownloadDocuments(identity, await this.facts(caseId, manager)))
      await this.refuse(identity, 'documents.fetch', { caseId }, manager, "you may not fetch this case's documents");
  }

  async assertCanSeeFinances(identity: Identity, caseId: string, manager?: EntityManager): Promise<void> {
    if (!canSeeFinances(identity, await this.facts(caseId, manager)))
      await this.refuse(identity, 'finances.read', { caseId }, manager, "this case's finances are not shared with you");
  }

  /** Records the refusal in its own transaction (the caller's rolls back), then refuses. */
  private async refuse(identity: Identity, action: AuditAction, about: AuditAbout, manager: EntityManager | undefined, message: string): Promise<never> {
    await this.audit.recordDenial(identity, action, about, manager);
    throw new DomainError('FORBIDDEN', message);
  }
}

/**
 * Records who runs a case, unless a later assignment is already known: events can arrive after
 * intake's own direct write (or after each other, on redelivery), and the newest must win.
 */
export async function recordAssignment(manager: EntityManager, assignment: { caseId: string; coordinatorId: string; assignedAt: Date }): Promise<void> {
  const table = manager.connection
    .getMetadata(CaseAssignment)
    .tablePath.split('.')
    .map((part) => `"${part}"`)
    .join('.');
  await manager.query(
    `INSERT INTO ${table} ("case_id", "coordinator_id", "assigned_at") VALUES ($1, $2, $3)
     ON CONFLICT ("case_id") DO UPDATE SET "coordinator_id" = EXCLUDED."coordinator_id", "assigned_at" = EXCLUDED."assigned_at"
     WHERE ${table}."assigned_at" < EXCLUDED."assigned_at"`,
    [assignment.caseId, assignment.coordinatorId, assignment.assignedAt],
  );
}

/** Keeps the projections current from intake's and eligibility's events. */
@Controller()
export class CaseAccessConsumer {
  @EventPattern(CaseOpened.type)
  async onCaseOpened(@Payload() event: CartaEvent<EventData<typeof CaseOpened>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await recordAssignment(manager, { caseId: event.data.caseId, coordinatorId: event.data.coordinatorId, assignedAt: new Date(event.data.openedAt) });
  }

  @EventPattern(CoordinatorAssigned.type)
  async onCoordinatorAssigned(@Payload() event: CartaEvent<EventData<typeof CoordinatorAssigned>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await recordAssignment(manager, { caseId: event.data.caseId, coordinatorId: event.data.coordinatorId, assignedAt: new Date(event.data.assignedAt) });
  }

  @EventPattern(ReferralSubmitted.type)
  async onReferralSubmitted(@Payload() event: CartaEvent<EventData<typeof ReferralSubmitted>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { caseId, centreId, referralId, submittedAt } = event.data;
    await manager.upsert(CaseReferral, { caseId, centreId, referralId, submittedAt: new Date(submittedAt) }, ['caseId', 'centreId']);
  }

  @EventPattern(ConsentGranted.type)
  async onConsentGranted(@Payload() event: CartaEvent<EventData<typeof ConsentGranted>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { consentId, caseId, centreId, categories } = event.data;
    // A withdrawal that overtook its grant wins: never re-open a withdrawn consent.
    await manager.createQueryBuilder().insert().into(CaseConsent).values({ consentId, caseId, centreId, categories, withdrawnAt: null }).orIgnore().execute();
  }

  @EventPattern(ConsentWithdrawn.type)
  async onConsentWithdrawn(@Payload() event: CartaEvent<EventData<typeof ConsentWithdrawn>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { consentId, caseId, centreId, withdrawnAt } = event.data;
    await manager.upsert(CaseConsent, { consentId, caseId, centreId, categories: [], withdrawnAt: new Date(withdrawnAt) }, ['consentId']);
  }
}

/** Import into a service that serves case data: it keeps the access projections and provides CaseAccess. */
@Module({ controllers: [CaseAccessConsumer], providers: [CaseAccess], exports: [CaseAccess] })
export class CaseAccessModule {}

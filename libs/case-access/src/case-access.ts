import { Controller, Injectable, Module } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Identity } from '@carta/auth';
import { CartaEvent, CaseOpened, ConsentGranted, ConsentWithdrawn, CoordinatorAssigned, DataCategory, EventData, ReferralSubmitted } from '@carta/contracts';
import { Audit, AuditAbout, AuditAction } from '@carta/audit';
import { canDownloadDocuments, canReadCase, canReadCentreRecord, canSeeFinances, canWriteCase, CaseAccessFacts, DomainError } from '@carta/domain';
import { HandlerContext } from '@carta/messaging';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { quotedTableOf } from '@carta/persistence';
import { CaseAssignment, CaseConsent, CaseReferral } from './case-access.entities';

/** Object-level access to a case, enforced by every subgraph that serves case data; every refusal is audited. */
@Injectable()
export class CaseAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
  ) {}

  async facts(caseId: string, manager?: EntityManager): Promise<CaseAccessFacts> {
    return (await this.factsOf([caseId], manager)).get(caseId)!;
  }

  /** The facts of many cases at once: three `IN` queries, however many cases (cases with none get empty facts). */
  async factsOf(caseIds: Iterable<string>, manager: EntityManager = this.dataSource.manager): Promise<Map<string, CaseAccessFacts>> {
    const ids = [...new Set(caseIds)];
    const facts = new Map<string, CaseAccessFacts>(ids.map((caseId) => [caseId, { referredCentreIds: [], consents: [] }]));
    if (ids.length === 0) return facts;
    // One after another: a transaction's connection runs one query at a time.
    const assignments = await manager.find(CaseAssignment, { where: { caseId: In(ids) } });
    const referrals = await manager.find(CaseReferral, { where: { caseId: In(ids) } });
    const consents = await manager.find(CaseConsent, { where: { caseId: In(ids), withdrawnAt: IsNull() } });
    for (const assignment of assignments) facts.get(assignment.caseId)!.coordinatorId = assignment.coordinatorId;
    for (const referral of referrals) facts.get(referral.caseId)!.referredCentreIds.push(referral.centreId);
    for (const consent of consents) facts.get(consent.caseId)!.consents.push({ centreId: consent.centreId, categories: consent.categories as DataCategory[] });
    return facts;
  }

  /** For filtering lists (an office's inbox) in one go: the cases of `caseIds` the identity may read, quietly. */
  async visibleCases(
    identity: Identity,
    caseIds: Iterable<string>,
    category: DataCategory = 'CLINICAL_SUMMARY',
    manager?: EntityManager,
  ): Promise<Set<string>> {
    const visible = new Set<string>();
    for (const [caseId, facts] of await this.factsOf(caseIds, manager)) if (canReadCase(identity, facts, category)) visible.add(caseId);
    return visible;
  }

  /**
   * Filters centre records (letters, journeys) in one go, as assertCanReadCentreRecord would one by
   * one: each record refused is audited as a denial, and the readable ones are returned in order.
   */
  async readableCentreRecords<T extends { caseId: string; centreId: string }>(
    identity: Identity,
    records: T[],
    category: DataCategory,
    manager?: EntityManager,
  ): Promise<T[]> {
    const facts = await this.factsOf(
      records.map((record) => record.caseId),
      manager,
    );
    const readable: T[] = [];
    for (const record of records) {
      if (canReadCentreRecord(identity, facts.get(record.caseId)!, record.centreId, category)) readable.push(record);
      else await this.audit.recordDenial(identity, 'centre-record.read', { caseId: record.caseId, targetId: record.centreId }, manager);
    }
    return readable;
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
export async function recordAssignment(manager: EntityManager, assignment: Assignment): Promise<void> {
  await recordAssignments(manager, [assignment]);
}

type Assignment = { caseId: string; coordinatorId: string; assignedAt: Date };

/** `recordAssignment` for several at once, in one statement (the newest of each case wins, the first of equals). */
export async function recordAssignments(manager: EntityManager, assignments: Assignment[]): Promise<void> {
  const newest = new Map<string, Assignment>();
  for (const assignment of assignments) {
    const kept = newest.get(assignment.caseId);
    if (!kept || kept.assignedAt < assignment.assignedAt) newest.set(assignment.caseId, assignment);
  }
  if (newest.size === 0) return;
  const rows = [...newest.values()];
  const table = quotedTableOf(manager, CaseAssignment);
  await manager.query(
    `INSERT INTO ${table} ("case_id", "coordinator_id", "assigned_at")
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[])
     ON CONFLICT ("case_id") DO UPDATE SET "coordinator_id" = EXCLUDED."coordinator_id", "assigned_at" = EXCLUDED."assigned_at"
     WHERE ${table}."assigned_at" < EXCLUDED."assigned_at"`,
    [rows.map((row) => row.caseId), rows.map((row) => row.coordinatorId), rows.map((row) => row.assignedAt.toISOString())],
  );
}

/** Keeps the projections current from intake's and eligibility's events. */
@Controller()
export class CaseAccessConsumer {
  /** Set-based (`batch`): a batch's CaseOpened events in one statement. */
  @EventPattern(CaseOpened.type, { batch: true })
  async onCasesOpened(@Payload() events: CartaEvent<EventData<typeof CaseOpened>>[], @Ctx() { manager }: HandlerContext): Promise<void> {
    await recordAssignments(
      manager,
      events.map(({ data }) => ({ caseId: data.caseId, coordinatorId: data.coordinatorId, assignedAt: new Date(data.openedAt) })),
    );
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

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { readsForTeamCover } from '@carta/domain';
import { errorFacts } from '@carta/persistence';
import { DataSource, EntityManager, EntitySubscriberInterface, MoreThan, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { AuditAction, auditActionSpec, AuditOutcome, AuditPurpose, purposeOf } from './audit-catalogue';
import { auditHash, ChainVerdict, ChainWalker, GENESIS_HASH } from './audit-chain';
import { AuditRecord } from './audit-record.entity';

/**
 * Where a record that could not be written is reported (pino's shape). Passed in by service-kit
 * (the platform logger), so this library does not depend on it.
 */
export interface AuditLog {
  error(fields: object, message: string): void;
}

/** The injection token of the AuditLog that Audit reports to. */
export const AUDIT_LOG = Symbol('AUDIT_LOG');

/** What an audit record is about: the case, and the object acted on when it is not the case itself. */
export interface AuditAbout {
  caseId?: string | null;
  targetId?: string | null;
  /** Defaults to the catalogue's target type for the action. */
  targetType?: string | null;
  /** Defaults to the actor's purpose (purposeOf), TEAM_COVER for a coordinator on a colleague's case. */
  purpose?: AuditPurpose;
}

interface Entry {
  identity: Identity;
  action: AuditAction;
  outcome: AuditOutcome;
  about: AuditAbout;
  at: Date;
}

/**
 * Appends one record to this service's chain. The transaction-scoped advisory lock makes concurrent
 * writers take turns (held to their commit), so `seq` and `previous_hash` always follow the last
 * committed record. The price: audited transactions of one service commit one at a time from
 * their first record on.
 */
async function append(manager: EntityManager, entry: Entry): Promise<void> {
  const schema = (manager.connection.options as { schema?: string }).schema ?? 'public';
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`carta.audit.${schema}`]);
  const last = await manager.findOne(AuditRecord, { select: { seq: true, hash: true }, where: {}, order: { seq: 'DESC' } });
  const { identity, about } = entry;
  const caseId = about.caseId ?? null;
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    id: randomUUID(),
    at: entry.at,
    actor: identity.subject,
    roles: [...identity.roles],
    centreId: identity.centreId ?? null,
    action: entry.action,
    outcome: entry.outcome,
    purpose: about.purpose ?? purposeOf(identity, await coversForColleague(manager, identity, caseId)),
    caseId,
    targetType: about.targetType ?? (about.targetId != null ? (auditActionSpec(entry.action)?.target ?? null) : null),
    targetId: about.targetId ?? null,
  };
  const previousHash = last?.hash ?? GENESIS_HASH;
  await manager.insert(AuditRecord, { ...fields, previousHash, hash: auditHash(previousHash, fields) });
}

/**
 * The case-access projection's table (libs/case-access), named rather than imported: case access
 * records its refusals here, so importing it back would make the two libraries a cycle.
 */
const CASE_ASSIGNMENT = 'case_assignment';

/** Whether a coordinator acts on a case assigned to someone else (services with the case-access projection know). */
async function coversForColleague(manager: EntityManager, identity: Identity, caseId: string | null): Promise<boolean> {
  if (!caseId || !manager.connection.hasMetadata(CASE_ASSIGNMENT)) return false;
  // Only a non-admin coordinator can be covering for a colleague: for anyone else, no query.
  if (!readsForTeamCover(identity, {})) return false;
  const assignment = await manager.findOneBy<{ caseId: string; coordinatorId: string }>(CASE_ASSIGNMENT, { caseId });
  return readsForTeamCover(identity, { coordinatorId: assignment?.coordinatorId });
}

/** Denials waiting for their caller's transaction to end, by the connection it runs on. */
const pendingDenials = new WeakMap<QueryRunner, Entry[]>();

/**
 * Writes the denials a transaction asked for once it has ended (committed or, usually, rolled
 * back), in a transaction of their own on the same connection: the caller's rollback cannot erase
 * them, and no second connection is needed (PGlite has one; a second would wait on the first).
 * Registered on every service's data source by openServiceDataSource.
 */
export class AuditDenialSubscriber implements EntitySubscriberInterface {
  constructor(private readonly log: AuditLog) {}

  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    return flushDenials(event.queryRunner, this.log);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): Promise<void> {
    return flushDenials(event.queryRunner, this.log);
  }
}

async function flushDenials(queryRunner: QueryRunner, log: AuditLog): Promise<void> {
  // A savepoint ended, the outer transaction goes on; or nothing is waiting.
  if (queryRunner.isTransactionActive) return;
  const pending = pendingDenials.get(queryRunner);
  if (!pending) return;
  pendingDenials.delete(queryRunner);
  try {
    await queryRunner.manager.transaction(async (manager) => {
      for (const entry of pending) await append(manager, entry);
    });
  } catch (error) {
    log.error({ ...errorFacts(error), denials: pending.length }, 'could not record denials');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a role refusal was about: the field (`Query.auditTrail`) and, when the arguments or the
 * entity reference name one, the case — so the refusal shows in that case's trail.
 */
export function roleDenialOf(info: { parentType: { name: string }; fieldName: string }, resolverArgs: unknown[]): AuditAbout {
  // (parent, args, context, info) for fields; (reference, context, info) for entity references.
  const named = (resolverArgs.length === 3 ? resolverArgs[0] : resolverArgs[1]) as { caseId?: unknown } | undefined;
  const caseId = typeof named?.caseId === 'string' && UUID.test(named.caseId) ? named.caseId : null;
  return { caseId, targetId: `${info.parentType.name}.${info.fieldName}` };
}

/** Writes the audit trail: acts in the caller's transaction (they commit together), refusals in their own. */
@Injectable()
export class Audit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
  ) {}

  /** An act that happened: recorded in the caller's transaction, so the change and its record commit together. */
  async record(manager: EntityManager, identity: Identity, action: AuditAction, about: AuditAbout): Promise<void> {
    await append(manager, { identity, action, outcome: 'ALLOWED', about, at: new Date() });
  }

  /**
   * A refusal, recorded in its own transaction so that the caller's rollback keeps it. Pass the
   * caller's manager when inside a transaction: the record is then written as that transaction ends.
   */
  async recordDenial(identity: Identity, action: AuditAction, about: AuditAbout, manager?: EntityManager): Promise<void> {
    const entry: Entry = { identity, action, outcome: 'DENIED', about, at: new Date() };
    const queryRunner = manager?.queryRunner;
    if (queryRunner?.isTransactionActive) {
      if (!queryRunner.connection.subscribers.some((subscriber) => subscriber instanceof AuditDenialSubscriber)) {
        throw new Error('AuditDenialSubscriber is not registered on this data source (openServiceDataSource registers it)');
      }
      pendingDenials.set(queryRunner, [...(pendingDenials.get(queryRunner) ?? []), entry]);
      return;
    }
    try {
      await this.dataSource.transaction((own) => append(own, entry));
    } catch (error) {
      // The refusal stands either way; losing its record is loud.
      this.log.error({ ...errorFacts(error), action }, 'could not record a denial');
    }
  }

  /** This service's records about a case, in chain order. */
  trailOf(manager: EntityManager, caseId: string): Promise<AuditRecord[]> {
    return manager.find(AuditRecord, { where: { caseId }, order: { seq: 'ASC' } });
  }
}

/** Verifies this data source's whole audit chain, reading it in pages of `pageSize` records. */
export async function verifyAuditChain(dataSource: DataSource, pageSize = 1000): Promise<ChainVerdict> {
  const repository = dataSource.getRepository(AuditRecord);
  const walker = new ChainWalker();
  let after = 0;
  for (;;) {
    const page = await repository.find({ where: { seq: MoreThan(after) }, order: { seq: 'ASC' }, take: pageSize });
    for (const record of page) {
      const broken = walker.step(record);
      if (broken) return broken;
    }
    if (page.length < pageSize) return walker.verdict();
    after = page[page.length - 1].seq;
  }
}

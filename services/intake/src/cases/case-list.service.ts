import { Inject, Injectable } from '@nestjs/common';
import { hasRole, Identity } from '@carta/auth';
import { Audit } from '@carta/audit';
import { CaseConsent, CaseReferral } from '@carta/case-access';
import { forbidden, isStaff, todayOf } from '@carta/domain';
import { Clock, CLOCK, INTERNAL_SECRET } from '@carta/service-kit';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { quotedTableOf } from '@carta/persistence';
import { Case } from './case.entity';
import { CaseChecklist, CaseReview } from './case-facts.entity';
import { CaseFilter, CaseListRequest } from './case-list.input';
import { decodeCursor, encodeCursor, prefixPattern } from './case-list.rules';
import { normaliseReferenceQuery } from './case-reference.rules';

export interface CasePage {
  edges: { cursor: string; node: Case }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** What the list shows of a case beyond its row: its open reviews and its checklist. */
export interface CaseListFacts {
  reviewDueOn: string | null;
  reviewOverdue: boolean;
  checklistCompleteness: string | null;
  staleRecordKinds: string[];
}

/** Builds the list's WHERE clause with numbered parameters. */
class Conditions {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(clause: string): void {
    this.clauses.push(clause);
  }

  get sql(): string {
    return this.clauses.length ? this.clauses.join(' AND ') : 'TRUE';
  }
}

@Injectable()
export class CaseListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INTERNAL_SECRET) private readonly secret: string,
  ) {}

  /**
   * A page of the cases the caller may see. Access is part of the query (not a filter after it), so
   * a page is always full and a count never counts what the caller may not see.
   */
  async list(identity: Identity, request: CaseListRequest): Promise<CasePage> {
    if (!isStaff(identity) && !hasRole(identity, 'hospital_office')) throw forbidden('cases are listed for coordinators, admins and hospital offices');
    const scope = `${identity.subject}|${identity.centreId ?? ''}|${JSON.stringify(request.filter)}`;
    const after = request.after ? decodeCursor(request.after, this.secret, scope) : null;
    return this.dataSource.transaction(async (manager) => {
      const where = this.conditions(identity, request.filter, manager);
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM ${quotedTableOf(manager, Case)} c WHERE ${where.sql}`, where.params);
      if (after) where.add(`(c."opened_at", c."id") < (${where.param(after.openedAt)}, ${where.param(after.id)})`);
      const rows: { id: string }[] = await manager.query(
        `SELECT c."id" FROM ${quotedTableOf(manager, Case)} c WHERE ${where.sql} ORDER BY c."opened_at" DESC, c."id" DESC LIMIT ${request.first + 1}`,
        where.params,
      );
      const ids = rows.slice(0, request.first).map((row) => row.id);
      const byId = new Map((await manager.findBy(Case, { id: In(ids) })).map((kase) => [kase.id, kase]));
      const cases = ids.map((id) => byId.get(id)!);
      // Each case served is a read of that case: one record each, TEAM_COVER for a colleague's.
      for (const kase of cases) await this.audit.record(manager, identity, 'case.list', { caseId: kase.id });
      const edges = cases.map((node) => ({ node, cursor: encodeCursor({ openedAt: node.openedAt, id: node.id }, this.secret, scope) }));
      return { edges, pageInfo: { hasNextPage: rows.length > request.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: Number(count) };
    });
  }

  /** The list's facts of one case; an office sees only its own centre's reviews. */
  async facts(identity: Identity, caseId: string): Promise<CaseListFacts> {
    const manager = this.dataSource.manager;
    const officeCentre = isStaff(identity) ? null : (identity.centreId ?? '-');
    const reviews = await manager.findBy(CaseReview, { caseId, decidedAt: IsNull(), ...(officeCentre ? { centreId: officeCentre } : {}) });
    const checklist = await manager.findOneBy(CaseChecklist, { caseId });
    const today = todayOf(this.clock);
    const dueDays = reviews.map((review) => review.dueOn).sort();
    return {
      reviewDueOn: dueDays[0] ?? null,
      reviewOverdue: reviews.some((review) => review.overdueNoticedAt !== null || review.dueOn < today),
      checklistCompleteness: checklist?.completeness ?? null,
      staleRecordKinds: checklist?.stale ?? [],
    };
  }

  private conditions(identity: Identity, filter: CaseFilter, manager: EntityManager): Conditions {
    const where = new Conditions();
    const referral = quotedTableOf(manager, CaseReferral);
    const office = !isStaff(identity);
    // The same rule as canReadCase, in SQL: an office reads a case referred to its centre with an
    // active consent to share its clinical summary with that centre; staff read every case.
    if (office) {
      const centre = where.param(identity.centreId ?? '-');
      where.add(`EXISTS (SELECT 1 FROM ${referral} r WHERE r."case_id" = c."id" AND r."centre_id" = ${centre})`);
      where.add(
        `EXISTS (SELECT 1 FROM ${quotedTableOf(manager, CaseConsent)} k WHERE k."case_id" = c."id" AND k."centre_id" = ${centre} AND k."withdrawn_at" IS NULL AND 'CLINICAL_SUMMARY' = ANY(k."categories"))`,
      );
      // Another centre's referrals are not the office's to search.
      if (filter.centreId && filter.centreId !== identity.centreId) where.add('FALSE');
    }
    if (filter.statuses) where.add(`c."status" = ANY(${where.param(filter.statuses)})`);
    if (filter.coordinatorId) where.add(`c."coordinator_id" = ${where.param(filter.coordinatorId)}`);
    if (filter.mine != null) where.add(`c."coordinator_id" ${filter.mine ? '=' : '<>'} ${where.param(identity.subject)}`);
    if (filter.centreId) where.add(`EXISTS (SELECT 1 FROM ${referral} r WHERE r."case_id" = c."id" AND r."centre_id" = ${where.param(filter.centreId)})`);
    if (filter.reviewOverdue != null) {
      const own = office ? ` AND v."centre_id" = ${where.param(identity.centreId ?? '-')}` : '';
      const overdue = `EXISTS (SELECT 1 FROM ${quotedTableOf(manager, CaseReview)} v WHERE v."case_id" = c."id" AND v."decided_at" IS NULL${own} AND (v."overdue_noticed_at" IS NOT NULL OR v."due_on" < ${where.param(todayOf(this.clock))}))`;
      where.add(filter.reviewOverdue ? overdue : `NOT ${overdue}`);
    }
    if (filter.staleRecords != null) {
      const stale = `EXISTS (SELECT 1 FROM ${quotedTableOf(manager, CaseChecklist)} s WHERE s."case_id" = c."id" AND cardinality(s."stale") > 0)`;
      where.add(filter.staleRecords ? stale : `NOT ${stale}`);
    }
    if (filter.text) {
      const reference = where.param(`CA-${prefixPattern(normaliseReferenceQuery(filter.text))}`);
      const id = where.param(prefixPattern(filter.text.toLowerCase()));
      where.add(`(c."reference" LIKE ${reference} OR c."id"::text LIKE ${id} OR lower(c."patient_id") LIKE ${id})`);
    }
    return where;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { quotedTableOf } from '@carta/persistence';
import { ChecklistEvaluated, EventData, RECORD_KINDS, RecordKind } from '@carta/contracts';
import { dayOf, DomainError, expectedPiResponse, notFound, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK } from '@carta/service-kit';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual } from 'typeorm';
import { Document, DocumentVersion } from '../documents/document.entity';
import { CaseProfileRecord, Checklist, ChecklistItem, ChecklistNotApplicable } from './checklist.entity';
import { ChecklistEvaluation, ChecklistItemEvaluation, evaluateChecklist, kindsByStatus, RecordOnFile } from './checklist-evaluation.rules';
import { CaseProfile, notApplicableRefusal, recordRequirements } from './checklist-requirements.rules';

/** Who said an item does not apply, why and when. */
export interface NotApplicableNote {
  reason: string;
  markedBy: string;
  markedAt: Date;
}

export interface ChecklistItemView extends Omit<ChecklistItemEvaluation, 'requirementReason'> {
  requirementReason: string | null;
  notApplicable: NotApplicableNote | null;
}

export interface ChecklistView {
  caseId: string;
  completeness: ChecklistEvaluation['completeness'];
  items: ChecklistItemView[];
  missing: RecordKind[];
  stale: RecordKind[];
  untranslated: RecordKind[];
  notRequired: RecordKind[];
  notApplicable: RecordKind[];
  expectedPiResponse: ChecklistEvaluation['expectedPiResponse'];
  evaluatedAt: string;
}

@Injectable()
export class ChecklistsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Cases intake opened (a batch of CaseOpened, in order): each case's profile is kept as in
   * `recordProfile`, then a case without a checklist gets one, evaluated and announced (every
   * record kind missing). Idempotent: an existing checklist is kept. Set-based: a handful of
   * statements for the whole batch, not a dozen per case.
   */
  async openCases(manager: EntityManager, cases: { caseId: string; profile: CaseProfile; statedAt: Date }[]): Promise<void> {
    const ids = cases.map((opened) => opened.caseId);
    if (new Set(ids).size !== ids.length) {
      // The same case twice in one batch: one statement after the other, as they came.
      for (const opened of cases) await this.openCases(manager, [opened]);
      return;
    }
    const [profileTable, checklistTable, itemTable] = [CaseProfileRecord, Checklist, ChecklistItem].map((entity) => quotedTableOf(manager, entity));
    // A new checklist has no documents, notes or items (an upload request and a note need the checklist,
    // which no other transaction sees before this one commits; checklists are never deleted): it is
    // evaluated here from the stated profile alone, before anything is read.
    const now = this.clock.now();
    const evaluations = cases.map(({ profile }) => evaluateChecklist([], dayOf(now), { requirements: recordRequirements(profile), notApplicable: [] }));
    // One statement: each case's profile kept unless the one on file was stated later; a checklist, with
    // its items, for each case without one. Rows are locked in case id order (overlapping batches cannot
    // deadlock). The profile upsert always writes so that it returns whether the stated profile is now
    // the one on file (`newer`), without a second read.
    const rows: { case_id: string; newer: boolean; created: boolean }[] = await manager.query(
      `WITH batch AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS batch(case_id uuid, icd10 text, prior_cellular_therapy boolean, stated_at timestamptz, completeness text, next_review_on date)),
       profile AS (
         INSERT INTO ${profileTable} AS kept ("case_id", "icd10", "prior_cellular_therapy", "stated_at")
         SELECT case_id, icd10, prior_cellular_therapy, stated_at FROM batch ORDER BY case_id
         ON CONFLICT ("case_id") DO UPDATE SET
           "icd10" = CASE WHEN kept."stated_at" <= EXCLUDED."stated_at" THEN EXCLUDED."icd10" ELSE kept."icd10" END,
           "prior_cellular_therapy" = CASE WHEN kept."stated_at" <= EXCLUDED."stated_at" THEN EXCLUDED."prior_cellular_therapy" ELSE kept."prior_cellular_therapy" END,
           "stated_at" = GREATEST(kept."stated_at", EXCLUDED."stated_at")
         RETURNING "case_id", "stated_at"),
       created AS (
         INSERT INTO ${checklistTable} ("case_id", "completeness", "evaluated_at", "next_review_on")
         SELECT case_id, completeness, $3::timestamptz, next_review_on FROM batch ORDER BY case_id
         ON CONFLICT ("case_id") DO NOTHING RETURNING "case_id"),
       items AS (
         INSERT INTO ${itemTable} ("case_id", "kind", "status", "version_id", "record_date", "stale_on", "required", "requirement_reason")
         SELECT ${ITEM_COLUMNS} FROM jsonb_to_recordset($2::jsonb) AS item(${ITEM_TYPES})
         WHERE item.case_id IN (SELECT case_id FROM created))
       SELECT batch.case_id, profile.stated_at = batch.stated_at AS newer, created.case_id IS NOT NULL AS created
       FROM batch JOIN profile USING (case_id) LEFT JOIN created USING (case_id)`,
      [
        JSON.stringify(
          cases.map(({ caseId, profile, statedAt }, index) => ({
            case_id: caseId,
            icd10: profile.icd10,
            prior_cellular_therapy: profile.priorCellularTherapy,
            stated_at: statedAt.toISOString(),
            completeness: evaluations[index].completeness,
            next_review_on: evaluations[index].nextChangeOn,
          })),
        ),
        JSON.stringify(cases.flatMap(({ caseId }, index) => itemRows(caseId, evaluations[index]))),
        now.toISOString(),
      ],
    );
    const byCase = new Map(rows.map((row) => [row.case_id, row]));
    const created = (caseId: string) => byCase.get(caseId)!.created;
    const newer = (caseId: string) => byCase.get(caseId)!.newer;
    await this.outbox.appendAll(
      manager,
      ChecklistEvaluated,
      cases.flatMap(({ caseId }, index) => (created(caseId) && newer(caseId) ? [announcement(caseId, evaluations[index], now)] : [])),
    );
    // Rare: a new checklist whose case already had a profile stated later (evaluated with the wrong one),
    // and an existing checklist whose profile changed. Both are evaluated again from what is on file.
    const misprofiled = ids.filter((caseId) => created(caseId) && !newer(caseId));
    if (misprofiled.length > 0) await this.reevaluateAll(manager, misprofiled, true);
    const reprofiled = ids.filter((caseId) => !created(caseId) && newer(caseId));
    if (reprofiled.length > 0) await this.reevaluateAll(manager, reprofiled);
  }

  /**
   * Keeps the case's profile as intake stated it (a statement older than the one kept changes
   * nothing) and re-evaluates the checklist, if the case has one yet.
   */
  async recordProfile(manager: EntityManager, caseId: string, profile: CaseProfile, statedAt: Date): Promise<void> {
    const kept = await manager.findOne(CaseProfileRecord, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
    if (kept && kept.statedAt > statedAt) return;
    await manager.upsert(CaseProfileRecord, { caseId, icd10: profile.icd10, priorCellularTherapy: profile.priorCellularTherapy, statedAt }, ['caseId']);
    if (await manager.existsBy(Checklist, { caseId })) await this.reevaluate(manager, caseId);
  }

  /** The case's writer says a record kind does not apply to this case, and why: audited, re-evaluated. */
  async markNotApplicable(identity: Identity, caseId: string, kind: RecordKind, reason: string): Promise<ChecklistView> {
    const refusal = notApplicableRefusal(kind);
    if (refusal) throw new DomainError('BAD_USER_INPUT', refusal, { field: 'kind' });
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Checklist, { caseId }))) throw notFound('case');
      await this.access.assertCanWrite(identity, caseId, manager);
      await manager.upsert(ChecklistNotApplicable, { caseId, kind, reason, markedBy: identity.subject, markedAt: this.clock.now() }, ['caseId', 'kind']);
      await this.audit.record(manager, identity, 'checklist.mark-not-applicable', { caseId, targetId: kind });
      await this.reevaluate(manager, caseId);
      return this.currentView(manager, caseId);
    });
  }

  /** Withdraws a "not applicable" note: the item counts again as the case's profile says. */
  clearNotApplicable(identity: Identity, caseId: string, kind: RecordKind): Promise<ChecklistView> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Checklist, { caseId }))) throw notFound('case');
      await this.access.assertCanWrite(identity, caseId, manager);
      const { affected } = await manager.delete(ChecklistNotApplicable, { caseId, kind });
      if (!affected) throw new DomainError('CONFLICT', `${kind} is not marked not applicable on this case`);
      await this.audit.record(manager, identity, 'checklist.clear-not-applicable', { caseId, targetId: kind });
      await this.reevaluate(manager, caseId);
      return this.currentView(manager, caseId);
    });
  }

  /**
   * Re-evaluates a case's checklist from its verified documents and today's date, stores it and,
   * when anything changed (or `announce`), emits ChecklistEvaluated in the same transaction.
   */
  async reevaluate(manager: EntityManager, caseId: string, announce = false): Promise<ChecklistEvaluation> {
    const [evaluation] = await this.reevaluateAll(manager, [caseId], announce);
    return evaluation;
  }

  /** `reevaluate` for several cases at once (distinct ids), in a fixed number of statements; evaluations in the ids' order. */
  private async reevaluateAll(manager: EntityManager, caseIds: string[], announce = false): Promise<ChecklistEvaluation[]> {
    const now = this.clock.now();
    const where = { caseId: In(caseIds) };
    const byCase = <T extends { caseId: string }>(rows: T[]) => {
      const grouped = new Map<string, T[]>();
      for (const row of rows) grouped.set(row.caseId, [...(grouped.get(row.caseId) ?? []), row]);
      return (caseId: string) => grouped.get(caseId) ?? [];
    };
    // Locked in one order, so two transactions re-evaluating overlapping sets cannot deadlock.
    const checklists = byCase(await manager.find(Checklist, { where, order: { caseId: 'ASC' }, lock: { mode: 'pessimistic_write' } }));
    const profiles = byCase(await manager.findBy(CaseProfileRecord, where));
    const notApplicable = byCase(await manager.find(ChecklistNotApplicable, { where, select: { caseId: true, kind: true } }));
    const records = await this.recordsOnFile(manager, caseIds);
    const before = byCase(await manager.findBy(ChecklistItem, where));
    const evaluations: ChecklistEvaluation[] = [];
    const announced: EventData<typeof ChecklistEvaluated>[] = [];
    for (const caseId of caseIds) {
      const [checklist] = checklists(caseId);
      const evaluation = evaluateChecklist(records(caseId), dayOf(now), {
        requirements: recordRequirements(profiles(caseId)[0] ?? null),
        notApplicable: notApplicable(caseId).map((note) => note.kind),
      });
      const previousItems = before(caseId);
      const changed =
        !checklist ||
        checklist.completeness !== evaluation.completeness ||
        evaluation.items.some((item) => {
          const previous = previousItems.find((old) => old.kind === item.kind);
          return (
            !previous ||
            previous.status !== item.status ||
            previous.versionId !== item.versionId ||
            previous.required !== item.required ||
            previous.requirementReason !== item.requirementReason
          );
        });
      evaluations.push(evaluation);
      if (changed || announce) announced.push(announcement(caseId, evaluation, now));
    }
    // Raw SQL: TypeORM's many-row upsert cost more CPU than the database's work (six items a case).
    // Checklists and their items in one statement (one round trip).
    const [checklistTable, itemTable] = [Checklist, ChecklistItem].map((entity) => quotedTableOf(manager, entity));
    await manager.query(
      `WITH checklist AS (
         INSERT INTO ${checklistTable} ("case_id", "completeness", "evaluated_at", "next_review_on")
         SELECT case_id, completeness, evaluated_at, next_review_on
         FROM jsonb_to_recordset($1::jsonb) AS batch(case_id uuid, completeness text, evaluated_at timestamptz, next_review_on date)
         ON CONFLICT ("case_id") DO UPDATE SET "completeness" = EXCLUDED."completeness", "evaluated_at" = EXCLUDED."evaluated_at", "next_review_on" = EXCLUDED."next_review_on")
       INSERT INTO ${itemTable} ("case_id", "kind", "status", "version_id", "record_date", "stale_on", "required", "requirement_reason")
       SELECT ${ITEM_COLUMNS} FROM jsonb_to_recordset($2::jsonb) AS item(${ITEM_TYPES})
       ON CONFLICT ("case_id", "kind") DO UPDATE SET "status" = EXCLUDED."status", "version_id" = EXCLUDED."version_id", "record_date" = EXCLUDED."record_date",
         "stale_on" = EXCLUDED."stale_on", "required" = EXCLUDED."required", "requirement_reason" = EXCLUDED."requirement_reason"`,
      [
        JSON.stringify(
          caseIds.map((caseId, index) => ({
            case_id: caseId,
            completeness: evaluations[index].completeness,
            evaluated_at: now.toISOString(),
            next_review_on: evaluations[index].nextChangeOn,
          })),
        ),
        JSON.stringify(caseIds.flatMap((caseId, index) => itemRows(caseId, evaluations[index]))),
      ],
    );
    await this.outbox.appendAll(manager, ChecklistEvaluated, announced);
    return evaluations;
  }

  /** Checklists that time has changed since they were last evaluated (a record turned stale). */
  async reevaluateDue(): Promise<number> {
    const today = todayOf(this.clock);
    const due = await this.dataSource.manager.find(Checklist, { where: { nextReviewOn: LessThanOrEqual(today) }, select: { caseId: true } });
    for (const { caseId } of due) await this.dataSource.transaction((manager) => this.reevaluate(manager, caseId));
    return due.length;
  }

  findReadable(identity: Identity, caseId: string): Promise<ChecklistView | null> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanRead(identity, caseId, 'CLINICAL_SUMMARY', manager);
      const checklist = await manager.findOneBy(Checklist, { caseId });
      if (!checklist) return null;
      await this.audit.record(manager, identity, 'checklist.read', { caseId });
      return this.currentView(manager, caseId);
    });
  }

  private async currentView(manager: EntityManager, caseId: string): Promise<ChecklistView> {
    const checklist = await manager.findOneByOrFail(Checklist, { caseId });
    const stored = await manager.find(ChecklistItem, { where: { caseId } });
    const notes = await manager.find(ChecklistNotApplicable, { where: { caseId } });
    const items: ChecklistItemView[] = RECORD_KINDS.map((kind) => {
      const item = stored.find((candidate) => candidate.kind === kind);
      const note = notes.find((candidate) => candidate.kind === kind);
      return {
        kind,
        status: item?.status ?? 'MISSING',
        versionId: item?.versionId ?? null,
        recordDate: item?.recordDate ?? null,
        staleOn: item?.staleOn ?? null,
        required: item?.required ?? true,
        requirementReason: item?.requirementReason ?? null,
        notApplicable: note ? { reason: note.reason, markedBy: note.markedBy, markedAt: note.markedAt } : null,
      };
    });
    return {
      caseId,
      completeness: checklist.completeness,
      items,
      ...kindsByStatus(items),
      expectedPiResponse: expectedPiResponse(checklist.completeness),
      evaluatedAt: checklist.evaluatedAt.toISOString(),
    };
  }

  /** Per case: the newest verified original of each record kind, with whether an English translation exists. */
  private async recordsOnFile(manager: EntityManager, caseIds: string[]): Promise<(caseId: string) => RecordOnFile[]> {
    const documents = await manager.find(Document, { where: { caseId: In(caseIds), deletedAt: IsNull() } });
    const records = new Map<string, RecordOnFile[]>();
    const of = (caseId: string) => records.get(caseId) ?? [];
    if (documents.length === 0) return of;
    const versions = await manager.find(DocumentVersion, {
      where: { caseId: In([...new Set(documents.map((document) => document.caseId))]), status: 'VERIFIED' },
      order: { version: 'DESC' },
    });
    for (const document of documents) {
      if (!(RECORD_KINDS as readonly string[]).includes(document.kind)) continue;
      const original = versions.find((version) => version.documentId === document.id && version.translationOfVersionId === null);
      if (!original) continue;
      const hasEnglishTranslation = versions.some((version) => version.translationOfVersionId === original.id && version.language === 'en');
      records.set(document.caseId, [
        ...of(document.caseId),
        {
          kind: document.kind as RecordKind,
          versionId: original.id,
          recordDate: original.recordDate ?? dayOf(original.verifiedAt ?? original.createdAt),
          language: original.language,
          hasEnglishTranslation,
        },
      ]);
    }
    return of;
  }
}

const ITEM_COLUMNS = 'case_id, kind, status, version_id, record_date, stale_on, required, requirement_reason';
const ITEM_TYPES = 'case_id uuid, kind text, status text, version_id uuid, record_date date, stale_on date, required boolean, requirement_reason text';

/** A checklist's items as rows for `jsonb_to_recordset(…) AS item(ITEM_TYPES)`. */
function itemRows(caseId: string, evaluation: ChecklistEvaluation) {
  return evaluation.items.map((item) => ({
    case_id: caseId,
    kind: item.kind,
    status: item.status,
    version_id: item.versionId,
    record_date: item.recordDate,
    stale_on: item.staleOn,
    required: item.required,
    requirement_reason: item.requirementReason,
  }));
}

function announcement(caseId: string, evaluation: ChecklistEvaluation, now: Date): EventData<typeof ChecklistEvaluated> {
  return {
    caseId,
    completeness: evaluation.completeness,
    missing: evaluation.missing,
    stale: evaluation.stale,
    untranslated: evaluation.untranslated,
    notRequired: evaluation.notRequired,
    notApplicable: evaluation.notApplicable,
    evaluatedAt: now.toISOString(),
  };
}

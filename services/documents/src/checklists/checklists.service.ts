import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { ChecklistEvaluated, RECORD_KINDS, RecordKind } from '@carta/contracts';
import { dayOf, DomainError, expectedPiResponse, notFound, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK } from '@carta/service-kit';
import { DataSource, EntityManager, IsNull, LessThanOrEqual } from 'typeorm';
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

  /** A new case starts with every record kind missing. Idempotent: an existing checklist is kept. */
  async createForCase(manager: EntityManager, caseId: string): Promise<void> {
    if (await manager.existsBy(Checklist, { caseId })) return;
    await manager.insert(Checklist, { caseId, completeness: 'INCOMPLETE', evaluatedAt: this.clock.now(), nextReviewOn: null });
    await this.reevaluate(manager, caseId, true);
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
    const now = this.clock.now();
    const checklist = await manager.findOne(Checklist, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
    const profile = await manager.findOneBy(CaseProfileRecord, { caseId });
    const notApplicable = await manager.find(ChecklistNotApplicable, { where: { caseId }, select: { kind: true } });
    const evaluation = evaluateChecklist(await this.recordsOnFile(manager, caseId), dayOf(now), {
      requirements: recordRequirements(profile),
      notApplicable: notApplicable.map((note) => note.kind),
    });
    const before = await manager.find(ChecklistItem, { where: { caseId } });
    const changed =
      !checklist ||
      checklist.completeness !== evaluation.completeness ||
      evaluation.items.some((item) => {
        const previous = before.find((old) => old.kind === item.kind);
        return (
          !previous ||
          previous.status !== item.status ||
          previous.versionId !== item.versionId ||
          previous.required !== item.required ||
          previous.requirementReason !== item.requirementReason
        );
      });
    await manager.upsert(Checklist, { caseId, completeness: evaluation.completeness, evaluatedAt: now, nextReviewOn: evaluation.nextChangeOn }, ['caseId']);
    await manager.upsert(
      ChecklistItem,
      evaluation.items.map((item) => ({ caseId, ...item })),
      ['caseId', 'kind'],
    );
    if (changed || announce) {
      await this.outbox.append(manager, ChecklistEvaluated, {
        caseId,
        completeness: evaluation.completeness,
        missing: evaluation.missing,
        stale: evaluation.stale,
        untranslated: evaluation.untranslated,
        notRequired: evaluation.notRequired,
        notApplicable: evaluation.notApplicable,
        evaluatedAt: now.toISOString(),
      });
    }
    return evaluation;
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

  /** The newest verified original of each record kind, with whether an English translation exists. */
  private async recordsOnFile(manager: EntityManager, caseId: string): Promise<RecordOnFile[]> {
    const documents = await manager.find(Document, { where: { caseId, deletedAt: IsNull() } });
    if (documents.length === 0) return [];
    const versions = await manager.find(DocumentVersion, { where: { caseId, status: 'VERIFIED' }, order: { version: 'DESC' } });
    const records: RecordOnFile[] = [];
    for (const document of documents) {
      if (!(RECORD_KINDS as readonly string[]).includes(document.kind)) continue;
      const original = versions.find((version) => version.documentId === document.id && version.translationOfVersionId === null);
      if (!original) continue;
      const hasEnglishTranslation = versions.some((version) => version.translationOfVersionId === original.id && version.language === 'en');
      records.push({
        kind: document.kind as RecordKind,
        versionId: original.id,
        recordDate: original.recordDate ?? dayOf(original.verifiedAt ?? original.createdAt),
        language: original.language,
        hasEnglishTranslation,
      });
    }
    return records;
  }
}

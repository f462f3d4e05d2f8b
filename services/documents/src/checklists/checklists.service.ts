import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { ChecklistEvaluated, RECORD_KINDS, RecordKind } from '@carta/contracts';
import { dayOf, expectedPiResponse, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK } from '@carta/service-kit';
import { DataSource, EntityManager, IsNull, LessThanOrEqual } from 'typeorm';
import { Document, DocumentVersion } from '../documents/document.entity';
import { Checklist, ChecklistItem } from './checklist.entity';
import { ChecklistEvaluation, evaluateChecklist, RecordOnFile } from './checklist-evaluation.rules';

export interface ChecklistView {
  caseId: string;
  completeness: ChecklistEvaluation['completeness'];
  items: ChecklistEvaluation['items'];
  missing: RecordKind[];
  stale: RecordKind[];
  untranslated: RecordKind[];
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
   * Re-evaluates a case's checklist from its verified documents and today's date, stores it and,
   * when anything changed (or `announce`), emits ChecklistEvaluated in the same transaction.
   */
  async reevaluate(manager: EntityManager, caseId: string, announce = false): Promise<ChecklistEvaluation> {
    const now = this.clock.now();
    const checklist = await manager.findOne(Checklist, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
    const evaluation = evaluateChecklist(await this.recordsOnFile(manager, caseId), dayOf(now));
    const before = await manager.find(ChecklistItem, { where: { caseId } });
    const changed =
      !checklist ||
      checklist.completeness !== evaluation.completeness ||
      evaluation.items.some((item) => {
        const previous = before.find((old) => old.kind === item.kind);
        return !previous || previous.status !== item.status || previous.versionId !== item.versionId;
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
      return this.view(checklist, await manager.find(ChecklistItem, { where: { caseId } }));
    });
  }

  private view(checklist: Checklist, stored: ChecklistItem[]): ChecklistView {
    const caseId = checklist.caseId;
    const items = RECORD_KINDS.map((kind) => {
      const item = stored.find((candidate) => candidate.kind === kind);
      return {
        kind,
        status: item?.status ?? 'MISSING',
        versionId: item?.versionId ?? null,
        recordDate: item?.recordDate ?? null,
        staleOn: item?.staleOn ?? null,
      };
    });
    return {
      caseId,
      completeness: checklist.completeness,
      items,
      missing: items.filter((item) => item.status === 'MISSING').map((item) => item.kind),
      stale: items.filter((item) => item.status === 'STALE').map((item) => item.kind),
      untranslated: items.filter((item) => item.status === 'UNTRANSLATED').map((item) => item.kind),
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

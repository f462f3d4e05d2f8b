import { Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { ChecklistEvaluated, RECORD_KINDS, RecordKind } from '@carta/contracts';
import { Outbox } from '@carta/messaging';
import { CaseAccess } from '@carta/service-kit';
import { DataSource, EntityManager } from 'typeorm';
import { Checklist, ChecklistItem } from './checklist.entity';
import { ChecklistEvaluation, evaluateChecklist, RecordStatus } from './checklist-evaluation';

export interface ChecklistView {
  caseId: string;
  completeness: ChecklistEvaluation['completeness'];
  items: { kind: RecordKind; status: RecordStatus }[];
  missing: RecordKind[];
  expectedPiResponse: ChecklistEvaluation['expectedPiResponse'];
  evaluatedAt: string;
}

@Injectable()
export class ChecklistsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
  ) {}

  /** A new case starts with every record kind missing. Idempotent: an existing checklist is kept. */
  async createForCase(manager: EntityManager, caseId: string, now: Date): Promise<void> {
    if (await manager.existsBy(Checklist, { caseId })) return;
    await manager.insert(ChecklistItem, RECORD_KINDS.map((kind) => ({ caseId, kind, status: 'MISSING' as const })));
    const evaluation = evaluateChecklist(new Map());
    await manager.insert(Checklist, { caseId, completeness: evaluation.completeness, evaluatedAt: now });
    await this.outbox.append(manager, ChecklistEvaluated, { caseId, completeness: evaluation.completeness, missing: evaluation.missing, evaluatedAt: now.toISOString() });
  }

  async findReadable(identity: Identity, caseId: string): Promise<ChecklistView | null> {
    await this.access.assertCanRead(identity, caseId);
    const checklist = await this.dataSource.manager.findOneBy(Checklist, { caseId });
    if (!checklist) return null;
    const items = await this.dataSource.manager.find(ChecklistItem, { where: { caseId } });
    const statuses = new Map(items.map((item) => [item.kind, item.status]));
    const evaluation = evaluateChecklist(statuses);
    return {
      caseId,
      completeness: checklist.completeness,
      items: RECORD_KINDS.map((kind) => ({ kind, status: statuses.get(kind) ?? 'MISSING' })),
      missing: evaluation.missing,
      expectedPiResponse: evaluation.expectedPiResponse,
      evaluatedAt: checklist.evaluatedAt.toISOString(),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { badInput, DomainError } from '@carta/domain';
import { EntityManager, In } from 'typeorm';
import { CaseRecord, DocumentRecord } from './case-projections.entities';
import { describeDocument } from './document-description.rules';

/** What a write about a case may rest on: the case itself and its verified documents. */
@Injectable()
export class CaseEvidence {
  /** The case as intake opened it; NOT_FOUND until its CaseOpened event has arrived. */
  async requireCase(manager: EntityManager, caseId: string): Promise<CaseRecord> {
    const record = await manager.findOneBy(CaseRecord, { caseId });
    if (!record) throw new DomainError('NOT_FOUND', 'case not found (a case just opened may take a moment to reach eligibility)', { field: 'caseId' });
    return record;
  }

  /** A document a fact or an assessment may cite: verified, not deleted, of this very case. */
  async requireCitable(manager: EntityManager, caseId: string, documentId: unknown, field: string): Promise<DocumentRecord> {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (typeof documentId !== 'string' || !UUID.test(documentId)) throw badInput(`${field}: must be the id of a document of this case`, { field });
    const document = await manager.findOneBy(DocumentRecord, { documentId });
    // Another case's document is refused like an unknown one: the caller learns nothing about it.
    if (!document || document.caseId !== caseId) throw badInput(`${field}: no document of this case has this id`, { field });
    if (document.deletedAt) throw badInput(`${field}: the document was deleted and can no longer be cited`, { field });
    if (!document.verifiedAt) throw badInput(`${field}: the document has no verified version yet`, { field });
    return document;
  }

  /** How explanations name the documents of some cases ("blood panel of 2026-11-02"), by id. */
  async describer(manager: EntityManager, caseIds: string[]): Promise<{ describe: (documentId: string) => string | undefined; deleted: Set<string> }> {
    const documents = caseIds.length === 0 ? [] : await manager.find(DocumentRecord, { where: { caseId: In(caseIds) } });
    const byId = new Map(documents.map((document) => [document.documentId, document]));
    return {
      describe: (documentId) => {
        const document = byId.get(documentId);
        return document ? describeDocument(document) : undefined;
      },
      deleted: new Set(documents.filter((document) => document.deletedAt).map((document) => document.documentId)),
    };
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { badInput, DomainError, notFound, todayOf } from '@carta/domain';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK, idempotent } from '@carta/service-kit';
import { DataSource, EntityManager } from 'typeorm';
import { CaseEvidence } from '../cases/case-evidence';
import { CaseRecord } from '../cases/case-projections.entities';
import { describeDocument } from '../cases/document-description.rules';
import { countingFacts, lastChange, summaryVersion, supersededBy } from './fact-history.rules';
import { ScreeningsService } from './screenings.service';
import { factFieldOf, InvalidSummaryFact, refuseTypedAge, OncologySummary, parseSummaryFact, SummaryFact, summaryOf } from './summary-domain.rules';
import { SummaryFactRecord } from './summary-fact.entity';
import { bundlePathOf, factsFromFhirBundle } from '../fhir/fhir-import.rules';
import { oncologySummaryBundle } from '../fhir/oncology-fhir.rules';

/** A case's summary as read: the assembled facts, and every row behind them. */
export interface SummaryView {
  caseId: string;
  version: number;
  updatedAt: Date | null;
  summary: OncologySummary;
  rows: SummaryFactRecord[];
  successors: Map<string, string>;
  describe: (documentId: string) => string | undefined;
  deletedDocuments: ReadonlySet<string>;
  /** YYYY-MM from intake; null when intake did not send it. */
  birthYearMonth: string | null;
}

/** A fact just written, with its cited document named by kind and date. */
export interface WrittenFact {
  row: SummaryFactRecord;
  source: string | undefined;
}

/**
 * The oncology summary, one fact at a time: added, corrected (a new row superseding the old) or
 * retracted, never edited in place and never dropped. Only the case's coordinator or an admin
 * writes; every fact cites a verified document of the case; every write is audited and re-screens
 * the case.
 */
@Injectable()
export class SummaryFactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    private readonly evidence: CaseEvidence,
    private readonly screenings: ScreeningsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A repeat with the same idempotency key and fact records nothing and returns the first fact. */
  add(identity: Identity, caseId: string, raw: unknown, idempotencyKey?: string | null): Promise<WrittenFact> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.evidence.requireCase(manager, caseId);
      await this.access.assertCanWrite(identity, caseId, manager);
      const { fact, source } = await this.parse(manager, caseId, kase.diagnosisIcd10, raw);
      return idempotent(
        manager,
        { caller: identity.subject, operation: 'addSummaryFact', key: idempotencyKey, request: { caseId, fact } },
        async () => ({ row: await this.insertFact(manager, identity, caseId, fact), source }),
        { idOf: (written) => written.row.id, replay: async (id) => ({ row: await manager.findOneByOrFail(SummaryFactRecord, { id }), source }) },
      );
    });
  }

  private async insertFact(manager: EntityManager, identity: Identity, caseId: string, fact: SummaryFact): Promise<SummaryFactRecord> {
    const record = await this.writeFact(manager, identity, caseId, fact, null);
    await this.screenings.caseChanged(manager, caseId);
    return record;
  }

  /** One new fact row and its audit record; the caller re-screens the case once for all it writes. */
  private async writeFact(
    manager: EntityManager,
    identity: Identity,
    caseId: string,
    fact: SummaryFact,
    sourceReference: string | null,
  ): Promise<SummaryFactRecord> {
    const now = this.clock.now();
    const record = manager.create(SummaryFactRecord, {
      id: randomUUID(),
      caseId,
      kind: fact.kind,
      payload: fact,
      observedOn: fact.observedOn,
      sourceDocumentId: fact.sourceDocumentId,
      sourceReference,
      version: 1,
      supersedesFactId: null,
      recordedBy: identity.subject,
      recordedAt: now,
      correctionReason: null,
      retractedAt: null,
      retractedBy: null,
      retractionReason: null,
    });
    await manager.save(record);
    await this.audit.record(manager, identity, 'summary.fact-add', { caseId, targetId: record.id });
    return record;
  }

  /**
   * Adds the labs and conditions of a FHIR bundle as facts, all or none, each as addSummaryFact
   * would (same ownership, plausibility and cited verified document: the one the bundle came from)
   * and keeping the resource it came from; a resource already imported for the case is CONFLICT.
   */
  importFhir(identity: Identity, caseId: string, sourceDocumentId: string, bundle: unknown): Promise<WrittenFact[]> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.evidence.requireCase(manager, caseId);
      await this.access.assertCanWrite(identity, caseId, manager);
      const imported = factsFromFhirBundle(bundle, sourceDocumentId);
      const source = describeDocument(await this.evidence.requireCitable(manager, caseId, sourceDocumentId, 'sourceDocumentId'));
      const today = todayOf(this.clock);
      const facts = imported.map((item) => {
        try {
          return parseSummaryFact(item.raw, { today, caseDiagnosisIcd10: kase.diagnosisIcd10 });
        } catch (error) {
          if (!(error instanceof InvalidSummaryFact)) throw error;
          const field = bundlePathOf(item, error.path);
          throw badInput(`${field}: ${error.message.slice(error.path.length + 2)}`, { field });
        }
      });
      const existing = await manager.find(SummaryFactRecord, { where: imported.map((item) => ({ caseId, sourceReference: item.sourceReference })) });
      // Named in the bundle's order, so the answer does not depend on the database's.
      const clash = imported.find((item) => existing.some((row) => row.sourceReference === item.sourceReference));
      if (clash) {
        const row = existing.find((candidate) => candidate.sourceReference === clash.sourceReference)!;
        throw new DomainError('CONFLICT', `${clash.path}: this resource was already imported as fact ${row.id}; correct or retract that fact instead`, {
          field: clash.path,
          factId: row.id,
        });
      }
      const written: WrittenFact[] = [];
      for (const [index, fact] of facts.entries())
        written.push({ row: await this.writeFact(manager, identity, caseId, fact, imported[index].sourceReference), source });
      await this.screenings.caseChanged(manager, caseId);
      return written;
    });
  }

  /** Records a corrected fact of the same kind; the old row stays in the history, superseded. */
  correct(identity: Identity, factId: string, raw: unknown, why: string): Promise<WrittenFact> {
    return this.dataSource.transaction(async (manager) => {
      const old = await this.current(manager, identity, factId);
      const kase = await this.evidence.requireCase(manager, old.caseId);
      const { fact, source } = await this.parse(manager, old.caseId, kase.diagnosisIcd10, raw);
      if (fact.kind !== old.kind)
        throw badInput(`fact.kind: a correction keeps the fact's kind (${old.kind}); retract it and add a new fact instead`, { field: 'fact.kind' });
      const record = manager.create(SummaryFactRecord, {
        id: randomUUID(),
        caseId: old.caseId,
        kind: fact.kind,
        payload: fact,
        observedOn: fact.observedOn,
        sourceDocumentId: fact.sourceDocumentId,
        version: old.version + 1,
        supersedesFactId: old.id,
        recordedBy: identity.subject,
        recordedAt: this.clock.now(),
        correctionReason: why,
        retractedAt: null,
        retractedBy: null,
        retractionReason: null,
      });
      await manager.save(record);
      await this.audit.record(manager, identity, 'summary.fact-correct', { caseId: old.caseId, targetId: record.id });
      await this.screenings.caseChanged(manager, old.caseId);
      return { row: record, source };
    });
  }

  /** Withdraws a fact from the summary; the row stays in the history with who, when and why. */
  retract(identity: Identity, factId: string, why: string): Promise<WrittenFact> {
    return this.dataSource.transaction(async (manager) => {
      const fact = await this.current(manager, identity, factId);
      Object.assign(fact, { retractedAt: this.clock.now(), retractedBy: identity.subject, retractionReason: why });
      await manager.update(SummaryFactRecord, fact.id, {
        retractedAt: fact.retractedAt,
        retractedBy: fact.retractedBy,
        retractionReason: fact.retractionReason,
      });
      await this.audit.record(manager, identity, 'summary.fact-retract', { caseId: fact.caseId, targetId: fact.id });
      await this.screenings.caseChanged(manager, fact.caseId);
      return { row: fact, source: (await this.evidence.describer(manager, [fact.caseId])).describe(fact.sourceDocumentId) };
    });
  }

  read(identity: Identity, caseId: string): Promise<SummaryView> {
    return this.dataSource.transaction((manager) => this.load(manager, identity, caseId, 'summary.read'));
  }

  /** The summary as a FHIR R4 Bundle conforming to mCODE (docs/fhir.md): read, and audited, as the summary itself. */
  exportFhir(identity: Identity, caseId: string): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (manager) => {
      const view = await this.load(manager, identity, caseId, 'summary.fhir-export');
      const kase = await manager.findOneBy(CaseRecord, { caseId });
      const bundle = oncologySummaryBundle({
        caseId,
        facts: countingFacts(view.rows, view.deletedDocuments).map((row) => ({ id: row.id, fact: row.payload })),
        birthYearMonth: view.birthYearMonth,
        caseDiagnosisIcd10: kase?.diagnosisIcd10 ?? null,
        exportedAt: this.clock.now().toISOString(),
      });
      return bundle as unknown as Record<string, unknown>;
    });
  }

  /** Checks the caller may read the case's clinical summary (fail closed), records the read as `action`, and assembles the view. */
  private async load(manager: EntityManager, identity: Identity, caseId: string, action: 'summary.read' | 'summary.fhir-export'): Promise<SummaryView> {
    await this.access.assertCanRead(identity, caseId, 'CLINICAL_SUMMARY', manager);
    await this.audit.record(manager, identity, action, { caseId });
    const rows = await manager.find(SummaryFactRecord, { where: { caseId }, order: { recordedAt: 'ASC', id: 'ASC' } });
    const documents = await this.evidence.describer(manager, [caseId]);
    const counting = countingFacts(rows, documents.deleted);
    return {
      caseId,
      version: summaryVersion(rows),
      updatedAt: lastChange(rows),
      summary: summaryOf(
        caseId,
        counting.map((row) => row.payload),
      ),
      rows,
      successors: supersededBy(rows),
      describe: documents.describe,
      deletedDocuments: documents.deleted,
      birthYearMonth: (await manager.findOneBy(CaseRecord, { caseId }))?.birthYearMonth ?? null,
    };
  }

  /** The fact to correct or retract: it exists, the caller may write its case, and it is the newest version still standing. */
  private async current(manager: EntityManager, identity: Identity, factId: string): Promise<SummaryFactRecord> {
    const fact = await manager.findOne(SummaryFactRecord, { where: { id: factId }, lock: { mode: 'pessimistic_write' } });
    if (!fact) throw notFound('summary fact');
    await this.access.assertCanWrite(identity, fact.caseId, manager);
    const successor = await manager.findOneBy(SummaryFactRecord, { supersedesFactId: fact.id });
    if (successor)
      throw new DomainError('CONFLICT', `this fact was already corrected by ${successor.id}: correct or retract the newest version`, {
        field: 'factId',
        newestFactId: successor.id,
      });
    if (fact.retractedAt) throw new DomainError('CONFLICT', 'this fact was retracted: add a new fact instead', { field: 'factId' });
    return fact;
  }

  /** The domain parses and checks the fact (plausibility, diagnosis); the source must be a verified document of the case. */
  private async parse(manager: EntityManager, caseId: string, caseDiagnosisIcd10: string, raw: unknown): Promise<{ fact: SummaryFact; source: string }> {
    let fact: SummaryFact;
    try {
      refuseTypedAge(raw);
      fact = parseSummaryFact(raw, { today: todayOf(this.clock), caseDiagnosisIcd10 });
    } catch (error) {
      if (error instanceof InvalidSummaryFact) {
        const { field, message } = factFieldOf(error);
        throw badInput(message, { field });
      }
      throw error;
    }
    const document = await this.evidence.requireCitable(manager, caseId, fact.sourceDocumentId, 'fact.sourceDocumentId');
    // An old report typed in with today's date would count as fresh: nothing is observed after the record reporting it.
    if (document.recordDate && fact.observedOn > document.recordDate)
      throw badInput(`fact.observedOn: is after the date of the cited document (${document.recordDate}): a record cannot report a later observation`, {
        field: 'fact.observedOn',
      });
    return { fact, source: describeDocument(document) };
  }
}

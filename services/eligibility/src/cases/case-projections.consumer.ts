import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, CaseOpened, DocumentDeleted, DocumentVerified, EventData } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { ScreeningsService } from '../summaries/screenings.service';
import { CaseRecord, DocumentRecord } from './case-projections.entities';

/** Keeps the cases and documents a summary may cite (the case-access projections are the service kit's). */
@Controller()
export class CaseProjectionsConsumer {
  constructor(private readonly screenings: ScreeningsService) {}

  @EventPattern(CaseOpened.type)
  async onCaseOpened(@Payload() event: CartaEvent<EventData<typeof CaseOpened>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await manager.upsert(
      CaseRecord,
      {
        caseId: event.data.caseId,
        diagnosisIcd10: event.data.diagnosis.icd10,
        openedAt: new Date(event.data.openedAt),
        birthYearMonth: event.data.birthYearMonth ?? null,
      },
      ['caseId'],
    );
    // The age criteria now have their fact: screen the case again (a no-op before it has facts or trials).
    if (event.data.birthYearMonth) await this.screenings.caseChanged(manager, event.data.caseId);
  }

  @EventPattern(DocumentVerified.type)
  async onDocumentVerified(@Payload() event: CartaEvent<EventData<typeof DocumentVerified>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { documentId, caseId, versionId, version, kind, recordDate, verifiedAt } = event.data;
    const known = await manager.findOneBy(DocumentRecord, { documentId });
    // Redelivered or overtaken by a newer version: the newest verified version stands.
    if (known?.version != null && known.version >= version) return;
    // A deletion that overtook the verification keeps the document deleted.
    await manager.save(DocumentRecord, {
      documentId,
      caseId,
      versionId,
      version,
      kind,
      recordDate,
      verifiedAt: new Date(verifiedAt),
      deletedAt: known?.deletedAt ?? null,
    });
  }

  @EventPattern(DocumentDeleted.type)
  async onDocumentDeleted(@Payload() event: CartaEvent<EventData<typeof DocumentDeleted>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { documentId, caseId, kind, deletedAt } = event.data;
    const known = await manager.findOneBy(DocumentRecord, { documentId });
    await manager.save(
      DocumentRecord,
      known
        ? { ...known, deletedAt: new Date(deletedAt) }
        : { documentId, caseId, versionId: null, version: null, kind, recordDate: null, verifiedAt: null, deletedAt: new Date(deletedAt) },
    );
    // Facts resting on a deleted document no longer count: the case's screenings change.
    await this.screenings.caseChanged(manager, caseId);
  }
}

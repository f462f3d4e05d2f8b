import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, CaseOpened, DocumentDeleted, DocumentVerified, EventData } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { quotedTableOf } from '@carta/persistence';
import { ScreeningsService } from '../summaries/screenings.service';
import { CaseRecord, DocumentRecord } from './case-projections.entities';

/** Keeps the cases and documents a summary may cite (the case-access projections are the service kit's). */
@Controller()
export class CaseProjectionsConsumer {
  constructor(private readonly screenings: ScreeningsService) {}

  /** Set-based (`batch`): a batch's cases in one statement, then the cases that brought a birth month screened again, together. */
  @EventPattern(CaseOpened.type, { batch: true })
  async onCasesOpened(@Payload() events: CartaEvent<EventData<typeof CaseOpened>>[], @Ctx() { manager }: HandlerContext): Promise<void> {
    // The last opening of a case wins, as one upsert after the other would have it.
    const cases = new Map(events.map(({ data }) => [data.caseId, data]));
    await manager.query(
      `INSERT INTO ${quotedTableOf(manager, CaseRecord)} ("case_id", "diagnosis_icd10", "opened_at", "birth_year_month")
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS batch(case_id uuid, diagnosis_icd10 text, opened_at timestamptz, birth_year_month text)
       ON CONFLICT ("case_id") DO UPDATE SET "diagnosis_icd10" = EXCLUDED."diagnosis_icd10", "opened_at" = EXCLUDED."opened_at", "birth_year_month" = EXCLUDED."birth_year_month"`,
      [
        JSON.stringify(
          [...cases.values()].map((data) => ({
            case_id: data.caseId,
            diagnosis_icd10: data.diagnosis.icd10,
            opened_at: new Date(data.openedAt).toISOString(),
            birth_year_month: data.birthYearMonth ?? null,
          })),
        ),
      ],
    );
    // The age criteria now have their fact: screen those cases again, all at once (a no-op without trials).
    const aged = [...cases.values()].filter((data) => data.birthYearMonth).map((data) => data.caseId);
    if (aged.length > 0) await this.screenings.casesChanged(manager, aged);
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

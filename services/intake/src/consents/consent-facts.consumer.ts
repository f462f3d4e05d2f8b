import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, DocumentDeleted, DocumentVerified, EventData } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { ConsentForm } from './consent-facts.entity';

/** What a consent is checked against: the case's signed forms (the centres' published contacts are the shared centre directory). */
@Controller()
export class ConsentFactsConsumer {
  @EventPattern(DocumentVerified.type)
  async onDocumentVerified(@Payload() event: CartaEvent<EventData<typeof DocumentVerified>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { kind, documentId, caseId, verifiedAt } = event.data;
    if (kind !== 'CONSENT_FORM') return;
    const known = await manager.findOneBy(ConsentForm, { documentId });
    // A deletion that overtook the verification stands; a later version keeps the first verification.
    if (known) await manager.update(ConsentForm, documentId, { verifiedAt: known.verifiedAt ?? new Date(verifiedAt) });
    else await manager.insert(ConsentForm, { documentId, caseId, verifiedAt: new Date(verifiedAt), deletedAt: null });
  }

  @EventPattern(DocumentDeleted.type)
  async onDocumentDeleted(@Payload() event: CartaEvent<EventData<typeof DocumentDeleted>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { kind, documentId, caseId, deletedAt } = event.data;
    if (kind !== 'CONSENT_FORM') return;
    const known = await manager.findOneBy(ConsentForm, { documentId });
    if (known) await manager.update(ConsentForm, documentId, { deletedAt: known.deletedAt ?? new Date(deletedAt) });
    else await manager.insert(ConsentForm, { documentId, caseId, verifiedAt: null, deletedAt: new Date(deletedAt) });
  }
}

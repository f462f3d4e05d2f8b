import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, CentreProfilePublished, DocumentDeleted, DocumentVerified, EventData } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { CentreContact, ConsentForm } from './consent-facts.entity';

/** What a consent is derived from and checked against: the centres' published contacts and the case's signed forms. */
@Controller()
export class ConsentFactsConsumer {
  @EventPattern(CentreProfilePublished.type)
  async onCentreProfile(@Payload() event: CartaEvent<EventData<typeof CentreProfilePublished>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { centreId, name, nameZh, address, officeEmail, officePhone, publishedAt } = event.data;
    const at = new Date(publishedAt);
    const known = await manager.findOneBy(CentreContact, { centreId });
    if (known && known.publishedAt >= at) return;
    await manager.save(CentreContact, { centreId, name, nameZh: nameZh ?? null, address: address ?? null, officeEmail, officePhone, publishedAt: at });
  }

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

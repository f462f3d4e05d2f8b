import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, EventData, personIdentity, PersonRecorded } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { SEALING_KEYRING, SealingKeyring, unseal } from '@carta/service-kit';
import { CasePayer } from './payee.entity';

/** Who an invoice is to: the patient as intake records them (who it is from is the shared centre directory). */
@Controller()
export class PartiesConsumer {
  constructor(@Inject(SEALING_KEYRING) private readonly keyring: SealingKeyring) {}

  /** The patient pays; companions are not kept. An identity that cannot be opened fails the handler (dead letter), never silently. */
  @EventPattern(PersonRecorded.type)
  async onPersonRecorded(@Payload() event: CartaEvent<EventData<typeof PersonRecorded>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    const { caseId, personId, role, identity, recordedAt } = event.data;
    if (role !== 'PATIENT') return;
    const known = await manager.findOneBy(CasePayer, { caseId });
    if (known && known.recordedAt >= new Date(recordedAt)) return;
    const person = unseal(identity, this.keyring, personIdentity);
    await manager.upsert(CasePayer, { caseId, personId, givenName: person.givenName, familyName: person.familyName, recordedAt: new Date(recordedAt) }, [
      'caseId',
    ]);
  }
}

import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, EventData, PersonRecorded, PersonRemoved } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { TravellersService } from './travellers.service';

/** Travellers follow the people intake records: entered, corrected and removed there only. */
@Controller()
export class TravellersConsumer {
  constructor(private readonly travellers: TravellersService) {}

  @EventPattern(PersonRecorded.type)
  onPersonRecorded(@Payload() event: CartaEvent<EventData<typeof PersonRecorded>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return this.travellers.onPersonRecorded(manager, event.data);
  }

  @EventPattern(PersonRemoved.type)
  onPersonRemoved(@Payload() event: CartaEvent<EventData<typeof PersonRemoved>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    return this.travellers.onPersonRemoved(manager, event.data);
  }
}

import { Injectable } from '@nestjs/common';
import { EventTransport } from '@carta/messaging';

/** The transport is made after the Nest app (it needs the app's handlers), so resolvers reach it through this. */
@Injectable()
export class EventTransportHolder {
  private transport?: EventTransport;

  set(transport: EventTransport): void {
    this.transport = transport;
  }

  get(): EventTransport {
    if (!this.transport) throw new Error('the event transport has not started');
    return this.transport;
  }
}

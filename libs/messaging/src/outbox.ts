import { buildEvent, CartaEvent, CLOUDEVENTS_CONTENT_TYPE, EventData, EventDefinition } from '@carta/contracts';
import { EntityManager } from 'typeorm';
import { OutgoingRecord } from './broker';
import { OutboxRecord } from './messaging.entities';

export function outboxChannel(schema: string): string {
  return `carta_outbox_${schema}`;
}

/**
 * Writes events into the service's outbox inside the caller's transaction, so an event exists
 * if and only if the state change that caused it was committed.
 */
export class Outbox {
  constructor(
    /** CloudEvents `source` of everything this service emits, e.g. `/carta/intake`. */
    private readonly source: string,
  ) {}

  async append<D extends EventDefinition>(
    manager: EntityManager,
    definition: D,
    data: EventData<D>,
    options: { traceparent?: string } = {},
  ): Promise<CartaEvent<EventData<D>>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox.append must run inside the transaction that changes the state');
    }
    const event = buildEvent(definition, this.source, data, options);
    await manager.insert(OutboxRecord, {
      eventId: event.id,
      topic: definition.topic,
      messageKey: event.subject,
      eventType: event.type,
      // `as never`: TypeORM's deep-partial insert type cannot see through the generic jsonb payload.
      envelope: event as never,
    });
    const schema = manager.connection.driver.schema as string;
    // Delivered at commit: wakes the relay at once instead of waiting for its next poll.
    await manager.query('SELECT pg_notify($1, $2)', [outboxChannel(schema), event.id]);
    return event;
  }
}

export function toRecord(row: Pick<OutboxRecord, 'topic' | 'messageKey' | 'eventType' | 'eventId' | 'envelope'>): OutgoingRecord {
  return {
    topic: row.topic,
    key: row.messageKey,
    value: JSON.stringify(row.envelope),
    headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE, ce_id: row.eventId, ce_type: row.eventType },
  };
}

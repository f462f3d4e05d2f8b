import { buildEvent, CartaEvent, CLOUDEVENTS_CONTENT_TYPE, EventData, EventDefinition } from '@carta/contracts';
import { EntityManager } from 'typeorm';
import { OutgoingRecord } from './broker';
import { OutboxRecord } from './messaging.entities';
import { activeTraceparent } from './tracing';

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
    const [event] = await this.appendAll(manager, definition, [data], options);
    return event;
  }

  /** Several events of one kind with one insert and one round trip of NOTIFYs, for set-based work. */
  async appendAll<D extends EventDefinition>(
    manager: EntityManager,
    definition: D,
    data: EventData<D>[],
    options: { traceparent?: string } = {},
  ): Promise<CartaEvent<EventData<D>>[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox.append must run inside the transaction that changes the state');
    }
    if (data.length === 0) return [];
    // The trace this change belongs to travels with its events (CloudEvents' `traceparent` extension).
    const traced = { ...options, traceparent: options.traceparent ?? activeTraceparent() };
    const events = data.map((one) => buildEvent(definition, this.source, one, traced));
    await manager.insert(
      OutboxRecord,
      events.map((event) => ({
        eventId: event.id,
        topic: definition.topic,
        messageKey: event.subject,
        eventType: event.type,
        // `as never`: TypeORM's deep-partial insert type cannot see through the generic jsonb payload.
        envelope: event as never,
      })),
    );
    const schema = manager.connection.driver.schema as string;
    // Delivered at commit: wakes the relay at once instead of waiting for its next poll.
    await manager.query('SELECT pg_notify($1, id) FROM unnest($2::text[]) AS id', [outboxChannel(schema), events.map((event) => event.id)]);
    return events;
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

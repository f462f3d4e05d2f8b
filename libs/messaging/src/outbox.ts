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

  /** Several events of one kind in one statement (insert and NOTIFYs), for set-based work. */
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
    const schema = manager.connection.driver.schema as string;
    // One statement, whatever the count: the rows in the events' order (their `seq`, the relay's
    // order), each announced on the relay's channel, delivered at commit. Raw SQL: building a
    // many-row INSERT through TypeORM cost more CPU than the database's work.
    await manager.query(
      `WITH inserted AS (
         INSERT INTO "${schema}"."outbox" ("event_id", "topic", "message_key", "event_type", "envelope")
         SELECT (e->>'id')::uuid, $2, e->>'subject', e->>'type', e FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS batch(e, n) ORDER BY n
         RETURNING "event_id")
       SELECT count(pg_notify($3, "event_id"::text)) FROM inserted`,
      [JSON.stringify(events), definition.topic, outboxChannel(schema)],
    );
    return events;
  }
}

export function toRecord(row: Pick<OutboxRecord, 'topic' | 'messageKey' | 'eventType' | 'eventId' | 'envelope'>): OutgoingRecord {
  return recordOf(row.topic, row.messageKey, row.eventId, row.eventType, JSON.stringify(row.envelope));
}

/** The record an outbox row is published as; `envelope` is its JSON text (CloudEvents' structured mode). */
export function recordOf(topic: string, key: string, eventId: string, eventType: string, envelope: string): OutgoingRecord {
  return { topic, key, value: envelope, headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE, ce_id: eventId, ce_type: eventType } };
}

import { Logger } from '@nestjs/common';
import type { Span } from '@opentelemetry/api';
import { CartaEvent, ContractViolation, deadLetterTopic, EventDefinition, parseEvent } from '@carta/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { BatchControls, DeliveryControls, IncomingRecord, MessageBroker, Subscription } from './broker';
import { DeadLetterRecord } from './messaging.entities';
import { ConsumerObserver } from './observer';
import { backoffDelay, sleep } from './timing';
import { endFailed, inSpan, startConsumerSpan } from './tracing';

export interface HandlerContext {
  /** The transaction the inbox row is written in: do every effect through it. */
  manager: EntityManager;
  heartbeat(): Promise<void>;
  attempt: number;
}

export type EventHandler = (event: CartaEvent, context: HandlerContext) => Promise<unknown>;
export type EventBatchHandler = (events: CartaEvent[], context: HandlerContext) => Promise<unknown>;

/** What a subscription does with one kind of event: validate against the definition, then handle. */
export interface EventRoute {
  definition: EventDefinition;
  handle: EventHandler;
  /**
   * Optional set-based handling: consecutive new events of this kind in a batch, in order, at once
   * (same transaction, same guarantees). `handle` still serves retries and single records.
   */
  handleAll?: EventBatchHandler;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export type DeliveryOutcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 5_000 };
/** Records applied in one transaction at most; 1 applies every record in its own transaction. */
export const DEFAULT_MAX_BATCH = 500;
/** kafkajs sends a heartbeat only when its own interval has passed, so calling often is cheap. */
const HEARTBEAT_EVERY_MS = 1_000;

/** A record read and checked against its contract, or why it was not. */
type Reading = { event: CartaEvent; route: EventRoute } | { ignored: true } | { unreadable: unknown };
/** A readable record of a batch, with the record it came in (its headers carry the trace). */
type BatchEntry = { event: CartaEvent; route: EventRoute; record: IncomingRecord };

/**
 * Applies one subscription's records exactly once in effect: the event id goes into the inbox in
 * the same transaction as the handler's effects. A failing record is retried a bounded number of
 * times, then dead-lettered (table + `<topic>.dlq`) so the partition moves on.
 *
 * Records arrive in batches (one partition's, in offset order): up to `maxBatch` of them are
 * applied in ONE transaction with one bulk inbox insert, handlers called in order. If anything in
 * that transaction fails, it rolls back and those records are applied one by one as above, so a
 * poison record is retried and dead-lettered alone and never holds back the others for good.
 */
export class EventConsumer {
  private readonly logger: Logger;

  constructor(
    /** Stable name of this subscription, e.g. `documents.carta.intake.case.v1`: the inbox key. */
    readonly name: string,
    readonly topic: string,
    private readonly dataSource: DataSource,
    /** By CloudEvents type; other kinds of event on the same topic are skipped. */
    private readonly routes: ReadonlyMap<string, EventRoute>,
    private readonly broker: MessageBroker,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    private readonly maxBatch = DEFAULT_MAX_BATCH,
    /** Told of each transaction, outcome, retry and dead letter (metrics). */
    private readonly observer?: ConsumerObserver,
  ) {
    this.logger = new Logger(`EventConsumer:${name}`);
  }

  /** This consumer as a broker subscription (one consumer group reading this topic). */
  subscription(groupId: string): Subscription {
    return {
      groupId,
      topic: this.topic,
      handle: async (record, controls) => void (await this.deliver(record, controls)),
      ...(this.maxBatch > 1 ? { handleBatch: (records: IncomingRecord[], controls: BatchControls) => this.deliverBatch(records, controls) } : {}),
    };
  }

  /** One partition's records in offset order: applied in transactions of up to `maxBatch`, one by one when that fails. */
  async deliverBatch(records: IncomingRecord[], controls: BatchControls): Promise<void> {
    for (let start = 0; start < records.length && controls.active(); start += this.maxBatch) {
      const chunk = records.slice(start, start + this.maxBatch);
      const readings = chunk.map((record) => this.read(record));
      if (chunk.length > 1 && readings.every((reading) => !('unreadable' in reading))) {
        const events = readings.flatMap((reading, index): BatchEntry[] => ('event' in reading ? [{ ...reading, record: chunk[index] }] : []));
        try {
          if (events.length > 0) await this.withPacemaker(controls, () => this.applyAll(events, controls));
          await controls.done(chunk[chunk.length - 1]);
          continue;
        } catch (error) {
          this.logger.warn(`a batch of ${chunk.length} failed, applying its records one by one: ${failureSummary(error)}`);
        }
      }
      for (const [index, record] of chunk.entries()) {
        if (!controls.active()) return;
        await this.deliverReading(record, readings[index], controls);
        await controls.done(record);
      }
    }
  }

  async deliver(record: IncomingRecord, controls: DeliveryControls): Promise<DeliveryOutcome> {
    return this.deliverReading(record, this.read(record), controls);
  }

  private read(record: IncomingRecord): Reading {
    try {
      const raw = JSON.parse(record.value ?? '');
      const route = this.routes.get(raw?.type);
      if (!route) return { ignored: true }; // another kind of event on the same aggregate stream
      return { event: parseEvent(route.definition, raw), route };
    } catch (error) {
      return { unreadable: error };
    }
  }

  /** One record in a span of its own that continues the record's trace; its outcome is observed. */
  private async deliverReading(record: IncomingRecord, reading: Reading, controls: DeliveryControls): Promise<DeliveryOutcome> {
    if ('ignored' in reading) {
      this.observer?.handled(this.name, 'ignored');
      return 'ignored';
    }
    const span = startConsumerSpan(record, this.name, this.system, 'event' in reading ? reading.event : undefined);
    try {
      const outcome = await inSpan(span, () => this.handleReading(record, reading, controls));
      span.setAttribute('carta.delivery.outcome', outcome);
      span.end();
      this.observer?.handled(this.name, outcome);
      return outcome;
    } catch (error) {
      endFailed(span, error);
      throw error;
    }
  }

  private get system(): string {
    return this.broker.system ?? 'in-process';
  }

  private async handleReading(record: IncomingRecord, reading: Reading, controls: DeliveryControls): Promise<DeliveryOutcome> {
    if ('ignored' in reading) return 'ignored';
    if ('unreadable' in reading) {
      // Unreadable or contract-breaking records never get better by retrying.
      await this.deadLetter(record, reading.unreadable, 1);
      return 'dead-lettered';
    }
    const { event, route } = reading;

    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      try {
        const outcome = await this.withPacemaker(controls, () => this.apply(event, route.handle, controls, attempt));
        this.observer?.applied(this.name, 'single', (performance.now() - started) / 1000, false);
        return outcome;
      } catch (error) {
        this.observer?.applied(this.name, 'single', (performance.now() - started) / 1000, true);
        if (attempt >= this.retry.attempts) {
          await this.deadLetter(record, error, attempt, event);
          return 'dead-lettered';
        }
        this.observer?.retried(this.name);
        const delay = backoffDelay(attempt, this.retry.baseDelayMs, this.retry.maxDelayMs);
        this.logger.warn(`${event.type} ${event.id} failed (attempt ${attempt}/${this.retry.attempts}), retrying in ${delay} ms: ${failureSummary(error)}`);
        await this.withPacemaker(controls, () => sleep(delay));
      }
    }
  }

  /**
   * Several events in one transaction: one inbox insert for all, then each new one's handler, in
   * order. Each record has its own span (a batch mixes traces); a one-event handler runs in it.
   */
  private async applyAll(events: BatchEntry[], controls: DeliveryControls): Promise<void> {
    const spans = events.map(({ event, record }) => startConsumerSpan(record, this.name, this.system, event));
    const applied = new Set<number>();
    const started = performance.now();
    try {
      await this.applyAllInTransaction(events, spans, applied, controls);
    } catch (error) {
      this.observer?.applied(this.name, 'batch', (performance.now() - started) / 1000, true);
      for (const span of spans) endFailed(span, error);
      throw error;
    }
    this.observer?.applied(this.name, 'batch', (performance.now() - started) / 1000, false);
    spans.forEach((span, index) => {
      const outcome = applied.has(index) ? 'applied' : 'duplicate';
      span.setAttribute('carta.delivery.outcome', outcome);
      span.end();
      this.observer?.handled(this.name, outcome);
    });
  }

  private applyAllInTransaction(events: BatchEntry[], spans: Span[], applied: Set<number>, controls: DeliveryControls): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const types = new Map(events.map(({ event }) => [event.id, event.type]));
      const inserted: { event_id: string }[] = await manager.query(
        `INSERT INTO "${this.dataSource.driver.schema}"."inbox" ("consumer", "event_id", "event_type")
         SELECT $1, id, type FROM unnest($2::uuid[], $3::text[]) AS batch(id, type)
         ON CONFLICT DO NOTHING RETURNING "event_id"`,
        [this.name, [...types.keys()], [...types.values()]],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      // `delete`: a record delivered twice within one batch is applied once.
      const todo = events.map((entry, index) => ({ ...entry, index })).filter(({ event }) => fresh.delete(event.id));
      todo.forEach(({ index }) => applied.add(index));
      const context: HandlerContext = { manager, heartbeat: () => controls.heartbeat(), attempt: 1 };
      for (let start = 0; start < todo.length;) {
        const { route } = todo[start];
        let end = start + 1;
        if (route.handleAll) {
          while (end < todo.length && todo[end].route === route) end += 1;
          await route.handleAll(
            todo.slice(start, end).map(({ event }) => event),
            context,
          );
        } else {
          await inSpan(spans[todo[start].index], () => route.handle(todo[start].event, context));
        }
        start = end;
      }
    });
  }

  private apply(event: CartaEvent, handler: EventHandler, controls: DeliveryControls, attempt: number): Promise<DeliveryOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO "${this.dataSource.driver.schema}"."inbox" ("consumer", "event_id", "event_type") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING "event_id"`,
        [this.name, event.id, event.type],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler(event, { manager, heartbeat: () => controls.heartbeat(), attempt });
      return 'applied';
    });
  }

  /** Heartbeats on a timer while long work runs: kafkajs only heartbeats between messages. */
  private async withPacemaker<T>(controls: DeliveryControls, work: () => Promise<T>): Promise<T> {
    const timer = setInterval(() => controls.heartbeat().catch(() => undefined), HEARTBEAT_EVERY_MS);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  private async deadLetter(record: IncomingRecord, error: unknown, attempts: number, event?: CartaEvent): Promise<void> {
    const errorCode = error instanceof ContractViolation || error instanceof SyntaxError ? 'CONTRACT_VIOLATION' : 'HANDLER_FAILED';
    const errorMessage = failureSummary(error).slice(0, 2_000);
    const messageRef = event?.id ?? `${record.topic}/${record.partition}/${record.offset}`;
    this.observer?.deadLettered(this.name, errorCode);
    this.logger.error(`dead-lettering ${messageRef} after ${attempts} attempt(s): ${errorMessage}`);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DeadLetterRecord)
      .values({
        consumer: this.name,
        messageRef,
        topic: record.topic,
        eventType: event?.type ?? null,
        payload: record.value ?? '',
        headers: record.headers,
        errorCode,
        errorMessage,
        attempts,
        redrivenAt: null,
      })
      .orUpdate(['error_code', 'error_message', 'attempts', 'redriven_at'], ['consumer', 'message_ref'])
      .execute();
    await this.broker.publish([
      {
        topic: deadLetterTopic(record.topic),
        key: record.key ?? messageRef,
        value: record.value ?? '',
        headers: {
          ...record.headers,
          'carta-dlq-error-code': errorCode,
          'carta-dlq-error': errorMessage,
          'carta-dlq-consumer': this.name,
          'carta-dlq-origin-topic': record.topic,
          'carta-dlq-origin-partition': String(record.partition),
          'carta-dlq-origin-offset': record.offset,
          'carta-dlq-attempts': String(attempts),
        },
      },
    ]);
  }

  /** Replays a dead letter through the same inbox path; marks it redriven when it applies. */
  async redrive(deadLetter: DeadLetterRecord): Promise<DeliveryOutcome> {
    const record: IncomingRecord = {
      topic: deadLetter.topic,
      partition: -1,
      offset: 'redrive',
      key: null,
      value: deadLetter.payload,
      headers: deadLetter.headers,
    };
    const outcome = await this.deliver(record, { heartbeat: async () => undefined });
    if (outcome === 'applied' || outcome === 'duplicate') {
      await this.dataSource.getRepository(DeadLetterRecord).update(deadLetter.id, { redrivenAt: new Date() });
    }
    return outcome;
  }
}

/**
 * What may be logged, stored in a dead letter and copied into DLQ headers about a failure: messages
 * written for that purpose (contract violations name the rule, domain refusals carry no patient data),
 * otherwise only the error's class and SQLSTATE — a database message can quote the values it refused.
 */
export function failureSummary(error: unknown): string {
  if (error instanceof ContractViolation || (error instanceof Error && error.name === 'DomainError')) return error.message;
  if (error instanceof SyntaxError) return 'the record is not valid JSON';
  if (!(error instanceof Error)) return 'a non-error value was thrown';
  const code = (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? `${error.name} (SQLSTATE ${code})` : error.name;
}

import { Logger } from '@nestjs/common';
import { CartaEvent, ContractViolation, deadLetterTopic, EventDefinition, parseEvent } from '@carta/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryControls, IncomingRecord, MessageBroker, Subscription } from './broker';
import { DeadLetterRecord, InboxRecord } from './messaging.entities';
import { backoffDelay, sleep } from './timing';

export interface HandlerContext {
  /** The transaction the inbox row is written in: do every effect through it. */
  manager: EntityManager;
  heartbeat(): Promise<void>;
  attempt: number;
}

export type EventHandler = (event: CartaEvent, context: HandlerContext) => Promise<unknown>;

/** What a subscription does with one kind of event: validate against the definition, then handle. */
export interface EventRoute {
  definition: EventDefinition;
  handle: EventHandler;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export type DeliveryOutcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 5_000 };
/** kafkajs sends a heartbeat only when its own interval has passed, so calling often is cheap. */
const HEARTBEAT_EVERY_MS = 1_000;

/**
 * Applies one subscription's records exactly once in effect: the event id goes into the inbox in
 * the same transaction as the handler's effects. A failing record is retried a bounded number of
 * times, then dead-lettered (table + `<topic>.dlq`) so the partition moves on.
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
  ) {
    this.logger = new Logger(`EventConsumer:${name}`);
  }

  /** This consumer as a broker subscription (one consumer group reading this topic). */
  subscription(groupId: string): Subscription {
    return { groupId, topic: this.topic, handle: async (record, controls) => void (await this.deliver(record, controls)) };
  }

  async deliver(record: IncomingRecord, controls: DeliveryControls): Promise<DeliveryOutcome> {
    let event: CartaEvent;
    let route: EventRoute | undefined;
    try {
      const raw = JSON.parse(record.value ?? '');
      route = this.routes.get(raw?.type);
      if (!route) return 'ignored'; // another kind of event on the same aggregate stream
      event = parseEvent(route.definition, raw);
    } catch (error) {
      // Unreadable or contract-breaking records never get better by retrying.
      await this.deadLetter(record, error, 1);
      return 'dead-lettered';
    }

    for (let attempt = 1; ; attempt++) {
      try {
        return await this.withPacemaker(controls, () => this.apply(event, route.handle, controls, attempt));
      } catch (error) {
        if (attempt >= this.retry.attempts) {
          await this.deadLetter(record, error, attempt, event);
          return 'dead-lettered';
        }
        const delay = backoffDelay(attempt, this.retry.baseDelayMs, this.retry.maxDelayMs);
        this.logger.warn(`${event.type} ${event.id} failed (attempt ${attempt}/${this.retry.attempts}), retrying in ${delay} ms: ${failureSummary(error)}`);
        await this.withPacemaker(controls, () => sleep(delay));
      }
    }
  }

  private apply(event: CartaEvent, handler: EventHandler, controls: DeliveryControls, attempt: number): Promise<DeliveryOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(InboxRecord)
        .values({ consumer: this.name, eventId: event.id, eventType: event.type })
        .orIgnore()
        .returning(['event_id'])
        .execute();
      if (inserted.raw.length === 0) return 'duplicate';
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

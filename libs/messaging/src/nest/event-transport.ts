import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { CartaEvent, eventDefinition } from '@carta/contracts';
import { lastValueFrom, Observable, throwError } from 'rxjs';
import { DataSource } from 'typeorm';
import { MessageBroker } from '../broker';
import { ConsumerObserver } from '../observer';
import { DeadLetterRecord } from '../messaging.entities';
import { DEFAULT_MAX_BATCH, DEFAULT_RETRY, DeliveryOutcome, EventConsumer, EventRoute, HandlerContext, RetryPolicy } from '../event-consumer';

export interface EventTransportOptions {
  service: string;
  dataSource: DataSource;
  broker: MessageBroker;
  /** Prefixes consumer group ids, e.g. to isolate a test run. */
  groupPrefix?: string;
  retry?: RetryPolicy;
  /** Told of each consumer's work (metrics). */
  observer?: ConsumerObserver;
}

/**
 * Serves a service's `@EventPattern(<event type>)` handlers: one subscription (consumer group)
 * per topic, each record applied through the EventConsumer (inbox, bounded retries, dead letters).
 * Replaces Nest's stock Kafka server, which stalls on a poison message and shares one consumer.
 */
export class EventTransport extends Server implements CustomTransportStrategy {
  private readonly consumers = new Map<string, EventConsumer>();

  constructor(private readonly options: EventTransportOptions) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    this.subscribeAll().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    this.consumers.clear();
  }

  on(): never {
    throw new Error('EventTransport has no event listeners');
  }

  unwrap<T>(): T {
    return this.options.broker as T;
  }

  /** Replays one dead letter through its consumer. */
  async redrive(deadLetterId: string): Promise<DeliveryOutcome> {
    const deadLetter = await this.options.dataSource.getRepository(DeadLetterRecord).findOneByOrFail({ id: deadLetterId });
    const consumer = this.consumers.get(deadLetter.consumer);
    if (!consumer) throw new Error(`no consumer ${deadLetter.consumer} in this service`);
    return consumer.redrive(deadLetter);
  }

  private async subscribeAll(): Promise<void> {
    const byTopic = new Map<string, Map<string, EventRoute>>();
    for (const [pattern, nestHandler] of this.getHandlers()) {
      const definition = eventDefinition(pattern);
      if (!definition) throw new Error(`@EventPattern('${pattern}') names no event in the contracts catalog`);
      const routes = byTopic.get(definition.topic) ?? new Map<string, EventRoute>();
      // Several modules of one service may handle the same event (Nest chains them by `next`): all of
      // them run, in the same transaction as the inbox rows. A handler declared with
      // `@EventPattern(type, { batch: true })` takes an array of events (set-based work); with others
      // in its chain, each handler in turn gets all of the batch's events.
      const chain: MessageHandler[] = [];
      for (let handler: MessageHandler | undefined = nestHandler; handler; handler = handler.next) chain.push(handler);
      // Nest's event handler would itself call `next` at once (forkJoin): concurrently on the same
      // transaction, and again when the chain is walked. This transport runs the chain one by one.
      for (const handler of chain) handler.next = undefined;
      const run = async (events: CartaEvent[], context: HandlerContext) => {
        for (const handler of chain) {
          const calls = handler.extras?.batch ? [events] : events;
          for (const payload of calls) await lastValueFrom(this.transformToObservable(await handler(payload, context)), { defaultValue: undefined });
        }
      };
      routes.set(pattern, {
        definition,
        handle: (event, context) => run([event], context),
        ...(chain.some((handler) => handler.extras?.batch) ? { handleAll: run } : {}),
      });
      byTopic.set(definition.topic, routes);
    }
    for (const [topic, routes] of byTopic) {
      const name = `${this.options.service}.${topic}`;
      const consumer = new EventConsumer(
        name,
        topic,
        this.options.dataSource,
        routes,
        this.options.broker,
        this.options.retry ?? DEFAULT_RETRY,
        DEFAULT_MAX_BATCH,
        this.options.observer,
      );
      this.consumers.set(name, consumer);
      await this.options.broker.subscribe(consumer.subscription(`${this.options.groupPrefix ?? ''}${name}`));
    }
  }
}

/** Lets a handler's real error reach the EventConsumer (Nest's default filter would replace it). */
@Catch()
export class RethrowEventErrors implements RpcExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

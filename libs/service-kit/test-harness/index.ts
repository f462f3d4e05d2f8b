/**
 * One service, started for a test exactly as `npm start` starts it (its real migrations on an
 * embedded PGlite, its Nest app, its event consumers, its outbox relay) but alone, on the in-process
 * broker, with a clock the test moves. A spec drives the application services directly
 * (`harness.get(CasesService)`) and plays the other services by publishing their events
 * (`harness.deliver(CaseOpened, …)`), then reads rows and the outbox. No engines, no gateway.
 *
 * Lives in service-kit (not libs/testing, which depends on nothing) so that every service's specs
 * may import it: `import { startServiceHarness } from '@carta/service-kit/test-harness'`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type } from '@nestjs/common';
import { buildEvent, CartaEvent, EventData, EventDefinition } from '@carta/contracts';
import { DeadLetterRecord, HandlerContext, InboxRecord, InProcessBroker, OutboxRecord, toRecord } from '@carta/messaging';
import { TestClock } from '@carta/testing';
import { DataSource } from 'typeorm';
import { loadPlatformConfig, RunningService, ServiceDefinition, ServiceName, startService } from '../src';

export interface ServiceHarness {
  readonly name: ServiceName;
  readonly running: RunningService;
  readonly dataSource: DataSource;
  readonly broker: InProcessBroker;
  readonly clock: TestClock;
  /** A provider of the service's Nest app: an application service, a consumer, or a token such as OBJECT_STORE. */
  get<T>(token: Type<T> | string | symbol): T;
  /**
   * Publishes an event as its owning service would (through the broker, so the service's real
   * consumer, inbox and retries apply it) and waits until this service has applied it. Fails with
   * the handler's error when the event was dead-lettered.
   */
  deliver<D extends EventDefinition>(definition: D, data: EventData<D>): Promise<CartaEvent<EventData<D>>>;
  /** Like `deliver`, for several events published at once: they reach the consumer as one batch, in order. */
  deliverAll<D extends EventDefinition>(definition: D, data: EventData<D>[]): Promise<CartaEvent<EventData<D>>[]>;
  /** The events this service appended to its outbox, oldest first: all, or one kind, optionally about one aggregate. */
  outbox<D extends EventDefinition>(definition?: D, subject?: string): Promise<CartaEvent<EventData<D>>[]>;
  /** Runs `handler` in a transaction with the context a consumer gets, to call a consumer method directly. */
  handle<T>(handler: (context: HandlerContext) => Promise<T>): Promise<T>;
  /** Like `handle`, counting the SQL statements `handler` sends: a set-based handler keeps this fixed whatever the batch size. */
  statements(handler: (context: HandlerContext) => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** Fails fast instead of waiting out the production back-off: a spec wants the handler's error. */
const TEST_RETRY = { attempts: 2, baseDelayMs: 10, maxDelayMs: 50 };
const DELIVERY_TIMEOUT_MS = 10_000;

export async function startServiceHarness(definition: ServiceDefinition, options: { clock?: TestClock } = {}): Promise<ServiceHarness> {
  // Quiet unless asked: the consumers' own warnings still show.
  process.env.LOG_LEVEL ??= 'warn';
  const dataDir = await mkdtemp(join(tmpdir(), `carta-${definition.name}-`));
  const broker = new InProcessBroker();
  const clock = options.clock ?? new TestClock();
  let running: RunningService;
  try {
    running = await startService(definition, loadPlatformConfig({ CARTA_DATA_DIR: dataDir }), { port: 0, broker, clock, retry: TEST_RETRY });
  } catch (error) {
    await broker.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { dataSource } = running;

  async function deliverAll<D extends EventDefinition>(eventDefinition: D, data: EventData<D>[]): Promise<CartaEvent<EventData<D>>[]> {
    const events = data.map((one) => buildEvent(eventDefinition, '/carta/test', one, { time: clock.now() }));
    await broker.publish(
      events.map((event) => toRecord({ topic: eventDefinition.topic, messageKey: event.subject, eventType: event.type, eventId: event.id, envelope: event })),
    );
    const consumer = `${definition.name}.${eventDefinition.topic}`;
    const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
    for (const event of events) {
      for (;;) {
        if (await dataSource.getRepository(InboxRecord).existsBy({ consumer, eventId: event.id })) break;
        const failed = await dataSource.getRepository(DeadLetterRecord).findOneBy({ consumer, messageRef: event.id });
        if (failed) throw new DeliveryFailed(`${consumer} dead-lettered ${event.type}: ${failed.errorCode}: ${failed.errorMessage}`);
        if (Date.now() > deadline)
          throw new DeliveryFailed(`${consumer} did not apply ${event.type} within ${DELIVERY_TIMEOUT_MS} ms: does this service consume it?`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    return events;
  }

  return {
    name: definition.name,
    running,
    dataSource,
    broker,
    clock,
    get: <T>(token: Type<T> | string | symbol) => running.app.get<T>(token, { strict: false }),

    deliverAll,
    async deliver(eventDefinition, data) {
      const [event] = await deliverAll(eventDefinition, [data]);
      return event;
    },

    async outbox<D extends EventDefinition>(eventDefinition?: D, subject?: string) {
      const rows = await dataSource.getRepository(OutboxRecord).find({
        where: { ...(eventDefinition ? { eventType: eventDefinition.type } : {}), ...(subject ? { messageKey: subject } : {}) },
        order: { seq: 'ASC' },
      });
      return rows.map((row) => row.envelope as CartaEvent<EventData<D>>);
    },

    handle: (handler) => dataSource.transaction((manager) => handler({ manager, attempt: 1, heartbeat: async () => undefined })),

    async statements(handler) {
      let count = 0;
      await dataSource.transaction(async (manager) => {
        // The transaction's own query runner (made for it, released after it): count what passes through.
        const runner = manager.queryRunner!;
        const query = runner.query;
        runner.query = ((...args: Parameters<typeof query>) => ((count += 1), query.apply(runner, args))) as typeof query;
        try {
          await handler({ manager, attempt: 1, heartbeat: async () => undefined });
        } finally {
          runner.query = query;
        }
      });
      return count;
    },

    async close() {
      await running.close();
      await broker.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export class DeliveryFailed extends Error {
  override name = 'DeliveryFailed';
}

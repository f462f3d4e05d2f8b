import { EventDefinition } from '@carta/contracts';
import { createTestDatabase, eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { DataSource } from 'typeorm';
import { EventConsumer, EventHandler, KafkaBroker, Outbox, OutboxRelay } from '../src';
import { openProbeDataSource, ProbeEffect, probeEvent } from './probe.fixture';

/**
 * Long handlers on real Kafka: a handler that outlives the session timeout is applied once, and
 * closing the broker lets an in-flight handler finish and commit. (The pacemaker's heartbeats are
 * not isolated here: with a single group member this test also passes without them.)
 */
const engines = requireEngines();
const SESSION_TIMEOUT_MS = 6_000; // the broker's minimum
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('slow handlers (real PostgreSQL + Kafka)', () => {
  const run = uniqueSuffix();
  const topic = `carta.test.slow-${run}.v1`;
  const Probe: EventDefinition = probeEvent(topic);
  const outbox = new Outbox('/carta/test');
  const invocations = new Map<string, number>();
  let started: (probeId: string) => void = () => undefined;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let relayBroker: KafkaBroker;
  let relay: OutboxRelay;

  const slowHandler: EventHandler = async (event, { manager }) => {
    const data = event.data as { probeId: string; step: number };
    invocations.set(data.probeId, (invocations.get(data.probeId) ?? 0) + 1);
    started(data.probeId);
    await sleep(data.step); // the step is the handler's duration in ms
    await manager.insert(ProbeEffect, { eventId: event.id, probeId: data.probeId, step: data.step });
  };
  const consumerOn = (broker: KafkaBroker) =>
    new EventConsumer('test.slow', topic, dataSource, new Map([[Probe.type, { definition: Probe, handle: slowHandler }]]), broker);
  const effects = (probeId: string) => dataSource.getRepository(ProbeEffect).countBy({ probeId });
  const emit = (probeId: string, durationMs: number) =>
    dataSource.transaction((manager) => outbox.append(manager, Probe, { probeId, step: durationMs, poison: false }));

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    dataSource = await openProbeDataSource({ url: database.url });
    relayBroker = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: `slow-relay-${run}` });
    relay = new OutboxRelay(dataSource, relayBroker);
    await relay.start();
  }, 60_000);

  afterAll(async () => {
    await relay?.stop();
    await relayBroker?.close();
    await dataSource?.destroy();
    await database?.drop();
  }, 60_000);

  it('applies a handler twice as long as the session timeout exactly once', async () => {
    const broker = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: `slow-${run}`, sessionTimeoutMs: SESSION_TIMEOUT_MS });
    try {
      await broker.subscribe(consumerOn(broker).subscription(`test-${run}.slow`));
      await emit('long', SESSION_TIMEOUT_MS * 2);
      await eventually('the long handler to finish', async () => (await effects('long')) === 1, 60_000, 250);
      await sleep(3_000);
      expect(invocations.get('long')).toBe(1);
    } finally {
      await broker.close();
    }
  }, 90_000);

  it('finishes and commits an in-flight handler on close, so a restart does not redo it', async () => {
    const broker = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: `slow-${run}-2`, sessionTimeoutMs: SESSION_TIMEOUT_MS });
    const inFlight = new Promise<void>((resolve) => (started = (probeId) => probeId === 'shutdown' && resolve()));
    await broker.subscribe(consumerOn(broker).subscription(`test-${run}.slow`));
    await emit('shutdown', 3_000);
    await inFlight;
    await broker.close(); // graceful: waits for the handler, commits its offset
    expect(await effects('shutdown')).toBe(1);

    const restarted = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: `slow-${run}-3`, sessionTimeoutMs: SESSION_TIMEOUT_MS });
    try {
      await restarted.subscribe(consumerOn(restarted).subscription(`test-${run}.slow`));
      await emit('after-restart', 10);
      await eventually('the next record after the restart', async () => (await effects('after-restart')) === 1, 60_000, 250);
      expect(invocations.get('shutdown')).toBe(1);
    } finally {
      await restarted.close();
    }
  }, 90_000);
});

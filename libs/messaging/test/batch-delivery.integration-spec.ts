import { EventDefinition } from '@carta/contracts';
import { createTestDatabase, eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { DataSource } from 'typeorm';
import { DeadLetterRecord, EventConsumer, EventHandler, KafkaBroker, Outbox, OutboxRelay } from '../src';
import { openProbeDataSource, ProbeEffect, probeEvent } from './probe.fixture';

/**
 * Batched consumption on real Kafka (eachBatch): records of one partition arrive together and are
 * applied in one transaction, yet each aggregate's events apply in order and a poison record in
 * the middle of a batch is dead-lettered alone while the records around it are applied.
 */
const engines = requireEngines();

describe('batched delivery (real PostgreSQL + Kafka)', () => {
  const run = uniqueSuffix();
  const topic = `carta.test.batch-${run}.v1`;
  const Probe: EventDefinition = probeEvent(topic);
  const outbox = new Outbox('/carta/test');
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let relayBroker: KafkaBroker;
  let consumerBroker: KafkaBroker;
  let relay: OutboxRelay;

  /** Applies a step only right after the previous one of its probe: out of order would dead-letter it. */
  const handle: EventHandler = async (event, { manager }) => {
    const data = event.data as { probeId: string; step: number; poison: boolean };
    if (data.poison) throw new Error('cannot digest this probe');
    const last = (await manager.maximum(ProbeEffect, 'step', { probeId: data.probeId })) ?? 0;
    const expected = data.probeId.startsWith('poisoned') && data.step === 6 ? 4 : data.step - 1; // step 5 is the poison
    if (last !== expected) throw new Error(`out of order: ${data.step} after ${last}`);
    await manager.insert(ProbeEffect, { eventId: event.id, probeId: data.probeId, step: data.step });
  };
  const steps = async (probeId: string) =>
    (await dataSource.getRepository(ProbeEffect).find({ where: { probeId }, order: { step: 'ASC' } })).map((effect) => effect.step);

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    dataSource = await openProbeDataSource({ url: database.url });
    relayBroker = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: `batch-relay-${run}` });
    consumerBroker = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: `batch-${run}` });
    const consumer = new EventConsumer('test.batch', topic, dataSource, new Map([[Probe.type, { definition: Probe, handle }]]), consumerBroker, {
      attempts: 2,
      baseDelayMs: 10,
      maxDelayMs: 20,
    });
    await consumerBroker.subscribe(consumer.subscription(`${process.env.CARTA_TEST_GROUP_PREFIX ?? ''}test-${run}.batch`));
    relay = new OutboxRelay(dataSource, relayBroker);
    await relay.start();
  }, 60_000);

  afterAll(async () => {
    await relay?.stop();
    await consumerBroker?.close();
    await relayBroker?.close();
    await dataSource?.destroy();
    await database?.drop();
  }, 60_000);

  it('applies many aggregates in order, each event once', async () => {
    const probes = ['a', 'b', 'c', 'd'];
    // Commits of 40 events each: the relay sends them together, the consumer fetches them as batches.
    for (let from = 1; from <= 100; from += 10) {
      await dataSource.transaction((manager) =>
        outbox.appendAll(manager, Probe, Array.from({ length: 10 }, (_, i) => probes.map((probeId) => ({ probeId, step: from + i, poison: false }))).flat()),
      );
    }
    await eventually('every step applied', async () => (await dataSource.getRepository(ProbeEffect).count()) >= 400, 60_000, 200);
    for (const probe of probes) expect(await steps(probe)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(await dataSource.getRepository(DeadLetterRecord).count()).toBe(0);
  }, 90_000);

  it('dead-letters a poison record in the middle of a batch alone and applies the rest of the batch in order', async () => {
    await dataSource.transaction((manager) =>
      outbox.appendAll(
        manager,
        Probe,
        Array.from({ length: 10 }, (_, i) => ({ probeId: 'poisoned', step: i + 1, poison: i + 1 === 5 })),
      ),
    );
    await eventually('the steps after the poison', async () => (await steps('poisoned')).length === 9, 60_000, 200);
    expect(await steps('poisoned')).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10]);
    const [deadLetter, ...others] = await dataSource.getRepository(DeadLetterRecord).find();
    expect(others).toEqual([]);
    expect(deadLetter).toMatchObject({ consumer: 'test.batch', errorCode: 'HANDLER_FAILED', attempts: 2 });
    expect(JSON.parse(deadLetter.payload).data).toMatchObject({ probeId: 'poisoned', step: 5 });
  }, 90_000);
});

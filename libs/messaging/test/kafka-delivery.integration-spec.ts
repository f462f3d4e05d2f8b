import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EventDefinition } from '@carta/contracts';
import { createTestDatabase, eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { DeadLetterRecord, EventConsumer, EventHandler, InboxRecord, KafkaBroker, Outbox, OutboxRecord, OutboxRelay } from '../src';
import { openProbeDataSource, ProbeEffect, probeEvent } from './probe.fixture';

/**
 * The delivery guarantees on the real engines: PostgreSQL for outbox and inbox, Kafka 3.9 between.
 * One test stops and restarts Kafka through the project's engine script.
 */
const engines = requireEngines();
const ENGINES_SCRIPT = join(__dirname, '..', '..', '..', 'deploy', 'engines', 'engines.sh');
const engine = (command: 'up' | 'down') => execFileSync('bash', [ENGINES_SCRIPT, command, 'kafka'], { stdio: 'inherit' });

describe('Kafka delivery (real PostgreSQL + Kafka)', () => {
  const run = uniqueSuffix();
  const topic = `carta.test.probe-${run}.v1`;
  const Probe: EventDefinition = probeEvent(topic);
  const outbox = new Outbox('/carta/test');
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let broker: KafkaBroker;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  const kafka = new Kafka({ clientId: `probe-reader-${run}`, brokers: engines.kafkaBrokers, logLevel: logLevel.NOTHING });

  const handle: EventHandler = async (event, { manager }) => {
    const data = event.data as { probeId: string; step: number; poison: boolean };
    if (data.poison) throw new Error('cannot digest this probe');
    await manager.insert(ProbeEffect, { eventId: event.id, probeId: data.probeId, step: data.step });
  };
  const emit = (probeId: string, step: number, poison = false) => dataSource.transaction((manager) => outbox.append(manager, Probe, { probeId, step, poison }));
  const steps = async (probeId: string) =>
    (await dataSource.getRepository(ProbeEffect).find({ where: { probeId }, order: { step: 'ASC' } })).map((effect) => effect.step);

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    dataSource = await openProbeDataSource({ url: database.url });
    broker = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: `probe-${run}` });
    consumer = new EventConsumer('test.probe', topic, dataSource, new Map([[Probe.type, { definition: Probe, handle }]]), broker, {
      attempts: 3,
      baseDelayMs: 50,
      maxDelayMs: 200,
    });
    await broker.subscribe(consumer.subscription(`test-${run}.probe`));
    relay = new OutboxRelay(dataSource, broker, { maxBackoffMs: 2_000 });
    await relay.start();
  }, 120_000);

  afterAll(async () => {
    await relay?.stop();
    await broker?.close();
    await dataSource?.destroy();
    await database?.drop();
  }, 60_000);

  it('(e2e) publishes a committed event and the consumer applies it', async () => {
    await emit('first', 1);
    await eventually('the first probe to be applied', async () => (await steps('first')).length === 1);
  });

  it('(a) delivers an event committed while Kafka is down once Kafka is back', async () => {
    engine('down');
    try {
      const event = await emit('outage', 1);
      // The relay keeps failing and retrying; the committed row waits in the outbox.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(await dataSource.getRepository(OutboxRecord).findOneByOrFail({ eventId: event.id })).toMatchObject({ publishedAt: null });
    } finally {
      engine('up');
    }
    await eventually('the outage probe to be applied after Kafka restarted', async () => (await steps('outage')).length === 1, 120_000, 500);
  }, 240_000);

  it('(b) applies a duplicated delivery once', async () => {
    const event = await emit('duplicate', 1);
    await eventually('the first delivery', async () => (await steps('duplicate')).length === 1);
    // The same record again, as a producer retry or a rebalance would redeliver it.
    const row = await dataSource.getRepository(OutboxRecord).findOneByOrFail({ eventId: event.id });
    await broker.publish([{ topic, key: row.messageKey, value: JSON.stringify(row.envelope), headers: {} }]);
    const marker = await emit('duplicate', 2);
    await eventually('the marker after the duplicate', async () => (await steps('duplicate')).length === 2);
    expect(await steps('duplicate')).toEqual([1, 2]);
    expect(await dataSource.getRepository(InboxRecord).countBy({ eventId: event.id })).toBe(1);
    expect(marker.id).not.toBe(event.id);
  });

  it('(c) dead-letters a poison message after the retry limit and processes the next one on its partition', async () => {
    const poison = await emit('poison', 1, true);
    await emit('poison', 2); // same key, so the same partition, right behind the poison
    await eventually('the message behind the poison to be applied', async () => (await steps('poison')).length === 1);
    expect(await steps('poison')).toEqual([2]);

    const deadLetter = await dataSource.getRepository(DeadLetterRecord).findOneByOrFail({ messageRef: poison.id });
    expect(deadLetter).toMatchObject({ topic, errorCode: 'HANDLER_FAILED', attempts: 3 });

    const reader = kafka.consumer({ groupId: `dlq-reader-${run}` });
    await reader.connect();
    await reader.subscribe({ topic: `${topic}.dlq`, fromBeginning: true });
    const seen = new Promise<Record<string, string>>((resolve) => {
      void reader.run({
        eachMessage: async ({ message }) => {
          const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
          if (headers.ce_id === poison.id) resolve(headers);
        },
      });
    });
    const headers = await seen;
    await reader.disconnect();
    expect(headers).toMatchObject({
      'carta-dlq-error': 'Error',
      'carta-dlq-origin-topic': topic,
      'carta-dlq-attempts': '3',
      'carta-dlq-consumer': 'test.probe',
    });
  }, 90_000);

  it('never double-publishes or reorders with several relays on one outbox', async () => {
    const extraRelays = [new OutboxRelay(dataSource, broker), new OutboxRelay(dataSource, broker)];
    await Promise.all(extraRelays.map((extra) => extra.start()));
    try {
      const probes = ['r1', 'r2', 'r3'];
      for (let step = 1; step <= 30; step++) for (const probe of probes) await emit(probe, step);
      await eventually(
        'every relayed step',
        async () => {
          const counts = await Promise.all(probes.map(async (probe) => (await steps(probe)).length));
          return counts.every((count) => count === 30);
        },
        60_000,
      );
    } finally {
      await Promise.all(extraRelays.map((extra) => extra.stop()));
    }
    // Read the topic itself: each event exactly once, and each probe's steps in commit order.
    const reader = kafka.consumer({ groupId: `order-reader-${run}` });
    await reader.connect();
    await reader.subscribe({ topic, fromBeginning: true });
    const seen = new Map<string, number[]>();
    const ids = new Set<string>();
    let duplicates = 0;
    await new Promise<void>((resolve) => {
      void reader.run({
        eachMessage: async ({ message }) => {
          const event = JSON.parse(message.value!.toString());
          if (!['r1', 'r2', 'r3'].includes(event.data.probeId)) return;
          if (ids.has(event.id)) duplicates += 1;
          ids.add(event.id);
          seen.set(event.data.probeId, [...(seen.get(event.data.probeId) ?? []), event.data.step]);
          if (ids.size === 90) resolve();
        },
      });
    });
    await reader.disconnect();
    expect(duplicates).toBe(0);
    for (const probe of ['r1', 'r2', 'r3']) expect(seen.get(probe)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  }, 120_000);
});

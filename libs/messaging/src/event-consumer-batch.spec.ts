import { buildEvent, CartaEvent, EventDefinition } from '@carta/contracts';
import { DataSource, QueryRunner } from 'typeorm';
import { openProbeDataSource, probeEvent, ProbeEffect } from '../test/probe.fixture';
import { BatchControls, IncomingRecord, OutgoingRecord } from './broker';
import { EventConsumer, EventHandler } from './event-consumer';
import { InProcessBroker } from './in-process/in-process-broker';
import { DeadLetterRecord, InboxRecord } from './messaging.entities';

/**
 * Batched delivery (one partition's records at a time) on PGlite: one transaction and one inbox
 * insert per batch, and the per-record guarantees kept — each effect once, in order, a poison
 * record retried and dead-lettered alone while the rest of its batch is applied.
 */
describe('EventConsumer batches', () => {
  const topic = 'carta.test.batch.v1';
  const Probe: EventDefinition = probeEvent(topic);
  let dataSource: DataSource;
  let published: OutgoingRecord[];
  /** The transaction (query runner) each applied effect was written in. */
  let transactions: QueryRunner[];
  let calls: string[];

  const handle: EventHandler = async (event, { manager }) => {
    const data = event.data as { probeId: string; step: number; poison: boolean };
    calls.push(`${data.probeId}/${data.step}`);
    if (data.poison) throw new Error('cannot digest this probe');
    await manager.insert(ProbeEffect, { eventId: event.id, probeId: data.probeId, step: data.step });
    transactions.push(manager.queryRunner!);
  };

  const consumer = (maxBatch?: number) =>
    new EventConsumer(
      'test.batch',
      topic,
      dataSource,
      new Map([[Probe.type, { definition: Probe, handle }]]),
      { publish: async (records) => void published.push(...records), subscribe: async () => undefined, close: async () => undefined },
      { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
      maxBatch,
    );

  let offset = 0;
  const record = (event: CartaEvent | string): IncomingRecord => ({
    topic,
    partition: 0,
    offset: String(offset++),
    key: typeof event === 'string' ? null : event.subject,
    value: typeof event === 'string' ? event : JSON.stringify(event),
    headers: {},
  });
  const probe = (probeId: string, step: number, poison = false) => buildEvent(Probe, '/carta/test', { probeId, step, poison });
  /** Controls that remember which offsets were reported done, in order. */
  const controls = (): BatchControls & { offsets: string[] } => {
    const offsets: string[] = [];
    return { offsets, heartbeat: async () => undefined, active: () => true, done: async (done) => void offsets.push(done.offset) };
  };
  const steps = async (probeId: string) =>
    (await dataSource.getRepository(ProbeEffect).find({ where: { probeId }, order: { step: 'ASC' } })).map((effect) => effect.step);

  beforeAll(async () => {
    dataSource = await openProbeDataSource({}, 'probe_batch');
  });
  afterAll(() => dataSource.destroy());
  beforeEach(() => {
    published = [];
    transactions = [];
    calls = [];
  });

  it('applies a batch in one transaction with every effect once, in order, and reports its last offset done', async () => {
    const events = Array.from({ length: 10 }, (_, step) => probe('b1', step));
    const records = events.map(record);
    const batch = controls();
    await consumer().deliverBatch(records, batch);
    expect(await steps('b1')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(transactions).size).toBe(1);
    expect(batch.offsets).toEqual([records[9].offset]);
    expect(await dataSource.getRepository(InboxRecord).countBy({ consumer: 'test.batch' })).toBeGreaterThanOrEqual(10);
  });

  it('applies a batch of several hundred records of a partition in one transaction by default (fewer commits per event)', async () => {
    const records = Array.from({ length: 300 }, (_, step) => probe('b8', step)).map(record);
    const batch = controls();
    await consumer().deliverBatch(records, batch);
    expect(await steps('b8')).toEqual(Array.from({ length: 300 }, (_, step) => step));
    expect(new Set(transactions).size).toBe(1);
    expect(batch.offsets).toEqual([records[299].offset]);
  });

  it('with maxBatch 1 applies each record in its own transaction (the per-record path)', async () => {
    const records = [probe('b2', 1), probe('b2', 2), probe('b2', 3)].map(record);
    const batch = controls();
    await consumer(1).deliverBatch(records, batch);
    expect(await steps('b2')).toEqual([1, 2, 3]);
    expect(new Set(transactions).size).toBe(3);
    expect(batch.offsets).toEqual(records.map((one) => one.offset));
  });

  it('applies a record repeated within a batch, or already applied, once', async () => {
    const first = probe('b3', 1);
    await consumer().deliverBatch([record(first)], controls());
    const second = probe('b3', 2);
    await consumer().deliverBatch([record(first), record(second), record(second), record(first)], controls());
    expect(await steps('b3')).toEqual([1, 2]);
    expect(calls).toEqual(['b3/1', 'b3/2']);
  });

  it('isolates a poison record: the batch rolls back, then each record is applied alone and the poison dead-lettered', async () => {
    const events = [probe('b4', 1), probe('b4', 2, true), probe('b4', 3)];
    const records = events.map(record);
    const batch = controls();
    await consumer().deliverBatch(records, batch);
    expect(await steps('b4')).toEqual([1, 3]);
    // Once in the rolled-back batch, then one by one: the poison twice (its retry limit).
    expect(calls).toEqual(['b4/1', 'b4/2', 'b4/1', 'b4/2', 'b4/2', 'b4/3']);
    expect(batch.offsets).toEqual(records.map((one) => one.offset));
    const deadLetter = await dataSource.getRepository(DeadLetterRecord).findOneByOrFail({ messageRef: events[1].id });
    expect(deadLetter).toMatchObject({ consumer: 'test.batch', errorCode: 'HANDLER_FAILED', attempts: 2 });
    expect(published.map((one) => one.topic)).toEqual([`${topic}.dlq`]);
  });

  it('dead-letters an unreadable record at once and applies the others of its batch', async () => {
    const records = [record(probe('b5', 1)), record('{not json'), record(probe('b5', 2))];
    await consumer().deliverBatch(records, controls());
    expect(await steps('b5')).toEqual([1, 2]);
    expect(await dataSource.getRepository(DeadLetterRecord).findOneByOrFail({ messageRef: `${topic}/0/${records[1].offset}` })).toMatchObject({
      errorCode: 'CONTRACT_VIOLATION',
      attempts: 1,
    });
  });

  it('stops when the batch is no longer active (a rebalance): what is not done is left for redelivery', async () => {
    const records = [probe('b6', 1), probe('b6', 2)].map(record);
    const batch = { ...controls(), active: () => false };
    await consumer().deliverBatch(records, batch);
    expect(await steps('b6')).toEqual([]);
  });

  it('is driven in batches by the in-process broker, in order, each record once', async () => {
    const broker = new InProcessBroker();
    const sizes: number[] = [];
    const batched = consumer(4);
    const subscription = batched.subscription('test.batch');
    await broker.subscribe({
      ...subscription,
      handleBatch: (records, batchControls) => (sizes.push(records.length), subscription.handleBatch!(records, batchControls)),
    });
    const events = Array.from({ length: 10 }, (_, step) => probe('b7', step));
    await broker.publish(events.map((event) => ({ topic, key: event.subject, value: JSON.stringify(event), headers: {} })));
    for (let waited = 0; (await steps('b7')).length < 10 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    await broker.close();
    expect(await steps('b7')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(10);
    // Ten records in at most 4 per transaction: at least three transactions, fewer than ten.
    expect(new Set(transactions).size).toBeGreaterThanOrEqual(3);
    expect(new Set(transactions).size).toBeLessThan(10);
  });
});

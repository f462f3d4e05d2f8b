import { DataSource, IsNull } from 'typeorm';
import { EventDefinition } from '@carta/contracts';
import { openProbeDataSource, probeEvent, ProbeEffect } from '../test/probe.fixture';
import { InProcessBroker } from './in-process/in-process-broker';
import { DeadLetterRecord, InboxRecord, OutboxRecord } from './messaging.entities';
import { EventConsumer, EventHandler, failureSummary } from './event-consumer';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { OutgoingRecord } from './broker';

/**
 * The delivery pipeline on the embedded adapters (PGlite + in-process broker), which run the very
 * same outbox, relay and inbox code as Kafka. The Kafka versions are in test/*.integration-spec.ts.
 */
describe('outbox → relay → consumer (embedded)', () => {
  let dataSource: DataSource;
  let broker: InProcessBroker;
  let relay: OutboxRelay;
  const topic = 'carta.test.probe.v1';
  const Probe: EventDefinition = probeEvent(topic);
  const outbox = new Outbox('/carta/test');
  let failNext = 0;
  let poisonIsFixed = false;

  const handle: EventHandler = async (event, { manager }) => {
    const data = event.data as { probeId: string; step: number; poison: boolean };
    if (failNext > 0) {
      failNext -= 1;
      throw new Error('transient failure');
    }
    if (data.poison && !poisonIsFixed) throw new Error('cannot digest probe of patient Zqx Marker');
    await manager.insert(ProbeEffect, { eventId: event.id, probeId: data.probeId, step: data.step });
  };
  let consumer: EventConsumer;

  beforeAll(async () => {
    dataSource = await openProbeDataSource({});
    broker = new InProcessBroker();
    consumer = new EventConsumer('test.probe', topic, dataSource, new Map([[Probe.type, { definition: Probe, handle }]]), broker, {
      attempts: 3,
      baseDelayMs: 5,
      maxDelayMs: 20,
    });
    await broker.subscribe(consumer.subscription('test.probe'));
    relay = new OutboxRelay(dataSource, broker, { pollIntervalMs: 5_000 });
    await relay.start();
  });

  afterAll(async () => {
    await relay.stop();
    await broker.close();
    await dataSource.destroy();
  });

  const emit = (probeId: string, step: number, poison = false) => dataSource.transaction((manager) => outbox.append(manager, Probe, { probeId, step, poison }));
  const effects = (probeId: string) => dataSource.getRepository(ProbeEffect).find({ where: { probeId }, order: { step: 'ASC' } });
  const settle = async (probe: () => Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await probe()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('delivers a committed event promptly (woken by NOTIFY, not the 5 s poll) and applies it once', async () => {
    const started = Date.now();
    await emit('p1', 1);
    await settle(async () => (await effects('p1')).length === 1);
    expect(await effects('p1')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await dataSource.getRepository(OutboxRecord).countBy({ publishedAt: IsNull() })).toBe(0);
  });

  it('writes nothing to the outbox when the transaction rolls back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.append(manager, Probe, { probeId: 'rolled-back', step: 1, poison: false });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await dataSource.getRepository(OutboxRecord).createQueryBuilder('o').where(`o.envelope->'data'->>'probeId' = 'rolled-back'`).getCount()).toBe(0);
  });

  it('refuses to append outside a transaction', async () => {
    await expect(outbox.append(dataSource.manager, Probe, { probeId: 'p', step: 1, poison: false })).rejects.toThrow(/inside the transaction/);
  });

  it('applies a redelivered event once', async () => {
    const event = await emit('p2', 1);
    await settle(async () => (await effects('p2')).length === 1);
    const record: OutgoingRecord = { topic, key: 'p2', value: JSON.stringify(event), headers: {} };
    await broker.publish([record, record]);
    await settle(async () => (await dataSource.getRepository(InboxRecord).countBy({ eventId: event.id })) === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await effects('p2')).toHaveLength(1);
  });

  it('retries a transient failure and then applies', async () => {
    failNext = 2;
    await emit('p3', 1);
    await settle(async () => (await effects('p3')).length === 1);
    expect(await effects('p3')).toHaveLength(1);
    expect(failNext).toBe(0);
  });

  it('dead-letters a poison event after the retry limit, moves on, and can redrive it once fixed', async () => {
    const poison = await emit('p4', 1, true);
    await emit('p4', 2);
    await settle(async () => (await effects('p4')).length === 1);
    expect((await effects('p4')).map((effect) => effect.step)).toEqual([2]);

    const deadLetter = await dataSource.getRepository(DeadLetterRecord).findOneByOrFail({ messageRef: poison.id });
    expect(deadLetter).toMatchObject({ consumer: 'test.probe', topic, errorCode: 'HANDLER_FAILED', errorMessage: 'Error', attempts: 3, redrivenAt: null });

    poisonIsFixed = true;
    expect(await consumer.redrive(deadLetter)).toBe('applied');
    expect((await effects('p4')).map((effect) => effect.step)).toEqual([1, 2]);
    expect((await dataSource.getRepository(DeadLetterRecord).findOneByOrFail({ id: deadLetter.id })).redrivenAt).toBeInstanceOf(Date);
  });

  it('dead-letters a record that breaks the contract without retrying it', async () => {
    await broker.publish([{ topic, key: 'x', value: JSON.stringify({ specversion: '1.0', type: Probe.type, id: 'not-a-real-event' }), headers: {} }]);
    await broker.publish([{ topic, key: 'x', value: '{not json', headers: {} }]);
    await settle(async () => (await dataSource.getRepository(DeadLetterRecord).countBy({ errorCode: 'CONTRACT_VIOLATION' })) === 2);
    const violations = await dataSource.getRepository(DeadLetterRecord).findBy({ errorCode: 'CONTRACT_VIOLATION' });
    expect(violations.map((row) => row.attempts)).toEqual([1, 1]);
  });
});

describe('failureSummary', () => {
  it('keeps messages written to be shown, and only the class and SQLSTATE of anything else', () => {
    const refusal = Object.assign(new Error('this case is not shared with you'), { name: 'DomainError' });
    const database = Object.assign(new Error('invalid input syntax for type uuid: "Zqx Marker"'), { name: 'QueryFailedError', driverError: { code: '22P02' } });
    expect(failureSummary(refusal)).toBe('this case is not shared with you');
    expect(failureSummary(database)).toBe('QueryFailedError (SQLSTATE 22P02)');
    expect(failureSummary(new Error('patient Zqx Marker'))).toBe('Error');
    expect(failureSummary(new SyntaxError('Unexpected token Z in "Zqx"'))).toBe('the record is not valid JSON');
    expect(failureSummary('Zqx')).toBe('a non-error value was thrown');
  });
});

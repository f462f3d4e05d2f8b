import { createTestDatabase, eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { DataSource } from 'typeorm';
import { MessageBroker, Outbox, OutboxRelay, OutgoingRecord } from '../src';
import { openProbeDataSource, probeEvent } from './probe.fixture';

/**
 * The relay takes turns with other relays without holding a transaction open while the broker
 * acknowledges (a slow Kafka must not pin a snapshot and a connection "idle in transaction"), and
 * several relays on one outbox still publish each row once, in order (real PostgreSQL).
 */
const engines = requireEngines();

describe('the outbox relay across a slow send (real PostgreSQL)', () => {
  const Probe = probeEvent(`carta.test.send-${uniqueSuffix()}.v1`);
  const outbox = new Outbox('/carta/test');
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  const emit = (probeId: string, step: number) => dataSource.transaction((manager) => outbox.append(manager, Probe, { probeId, step, poison: false }));
  /** Backends of this database (other than the asking one) inside a transaction right now. */
  const inTransaction = async (): Promise<number> =>
    Number(
      (
        await dataSource.query(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`,
        )
      )[0].n,
    );

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    dataSource = await openProbeDataSource({ url: database.url }, 'send');
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  }, 60_000);

  it('holds no transaction open while the broker acknowledges, and a second relay waits its turn', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const published: OutgoingRecord[] = [];
    let sending = 0;
    const slow: MessageBroker = {
      publish: async (records) => {
        sending += 1;
        await gate;
        published.push(...records);
      },
      subscribe: async () => undefined,
      close: async () => undefined,
    };
    await emit('slow', 1);
    const first = new OutboxRelay(dataSource, slow);
    const second = new OutboxRelay(dataSource, slow);
    const firstBatch = first.publishBatch();
    await eventually('the send to start', async () => sending === 1, 10_000, 20);

    expect(await inTransaction()).toBe(0);
    expect(await second.publishBatch()).toBe(0); // the first holds the turn
    expect(sending).toBe(1);

    release();
    expect(await firstBatch).toBe(1);
    expect(published).toHaveLength(1);
    expect(await second.publishBatch()).toBe(0); // nothing left: the row was marked
  }, 60_000);

  it('publishes a backlog in one turn, the mark of each batch and the read of the next one statement: n batches in n + 3 statements', async () => {
    const published: OutgoingRecord[][] = [];
    const broker: MessageBroker = { publish: async (records) => void published.push(records), subscribe: async () => undefined, close: async () => undefined };
    for (let step = 1; step <= 5; step++) await emit('turn', step);
    const relay = new OutboxRelay(dataSource, broker, { batchSize: 2 });
    const statements: string[] = [];
    const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
    const spy = jest.spyOn(dataSource, 'createQueryRunner').mockImplementation((...args) => {
      const runner = createQueryRunner(...args);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, parameters?: unknown[]) => (statements.push(sql), query(sql, parameters))) as typeof runner.query;
      return runner;
    });
    try {
      expect(await relay.publishBatch()).toBe(5);
    } finally {
      spy.mockRestore();
    }
    expect(published.map((batch) => batch.length)).toEqual([2, 2, 1]);
    const steps = published.flat().map((record) => (JSON.parse(record.value) as { data: { step: number } }).data.step);
    expect(steps).toEqual([1, 2, 3, 4, 5]);
    // lock, read, three mark-and-read-next, unlock
    expect(statements).toHaveLength(6);
    expect(await relay.publishBatch()).toBe(0); // every row was marked
  }, 60_000);

  it('bounds a turn to ten batches, then reads the outbox afresh (a row that committed late below the last seq is not left behind)', async () => {
    const published: OutgoingRecord[] = [];
    const broker: MessageBroker = {
      publish: async (records) => void published.push(...records),
      subscribe: async () => undefined,
      close: async () => undefined,
    };
    for (let step = 1; step <= 12; step++) await emit('bounded', step);
    const relay = new OutboxRelay(dataSource, broker, { batchSize: 1 });
    expect(await relay.publishBatch()).toBe(10);
    expect(await relay.publishBatch()).toBe(2);
    expect(published.map((record) => (JSON.parse(record.value) as { data: { step: number } }).data.step)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  }, 60_000);

  it('publishes every row once and each aggregate in order with several relays on one outbox', async () => {
    const published: OutgoingRecord[] = [];
    const jittery: MessageBroker = {
      publish: async (records) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
        published.push(...records);
      },
      subscribe: async () => undefined,
      close: async () => undefined,
    };
    const relays = [1, 2, 3].map(() => new OutboxRelay(dataSource, jittery, { batchSize: 7, pollIntervalMs: 50 }));
    await Promise.all(relays.map((relay) => relay.start()));
    const probes = ['a', 'b', 'c'];
    for (let step = 1; step <= 20; step++) for (const probe of probes) await emit(probe, step);
    await eventually('every row published', async () => published.length >= 60, 30_000, 50);
    await new Promise((resolve) => setTimeout(resolve, 300)); // a double publication would show up now
    await Promise.all(relays.map((relay) => relay.stop()));

    const events = published.map((record) => JSON.parse(record.value) as { id: string; data: { probeId: string; step: number } });
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    for (const probe of probes) {
      expect(events.filter((event) => event.data.probeId === probe).map((event) => event.data.step)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  }, 60_000);
});

import { createTestDatabase, eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { DataSource } from 'typeorm';
import { MessageBroker, Outbox, OutboxRelay, OutgoingRecord } from '../src';
import { openProbeDataSource, probeEvent } from './probe.fixture';

/**
 * PostgreSQL ends the relay's LISTEN connection (as a restart or an admin does, SQLSTATE 57P01):
 * the process must not die, and the relay must hear commits again by NOTIFY, not only by polling.
 */
const engines = requireEngines();

describe('the outbox relay when PostgreSQL ends its LISTEN connection (real PostgreSQL)', () => {
  const Probe = probeEvent(`carta.test.listen-${uniqueSuffix()}.v1`);
  const outbox = new Outbox('/carta/test');
  const published: OutgoingRecord[] = [];
  const broker = {
    publish: async (records: OutgoingRecord[]) => void published.push(...records),
  } as MessageBroker;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let relay: OutboxRelay;

  const listeningBackends = async (): Promise<number[]> =>
    (await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`)).map(
      (row: { pid: number }) => row.pid,
    );
  const emit = (probeId: string) => dataSource.transaction((manager) => outbox.append(manager, Probe, { probeId, step: 1, poison: false }));

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    dataSource = await openProbeDataSource({ url: database.url }, 'listen');
    // A poll so slow that only a NOTIFY can explain a prompt publication.
    relay = new OutboxRelay(dataSource, broker, { pollIntervalMs: 120_000, maxBackoffMs: 1_000 });
    await relay.start();
  }, 60_000);

  afterAll(async () => {
    await relay?.stop();
    await dataSource?.destroy();
    await database?.drop();
  }, 60_000);

  it('survives the termination and listens again', async () => {
    await emit('before');
    await eventually('the first publication', async () => published.length === 1, 10_000, 50);
    const [listener] = await eventually('the LISTEN backend', async () => {
      const pids = await listeningBackends();
      return pids.length === 1 && pids;
    });

    await dataSource.query('SELECT pg_terminate_backend($1)', [listener]);
    const [relistened] = await eventually('a new LISTEN backend', async () => {
      const pids = await listeningBackends();
      return pids.length === 1 && pids[0] !== listener && pids;
    });
    expect(relistened).not.toBe(listener);

    const started = Date.now();
    await emit('after');
    await eventually('the publication after the reconnect', async () => published.length === 2, 10_000, 50);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);
});

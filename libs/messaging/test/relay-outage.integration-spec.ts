import { createTestDatabase, eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { DataSource } from 'typeorm';
import { MessageBroker, Outbox, OutboxRelay, OutgoingRecord } from '../src';
import { openProbeDataSource, probeEvent } from './probe.fixture';

/**
 * While the broker is down the relay backs off, but never so far that a broker back from a restart
 * waits long for it: the fault suite found the relay sleeping up to 10 s after Kafka returned.
 */
const engines = requireEngines();
const OUTAGE_MS = 12_000;
const LONGEST_GAP_MS = 2_500;

describe('the outbox relay through a broker outage (real PostgreSQL)', () => {
  const Probe = probeEvent(`carta.test.outage-${uniqueSuffix()}.v1`);
  const outbox = new Outbox('/carta/test');
  const attempts: number[] = [];
  const published: OutgoingRecord[] = [];
  let down = true;
  const broker = {
    publish: async (records: OutgoingRecord[]) => {
      attempts.push(Date.now());
      if (down) throw new Error('broker unreachable');
      published.push(...records);
    },
  } as MessageBroker;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let relay: OutboxRelay;

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    dataSource = await openProbeDataSource({ url: database.url }, 'outage');
    relay = new OutboxRelay(dataSource, broker); // the defaults a service runs with
    await relay.start();
  }, 60_000);

  afterAll(async () => {
    await relay?.stop();
    await dataSource?.destroy();
    await database?.drop();
  }, 60_000);

  it('retries at most ~2 s apart and publishes within that of the broker coming back', async () => {
    await dataSource.transaction((manager) => outbox.append(manager, Probe, { probeId: 'outage', step: 1, poison: false }));
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    const gaps = attempts.slice(1).map((at, index) => at - attempts[index]);
    expect(gaps.length).toBeGreaterThan(4);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(LONGEST_GAP_MS);

    down = false;
    const back = Date.now();
    await eventually('the publication once the broker is back', async () => published.length === 1, 10_000, 20);
    expect(Date.now() - back).toBeLessThanOrEqual(LONGEST_GAP_MS);
  }, 60_000);
});

import { deadLetterTopic } from '@carta/contracts';
import { DEFAULT_SESSION_TIMEOUT_MS, KafkaBroker } from '@carta/messaging';
import { uniqueSuffix } from '@carta/testing';
import { FaultEngines, until } from './cluster';

/**
 * A consumer across a Kafka restart and a 35 s outage, on the fault suite's own Kafka (it restarts it).
 * A consumer that loses its group membership while the broker is away comes back as a new member, and
 * the reloaded group holds it until the old member's session lapses: never sooner than the session
 * timeout after the broker answers (6.7 s here when kafkajs gave up after two connection retries). One
 * that keeps its membership, or whose old member was made to leave, consumes again as soon as it
 * reconnects (1–2 s). Part of `npm run test:faults`.
 */
/** Longer than the fault suite's 30 s outage. */
const OUTAGE_MS = 35_000;

describe('a consumer across a Kafka restart (the fault suite’s Kafka)', () => {
  const engines = new FaultEngines();
  const run = uniqueSuffix();
  const topic = `carta.test.broker-restart-${run}.v1`;
  const received = new Map<string, number>();
  const crashes: string[] = [];
  let broker: KafkaBroker | undefined;

  beforeAll(async () => {
    engines.lock();
    await engines.freshKafka();
    await engines.engines('up', 'kafka');
  }, 240_000);

  afterAll(async () => {
    await broker?.close();
    if (!process.env.CARTA_FAULTS_KEEP_ENGINES) await engines.engines('down', 'kafka');
    engines.unlock();
  }, 120_000);

  /** Publishes until Kafka takes it (the outbox relay's loop, in short). */
  const publish = async (value: string) => {
    await until(`Kafka to take ${value}`, () => broker!.publish([{ topic, key: value, value, headers: {} }]).then(() => true), 60_000, 200);
  };

  it('keeps its group membership through a restart, so it consumes again as soon as it reconnects', async () => {
    broker = new KafkaBroker({
      brokers: [engines.kafkaBrokers],
      clientId: `broker-restart-${run}`,
      onMembership: (_group, change) => void (change.state === 'crashed' && crashes.push(change.error.message)),
    });
    // A fresh broker may not lead the new topic's partitions yet: try again, as BackgroundJoins does.
    await until('the topics', () => broker!.provision([topic, deadLetterTopic(topic)]).then(() => true), 60_000, 500);
    await publish('before'); // the topic is led before the consumer looks it up
    await broker.subscribe({
      groupId: `faults-broker-restart-${run}`,
      topic,
      handle: async (record) => void received.set(record.value!, Date.now()),
    });
    await until('the record before the restart', async () => received.has('before'), 60_000, 50);

    for (const restart of [1, 2]) {
      await engines.engines('down', 'kafka');
      await engines.engines('up', 'kafka');
      const answeredAt = Date.now();
      await publish(`after-${restart}`);
      await until(`the record after restart ${restart}`, async () => received.has(`after-${restart}`), 60_000, 50);
      const backMs = received.get(`after-${restart}`)! - answeredAt;
      process.stdout.write(`restart ${restart}: consumed again ${backMs} ms after Kafka answered\n`);
      // The figure is printed; what is asserted is the mechanism: the consumer rode the restart out in
      // its group (a crash is what turned it into a new member that waits out the old one's session).
      expect(crashes).toEqual([]);
    }
  }, 300_000);

  it('consumes again within a session timeout of Kafka answering after a 35 s outage', async () => {
    const before = crashes.length;
    await engines.engines('down', 'kafka');
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    await engines.engines('up', 'kafka');
    const answeredAt = Date.now();
    await publish('after-outage');
    await until('the record after the outage', async () => received.has('after-outage'), 60_000, 50);
    const backMs = received.get('after-outage')! - answeredAt;
    const crashed = crashes.slice(before);
    process.stdout.write(
      `outage of ${OUTAGE_MS / 1000} s: consumed again ${backMs} ms after Kafka answered (crashes meanwhile: ${crashed.join('; ') || 'none'})\n`,
    );
    // Sooner than a new member that waited out its old one's session could. Whether kafkajs crashes
    // the consumer as the broker shuts down ("No broker available") varies from run to run, so this
    // catches a regression only on the runs it crashes (the old member's leave is proven by
    // member-leave.integration-spec.ts); the figure is printed either way.
    expect(backMs).toBeLessThan(DEFAULT_SESSION_TIMEOUT_MS);
  }, 180_000);

  it('closes during an outage without waiting the retries out', async () => {
    await engines.engines('down', 'kafka');
    const closing = Date.now();
    await broker!.close();
    broker = undefined;
    const closeMs = Date.now() - closing;
    process.stdout.write(`closed ${closeMs} ms into an outage\n`);
    expect(closeMs).toBeLessThan(15_000); // unbounded, it waited its consumer's connection retries out: ~50 s
    // The abandoned consumer retries on (a service exits after close); let it reach the broker and stop
    // before the test environment goes away under it.
    await engines.engines('up', 'kafka');
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }, 120_000);
});

import { deadLetterTopic } from '@carta/contracts';
import { eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { KafkaBroker, MembershipChange } from '../src';

/**
 * kafkajs stops a consumer for good after an error it deems final — a TypeError out of a handler, or
 * "Failed to find group coordinator" while the broker shuts down — and its group never consumes
 * again (the fault suite's 30 s outage left one of travel's groups so). The adapter runs it again.
 */
const engines = requireEngines();

describe('a consumer kafkajs stops for good (real Kafka)', () => {
  const topic = `carta.test.restart-${uniqueSuffix()}.v1`;
  const groupId = `${process.env.CARTA_TEST_GROUP_PREFIX ?? ''}test-restart-${uniqueSuffix()}`;
  let broker: KafkaBroker | undefined;

  afterAll(async () => {
    await broker?.close();
  });

  it('is run again and consumes the record it crashed on', async () => {
    const changes: MembershipChange[] = [];
    const deliveries: string[] = [];
    broker = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: 'member-restart', onMembership: (_group, change) => void changes.push(change) });
    await broker.provision([topic, deadLetterTopic(topic)]);
    await broker.publish([{ topic, key: 'k', value: 'the record', headers: {} }]);
    await broker.subscribe({
      groupId,
      topic,
      handle: async (record) => {
        deliveries.push(record.value!);
        // A TypeError is "unrecoverable" to kafkajs: it crashes the consumer and does not restart it.
        if (deliveries.length === 1) throw new TypeError('a bug on the first delivery');
      },
    });
    await eventually('the record delivered again', async () => deliveries.length >= 2, 30_000, 50);
    expect(deliveries.slice(0, 2)).toEqual(['the record', 'the record']);
    const crash = changes.find((change) => change.state === 'crashed');
    expect(crash).toMatchObject({ state: 'crashed', restart: true });
    expect(changes.filter((change) => change.state === 'joined').length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

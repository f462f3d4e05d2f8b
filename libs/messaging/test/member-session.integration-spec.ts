import { eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { joinedMemberProcess } from './member-process';
import { KafkaBroker } from '../src';

/**
 * A service killed with -9 leaves its consumer-group members behind; the coordinator holds the group's
 * next rebalance until their sessions lapse. With the adapter's defaults, its restarted successor must
 * consume again within seconds: the fault suite measured 30 s (the old 30 s session) after each kill.
 */
const engines = requireEngines();
/** The bar: service back within 10 s of a restart. */
const BACK_WITHIN_MS = 10_000;

describe('a consumer-group member killed without leaving (real Kafka)', () => {
  const topic = `carta.test.session-${uniqueSuffix()}.v1`;
  const groupId = `${process.env.CARTA_TEST_GROUP_PREFIX ?? ''}test-session-${uniqueSuffix()}`;
  let successor: KafkaBroker | undefined;

  afterAll(async () => {
    await successor?.close();
  });

  it('holds its group no longer than the session timeout, so a successor joins within seconds', async () => {
    const member = await joinedMemberProcess(engines.kafkaBrokers, groupId, topic);
    member.kill('SIGKILL'); // no LeaveGroup: the coordinator keeps the member until its session lapses

    const killedAt = Date.now();
    let joinedAt = 0;
    successor = new KafkaBroker({
      brokers: engines.kafkaBrokers,
      clientId: 'member-successor',
      onMembership: (_group, change) => {
        if (change.state === 'joined') joinedAt = Date.now();
      },
    });
    await successor.subscribe({ groupId, topic, handle: async () => undefined });
    await eventually('the successor to join', async () => joinedAt > 0, 60_000, 50);
    expect(joinedAt - killedAt).toBeLessThan(BACK_WITHIN_MS);
  }, 90_000);
});

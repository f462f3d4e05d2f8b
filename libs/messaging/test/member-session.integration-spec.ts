import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { KafkaBroker } from '../src';

/**
 * A service killed with -9 leaves its consumer-group members behind; the coordinator holds the group's
 * next rebalance until their sessions lapse. With the adapter's defaults, its restarted successor must
 * consume again within seconds: the fault suite measured 30 s (the old 30 s session) after each kill.
 */
const engines = requireEngines();
const ROOT = join(__dirname, '..', '..', '..');
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
    const member = spawn(process.execPath, [join(ROOT, 'tools/run.js'), join(__dirname, 'member.fixture.ts')], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '', KAFKA_BROKERS: engines.kafkaBrokers.join(','), MEMBER_GROUP: groupId, MEMBER_TOPIC: topic },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      member.once('exit', (code) => reject(new Error(`the member exited (${code}) before joining`)));
      member.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('joined') && resolve());
    });
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

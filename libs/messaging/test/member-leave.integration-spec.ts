import { eventually, requireEngines, uniqueSuffix } from '@carta/testing';
import { joinedMemberProcess } from './member-process';
import { Kafka, logLevel } from 'kafkajs';
import { leaveGroup } from '../src/kafka/leave-group';

/**
 * A consumer that crashed while the broker was away could not leave its group, and kafkajs restarts
 * it as a new member: the coordinator holds that member's join until the old one's session lapses
 * (6 s). The adapter has the old member dropped instead (`leaveGroup`), which this checks on the
 * member a killed process left behind: gone at once, not after its session.
 */
const engines = requireEngines();

describe('leaving a group for a member this process no longer runs (real Kafka)', () => {
  const topic = `carta.test.leave-${uniqueSuffix()}.v1`;
  const groupId = `${process.env.CARTA_TEST_GROUP_PREFIX ?? ''}test-leave-${uniqueSuffix()}`;
  const kafka = new Kafka({ clientId: 'member-leave', brokers: engines.kafkaBrokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const members = async () => (await admin.describeGroups([groupId])).groups[0].members.map((member) => member.memberId);

  beforeAll(() => admin.connect());
  afterAll(() => admin.disconnect());

  it('drops a dead member at once, and again is a no-op', async () => {
    const member = await joinedMemberProcess(engines.kafkaBrokers, groupId, topic);
    member.kill('SIGKILL'); // no LeaveGroup: the coordinator keeps the member until its session lapses
    const [dead] = await members();
    expect(dead).toBeDefined();

    const leaving = Date.now();
    await leaveGroup(kafka, groupId, dead);
    // Well inside the 6 s session that would otherwise keep it listed.
    const goneMs = await eventually('the dead member to be gone', async () => !(await members()).includes(dead), 3_000, 20).then(() => Date.now() - leaving);
    process.stdout.write(`dead member dropped ${goneMs} ms after leaveGroup\n`);
    expect(await members()).toEqual([]);
    await expect(leaveGroup(kafka, groupId, dead)).resolves.toBeUndefined(); // unknown by now: nothing to do
  }, 90_000);
});

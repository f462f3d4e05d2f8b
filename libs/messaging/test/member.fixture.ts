import { KafkaBroker } from '../src';

/**
 * A consumer in a process of its own, with the adapter's defaults: it joins MEMBER_GROUP on
 * MEMBER_TOPIC, prints `joined`, and waits to be killed (started by member-process.ts).
 */
const broker = new KafkaBroker({
  brokers: process.env.KAFKA_BROKERS!.split(','),
  clientId: 'member-fixture',
  onMembership: (_group, change) => {
    if (change.state === 'joined') console.log('joined');
  },
});
void broker.subscribe({ groupId: process.env.MEMBER_GROUP!, topic: process.env.MEMBER_TOPIC!, handle: async () => undefined });

/**
 * The deployment's topic Job (deploy/helm): creates every topic of the catalogue and its dead-letter
 * topic that is missing, with KAFKA_TOPIC_PARTITIONS, KAFKA_REPLICATION_FACTOR and
 * KAFKA_MIN_INSYNC_REPLICAS, before any service starts. Existing topics are left as they are.
 */
import { deadLetterTopic, Topics } from '@carta/contracts';
import { KafkaBroker } from '@carta/messaging';
import { kafkaBrokerOptions, loadPlatformConfig } from '@carta/service-kit';

const PROVISIONED_TOPICS: readonly string[] = Object.values(Topics).flatMap((topic) => [topic, deadLetterTopic(topic)]);

async function main(): Promise<void> {
  const config = loadPlatformConfig();
  if (!config.kafka) throw new Error('KAFKA_BROKERS must be set');
  const broker = new KafkaBroker(kafkaBrokerOptions(config.kafka, 'carta-provision-topics'));
  try {
    await broker.provision([...PROVISIONED_TOPICS]);
  } finally {
    await broker.close();
  }
  const { partitions, replicationFactor } = config.kafka.topics;
  console.log(`${PROVISIONED_TOPICS.length} topics ready (${partitions} partitions, ${replicationFactor} replicas, prefix '${config.kafka.topicPrefix}')`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

// Jest loads global setup outside the test runtime's path aliases (moduleNameMapper): the module by its path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { deleteStaleTestTopics } from '../../libs/testing/src/engines';

/** Before the integration specs: the broker sheds the topics of runs that ended hours ago (libs/testing, deleteStaleTestTopics). */
export default async function globalSetup(): Promise<void> {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) return;
  const deleted = await deleteStaleTestTopics(brokers.split(','));
  if (deleted > 0) console.log(`deleted ${deleted} topics of earlier test runs`);
}

import { Kafka } from 'kafkajs';

/** The part of kafkajs' internal Cluster this uses. */
interface InternalCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  findGroupCoordinator(request: { groupId: string }): Promise<{ leaveGroup(request: { groupId: string; memberId: string }): Promise<unknown> }>;
}

const CREATE_CLUSTER = 'private:Kafka:createCluster';

/**
 * Asks the group's coordinator to drop `memberId`, a member this process no longer runs (a consumer
 * that crashed while the broker was away could not leave as itself). Resolves once the coordinator
 * has dropped it or does not know it; rejects while the coordinator cannot answer.
 *
 * kafkajs has no public call for it (a consumer leaves only as itself), so this borrows the client's
 * internal Cluster, which carries its brokers, TLS and SASL; kafkajs is pinned, and
 * member-leave.integration-spec.ts fails if that ever changes.
 */
export async function leaveGroup(kafka: Kafka, groupId: string, memberId: string): Promise<void> {
  const key = Object.getOwnPropertySymbols(kafka).find((symbol) => symbol.description === CREATE_CLUSTER);
  const createCluster = key && (kafka as unknown as Record<symbol, unknown>)[key];
  if (typeof createCluster !== 'function') throw new Error('this kafkajs version does not expose its cluster: cannot leave a group for another member');
  const cluster = (createCluster as (options: object) => InternalCluster).call(kafka, { allowAutoTopicCreation: false });
  try {
    await cluster.connect();
    const coordinator = await cluster.findGroupCoordinator({ groupId });
    await coordinator.leaveGroup({ groupId, memberId });
  } catch (error) {
    // Already gone (its session lapsed, or it left after all): nothing is waiting for it.
    if ((error as { type?: string }).type !== 'UNKNOWN_MEMBER_ID') throw error;
  } finally {
    await cluster.disconnect().catch(() => undefined);
  }
}

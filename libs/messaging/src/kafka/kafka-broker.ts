import { Logger } from '@nestjs/common';
import { deadLetterTopic } from '@carta/contracts';
import { Admin, Consumer, ConsumerRunConfig, Kafka, KafkaMessage, logLevel, Producer, SASLOptions } from 'kafkajs';
import { ConnectionOptions } from 'node:tls';
import { setTimeout as sleep } from 'node:timers/promises';
import { IncomingRecord, MessageBroker, OutgoingRecord, Subscription } from '../broker';
import { leaveGroup } from './leave-group';

export interface KafkaBrokerOptions {
  brokers: string[];
  clientId: string;
  /** Partitions for topics this adapter creates (default 3). */
  partitions?: number;
  /** Replicas of each topic this adapter creates (default 1: only right for a one-broker cluster). */
  replicationFactor?: number;
  /** The topic's `min.insync.replicas` (the cluster's default when unset): with acks=all, the replicas that must have a record. */
  minInsyncReplicas?: number;
  /** TLS to the brokers (`true`: the system CAs). */
  ssl?: true | ConnectionOptions;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
  /**
   * Group membership lapses after this long without a heartbeat (default 6 s, the broker's minimum):
   * a member that died without leaving (kill -9, or every member across a broker restart) holds its
   * group's next rebalance this long, so it bounds how soon a restarted service consumes again.
   */
  sessionTimeoutMs?: number;
  /**
   * A namespace before every topic on the cluster (e.g. `staging.`), so several deployments or test
   * runs share one cluster without reading each other's events. The rest of Carta never sees it.
   */
  topicPrefix?: string;
  /** Told when a consumer group is joined, rebalancing or crashed (`restart`: kafkajs rejoins by itself), e.g. for a health report. */
  onMembership?: (groupId: string, change: MembershipChange) => void;
  /** Told a partition's lag (records behind its high watermark) as each batch starts and ends, e.g. for a metric. */
  onLag?: (groupId: string, topic: string, partition: number, lag: number) => void;
}

/** See KafkaBrokerOptions.sessionTimeoutMs; consumers heartbeat every second while a batch runs, a third of this between batches. */
export const DEFAULT_SESSION_TIMEOUT_MS = 6_000;

/**
 * A consumer's retries, at most a second apart so it is back within a second of the broker: its
 * connection's for about a minute (a broker restart or outage), and its own (joining, fetching) for
 * about half of one (a restarted broker answers NOT_COORDINATOR / COORDINATOR_LOAD_IN_PROGRESS until
 * it has loaded the groups). Running out of either crashes it, and kafkajs restarts it as a new member.
 */
const CONSUMER_CONNECTION_RETRY = { retries: 60, initialRetryTime: 200, maxRetryTime: 1_000 };
const CONSUMER_RETRY = { retries: 30, initialRetryTime: 200, maxRetryTime: 1_000 };

/** How often a crashed consumer's old member is asked to leave until the coordinator answers, and for how long. */
const STALE_MEMBER_RETRY_MS = 500;
const STALE_MEMBER_GIVE_UP_MS = 10 * 60_000;

/** The longest wait before running again a consumer kafkajs stopped for good. */
const RUN_AGAIN_MAX_MS = 30_000;

/** How long close() waits for consumers to finish their in-flight batches and leave their groups. */
const CLOSE_WAIT_MS = 10_000;

export type MembershipChange = { state: 'joined' | 'rebalancing' } | { state: 'crashed'; restart: boolean; error: Error };

/** The Kafka adapter: an idempotent acks=all producer, and one consumer per subscription. */
export class KafkaBroker implements MessageBroker {
  readonly system = 'kafka';
  private readonly logger = new Logger('KafkaBroker');
  private readonly kafka: Kafka;
  /** The consumers' own client: see its retries in the constructor. */
  private readonly consumerKafka: Kafka;
  private producer?: Promise<Producer>;
  private readonly consumers: Consumer[] = [];
  /** Crashed consumers' old members being asked to leave (see leaveStale). */
  private readonly leaving = new Set<Promise<void>>();
  private readonly stopping = new AbortController();
  private readonly knownTopics = new Set<string>();
  private closing = false;

  constructor(private readonly options: KafkaBrokerOptions) {
    const client = {
      clientId: options.clientId,
      brokers: options.brokers,
      ssl: options.ssl,
      sasl: options.sasl as SASLOptions | undefined,
      logLevel: logLevel.NOTHING,
      connectionTimeout: 3_000,
      requestTimeout: 10_000,
    };
    // The outbox relay owns the long-term retry loop; keep kafkajs' own retries short.
    this.kafka = new Kafka({ ...client, retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 2_000 } });
    // A consumer whose connection retries run out crashes, and kafkajs restarts it as a NEW group
    // member: the coordinator then holds the rebalance until the old member's session lapses (6 s
    // after a broker restart reloads it). Retrying for about a minute instead keeps the member
    // through a broker restart or outage: it heartbeats on with its id and consumes at once.
    this.consumerKafka = new Kafka({ ...client, retry: CONSUMER_CONNECTION_RETRY });
  }

  private onCluster(topic: string): string {
    return `${this.options.topicPrefix ?? ''}${topic}`;
  }

  async publish(records: OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.ensureTopics(records.map((record) => this.onCluster(record.topic)));
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, OutgoingRecord[]>();
    for (const record of records) {
      const topic = this.onCluster(record.topic);
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), record]);
    }
    try {
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({
          topic,
          messages: messages.map((message) => ({ key: message.key, value: message.value, headers: message.headers })),
        })),
      });
    } catch (error) {
      // After a broker restart kafkajs' idempotent producer can stay out of step with the broker for
      // good (OUT_OF_ORDER_SEQUENCE_NUMBER / UNKNOWN_PRODUCER_ID on every send, kafkajs#598): the next
      // publish starts a fresh producer, with a new producer id. The caller resends the batch.
      this.discardProducer(producer);
      throw error;
    }
  }

  private discardProducer(producer: Producer): void {
    const current = this.producer;
    void current?.then(
      (connected) => {
        if (connected !== producer || this.producer !== current) return;
        this.producer = undefined;
        void producer.disconnect().catch(() => undefined);
      },
      () => undefined,
    );
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const topic = this.onCluster(subscription.topic);
    await this.ensureTopics([topic, this.onCluster(deadLetterTopic(subscription.topic))]);
    const sessionTimeout = this.options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS;
    const consumer = this.consumerKafka.consumer({
      groupId: subscription.groupId,
      sessionTimeout,
      heartbeatInterval: Math.min(3_000, Math.floor(sessionTimeout / 3)),
      // A consumer that crashes while the broker closes must not restart (and reconnect) after close().
      // kafkajs restarts a crashed consumer after its last retry's delay: capped at 1 s (default 30 s,
      // ~10 s in practice), so consumers are back within seconds of a broker restart.
      retry: { ...CONSUMER_RETRY, restartOnFailure: async () => !this.closing },
    });
    if (this.closing) throw new Error('the Kafka adapter is closing');
    this.consumers.push(consumer);
    const report = this.options.onMembership;
    let memberId: string | undefined;
    let crashes = 0;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      memberId = payload.memberId;
      crashes = 0;
      report?.(subscription.groupId, { state: 'joined' });
    });
    consumer.on(consumer.events.REBALANCING, () => report?.(subscription.groupId, { state: 'rebalancing' }));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      const restart = payload.restart || !this.closing;
      // kafkajs crashes a consumer anyway when the only broker's connection closes under a fetch ("No
      // broker available"), and a crashed member cannot leave while the broker is away: its restart
      // would wait out the old member's session. The old member is asked to leave instead.
      if (restart && memberId) this.leaveStale(subscription.groupId, memberId);
      memberId = undefined;
      // kafkajs gives up for good on errors it deems final, some of which a broker shutting down
      // causes ("Failed to find group coordinator"): the group would never consume again.
      if (!payload.restart && restart) this.runAgain(consumer, run, subscription.groupId, ++crashes);
      report?.(subscription.groupId, { state: 'crashed', restart, error: payload.error });
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    // close() ran while this consumer connected: run() would connect it again, after close.
    if (this.closing) return void (await consumer.disconnect());
    const run = this.runConfig(subscription);
    await consumer.run(run);
  }

  private runConfig(subscription: Subscription): ConsumerRunConfig {
    const handleBatch = subscription.handleBatch?.bind(subscription);
    if (handleBatch) {
      return {
        // Each partition's batches one after the other, in offset order, keep an aggregate's events in
        // order; partitions go side by side, so one's database round trips overlap another's.
        partitionsConsumedConcurrently: this.options.partitions ?? 3,
        eachBatchAutoResolve: false,
        // With `done` resolving offsets, commit as soon as one is resolved (not only when the batch ends).
        autoCommitThreshold: 1,
        eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat, isRunning, isStale }) => {
          if (batch.isEmpty()) return;
          const lag = this.options.onLag;
          lag?.(subscription.groupId, subscription.topic, batch.partition, Number(batch.offsetLagLow()) + 1);
          await handleBatch(
            batch.messages.map((message) => incoming(subscription.topic, batch.partition, message)),
            {
              heartbeat,
              active: () => isRunning() && !isStale(),
              done: async (record) => {
                resolveOffset(record.offset);
                await commitOffsetsIfNecessary();
              },
            },
          );
          lag?.(subscription.groupId, subscription.topic, batch.partition, Number(batch.offsetLag()));
        },
      };
    }
    return {
      // One record at a time per partition keeps an aggregate's events in order.
      partitionsConsumedConcurrently: 1,
      eachMessage: async ({ partition, message, heartbeat }) => {
        await subscription.handle(incoming(subscription.topic, partition, message), { heartbeat });
      },
    };
  }

  /** Starts a consumer kafkajs stopped for good, after a back-off that grows with its crashes since it last joined. */
  private runAgain(consumer: Consumer, run: ConsumerRunConfig, groupId: string, crashes: number): void {
    const delayMs = Math.min(RUN_AGAIN_MAX_MS, 1_000 * 2 ** (crashes - 1));
    this.logger.warn(`${groupId}: the consumer stopped; running it again in ${delayMs} ms`);
    setTimeout(() => {
      if (this.closing) return;
      // kafkajs disconnected it as it crashed: connect, then run with the same handlers (offsets resume from the last commit).
      consumer
        .connect()
        .then(() => (this.closing ? consumer.disconnect() : consumer.run(run)))
        .catch(() => this.runAgain(consumer, run, groupId, crashes + 1));
    }, delayMs).unref();
  }

  /** Has the coordinator drop a crashed consumer's old member, retrying until it answers (the broker may still be away). */
  private leaveStale(groupId: string, memberId: string): void {
    const giveUpAt = Date.now() + STALE_MEMBER_GIVE_UP_MS;
    const task = (async () => {
      while (!this.closing && Date.now() < giveUpAt) {
        try {
          await leaveGroup(this.kafka, groupId, memberId);
          this.logger.log(`${groupId}: a crashed consumer's old member is gone`);
          return;
        } catch {
          await sleep(STALE_MEMBER_RETRY_MS, undefined, { signal: this.stopping.signal }).catch(() => undefined);
        }
      }
    })();
    this.leaving.add(task);
    void task.finally(() => this.leaving.delete(task));
  }

  async close(): Promise<void> {
    this.closing = true;
    this.stopping.abort();
    // disconnect() lets the in-flight eachMessage finish and commits its offset first.
    // The consumers stay listed: one whose join completed while it was being disconnected runs on,
    // and a second close() (BackgroundJoins, once the joins settled) stops it.
    // Bounded: during a broker outage a consumer only stops once its connection retries run out (about
    // a minute). Past the bound its offsets stay uncommitted and the inboxes absorb the redelivery.
    let bound: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.consumers.map((consumer) => consumer.disconnect()), ...this.leaving]),
      new Promise((resolve) => (bound = setTimeout(resolve, CLOSE_WAIT_MS).unref())),
    ]);
    clearTimeout(bound);
    if (this.producer) {
      const producer = await this.producer.catch(() => undefined);
      await producer?.disconnect();
      this.producer = undefined;
    }
  }

  private connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      this.producer = producer.connect().then(() => producer);
      this.producer.catch(() => (this.producer = undefined));
    }
    return this.producer;
  }

  /** Creates the topics that are missing (names as the rest of Carta knows them; the prefix is added), as configured: the deployment's topic Job. */
  async provision(topics: string[]): Promise<void> {
    await this.ensureTopics(topics.map((topic) => this.onCluster(topic)));
  }

  /** Creates missing topics up front: a consumer that joins before its topic exists would sit idle. */
  private async ensureTopics(topics: string[]): Promise<void> {
    const missing = [...new Set(topics)].filter((topic) => !this.knownTopics.has(topic));
    if (missing.length === 0) return;
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: this.options.partitions ?? 3,
          replicationFactor: this.options.replicationFactor ?? 1,
          configEntries: this.options.minInsyncReplicas ? [{ name: 'min.insync.replicas', value: String(this.options.minInsyncReplicas) }] : [],
        })),
      });
      missing.forEach((topic) => this.knownTopics.add(topic));
    } finally {
      await admin.disconnect();
    }
    this.logger.debug(`topics ready: ${missing.join(', ')}`);
  }
}

function incoming(topic: string, partition: number, message: KafkaMessage): IncomingRecord {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return { topic, partition, offset: message.offset, key: message.key?.toString() ?? null, value: message.value?.toString() ?? null, headers };
}

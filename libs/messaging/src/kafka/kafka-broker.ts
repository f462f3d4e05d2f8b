import { Logger } from '@nestjs/common';
import { deadLetterTopic } from '@carta/contracts';
import { Admin, Consumer, Kafka, logLevel, Producer } from 'kafkajs';
import { MessageBroker, OutgoingRecord, Subscription } from '../broker';

export interface KafkaBrokerOptions {
  brokers: string[];
  clientId: string;
  /** Partitions for topics this adapter creates. */
  partitions?: number;
  /** Group membership lapses after this long without a heartbeat (default 30 s). */
  sessionTimeoutMs?: number;
  /**
   * A namespace before every topic on the cluster (e.g. `staging.`), so several deployments or test
   * runs share one cluster without reading each other's events. The rest of Carta never sees it.
   */
  topicPrefix?: string;
}

/** The Kafka adapter: an idempotent acks=all producer, and one consumer per subscription. */
export class KafkaBroker implements MessageBroker {
  private readonly logger = new Logger('KafkaBroker');
  private readonly kafka: Kafka;
  private producer?: Promise<Producer>;
  private readonly consumers: Consumer[] = [];
  private readonly knownTopics = new Set<string>();

  constructor(private readonly options: KafkaBrokerOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
      connectionTimeout: 3_000,
      requestTimeout: 10_000,
      // The outbox relay owns the long-term retry loop; keep kafkajs' own retries short.
      retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 2_000 },
    });
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
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({
        topic,
        messages: messages.map((message) => ({ key: message.key, value: message.value, headers: message.headers })),
      })),
    });
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const topic = this.onCluster(subscription.topic);
    await this.ensureTopics([topic, this.onCluster(deadLetterTopic(subscription.topic))]);
    const sessionTimeout = this.options.sessionTimeoutMs ?? 30_000;
    const consumer = this.kafka.consumer({ groupId: subscription.groupId, sessionTimeout, heartbeatInterval: Math.min(3_000, Math.floor(sessionTimeout / 3)) });
    this.consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      // One record at a time per partition keeps an aggregate's events in order.
      partitionsConsumedConcurrently: 1,
      eachMessage: async ({ partition, message, heartbeat }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {})) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? String(value[0]) : String(value);
        }
        await subscription.handle(
          {
            topic: subscription.topic,
            partition,
            offset: message.offset,
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? null,
            headers,
          },
          { heartbeat },
        );
      },
    });
  }

  async close(): Promise<void> {
    // disconnect() lets the in-flight eachMessage finish and commits its offset first.
    await Promise.allSettled(this.consumers.map((consumer) => consumer.disconnect()));
    this.consumers.length = 0;
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

  /** Creates missing topics up front: a consumer that joins before its topic exists would sit idle. */
  private async ensureTopics(topics: string[]): Promise<void> {
    const missing = [...new Set(topics)].filter((topic) => !this.knownTopics.has(topic));
    if (missing.length === 0) return;
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 3, replicationFactor: 1 })),
      });
      missing.forEach((topic) => this.knownTopics.add(topic));
    } finally {
      await admin.disconnect();
    }
    this.logger.debug(`topics ready: ${missing.join(', ')}`);
  }
}

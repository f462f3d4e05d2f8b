import { randomUUID } from 'node:crypto';
import { Kafka, KafkaConfig, logLevel } from 'kafkajs';
import { RawRecord } from './decode';

export interface ReadOptions {
  brokers: string[];
  /** The deployment's namespace before every topic (KAFKA_TOPIC_PREFIX), if any. */
  topicPrefix?: string;
  ssl?: KafkaConfig['ssl'];
  sasl?: KafkaConfig['sasl'];
  /** Give up when the topics are not read to their end by then (default 60 s). */
  timeoutMs?: number;
}

/**
 * Reads the named topics from the beginning up to their end as it was when the read began (topics
 * that do not exist yet are empty), in a throw-away consumer group that commits nothing and is deleted after.
 * Records come back with their topic named without the prefix.
 */
export async function readTopics(topics: string[], options: ReadOptions): Promise<RawRecord[]> {
  const prefix = options.topicPrefix ?? '';
  const kafka = new Kafka({ clientId: 'carta-analytics-example', brokers: options.brokers, ssl: options.ssl, sasl: options.sasl, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `carta-analytics-example-${randomUUID()}`;
  try {
    const existing = new Set(await admin.listTopics());
    const present = topics.map((topic) => prefix + topic).filter((topic) => existing.has(topic));
    // The end of each partition now: the read stops when every partition reached it.
    const remaining = new Map<string, bigint>();
    for (const topic of present) {
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(high) > BigInt(low)) remaining.set(`${topic}/${partition}`, BigInt(high));
      }
    }
    if (remaining.size === 0) return [];
    const records: RawRecord[] = [];
    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: present, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`topics not read to their end within ${options.timeoutMs ?? 60_000} ms`)), options.timeoutMs ?? 60_000);
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ topic, partition, message }) => {
              const headers: Record<string, string> = {};
              for (const [name, value] of Object.entries(message.headers ?? {}))
                if (value !== undefined) headers[name] = String(Array.isArray(value) ? value[0] : value);
              records.push({
                topic: topic.slice(prefix.length),
                partition,
                offset: message.offset,
                key: message.key?.toString() ?? null,
                value: message.value?.toString() ?? null,
                headers,
              });
              const end = remaining.get(`${topic}/${partition}`);
              if (end !== undefined && BigInt(message.offset) + 1n >= end) remaining.delete(`${topic}/${partition}`);
              if (remaining.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return records;
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

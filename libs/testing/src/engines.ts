import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';

/** The real engines `npm test` started (deploy/engines). Integration tests refuse to run without them. */
export interface Engines {
  databaseUrl: string;
  kafkaBrokers: string[];
  s3: { endpoint: string; accessKey: string; secretKey: string; bucket: string; region: string };
}

export function requireEngines(): Engines {
  const missing = ['DATABASE_URL', 'KAFKA_BROKERS', 'S3_ENDPOINT', 'S3_ACCESS_KEY', 'S3_SECRET_KEY'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `integration tests need the real engines: ${missing.join(', ')} not set. Run them through \`npm test\`, which starts PostgreSQL, Kafka and MinIO (deploy/engines/engines.sh).`,
    );
  }
  return {
    databaseUrl: process.env.DATABASE_URL!,
    kafkaBrokers: process.env.KAFKA_BROKERS!.split(','),
    s3: {
      endpoint: process.env.S3_ENDPOINT!,
      accessKey: process.env.S3_ACCESS_KEY!,
      secretKey: process.env.S3_SECRET_KEY!,
      bucket: process.env.S3_BUCKET ?? 'carta-test',
      region: process.env.S3_REGION ?? 'us-east-1',
    },
  };
}

export const uniqueSuffix = (): string => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/** A test or benchmark run's topic namespace: `test-` or `bench-`, then the uniqueSuffix (its start time in base 36, six hex). */
const RUN_TOPIC = /^(?:test|bench)-([0-9a-z]+)[0-9a-f]{6}\./;

/** The topics of runs that began more than `olderThanMs` ago; younger runs (perhaps still going) and other topics are kept. */
export function staleTestTopics(topics: string[], now: number, olderThanMs: number): string[] {
  return topics.filter((topic) => {
    const began = RUN_TOPIC.exec(topic);
    return began !== null && now - parseInt(began[1], 36) > olderThanMs;
  });
}

/**
 * Deletes the topics of test and benchmark runs that ended long ago. Every real-engine run makes its own
 * namespace and none deletes it; a long-lived development broker kept them all and ran out of heap after a
 * day of runs (16,000 partitions). Called once before the integration specs run (tools/test/global-setup.ts).
 */
export async function deleteStaleTestTopics(brokers: string[], olderThanMs = 6 * 3_600_000): Promise<number> {
  const admin = new Kafka({ clientId: 'carta-test-sweeper', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const stale = staleTestTopics(await admin.listTopics(), Date.now(), olderThanMs);
    for (let start = 0; start < stale.length; start += 200) await admin.deleteTopics({ topics: stale.slice(start, start + 200), timeout: 60_000 });
    return stale.length;
  } finally {
    await admin.disconnect();
  }
}

/** A fresh database on the real server, so every test file starts from the real migrations. */
export async function createTestDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `carta_test_${uniqueSuffix()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The sealing key of every real-engine test run (a test key: it seals only test data). */
export const TEST_SEALING_KEY = '7e57'.repeat(16);

/**
 * Environment for a platform on the real engines, isolated by its own database and its own Kafka
 * namespace (topics and consumer groups): it never reads an earlier run's events, which belong to
 * databases that no longer exist, and two runs at once (two work trees, two specs) never meet.
 */
export function engineEnvironment(engines: Engines, databaseUrl: string): Record<string, string> {
  const namespace = `test-${uniqueSuffix()}.`;
  return {
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: engines.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: namespace,
    KAFKA_GROUP_PREFIX: namespace,
    S3_ENDPOINT: engines.s3.endpoint,
    S3_ACCESS_KEY: engines.s3.accessKey,
    S3_SECRET_KEY: engines.s3.secretKey,
    S3_BUCKET: engines.s3.bucket,
    S3_REGION: engines.s3.region,
    // Tests mint their callers' tokens with the development issuer, an explicit choice on real engines.
    CARTA_DEV_AUTH: 'true',
    // A fixed key, as a deployment's services share one.
    CARTA_SEALING_KEY: TEST_SEALING_KEY,
  };
}

/** Polls until the probe returns something truthy; fails with `what` after the timeout. */
export async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
}

/** A clock tests move forward: the services' "now" is real time plus the offset. */
export class TestClock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advanceDays(days: number): void {
    this.offsetMs += days * 86_400_000;
  }
}

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayConfig, GatewayConfigError, loadGatewayConfig } from '@carta/auth';
import { DatabaseLocation } from '@carta/persistence';
import { z } from 'zod';
import { parseSealingKey, SealingKeyring, sealingKeyring } from './sealing';

export const SERVICE_NAMES = ['intake', 'documents', 'eligibility', 'centres', 'travel', 'billing'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Default ports: the gateway on 4000, the subgraphs on 4001–4006 in this order. */
export const DEFAULT_PORTS: Record<ServiceName | 'gateway', number> = {
  gateway: 4000,
  intake: 4001,
  documents: 4002,
  eligibility: 4003,
  centres: 4004,
  travel: 4005,
  billing: 4006,
};

const optionalUrl = z.string().url().optional();
const positiveInt = z
  .string()
  .regex(/^[1-9]\d{0,3}$/, 'a whole number from 1 to 9999')
  .transform(Number);
const envSchema = z.object({
  DATABASE_URL: optionalUrl,
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'a comma-separated list of host:port')
    .optional(),
  KAFKA_GROUP_PREFIX: z.string().default(''),
  /** A namespace before every topic (e.g. `staging.`): deployments or test runs sharing a cluster never read each other's events. */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'letters, digits, dots, underscores and hyphens')
    .default(''),
  // Topic provisioning is the deployment's: acks=all is only durable with replicas and min.insync.replicas > 1.
  KAFKA_TOPIC_PARTITIONS: positiveInt.default(3),
  KAFKA_REPLICATION_FACTOR: positiveInt.default(1),
  KAFKA_MIN_INSYNC_REPLICAS: positiveInt.optional(),
  KAFKA_SSL: z.enum(['true', 'false']).default('false'),
  KAFKA_SSL_CA_FILE: z.string().min(1).optional(),
  KAFKA_SSL_CERT_FILE: z.string().min(1).optional(),
  KAFKA_SSL_KEY_FILE: z.string().min(1).optional(),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().min(1).optional(),
  KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
  S3_ENDPOINT: optionalUrl,
  /** Where clients reach the store (presigned upload forms name it); S3_ENDPOINT when unset. */
  S3_PUBLIC_URL: optionalUrl,
  S3_ACCESS_KEY: z.string().optional(),
  S3_SECRET_KEY: z.string().optional(),
  S3_BUCKET: z.string().default('carta'),
  S3_REGION: z.string().default('us-east-1'),
  CARTA_DATA_DIR: z.string().default(join(process.cwd(), '.carta')),
  CARTA_INTERNAL_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CARTA_HOST: z.string().min(1).default('127.0.0.1'),
  CARTA_PUBLIC_URL: optionalUrl,
  CARTA_SEALING_KEY: z.string().optional(),
  CARTA_SEALING_OLD_KEYS: z.string().optional(),
});

export interface PlatformConfig {
  /** Postgres URL for real engines; otherwise each service gets an embedded PGlite under dataDir. */
  databaseUrl?: string;
  kafka?: KafkaConfig;
  /** `publicEndpoint`: the store's address as clients reach it, for the upload forms they are handed. */
  s3?: { endpoint: string; publicEndpoint?: string; accessKey: string; secretKey: string; bucket: string; region: string };
  dataDir: string;
  /** Shared by the gateway and the subgraphs to sign and verify forwarded identities. */
  internalSecret: string;
  host: string;
  /** The platform's public origin, where download links point (the gateway); by default the gateway this machine starts. */
  publicUrl?: string;
  /** Seals the identities events carry (CARTA_SEALING_KEY; a process-local key when unset). */
  sealing: SealingKeyring;
  /** False when `sealing` is a process-local key: fine in one process, refused by separate ones on Kafka. */
  sealingKeyConfigured: boolean;
  /** How the in-process gateway (`npm start`, platform tests) authenticates and limits callers. */
  gateway: GatewayConfig;
}

/** How this deployment reaches its Kafka cluster and provisions the topics it creates. */
export interface KafkaConfig {
  brokers: string[];
  groupPrefix: string;
  topicPrefix: string;
  topics: { partitions: number; replicationFactor: number; minInsyncReplicas?: number };
  /** TLS to the brokers: `true` trusts the system CAs; files give a private CA and/or a client certificate. */
  ssl?: true | { ca?: string; cert?: string; key?: string };
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
}

export class ConfigError extends Error {}

/** The one config loader: validates the environment at start-up and says exactly what is wrong. */
export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  if (e.S3_ENDPOINT && (!e.S3_ACCESS_KEY || !e.S3_SECRET_KEY))
    throw new ConfigError('invalid configuration: S3_ENDPOINT needs S3_ACCESS_KEY and S3_SECRET_KEY');
  let sealing: SealingKeyring;
  try {
    const older = (e.CARTA_SEALING_OLD_KEYS ?? '').split(',').filter((key) => key.trim() !== '');
    sealing = sealingKeyring(e.CARTA_SEALING_KEY ? parseSealingKey(e.CARTA_SEALING_KEY) : randomBytes(32), older.map(parseSealingKey));
  } catch (error) {
    throw new ConfigError(`invalid configuration: CARTA_SEALING_KEY / CARTA_SEALING_OLD_KEYS: ${(error as Error).message}`);
  }
  let gateway: GatewayConfig;
  try {
    // The dev issuer is the default only for the all-embedded first run; with any real engine it is an explicit choice.
    gateway = loadGatewayConfig(env, { devAuthByDefault: !e.DATABASE_URL && !e.KAFKA_BROKERS && !e.S3_ENDPOINT });
  } catch (error) {
    throw error instanceof GatewayConfigError ? new ConfigError(error.message) : error;
  }
  return {
    databaseUrl: e.DATABASE_URL,
    kafka: e.KAFKA_BROKERS ? kafkaConfig(e, e.KAFKA_BROKERS) : undefined,
    s3: e.S3_ENDPOINT
      ? {
          endpoint: e.S3_ENDPOINT,
          publicEndpoint: e.S3_PUBLIC_URL,
          accessKey: e.S3_ACCESS_KEY!,
          secretKey: e.S3_SECRET_KEY!,
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
        }
      : undefined,
    dataDir: e.CARTA_DATA_DIR,
    // A process-local secret is enough when the gateway and all subgraphs share the process.
    internalSecret: e.CARTA_INTERNAL_SECRET ?? randomBytes(32).toString('hex'),
    host: e.CARTA_HOST,
    publicUrl: e.CARTA_PUBLIC_URL,
    sealing,
    sealingKeyConfigured: Boolean(e.CARTA_SEALING_KEY),
    gateway,
  };
}

function kafkaConfig(e: z.infer<typeof envSchema>, brokers: string): KafkaConfig {
  const invalid = (message: string) => new ConfigError(`invalid configuration: ${message}`);
  const topics = { partitions: e.KAFKA_TOPIC_PARTITIONS, replicationFactor: e.KAFKA_REPLICATION_FACTOR, minInsyncReplicas: e.KAFKA_MIN_INSYNC_REPLICAS };
  if (topics.minInsyncReplicas !== undefined && topics.minInsyncReplicas > topics.replicationFactor)
    throw invalid('KAFKA_MIN_INSYNC_REPLICAS cannot exceed KAFKA_REPLICATION_FACTOR (no write would ever be acknowledged)');
  const files = { ca: e.KAFKA_SSL_CA_FILE, cert: e.KAFKA_SSL_CERT_FILE, key: e.KAFKA_SSL_KEY_FILE };
  const anyFile = Object.values(files).some(Boolean);
  if (anyFile && e.KAFKA_SSL !== 'true') throw invalid('KAFKA_SSL_*_FILE needs KAFKA_SSL=true');
  if (Boolean(files.cert) !== Boolean(files.key)) throw invalid('KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE go together');
  const read = (variable: string, file: string | undefined) => {
    if (!file) return undefined;
    try {
      return readFileSync(file, 'utf8');
    } catch {
      throw invalid(`${variable} cannot be read`);
    }
  };
  const ssl =
    e.KAFKA_SSL !== 'true'
      ? undefined
      : anyFile
        ? { ca: read('KAFKA_SSL_CA_FILE', files.ca), cert: read('KAFKA_SSL_CERT_FILE', files.cert), key: read('KAFKA_SSL_KEY_FILE', files.key) }
        : (true as const);
  if (!e.KAFKA_SASL_MECHANISM && (e.KAFKA_SASL_USERNAME || e.KAFKA_SASL_PASSWORD)) throw invalid('KAFKA_SASL_USERNAME/PASSWORD need KAFKA_SASL_MECHANISM');
  if (e.KAFKA_SASL_MECHANISM && (!e.KAFKA_SASL_USERNAME || !e.KAFKA_SASL_PASSWORD))
    throw invalid('KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
  const sasl = e.KAFKA_SASL_MECHANISM ? { mechanism: e.KAFKA_SASL_MECHANISM, username: e.KAFKA_SASL_USERNAME!, password: e.KAFKA_SASL_PASSWORD! } : undefined;
  return { brokers: brokers.split(','), groupPrefix: e.KAFKA_GROUP_PREFIX, topicPrefix: e.KAFKA_TOPIC_PREFIX, topics, ssl, sasl };
}

/** A service in its own process on Kafka must share the key: a process-local one would seal events no other service can open. */
export function requireSharedSealingKey(config: PlatformConfig): void {
  if (config.kafka && !config.sealingKeyConfigured) throw new ConfigError('CARTA_SEALING_KEY must be set when services run as separate processes on Kafka');
}

export function databaseFor(config: PlatformConfig, service: ServiceName): DatabaseLocation {
  return config.databaseUrl ? { url: config.databaseUrl } : { embeddedDir: join(config.dataDir, 'db', service) };
}

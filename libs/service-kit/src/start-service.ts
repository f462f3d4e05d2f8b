import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SUBGRAPH_MAX_REQUEST_BYTES } from '@carta/auth';
import {
  EventTransport,
  KafkaBroker,
  KafkaBrokerOptions,
  MESSAGING_ENTITIES,
  MessageBroker,
  MessagingTables1763800000000,
  Outbox,
  OutboxRelay,
  RethrowEventErrors,
  RetryPolicy,
} from '@carta/messaging';
import { DatabaseLocation, migrate, openDataSource, SqlLogSink } from '@carta/persistence';
import { FilesystemObjectStore, MinioObjectStore, ObjectStore } from '@carta/storage';
import { DataSource } from 'typeorm';
import { ConfigError, databaseFor, DEFAULT_PORTS, KafkaConfig, PlatformConfig, ServiceName } from './config';
import { BackgroundJoins, JoinBackoff } from './consumer-joins';
import { IdempotencyKeys1798000000000 } from './idempotency';
import { EventTransportHolder } from './admin/event-transport.holder';
import { AuditDenialSubscriber, AuditEvidence1763900000000, AuditRecord, AuditTable1763800000001 } from '@carta/audit';
import { Clock, systemClock } from './clock';
import { NestJsonLogger, platformLog } from './logging';
import { ServiceKitModule } from './service-kit.module';
import { ServiceMetrics } from './metrics';

/** Everything that makes a service what it is; main.ts and the platform launcher both start it from this. */
export interface ServiceDefinition {
  name: ServiceName;
  rootModule: Type<unknown>;
  entities: Function[];
  migrations: Function[];
  /** The subgraph's SDL, the contract the supergraph is composed from. */
  schemaFile: string;
  /** Runs once after migrations, e.g. reference data. Must be idempotent. */
  seed?: (dataSource: DataSource, outbox: Outbox) => Promise<void>;
  /** Its work needs the object store (uploads): readiness checks the store too. */
  needsObjectStore?: boolean;
}

export interface RunningService {
  name: ServiceName;
  /** Base URL; the subgraph answers at `${url}/graphql`. */
  url: string;
  app: INestApplication;
  dataSource: DataSource;
  transport: EventTransport;
  relay: OutboxRelay;
  metrics: ServiceMetrics;
  close(): Promise<void>;
}

export interface StartOptions {
  port: number;
  /** Shared in-process broker in embedded mode; otherwise the service makes its own Kafka client. */
  broker?: MessageBroker;
  objectStore?: ObjectStore;
  retry?: RetryPolicy;
  /** Tests pass a clock they can move. */
  clock?: Clock;
  /** Back-off between attempts to join a consumer group (default 0.5 s doubling to 30 s). */
  joinBackoff?: JoinBackoff;
}

/** The Kafka adapter's options from the deployment's config (topic provisioning, TLS, SASL). */
export function kafkaBrokerOptions(kafka: KafkaConfig, clientId: string): KafkaBrokerOptions {
  return {
    brokers: kafka.brokers,
    clientId,
    topicPrefix: kafka.topicPrefix,
    partitions: kafka.topics.partitions,
    replicationFactor: kafka.topics.replicationFactor,
    minInsyncReplicas: kafka.topics.minInsyncReplicas,
    ssl: kafka.ssl,
    sasl: kafka.sasl,
  };
}

/** A service's data source: its own tables plus the platform's (outbox, inbox, dead letters, audit trail). */
export async function openServiceDataSource(definition: ServiceDefinition, database: DatabaseLocation, log?: SqlLogSink): Promise<DataSource> {
  const dataSource = await openDataSource({
    log,
    schema: definition.name,
    entities: [...MESSAGING_ENTITIES, AuditRecord, ...definition.entities],
    migrations: [MessagingTables1763800000000, AuditTable1763800000001, AuditEvidence1763900000000, IdempotencyKeys1798000000000, ...definition.migrations],
    database,
  });
  // Denials asked for inside a transaction are written once it ends (Audit.recordDenial).
  dataSource.subscribers.push(new AuditDenialSubscriber(platformLog()));
  return dataSource;
}

/** `uploadFormUrl`: where the filesystem store's signed forms are posted (the public origin's `/objects/<service>`). */
export function objectStoreFor(config: PlatformConfig, uploadFormUrl: string): ObjectStore {
  return config.s3
    ? new MinioObjectStore(config.s3)
    : new FilesystemObjectStore(join(config.dataDir, 'objects'), { baseUrl: uploadFormUrl, secret: config.internalSecret });
}

export async function startService(definition: ServiceDefinition, config: PlatformConfig, options: StartOptions): Promise<RunningService> {
  const log = platformLog().child({ service: definition.name });
  const ownsBroker = !options.broker;
  if (ownsBroker && !config.kafka) throw new ConfigError('KAFKA_BROKERS is not set and no in-process broker was given');
  const dataSource = await openServiceDataSource(definition, databaseFor(config, definition.name), log);
  const metrics = new ServiceMetrics(definition.name);
  metrics.watchOutbox(dataSource);
  // Consumer groups join in the background: HTTP answers while they do (a slow join once held the port shut ~30 s).
  let joins: BackgroundJoins | undefined = undefined;
  const inner =
    options.broker ??
    new KafkaBroker({
      ...kafkaBrokerOptions(config.kafka!, `carta-${definition.name}`),
      onMembership: (group, change) => joins?.membership(group, change),
      onLag: (group, topic, partition, lag) => metrics.consumerLag(group, topic, partition, lag),
    });
  const broker = new BackgroundJoins(inner, log, { ownsInner: ownsBroker, backoff: options.joinBackoff });
  joins = broker;
  try {
    const applied = await migrate(dataSource);
    if (applied.length > 0) log.info({ migrations: applied }, 'applied migrations');
    const outbox = new Outbox(`/carta/${definition.name}`);
    await definition.seed?.(dataSource, outbox);
    const port = options.port === 0 ? await freePort(config.host) : options.port;
    // Clients post the filesystem store's upload forms to the public origin; the gateway forwards `/objects/<service>` here.
    const publicUrl = config.publicUrl ?? `http://${config.host}:${DEFAULT_PORTS.gateway}`;
    const objectStore = options.objectStore ?? objectStoreFor(config, `${publicUrl.replace(/\/+$/, '')}/objects/${definition.name}`);
    await objectStore.ensureReady();

    const app = await createServiceApp(
      ServiceKitModule.forService(definition.rootModule, {
        name: definition.name,
        schemaFile: definition.schemaFile,
        dataSource,
        outbox,
        objectStore,
        internalSecret: config.internalSecret,
        publicUrl,
        clock: options.clock ?? systemClock,
        log,
        sealing: config.sealing,
        consumers: () => broker.state().consumers,
        metrics,
        readinessChecksStore: definition.needsObjectStore,
      }),
    );
    const transport = new EventTransport({
      service: definition.name,
      dataSource,
      broker,
      groupPrefix: config.kafka?.groupPrefix,
      retry: options.retry,
      observer: metrics.consumers,
    });
    app.get(EventTransportHolder).set(transport);
    const microservice = app.connectMicroservice({ strategy: transport }, { inheritAppConfig: false, deferInitialization: true });
    microservice.useGlobalFilters(new RethrowEventErrors());
    await app.init(); // HTTP body parsing and GraphQL routes first, then the event consumers
    await app.startAllMicroservices(); // returns at once: BackgroundJoins joins the groups
    await app.listen(port, config.host);
    const url = `http://${config.host}:${(app.getHttpServer().address() as AddressInfo).port}`;
    const relay = new OutboxRelay(dataSource, broker);
    await relay.start();
    log.info({ url: `${url}/graphql` }, 'subgraph up');

    return {
      name: definition.name,
      url,
      app,
      dataSource,
      transport,
      relay,
      metrics,
      async close() {
        // The relay first (its batch finishes), then consumers (in-flight records finish), then HTTP and the database.
        await relay.stop();
        await broker.close(); // cuts join retries short; a service's own Kafka client leaves its groups
        await app.close();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await broker.close().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}

/**
 * A service's Nest application: Nest's own logs as JSON lines, and one JSON body parser with the
 * platform's limit (shared with the gateway), whose refusals ServiceErrorFilter answers as JSON.
 */
export async function createServiceApp(module: DynamicModule): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false, abortOnError: false });
  app.useLogger(new NestJsonLogger(platformLog()));
  app.useBodyParser('json', { limit: SUBGRAPH_MAX_REQUEST_BYTES });
  return app;
}

/** A port the OS has free right now (tests ask for "any port"). */
export async function freePort(host: string): Promise<number> {
  // Below the kernel's ephemeral range (32768+): a port-0 bind made before the caller listens (the services start
  // between) cannot be handed the same port, as it was once, leaving the gateway unable to listen.
  for (let attempt = 0; ; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, host, () => server.close(() => resolve(true)));
    });
    if (free) return port;
    if (attempt === 50) throw new Error(`no free port between 20000 and 32000 on ${host}`);
  }
}

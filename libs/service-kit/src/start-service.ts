import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventTransport, KafkaBroker, MESSAGING_ENTITIES, MessageBroker, MessagingTables1763800000000, Outbox, OutboxRelay, RethrowEventErrors, RetryPolicy } from '@carta/messaging';
import { DatabaseLocation, migrate, openDataSource } from '@carta/persistence';
import { FilesystemObjectStore, MinioObjectStore, ObjectStore } from '@carta/storage';
import { DataSource } from 'typeorm';
import { databaseFor, PlatformConfig, ServiceName } from './config';
import { EventTransportHolder } from './admin/event-transport.holder';
import { AuditRecord } from './audit/audit-record.entity';
import { AuditTable1763800000001 } from './platform.migrations';
import { Clock, systemClock } from './clock';
import { ServiceKitModule } from './service-kit.module';

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
}

export interface RunningService {
  name: ServiceName;
  /** Base URL; the subgraph answers at `${url}/graphql`. */
  url: string;
  app: INestApplication;
  dataSource: DataSource;
  transport: EventTransport;
  relay: OutboxRelay;
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
}

/** A service's data source: its own tables plus the platform's (outbox, inbox, dead letters, audit trail). */
export function openServiceDataSource(definition: ServiceDefinition, database: DatabaseLocation): Promise<DataSource> {
  return openDataSource({
    schema: definition.name,
    entities: [...MESSAGING_ENTITIES, AuditRecord, ...definition.entities],
    migrations: [MessagingTables1763800000000, AuditTable1763800000001, ...definition.migrations],
    database,
  });
}

export function objectStoreFor(config: PlatformConfig, publicBaseUrl: string): ObjectStore {
  return config.s3 ? new MinioObjectStore(config.s3) : new FilesystemObjectStore(join(config.dataDir, 'objects'), { baseUrl: publicBaseUrl, secret: config.internalSecret });
}

export async function startService(definition: ServiceDefinition, config: PlatformConfig, options: StartOptions): Promise<RunningService> {
  const logger = new Logger(`carta-${definition.name}`);
  const dataSource = await openServiceDataSource(definition, databaseFor(config, definition.name));
  const ownsBroker = !options.broker;
  const broker = options.broker ?? new KafkaBroker({ brokers: config.kafka?.brokers ?? [], clientId: `carta-${definition.name}` });
  if (ownsBroker && !config.kafka) throw new Error('KAFKA_BROKERS is not set and no in-process broker was given');
  try {
    const applied = await migrate(dataSource);
    if (applied.length > 0) logger.log(`applied migrations: ${applied.join(', ')}`);
    const outbox = new Outbox(`/carta/${definition.name}`);
    await definition.seed?.(dataSource, outbox);
    // The filesystem store signs links to this service's own address, so the port must be known now.
    const port = options.port === 0 ? await freePort(config.host) : options.port;
    const objectStore = options.objectStore ?? objectStoreFor(config, `http://${config.host}:${port}/objects`);
    await objectStore.ensureReady();

    const app = await NestFactory.create(
      ServiceKitModule.forService(definition.rootModule, { name: definition.name, schemaFile: definition.schemaFile, dataSource, outbox, objectStore, internalSecret: config.internalSecret, clock: options.clock ?? systemClock }),
      { logger: ['error', 'warn'], abortOnError: false },
    );
    const transport = new EventTransport({ service: definition.name, dataSource, broker, groupPrefix: config.kafka?.groupPrefix, retry: options.retry });
    app.get(EventTransportHolder).set(transport);
    const microservice = app.connectMicroservice({ strategy: transport }, { inheritAppConfig: false, deferInitialization: true });
    microservice.useGlobalFilters(new RethrowEventErrors());
    await app.init(); // HTTP body parsing and GraphQL routes first, then the event consumers
    await app.startAllMicroservices();
    await app.listen(port, config.host);
    const url = `http://${config.host}:${(app.getHttpServer().address() as AddressInfo).port}`;
    const relay = new OutboxRelay(dataSource, broker);
    await relay.start();
    logger.log(`subgraph at ${url}/graphql`);

    return {
      name: definition.name,
      url,
      app,
      dataSource,
      transport,
      relay,
      async close() {
        // The relay first (its batch finishes), then consumers (in-flight records finish), then HTTP and the database.
        await relay.stop();
        if (ownsBroker) await broker.close();
        await app.close();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    if (ownsBroker) await broker.close().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}

/** A port the OS has free right now (tests ask for "any port"). */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

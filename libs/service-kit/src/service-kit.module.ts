import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { Audit, AUDIT_LOG, AuditTrailService } from '@carta/audit';
import { Outbox } from '@carta/messaging';
import { ObjectStore } from '@carta/storage';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { subgraphTypeDefs } from './admin/dead-letters.graphql';
import { deadLettersResolver } from './admin/dead-letters.resolver';
import { DeadLettersService } from './admin/dead-letters.service';
import { EventTransportHolder } from './admin/event-transport.holder';
import { auditTrailResolvers } from './audit/audit-trail.resolver';
import { Clock, CLOCK } from './clock';
import { scalarResolvers } from './scalars';
import { ServiceErrorFilter } from './service-error.filter';
import { formatGraphQLError, logUnexpectedErrors } from './graphql-errors';
import { HealthController, READINESS_CHECKS_STORE } from './health.controller';
import { MetricsController, ServiceMetrics } from './metrics';
import { ObjectsController } from './objects.controller';
import { ObjectLinks } from './download-link';
import { identityContext, IdentityGuard, INTERNAL_SECRET } from './identity.guard';
import { refuseControlCharacters } from './input-screening';
import { Log, SERVICE_LOG } from './logging';
import { CONSUMER_STATE, OBJECT_STORE, SERVICE_NAME } from './tokens';
import { ConsumersState } from './consumer-joins';
import { SEALING_KEYRING, SealingKeyring } from './sealing';

export interface ServiceKitDependencies {
  name: string;
  schemaFile: string;
  dataSource: DataSource;
  outbox: Outbox;
  objectStore: ObjectStore;
  internalSecret: string;
  clock: Clock;
  /** The platform's public origin: download links point there. */
  publicUrl: string;
  log: Log;
  /** Seals and opens the identities events carry. */
  sealing: SealingKeyring;
  /** The consumer groups' state for `/health` (BackgroundJoins.state). */
  consumers: () => ConsumersState;
  /** The service's Prometheus series (`/metrics`). */
  metrics: ServiceMetrics;
  /** Readiness checks the object store too (a service whose work needs it). */
  readinessChecksStore?: boolean;
}

/**
 * What every service gets the same way: its data source and outbox, the object store, its
 * subgraph (schema-first from its committed SDL), the identity guard on every resolver, the
 * error mapping, health and readiness, and its Prometheus metrics.
 */
@Module({})
export class ServiceKitModule {
  static forService(rootModule: Type<unknown>, deps: ServiceKitDependencies): DynamicModule {
    return {
      module: ServiceKitModule,
      global: true,
      imports: [
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          typeDefs: subgraphTypeDefs(deps.name, readFileSync(deps.schemaFile, 'utf8')),
          resolvers: scalarResolvers,
          // Only the gateway calls a subgraph, always with an identity; it composes from the committed
          // SDL, so no one needs runtime introspection, and refusals name no schema field.
          context: identityContext(deps.internalSecret),
          introspection: false,
          // The process owns shutdown: Apollo's own handler would re-raise SIGINT/SIGTERM before the
          // consumers leave their groups (they then linger until the session times out).
          stopOnTerminationSignals: false,
          hideSchemaDetailsFromClientErrors: true,
          formatError: formatGraphQLError,
          playground: false,
          includeStacktraceInErrorResponses: false,
          plugins: [ApolloServerPluginInlineTraceDisabled(), refuseControlCharacters(), logUnexpectedErrors(deps.log, deps.name), deps.metrics.graphqlPlugin()],
          // Guards must also run on field and entity-reference resolvers: `_entities` is a way in too.
          fieldResolverEnhancers: ['guards'],
        }),
        rootModule,
      ],
      controllers: [HealthController, MetricsController, ObjectsController],
      providers: [
        { provide: DataSource, useValue: deps.dataSource },
        { provide: Outbox, useValue: deps.outbox },
        { provide: OBJECT_STORE, useValue: deps.objectStore },
        { provide: ObjectLinks, useValue: new ObjectLinks({ service: deps.name, secret: deps.internalSecret, publicUrl: deps.publicUrl }) },
        { provide: INTERNAL_SECRET, useValue: deps.internalSecret },
        { provide: SERVICE_NAME, useValue: deps.name },
        { provide: CONSUMER_STATE, useValue: deps.consumers },
        { provide: SEALING_KEYRING, useValue: deps.sealing },
        { provide: CLOCK, useValue: deps.clock },
        { provide: SERVICE_LOG, useValue: deps.log },
        { provide: ServiceMetrics, useValue: deps.metrics },
        { provide: READINESS_CHECKS_STORE, useValue: Boolean(deps.readinessChecksStore) },
        { provide: AUDIT_LOG, useValue: deps.log },
        { provide: APP_GUARD, useClass: IdentityGuard },
        { provide: APP_FILTER, useClass: ServiceErrorFilter },
        EventTransportHolder,
        Audit,
        DeadLettersService,
        AuditTrailService,
        deadLettersResolver(deps.name) as Type<unknown>,
        ...(auditTrailResolvers(deps.name) as Type<unknown>[]),
      ],
      exports: [
        DataSource,
        Outbox,
        OBJECT_STORE,
        ObjectLinks,
        SERVICE_NAME,
        EventTransportHolder,
        Audit,
        CLOCK,
        INTERNAL_SECRET,
        SERVICE_LOG,
        SEALING_KEYRING,
        ServiceMetrics,
      ],
    };
  }
}

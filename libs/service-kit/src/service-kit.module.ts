import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { Outbox } from '@carta/messaging';
import { ObjectStore } from '@carta/storage';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { subgraphTypeDefs } from './admin/dead-letters.graphql';
import { deadLettersResolver } from './admin/dead-letters.resolver';
import { EventTransportHolder } from './admin/event-transport.holder';
import { Audit } from './audit/audit';
import { Clock, CLOCK } from './clock';
import { DomainErrorFilter } from './domain-error.filter';
import { formatGraphQLError } from './graphql-errors';
import { HealthController } from './health.controller';
import { ObjectsController } from './objects.controller';
import { IdentityGuard, INTERNAL_SECRET } from './identity.guard';
import { OBJECT_STORE, SERVICE_NAME } from './tokens';

export interface ServiceKitDependencies {
  name: string;
  schemaFile: string;
  dataSource: DataSource;
  outbox: Outbox;
  objectStore: ObjectStore;
  internalSecret: string;
  clock: Clock;
}

/**
 * What every service gets the same way: its data source and outbox, the object store, its
 * subgraph (schema-first from its committed SDL), the identity guard on every resolver, the
 * error mapping and a health endpoint.
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
          context: ({ req }: { req: unknown }) => ({ req }),
          formatError: formatGraphQLError,
          playground: false,
          includeStacktraceInErrorResponses: false,
          plugins: [ApolloServerPluginInlineTraceDisabled()],
          // Guards must also run on field and entity-reference resolvers: `_entities` is a way in too.
          fieldResolverEnhancers: ['guards'],
        }),
        rootModule,
      ],
      controllers: [HealthController, ObjectsController],
      providers: [
        { provide: DataSource, useValue: deps.dataSource },
        { provide: Outbox, useValue: deps.outbox },
        { provide: OBJECT_STORE, useValue: deps.objectStore },
        { provide: INTERNAL_SECRET, useValue: deps.internalSecret },
        { provide: SERVICE_NAME, useValue: deps.name },
        { provide: CLOCK, useValue: deps.clock },
        { provide: APP_GUARD, useClass: IdentityGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        EventTransportHolder,
        Audit,
        deadLettersResolver(deps.name) as Type<unknown>,
      ],
      exports: [DataSource, Outbox, OBJECT_STORE, SERVICE_NAME, EventTransportHolder, Audit, CLOCK, INTERNAL_SECRET],
    };
  }
}

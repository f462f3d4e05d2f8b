import { join } from 'node:path';
import { ServiceDefinition } from '@carta/service-kit';
import { BillingModule } from './app.module';
import { migrations } from './migrations';

export const billingService: ServiceDefinition = {
  name: 'billing',
  rootModule: BillingModule,
  entities: [],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
};

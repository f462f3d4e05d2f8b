import { join } from 'node:path';
import { ServiceDefinition } from '@carta/service-kit';
import { EligibilityModule } from './app.module';
import { migrations } from './migrations';

export const eligibilityService: ServiceDefinition = {
  name: 'eligibility',
  rootModule: EligibilityModule,
  entities: [],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
};

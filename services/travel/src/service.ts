import { join } from 'node:path';
import { ServiceDefinition } from '@carta/service-kit';
import { TravelModule } from './app.module';
import { migrations } from './migrations';

export const travelService: ServiceDefinition = {
  name: 'travel',
  rootModule: TravelModule,
  entities: [],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
};

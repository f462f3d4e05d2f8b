import { join } from 'node:path';
import { ServiceDefinition } from '@carta/service-kit';
import { CentresModule } from './app.module';
import { Centre } from './centres/centre.entity';
import { SEED_CENTRES } from './centres/seed-centres';
import { migrations } from './migrations';

export const centresService: ServiceDefinition = {
  name: 'centres',
  rootModule: CentresModule,
  entities: [Centre],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
  // Reference data: insert the seed centres that are missing, never overwrite what offices edited.
  seed: async (dataSource) => {
    await dataSource.createQueryBuilder().insert().into(Centre).values(SEED_CENTRES).orIgnore().execute();
  },
};

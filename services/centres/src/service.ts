import { join } from 'node:path';
import { CentreProfilePublished, TrialOpened } from '@carta/contracts';
import { SEED_TRIALS } from '@carta/domain';
import { ServiceDefinition } from '@carta/service-kit';
import { CentresModule } from './app.module';
import { Centre, profileOf } from './centres/centre.entity';
import { SEED_CENTRES } from './centres/seed-centres';
import { migrations } from './migrations';
import { Trial } from './trials/trial.entity';
import { snapshotOf } from './trials/trials.service';

export const centresService: ServiceDefinition = {
  name: 'centres',
  rootModule: CentresModule,
  entities: [Centre, Trial],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
  // Reference data: insert the seed centres and trials that are missing, never overwrite what
  // offices edited; a newly seeded centre or trial is announced like any other.
  seed: (dataSource, outbox) =>
    dataSource.transaction(async (manager) => {
      for (const centre of SEED_CENTRES) {
        if (await manager.existsBy(Centre, { id: centre.id })) continue;
        await manager.insert(Centre, centre);
        await outbox.append(manager, CentreProfilePublished, profileOf(centre));
      }
      for (const seed of SEED_TRIALS) {
        if (await manager.existsBy(Trial, { id: seed.id })) continue;
        const trial = manager.create(Trial, { ...seed, ownerCentreId: seed.centreIds[0], deliveries: null, nmpaIndStatus: null, phase: null, recruiting: true, openSlots: 5 });
        await manager.insert(Trial, trial);
        await outbox.append(manager, TrialOpened, snapshotOf(trial));
      }
    }),
};

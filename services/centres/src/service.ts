import { join } from 'node:path';
import { CentreProfilePublished, TrialOpened, TrialRegistered } from '@carta/contracts';
import { REAL_TRIALS, SEED_TRIALS, SeedTrial } from '@carta/domain';
import { ServiceDefinition } from '@carta/service-kit';
import { CentresModule } from './app.module';
import { Centre, profileOf } from './centres/centre.entity';
import { SEED_CENTRES } from './centres/seed-centres';
import { migrations } from './migrations';
import { Trial, TrialCriteriaVersion, TrialSite } from './trials/trial.entity';
import { SEED_AUTHOR, snapshotOf } from './trials/trials.service';

export const centresService: ServiceDefinition = {
  name: 'centres',
  rootModule: CentresModule,
  entities: [Centre, Trial, TrialSite, TrialCriteriaVersion],
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
      // The four trials of the brief recruit at their centres; the real trials encoded from their
      // registry records are catalogued closed (most have ended): a participating office opens its site.
      const seeds: { seed: SeedTrial; recruiting: boolean }[] = [
        ...SEED_TRIALS.map((seed) => ({ seed, recruiting: true })),
        ...REAL_TRIALS.map(({ source: _source, ...seed }) => ({ seed, recruiting: false })),
      ];
      for (const { seed, recruiting } of seeds) {
        if (await manager.existsBy(Trial, { id: seed.id })) continue;
        const { centreIds, ...registration } = seed;
        const trial = manager.create(Trial, { ...registration, ownerCentreId: centreIds[0], deliveries: null, nmpaIndStatus: null, phase: null });
        const now = new Date();
        const sites = centreIds.map((centreId) =>
          manager.create(TrialSite, { trialId: seed.id, centreId, recruiting, openSlots: recruiting ? 5 : 0, updatedAt: now }),
        );
        await manager.insert(Trial, trial);
        await manager.insert(TrialSite, sites);
        await manager.insert(TrialCriteriaVersion, {
          trialId: seed.id,
          version: seed.criteria.version,
          criteria: seed.criteria,
          changedBy: SEED_AUTHOR,
          changedAt: now,
        });
        await outbox.append(manager, recruiting ? TrialOpened : TrialRegistered, snapshotOf(trial, sites, SEED_AUTHOR, now));
      }
    }),
};

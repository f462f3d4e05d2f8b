import { join } from 'node:path';
import { CASE_ACCESS_ENTITIES, ServiceDefinition } from '@carta/service-kit';
import { EligibilityModule } from './app.module';
import { migrations } from './migrations';
import { ChecklistStatus, Referral } from './referrals/referral.entity';
import { OncologySummaryRecord, Screening, TrialProjection } from './summaries/eligibility.entities';

export const eligibilityService: ServiceDefinition = {
  name: 'eligibility',
  rootModule: EligibilityModule,
  entities: [OncologySummaryRecord, TrialProjection, Screening, Referral, ChecklistStatus, ...CASE_ACCESS_ENTITIES],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
};

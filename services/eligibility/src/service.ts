import { join } from 'node:path';
import { CASE_ACCESS_ENTITIES } from '@carta/case-access';
import { ServiceDefinition } from '@carta/service-kit';
import { EligibilityModule } from './app.module';
import { CriterionAssessment } from './assessments/criterion-assessment.entity';
import { CaseRecord, DocumentRecord } from './cases/case-projections.entities';
import { migrations } from './migrations';
import { ChecklistStatus, Referral } from './referrals/referral.entity';
import { Screening, TrialProjection } from './summaries/eligibility.entities';
import { SummaryFactRecord } from './summaries/summary-fact.entity';

export const eligibilityService: ServiceDefinition = {
  name: 'eligibility',
  rootModule: EligibilityModule,
  entities: [
    SummaryFactRecord,
    CriterionAssessment,
    CaseRecord,
    DocumentRecord,
    TrialProjection,
    Screening,
    Referral,
    ChecklistStatus,
    ...CASE_ACCESS_ENTITIES,
  ],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
};

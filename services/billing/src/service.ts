import { join } from 'node:path';
import { CASE_ACCESS_ENTITIES } from '@carta/case-access';
import { CentreDirectoryEntry } from '@carta/centre-directory';
import { ServiceDefinition } from '@carta/service-kit';
import { BillingAccount, TrialFunding } from './accounts/billing-account.entity';
import { BillingModule } from './app.module';
import { Estimate } from './estimates/estimate.entity';
import { LedgerEntryRecord } from './ledger/ledger-entry.entity';
import { migrations } from './migrations';
import { CasePayer } from './payee/payee.entity';
import { CentreTariff } from './tariffs/centre-tariff.entity';

export const billingService: ServiceDefinition = {
  name: 'billing',
  rootModule: BillingModule,
  entities: [BillingAccount, TrialFunding, Estimate, LedgerEntryRecord, CentreTariff, CentreDirectoryEntry, CasePayer, ...CASE_ACCESS_ENTITIES],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
};

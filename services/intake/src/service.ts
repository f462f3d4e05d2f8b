import { join } from 'node:path';
import { CASE_ACCESS_ENTITIES } from '@carta/case-access';
import { CentreDirectoryEntry } from '@carta/centre-directory';
import { ServiceDefinition } from '@carta/service-kit';
import { IntakeModule } from './app.module';
import { Case, CaseStatusChange, Companion } from './cases/case.entity';
import { CaseChecklist, CaseReview } from './cases/case-facts.entity';
import { ConsentForm } from './consents/consent-facts.entity';
import { Consent } from './consents/consent.entity';
import { NOTIFICATION_ENTITIES } from './notifications/notification.entity';
import { Patient } from './patients/patient.entity';
import { migrations } from './migrations';

export const intakeService: ServiceDefinition = {
  name: 'intake',
  rootModule: IntakeModule,
  entities: [
    Patient,
    Case,
    CaseStatusChange,
    Companion,
    Consent,
    CaseReview,
    CaseChecklist,
    ConsentForm,
    CentreDirectoryEntry,
    ...NOTIFICATION_ENTITIES,
    ...CASE_ACCESS_ENTITIES,
  ],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
};

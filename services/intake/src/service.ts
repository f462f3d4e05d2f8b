import { join } from 'node:path';
import { CaseReferral, ServiceDefinition } from '@carta/service-kit';
import { IntakeModule } from './app.module';
import { Case } from './cases/case.entity';
import { Patient } from './cases/patient.entity';
import { migrations } from './migrations';

export const intakeService: ServiceDefinition = {
  name: 'intake',
  rootModule: IntakeModule,
  entities: [Patient, Case, CaseReferral],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
};

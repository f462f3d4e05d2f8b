import { join } from 'node:path';
import { CASE_ACCESS_ENTITIES, ServiceDefinition } from '@carta/service-kit';
import { DocumentsModule } from './app.module';
import { Checklist, ChecklistItem } from './checklists/checklist.entity';
import { migrations } from './migrations';

export const documentsService: ServiceDefinition = {
  name: 'documents',
  rootModule: DocumentsModule,
  entities: [Checklist, ChecklistItem, ...CASE_ACCESS_ENTITIES],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
};

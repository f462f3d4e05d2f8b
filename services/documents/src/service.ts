import { join } from 'node:path';
import { CASE_ACCESS_ENTITIES } from '@carta/case-access';
import { ServiceDefinition } from '@carta/service-kit';
import { DocumentsServiceModule } from './app.module';
import { CaseProfileRecord, Checklist, ChecklistItem, ChecklistNotApplicable } from './checklists/checklist.entity';
import { Document, DocumentVersion } from './documents/document.entity';
import { migrations } from './migrations';

export const documentsService: ServiceDefinition = {
  name: 'documents',
  rootModule: DocumentsServiceModule,
  entities: [Checklist, ChecklistItem, CaseProfileRecord, ChecklistNotApplicable, Document, DocumentVersion, ...CASE_ACCESS_ENTITIES],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
  // Uploads land in the store: without it the service cannot do its work, so it is not ready.
  needsObjectStore: true,
};

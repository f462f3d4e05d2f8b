import { Module } from '@nestjs/common';
import { ChecklistsModule } from './checklists/checklists.module';
import { DocumentsModule } from './documents/documents.module';

@Module({ imports: [ChecklistsModule, DocumentsModule] })
export class DocumentsServiceModule {}

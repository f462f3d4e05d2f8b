import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/service-kit';
import { ChecklistsModule } from '../checklists/checklists.module';
import { UploadsController } from '../uploads/uploads.controller';
import { CaseDocumentsResolver, DocumentFieldsResolver, DocumentVersionFieldsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';

@Module({
  imports: [CaseAccessModule, ChecklistsModule],
  controllers: [UploadsController],
  providers: [DocumentsService, CaseDocumentsResolver, DocumentFieldsResolver, DocumentVersionFieldsResolver],
})
export class DocumentsModule {}

import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { ChecklistsModule } from '../checklists/checklists.module';
import { UploadsController } from '../uploads/uploads.controller';
import { CaseDocumentsResolver, DocumentVersionFieldsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';

@Module({
  imports: [CaseAccessModule, ChecklistsModule],
  controllers: [UploadsController],
  providers: [DocumentsService, CaseDocumentsResolver, DocumentVersionFieldsResolver],
})
export class DocumentsModule {}

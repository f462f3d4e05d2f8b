import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { DocumentVersion } from './document.entity';
import { DocumentsService } from './documents.service';
import { parseDeletionReason, parseUploadRequest } from './documents.input';
import type { RequestDocumentUploadInput } from '../generated/graphql';

@Resolver('Case')
export class CaseDocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('documents')
  documentsOf(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }) {
    return this.documents.listForCase(identity, kase.id);
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('documentDownload')
  documentDownload(@CurrentIdentity() identity: Identity, @Args('versionId') versionId: string) {
    return this.documents.downloadLink(identity, parseUuid(versionId, 'versionId'));
  }

  @Roles('coordinator', 'admin')
  @Mutation('requestDocumentUpload')
  requestDocumentUpload(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RequestDocumentUploadInput,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ) {
    return this.documents.requestUpload(identity, parseUploadRequest(input), idempotencyKey);
  }

  @Roles('coordinator', 'admin')
  @Mutation('completeDocumentUpload')
  completeDocumentUpload(@CurrentIdentity() identity: Identity, @Args('versionId') versionId: string) {
    return this.documents.completeUpload(identity, parseUuid(versionId, 'versionId'));
  }

  @Roles('coordinator', 'admin')
  @Mutation('deleteDocument')
  deleteDocument(@CurrentIdentity() identity: Identity, @Args('documentId') documentId: string, @Args('reason') reason: string) {
    return this.documents.deleteDocument(identity, parseUuid(documentId, 'documentId'), parseDeletionReason(reason));
  }
}

@Resolver('DocumentVersion')
export class DocumentVersionFieldsResolver {
  @ResolveField('contentType')
  contentType(@Parent() version: DocumentVersion): string {
    return version.declaredContentType;
  }

  @ResolveField('sizeBytes')
  sizeBytes(@Parent() version: DocumentVersion): number {
    return version.declaredSize;
  }

  @ResolveField('sha256')
  sha256(@Parent() version: DocumentVersion): string {
    return version.declaredSha256;
  }

  @ResolveField('uploadedAt')
  uploadedAt(@Parent() version: DocumentVersion): Date {
    return version.createdAt;
  }
}

import { randomUUID } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { DocumentDeleted, DocumentQuarantined, DocumentRejected, DocumentVerified } from '@carta/contracts';
import { DomainError, notFound } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit, CaseAccess, Clock, CLOCK, downloadLink, DownloadLink, OBJECT_STORE } from '@carta/service-kit';
import { ObjectStore } from '@carta/storage';
import { DataSource, IsNull } from 'typeorm';
import { Checklist } from '../checklists/checklist.entity';
import { ChecklistsService } from '../checklists/checklists.service';
import { AllowedContentType, ContentInspection, ContentInspector, UploadTooLarge } from '../uploads/content-inspection';
import { VerificationOutcome, verifyUpload } from '../uploads/upload-verification';
import { Document, DocumentVersion } from './document.entity';
import { MAX_DOCUMENT_BYTES, UploadRequest } from './upload-request.input';

/** Presigned URLs: uploads may take a while on a slow line; downloads are for right now. */
const UPLOAD_URL_SECONDS = 15 * 60;

export interface UploadTicket {
  documentId: string;
  versionId: string;
  version: number;
  uploadUrl: string;
  streamUploadPath: string;
  expiresAt: string;
}

@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: Audit,
    private readonly access: CaseAccess,
    private readonly checklists: ChecklistsService,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Registers the upload of a new document or version and hands out a presigned PUT for it. */
  async requestUpload(identity: Identity, input: UploadRequest): Promise<UploadTicket> {
    const version = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Checklist, { caseId: input.caseId }))) throw notFound('case');
      let documentId = input.documentId;
      if (documentId) {
        const document = await manager.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
        if (!document || document.caseId !== input.caseId) throw notFound('document');
        if (document.deletedAt) throw new DomainError('CONFLICT', 'this document was deleted');
        if (document.kind !== input.kind) throw new DomainError('BAD_USER_INPUT', `kind: this document is a ${document.kind}`, { field: 'kind' });
      } else {
        if (input.translationOfVersionId) throw new DomainError('BAD_USER_INPUT', 'translationOfVersionId: a translation is a version of its original document: give its documentId', { field: 'documentId' });
        documentId = randomUUID();
        await manager.insert(Document, { id: documentId, caseId: input.caseId, kind: input.kind, createdBy: identity.subject, deletedAt: null, deletedBy: null, deletionReason: null });
      }
      if (input.translationOfVersionId) {
        const original = await manager.findOneBy(DocumentVersion, { id: input.translationOfVersionId, documentId });
        if (!original || original.status !== 'VERIFIED') throw new DomainError('BAD_USER_INPUT', 'translationOfVersionId: not a verified version of this document', { field: 'translationOfVersionId' });
      }
      const latest = await manager.findOne(DocumentVersion, { where: { documentId }, order: { version: 'DESC' } });
      const number = (latest?.version ?? 0) + 1;
      const id = randomUUID();
      const created = manager.create(DocumentVersion, {
        id,
        documentId,
        caseId: input.caseId,
        version: number,
        // Ids only: a key never reveals a name, a diagnosis or a file name.
        objectKey: `cases/${input.caseId}/${documentId}/v${number}`,
        fileName: input.fileName,
        declaredContentType: input.contentType,
        declaredSize: input.sizeBytes,
        declaredSha256: input.sha256,
        language: input.language,
        translationOfVersionId: input.translationOfVersionId ?? null,
        recordDate: input.recordDate ?? null,
        status: 'AWAITING_UPLOAD',
        statusReason: null,
        uploadedBy: identity.subject,
        verifiedAt: null,
      });
      await manager.insert(DocumentVersion, created);
      await this.audit.record(manager, identity, 'document.upload-request', { caseId: input.caseId, targetId: id });
      return created;
    });
    const uploadUrl = await this.store.presignPut(version.objectKey, { expiresInSeconds: UPLOAD_URL_SECONDS });
    return {
      documentId: version.documentId,
      versionId: version.id,
      version: version.version,
      uploadUrl,
      streamUploadPath: `/uploads/${version.id}`,
      expiresAt: new Date(this.clock.now().getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
    };
  }

  /** After a presigned PUT: reads the stored bytes back through the same inspection as a streamed upload. */
  async completeUpload(identity: Identity, versionId: string): Promise<DocumentVersion> {
    const version = await this.awaitingUpload(versionId);
    const stored = await this.store.stat(version.objectKey);
    if (!stored) throw new DomainError('CONFLICT', 'nothing has been uploaded for this version yet');
    const inspector = new ContentInspector(MAX_DOCUMENT_BYTES);
    await pipeline(await this.store.get(version.objectKey), inspector, discard());
    return this.settle(identity, version, inspector.result());
  }

  /** Streams the body into the store while inspecting it: memory stays flat whatever the size. */
  async streamUpload(identity: Identity, versionId: string, body: Readable): Promise<DocumentVersion> {
    const version = await this.awaitingUpload(versionId);
    const inspector = new ContentInspector(Math.min(version.declaredSize, MAX_DOCUMENT_BYTES));
    try {
      await this.store.put(version.objectKey, body.pipe(inspector), { size: version.declaredSize, contentType: version.declaredContentType });
    } catch (error) {
      body.resume();
      await this.store.remove(version.objectKey).catch(() => undefined);
      const reason = error instanceof UploadTooLarge ? `received more than the ${version.declaredSize} bytes declared` : 'the upload did not arrive whole';
      return this.record(identity, version, { status: 'REJECTED', reason }, null);
    }
    return this.settle(identity, version, inspector.result());
  }

  private async settle(identity: Identity, version: DocumentVersion, inspected: ContentInspection): Promise<DocumentVersion> {
    const outcome = verifyUpload({ sizeBytes: version.declaredSize, sha256: version.declaredSha256, contentType: version.declaredContentType as AllowedContentType }, inspected);
    // Rejected bytes are removed; quarantined ones are kept for review but never served.
    if (outcome.status === 'REJECTED') await this.store.remove(version.objectKey).catch(() => undefined);
    return this.record(identity, version, outcome, inspected);
  }

  private record(identity: Identity, version: DocumentVersion, outcome: VerificationOutcome, inspected: ContentInspection | null): Promise<DocumentVersion> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(DocumentVersion, { where: { id: version.id }, lock: { mode: 'pessimistic_write' } });
      if (!current || current.status !== 'AWAITING_UPLOAD') throw new DomainError('CONFLICT', 'this version was already settled');
      const now = this.clock.now();
      const reason = outcome.status === 'VERIFIED' ? null : outcome.reason;
      await manager.update(DocumentVersion, version.id, { status: outcome.status, statusReason: reason, verifiedAt: outcome.status === 'VERIFIED' ? now : null });
      await this.audit.record(manager, identity, `document.${outcome.status.toLowerCase()}`, { caseId: version.caseId, targetId: version.id });
      const document = await manager.findOneByOrFail(Document, { id: version.documentId });
      const facts = { caseId: version.caseId, documentId: version.documentId, versionId: version.id, version: version.version, kind: document.kind };
      if (outcome.status === 'VERIFIED') {
        await this.outbox.append(manager, DocumentVerified, {
          ...facts,
          contentType: version.declaredContentType,
          sizeBytes: inspected!.sizeBytes,
          sha256: inspected!.sha256,
          language: version.language,
          translationOfVersionId: version.translationOfVersionId,
          recordDate: version.recordDate,
          verifiedAt: now.toISOString(),
        });
        await this.checklists.reevaluate(manager, version.caseId);
      } else if (outcome.status === 'QUARANTINED') {
        await this.outbox.append(manager, DocumentQuarantined, { ...facts, reason: outcome.reason, quarantinedAt: now.toISOString() });
      } else {
        await this.outbox.append(manager, DocumentRejected, { ...facts, reason: outcome.reason, rejectedAt: now.toISOString() });
      }
      return manager.findOneByOrFail(DocumentVersion, { id: version.id });
    });
  }

  /** A short-lived presigned GET, only for a verified version and someone allowed to fetch it. */
  async downloadLink(identity: Identity, versionId: string): Promise<DownloadLink> {
    const version = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(DocumentVersion, { id: versionId });
      if (!found) throw notFound('document version');
      await this.access.assertCanDownload(identity, found.caseId, manager);
      const document = await manager.findOneByOrFail(Document, { id: found.documentId });
      if (document.deletedAt) throw notFound('document version');
      if (found.status !== 'VERIFIED') throw new DomainError('CONFLICT', `this version is ${found.status.toLowerCase().replace('_', ' ')} and is never served`);
      await this.audit.record(manager, identity, 'document.download', { caseId: found.caseId, targetId: versionId });
      return found;
    });
    return downloadLink(this.store, version.objectKey, this.clock);
  }

  /** Soft delete: kept for retention, no longer counted or served. */
  deleteDocument(identity: Identity, documentId: string, reason: string): Promise<Document> {
    return this.dataSource.transaction(async (manager) => {
      const document = await manager.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document) throw notFound('document');
      if (document.deletedAt) throw new DomainError('CONFLICT', 'this document was already deleted');
      const now = this.clock.now();
      Object.assign(document, { deletedAt: now, deletedBy: identity.subject, deletionReason: reason });
      await manager.save(document);
      await this.audit.record(manager, identity, 'document.delete', { caseId: document.caseId, targetId: documentId });
      await this.outbox.append(manager, DocumentDeleted, { caseId: document.caseId, documentId, kind: document.kind, deletedAt: now.toISOString() });
      await this.checklists.reevaluate(manager, document.caseId);
      return document;
    });
  }

  /** The case's documents (metadata only) for someone allowed to see its records. */
  listForCase(identity: Identity, caseId: string): Promise<(Document & { versions: DocumentVersion[] })[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanRead(identity, caseId, 'MEDICAL_RECORDS', manager);
      await this.audit.record(manager, identity, 'document.list', { caseId });
      const documents = await manager.find(Document, { where: { caseId, deletedAt: IsNull() }, order: { createdAt: 'ASC' } });
      const versions = await manager.find(DocumentVersion, { where: { caseId }, order: { version: 'ASC' } });
      return documents.map((document) => ({ ...document, versions: versions.filter((version) => version.documentId === document.id) }));
    });
  }

  private async awaitingUpload(versionId: string): Promise<DocumentVersion> {
    const version = await this.dataSource.manager.findOneBy(DocumentVersion, { id: versionId });
    if (!version) throw notFound('document version');
    if (version.status !== 'AWAITING_UPLOAD') throw new DomainError('CONFLICT', `this version is already ${version.status.toLowerCase().replace('_', ' ')}`);
    return version;
  }
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

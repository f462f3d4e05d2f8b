import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { hasRole, Identity } from '@carta/auth';
import { DocumentDeleted, DocumentQuarantined, DocumentRejected, DocumentVerified } from '@carta/contracts';
import { DomainError, notFound } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit, statusAction } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK, downloadLink, DownloadLink, idempotent, OBJECT_STORE, ObjectLinks, ServiceMetrics } from '@carta/service-kit';
import { ObjectChanged, ObjectExists, ObjectSizeMismatch, ObjectStore, ObjectTooLarge, STAGING_PREFIX, UploadForm } from '@carta/storage';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { Checklist } from '../checklists/checklist.entity';
import { ChecklistsService } from '../checklists/checklists.service';
import { AllowedContentType, ContentInspection, inspectDocument, UploadTooLarge } from '../uploads/content-inspection';
import { VerificationOutcome, verifyUpload } from '../uploads/upload-verification.rules';
import { Document, DocumentVersion } from './document.entity';
import { UploadRequest } from './upload-request.input';

/** An upload must start within this window; the signed form and the stream path both end with it. */
export const UPLOAD_TICKET_SECONDS = 15 * 60;
/** An upload started just before its ticket ended may take this long again to finish and be completed. */
export const COMPLETION_GRACE_SECONDS = 15 * 60;
/** Uploads waiting for their bytes, per case: enough for a whole record set, not a way to fill the store. */
export const MAX_PENDING_UPLOADS_PER_CASE = 20;

export interface UploadTicket {
  documentId: string;
  versionId: string;
  version: number;
  /** A signed form for the version's staging key, bound to its exact size. */
  upload: UploadForm;
  streamUploadPath: string;
  expiresAt: string;
}

/** Where a version's bytes land before they are checked: never served, removed once the version settles. */
export const stagingKey = (versionId: string) => `${STAGING_PREFIX}${versionId}`;

class NothingStaged extends Error {}

@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: Audit,
    private readonly access: CaseAccess,
    private readonly checklists: ChecklistsService,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly links: ObjectLinks,
    @Inject(CLOCK) private readonly clock: Clock,
    metrics: ServiceMetrics,
  ) {
    this.uploads = metrics.counter('carta_uploads_total', 'Uploads settled, by outcome: verified, rejected (bytes deleted) or quarantined (kept for review)', [
      'outcome',
    ]);
  }

  private readonly uploads: ReturnType<ServiceMetrics['counter']>;

  /** Registers the upload of a new document or version and hands out a signed form for its staging key. */
  /** A repeat with the same idempotency key and input makes no second version: it answers a ticket for the first. */
  async requestUpload(identity: Identity, input: UploadRequest, idempotencyKey?: string | null): Promise<UploadTicket> {
    const version = await this.dataSource.transaction(async (manager) => {
      // Locking the checklist serialises upload requests per case, so the pending count below holds.
      if (!(await manager.findOne(Checklist, { where: { caseId: input.caseId }, lock: { mode: 'pessimistic_write' } }))) throw notFound('case');
      await this.access.assertCanWrite(identity, input.caseId, manager);
      return idempotent(
        manager,
        { caller: identity.subject, operation: 'requestDocumentUpload', key: idempotencyKey, request: input },
        () => this.insertVersion(manager, identity, input),
        { idOf: (created) => created.id, replay: (id) => manager.findOneByOrFail(DocumentVersion, { id }) },
      );
    });
    return this.ticketFor(version);
  }

  private async insertVersion(manager: EntityManager, identity: Identity, input: UploadRequest): Promise<DocumentVersion> {
    const now = this.clock.now();
    const pending = await manager.countBy(DocumentVersion, { caseId: input.caseId, status: 'AWAITING_UPLOAD', uploadExpiresAt: MoreThan(now) });
    if (pending >= MAX_PENDING_UPLOADS_PER_CASE) {
      throw new DomainError(
        'CONFLICT',
        `this case already has ${pending} uploads waiting for their files: send or complete those first (an unused upload lapses ${UPLOAD_TICKET_SECONDS / 60} minutes after it was requested)`,
      );
    }
    let documentId = input.documentId;
    if (documentId) {
      const document = await manager.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document || document.caseId !== input.caseId) throw notFound('document');
      if (document.deletedAt) throw new DomainError('CONFLICT', 'this document was deleted');
      if (document.kind !== input.kind) throw new DomainError('BAD_USER_INPUT', `kind: this document is a ${document.kind}`, { field: 'kind' });
    } else {
      if (input.translationOfVersionId)
        throw new DomainError('BAD_USER_INPUT', 'translationOfVersionId: a translation is a version of its original document: give its documentId', {
          field: 'documentId',
        });
      documentId = randomUUID();
      await manager.insert(Document, {
        id: documentId,
        caseId: input.caseId,
        kind: input.kind,
        createdBy: identity.subject,
        deletedAt: null,
        deletedBy: null,
        deletionReason: null,
      });
    }
    if (input.translationOfVersionId) {
      const original = await manager.findOneBy(DocumentVersion, { id: input.translationOfVersionId, documentId });
      if (!original || original.status !== 'VERIFIED')
        throw new DomainError('BAD_USER_INPUT', 'translationOfVersionId: not a verified version of this document', { field: 'translationOfVersionId' });
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
      uploadExpiresAt: new Date(now.getTime() + UPLOAD_TICKET_SECONDS * 1000),
      verifiedAt: null,
    });
    await manager.insert(DocumentVersion, created);
    await this.audit.record(manager, identity, 'document.upload-request', { caseId: input.caseId, targetId: id });
    return created;
  }

  private async ticketFor(version: DocumentVersion): Promise<UploadTicket> {
    const upload = await this.store.presignUpload(stagingKey(version.id), {
      expiresInSeconds: UPLOAD_TICKET_SECONDS,
      sizeBytes: version.declaredSize,
      contentType: version.declaredContentType,
    });
    return {
      documentId: version.documentId,
      versionId: version.id,
      version: version.version,
      upload,
      streamUploadPath: `/uploads/${version.id}`,
      expiresAt: version.uploadExpiresAt.toISOString(),
    };
  }

  /** After the form upload: checks the staged bytes, as for a streamed upload. */
  async completeUpload(identity: Identity, versionId: string): Promise<DocumentVersion> {
    const version = await this.pendingFor(identity, versionId);
    if (this.clock.now().getTime() > version.uploadExpiresAt.getTime() + COMPLETION_GRACE_SECONDS * 1000) return this.expire(identity, version);
    if (!(await this.store.stat(stagingKey(version.id)))) throw new DomainError('CONFLICT', 'nothing has been uploaded for this version yet');
    return this.settleStaged(identity, version);
  }

  /**
   * Streams the body to the version's staging key, refused the moment it outgrows the declared
   * size, then checks it like a form upload. Memory stays flat whatever the size.
   */
  async streamUpload(identity: Identity, versionId: string, body: Readable): Promise<DocumentVersion> {
    const version = await this.pendingFor(identity, versionId);
    if (this.clock.now() > version.uploadExpiresAt) return this.expire(identity, version);
    try {
      await this.store.put(stagingKey(version.id), body, {
        size: version.declaredSize,
        maxBytes: version.declaredSize,
        contentType: version.declaredContentType,
        ifAbsent: true,
      });
    } catch (error) {
      if (error instanceof ObjectExists) throw new DomainError('CONFLICT', 'the file for this version was already uploaded: complete the upload instead');
      const reason =
        error instanceof ObjectTooLarge
          ? `received more than the ${version.declaredSize} bytes declared`
          : error instanceof ObjectSizeMismatch
            ? `received ${error.received} bytes, ${version.declaredSize} were declared`
            : 'the upload did not arrive whole';
      return this.record(identity, version, { status: 'REJECTED', reason }, null);
    }
    return this.settleStaged(identity, version);
  }

  /**
   * Inspects the staged bytes, then moves exactly those bytes (same etag) to the version's final,
   * immutable key with the verified type and checksum. What was checked is what is served: a later
   * upload to the staging key can change nothing once the version has settled.
   */
  private async settleStaged(identity: Identity, version: DocumentVersion): Promise<DocumentVersion> {
    const staging = stagingKey(version.id);
    const etags = new Set<string>();
    let inspected: ContentInspection;
    try {
      inspected = await inspectDocument(
        async () => {
          const read = await this.store.get(staging);
          if (!read) throw new NothingStaged();
          etags.add(read.object.etag);
          return read.body;
        },
        { maxBytes: version.declaredSize },
      );
    } catch (error) {
      if (error instanceof NothingStaged) throw new DomainError('CONFLICT', 'this upload is already being checked, or nothing was uploaded');
      if (!(error instanceof UploadTooLarge)) throw error;
      await this.store.remove(staging).catch(() => undefined);
      return this.record(identity, version, { status: 'REJECTED', reason: `received more than the ${version.declaredSize} bytes declared` }, null);
    }
    let outcome = verifyUpload(
      { sizeBytes: version.declaredSize, sha256: version.declaredSha256, contentType: version.declaredContentType as AllowedContentType },
      inspected,
    );
    if (outcome.status !== 'REJECTED') {
      // Quarantined bytes are promoted too (kept for review), but never served: only VERIFIED is.
      outcome = (await this.promote(version, staging, inspected, etags)) ?? outcome;
    }
    if (outcome.status === 'REJECTED') await this.store.remove(staging).catch(() => undefined);
    return this.record(identity, version, outcome, inspected);
  }

  /** Null when promoted; a rejection when the staged bytes changed under the inspection. */
  private async promote(version: DocumentVersion, staging: string, inspected: ContentInspection, etags: Set<string>): Promise<VerificationOutcome | null> {
    const changed: VerificationOutcome = { status: 'REJECTED', reason: 'the file was replaced while it was being checked' };
    if (etags.size !== 1) return changed;
    try {
      await this.store.promote(staging, version.objectKey, {
        contentType: inspected.detectedType ?? version.declaredContentType,
        metadata: { sha256: inspected.sha256 },
        etag: [...etags][0],
      });
      return null;
    } catch (error) {
      if (error instanceof ObjectChanged) return changed;
      if (error instanceof ObjectExists) throw new DomainError('CONFLICT', 'this version was already settled');
      throw error;
    }
  }

  /** A ticket past its time settles as REJECTED: it can no longer be completed, and its staging bytes go. */
  private async expire(identity: Identity, version: DocumentVersion): Promise<DocumentVersion> {
    await this.store.remove(stagingKey(version.id)).catch(() => undefined);
    return this.record(identity, version, { status: 'REJECTED', reason: 'the upload ticket expired before the upload was completed: request a new one' }, null);
  }

  private async record(
    identity: Identity,
    version: DocumentVersion,
    outcome: VerificationOutcome,
    inspected: ContentInspection | null,
  ): Promise<DocumentVersion> {
    const settled = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(DocumentVersion, { where: { id: version.id }, lock: { mode: 'pessimistic_write' } });
      if (!current || current.status !== 'AWAITING_UPLOAD') throw new DomainError('CONFLICT', 'this version was already settled');
      const now = this.clock.now();
      const reason = outcome.status === 'VERIFIED' ? null : outcome.reason;
      await manager.update(DocumentVersion, version.id, {
        status: outcome.status,
        statusReason: reason,
        verifiedAt: outcome.status === 'VERIFIED' ? now : null,
      });
      await this.audit.record(manager, identity, statusAction('document', outcome.status), { caseId: version.caseId, targetId: version.id });
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
    // Counted once committed: a settlement refused as already made is no upload.
    this.uploads.inc({ outcome: outcome.status.toLowerCase() });
    return settled;
  }

  /**
   * A short-lived link, only for a verified version and someone allowed to fetch it. It serves the
   * verified type under the uploader's file name, and only bytes that still carry the verified checksum.
   */
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
    return downloadLink(this.links, version.objectKey, this.clock, {
      contentType: version.declaredContentType,
      fileName: version.fileName,
      sha256: version.declaredSha256,
    });
  }

  /** Soft delete: kept for retention, no longer counted or served. */
  deleteDocument(identity: Identity, documentId: string, reason: string): Promise<Document> {
    return this.dataSource.transaction(async (manager) => {
      const document = await manager.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document) throw notFound('document');
      await this.access.assertCanWrite(identity, document.caseId, manager);
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

  /**
   * A version still waiting for its bytes, for someone who may write: the case's coordinator (or an
   * admin) who requested this very upload. Nobody streams into, or completes, another's upload.
   */
  private async pendingFor(identity: Identity, versionId: string): Promise<DocumentVersion> {
    const version = await this.dataSource.manager.findOneBy(DocumentVersion, { id: versionId });
    if (!version) throw notFound('document version');
    await this.access.assertCanWrite(identity, version.caseId);
    if (version.uploadedBy !== identity.subject && !hasRole(identity, 'admin'))
      throw new DomainError('FORBIDDEN', 'only whoever requested this upload (or an admin) may send or complete it');
    if (version.status !== 'AWAITING_UPLOAD') throw new DomainError('CONFLICT', `this version is already ${version.status.toLowerCase().replace('_', ' ')}`);
    return version;
  }
}

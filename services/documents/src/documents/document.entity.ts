import { DocumentKind } from '@carta/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A document of a case; its content lives in versions. Deleting keeps it (soft delete, retention). */
@Entity({ name: 'document' })
@Index('document_case_idx', ['caseId'])
export class Document {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  kind: DocumentKind;

  @Column({ type: 'text' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  deletedBy: string | null;

  @Column({ type: 'text', nullable: true })
  deletionReason: string | null;
}

export type VersionStatus = 'AWAITING_UPLOAD' | 'VERIFIED' | 'REJECTED' | 'QUARANTINED';

/**
 * One upload of a document: a re-upload is a new version, and an English translation is a version
 * linked to the original it translates. The object key (ids only) is the final, immutable key the
 * verified bytes are promoted to; uploads land on `staging/<id>` first.
 */
@Entity({ name: 'document_version' })
@Index('document_version_number_idx', ['documentId', 'version'], { unique: true })
@Index('document_version_case_status_idx', ['caseId', 'status'])
export class DocumentVersion {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  objectKey: string;

  /** The uploader's file name, a label only: never part of the key, never trusted. */
  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  declaredContentType: string;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  declaredSize: number;

  @Column({ type: 'text' })
  declaredSha256: string;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'uuid', nullable: true })
  translationOfVersionId: string | null;

  @Column({ type: 'date', nullable: true })
  recordDate: string | null;

  @Column({ type: 'text' })
  status: VersionStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'text' })
  uploadedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The upload ticket's end: no upload may start after it, nor be completed long after it. */
  @Column({ type: 'timestamptz' })
  uploadExpiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;
}

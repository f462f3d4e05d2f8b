import { Readable } from 'node:stream';

export interface StoredObject {
  key: string;
  size: number;
  contentType: string;
  metadata: Record<string, string>;
}

export interface PresignOptions {
  expiresInSeconds: number;
}

/**
 * The object-store port. Keys carry ids only (`cases/<caseId>/<documentId>/v<n>`), never names.
 * Adapters: MinIO / any S3-compatible store, and the local filesystem for the embedded mode.
 */
export interface ObjectStore {
  /** Creates the bucket (or folder) if missing. */
  ensureReady(): Promise<void>;
  /** Streams the body in; memory stays flat whatever the size. */
  put(key: string, body: Readable | Buffer, options: { size?: number; contentType: string; metadata?: Record<string, string> }): Promise<StoredObject>;
  get(key: string): Promise<Readable>;
  stat(key: string): Promise<StoredObject | null>;
  remove(key: string): Promise<void>;
  presignGet(key: string, options: PresignOptions): Promise<string>;
  presignPut(key: string, options: PresignOptions): Promise<string>;
}

export const MAX_PRESIGN_SECONDS = 15 * 60;

export function assertObjectKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9/_.-]*$/.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`invalid object key: ${JSON.stringify(key)}`);
  }
}

export function assertPresignExpiry(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_PRESIGN_SECONDS) {
    throw new Error(`presigned URLs expire within 1..${MAX_PRESIGN_SECONDS} seconds`);
  }
}

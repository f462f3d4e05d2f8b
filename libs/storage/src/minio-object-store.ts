import { Readable } from 'node:stream';
import * as Minio from 'minio';
import { assertObjectKey, assertPresignExpiry, ObjectStore, PresignOptions, StoredObject } from './object-store';

export interface S3Location {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
  region: string;
  /** Ask the store to encrypt at rest (SSE-S3); on by default, for stores that support it. */
  serverSideEncryption?: boolean;
}

/** The MinIO adapter, on the `minio` client; standard S3 calls only, so any S3 store works. */
export class MinioObjectStore implements ObjectStore {
  private readonly client: Minio.Client;

  constructor(private readonly location: S3Location) {
    const url = new URL(location.endpoint);
    this.client = new Minio.Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      useSSL: url.protocol === 'https:',
      accessKey: location.accessKey,
      secretKey: location.secretKey,
      region: location.region,
      // The client holds one part in memory while it uploads it: S3's smallest part keeps a
      // streamed upload's memory flat (the 64 MB default would hold 64 MB per upload).
      partSize: 5 * 1024 * 1024,
    });
  }

  async ensureReady(): Promise<void> {
    if (!(await this.client.bucketExists(this.location.bucket))) {
      await this.client.makeBucket(this.location.bucket, this.location.region).catch((error: { code?: string }) => {
        if (error.code !== 'BucketAlreadyOwnedByYou' && error.code !== 'BucketAlreadyExists') throw error;
      });
    }
  }

  async put(key: string, body: Readable | Buffer, options: { size?: number; contentType: string; metadata?: Record<string, string> }): Promise<StoredObject> {
    assertObjectKey(key);
    const headers: Record<string, string> = { 'Content-Type': options.contentType, ...prefixMetadata(options.metadata ?? {}) };
    if (this.location.serverSideEncryption !== false) headers['X-Amz-Server-Side-Encryption'] = 'AES256';
    await this.client.putObject(this.location.bucket, key, body, options.size, headers);
    const stored = await this.stat(key);
    if (!stored) throw new Error(`object ${key} vanished right after it was written`);
    return stored;
  }

  async get(key: string): Promise<Readable> {
    assertObjectKey(key);
    return this.client.getObject(this.location.bucket, key);
  }

  async stat(key: string): Promise<StoredObject | null> {
    assertObjectKey(key);
    try {
      const stat = await this.client.statObject(this.location.bucket, key);
      const metadata: Record<string, string> = {};
      for (const [name, value] of Object.entries(stat.metaData ?? {})) if (name !== 'content-type') metadata[name] = String(value);
      return { key, size: stat.size, contentType: String(stat.metaData?.['content-type'] ?? 'application/octet-stream'), metadata };
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFound' || (error as { code?: string }).code === 'NoSuchKey') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    assertObjectKey(key);
    await this.client.removeObject(this.location.bucket, key);
  }

  async presignGet(key: string, options: PresignOptions): Promise<string> {
    assertObjectKey(key);
    assertPresignExpiry(options.expiresInSeconds);
    return this.client.presignedGetObject(this.location.bucket, key, options.expiresInSeconds);
  }

  async presignPut(key: string, options: PresignOptions): Promise<string> {
    assertObjectKey(key);
    assertPresignExpiry(options.expiresInSeconds);
    return this.client.presignedPutObject(this.location.bucket, key, options.expiresInSeconds);
  }
}

function prefixMetadata(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([name, value]) => [`X-Amz-Meta-${name}`, value]));
}

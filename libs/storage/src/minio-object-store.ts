import { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { PassThrough, pipeline, Readable } from 'node:stream';
import * as Minio from 'minio';
import {
  assertObjectKey,
  assertPresignExpiry,
  assertStagingKey,
  assertUploadSize,
  ByteLimit,
  ObjectChanged,
  ObjectExists,
  ObjectRead,
  ObjectSizeMismatch,
  ObjectStore,
  PromoteOptions,
  PutOptions,
  StoredObject,
  toReadable,
  UploadForm,
  UploadFormOptions,
} from './object-store';

export interface S3Location {
  endpoint: string;
  /**
   * The store's address as clients reach it (e.g. https://files.example.org), when the services reach
   * it another way (an internal host): upload forms are presigned for it. `endpoint` when unset.
   */
  publicEndpoint?: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
  region: string;
  /** Ask the store to encrypt at rest (SSE-S3); on by default, for stores that support it. */
  serverSideEncryption?: boolean;
}

const SSE_HEADER = 'X-Amz-Server-Side-Encryption';
const code = (error: unknown) => (error as { code?: string }).code;

/** The MinIO adapter, on the `minio` client; standard S3 calls only, so any S3 store works. */
export class MinioObjectStore implements ObjectStore {
  private readonly client: Minio.Client;
  /** Signs upload forms for the public endpoint; it never calls the store (the region is set, so nothing is looked up). */
  private readonly publicClient: Minio.Client;

  constructor(private readonly location: S3Location) {
    this.client = clientFor(location.endpoint, location);
    this.publicClient = location.publicEndpoint ? clientFor(location.publicEndpoint, location) : this.client;
  }

  private get encrypted(): boolean {
    return this.location.serverSideEncryption !== false;
  }

  async ensureReady(): Promise<void> {
    if (!(await this.client.bucketExists(this.location.bucket))) {
      await this.client.makeBucket(this.location.bucket, this.location.region).catch((error: { code?: string }) => {
        if (error.code !== 'BucketAlreadyOwnedByYou' && error.code !== 'BucketAlreadyExists') throw error;
      });
    }
  }

  async put(key: string, body: Readable | Buffer, options: PutOptions): Promise<StoredObject> {
    assertObjectKey(key);
    const headers: Record<string, string> = { 'Content-Type': options.contentType, ...prefixMetadata(options.metadata ?? {}) };
    if (this.encrypted) headers[SSE_HEADER] = 'AES256';
    // S3 conditional write: refused by the store itself when the key holds an object.
    if (options.ifAbsent) headers['If-None-Match'] = '*';
    const counter = new ByteLimit(options.maxBytes ?? options.size ?? Number.MAX_SAFE_INTEGER);
    // The client never listens for errors on the stream it reads (it would wait forever), so it reads
    // `feed`, which simply ends when the body fails or outgrows its limit; what was written is then removed.
    const feed = new PassThrough();
    let failure: Error | undefined;
    pipeline(toReadable(body), counter, (error) => {
      if (!error) return;
      failure = error;
      feed.end();
    });
    counter.pipe(feed);
    try {
      await this.client.putObject(this.location.bucket, key, feed, options.size, headers);
    } catch (error) {
      if (failure) throw failure;
      if (code(error) === 'PreconditionFailed') throw new ObjectExists(key);
      throw error;
    }
    if (!failure && options.size !== undefined && counter.bytes !== options.size) failure = new ObjectSizeMismatch(options.size, counter.bytes);
    if (failure) {
      await this.remove(key);
      throw failure;
    }
    const stored = await this.stat(key);
    if (!stored) throw new Error(`object ${key} vanished right after it was written`);
    return stored;
  }

  async get(key: string): Promise<ObjectRead | null> {
    assertObjectKey(key);
    try {
      // The response's own headers describe exactly the bytes it carries (etag, size, metadata).
      const body = (await this.client.getObject(this.location.bucket, key)) as IncomingMessage;
      return { body, object: objectFromHeaders(key, body.headers) };
    } catch (error) {
      if (code(error) === 'NoSuchKey' || code(error) === 'NotFound') return null;
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    assertObjectKey(key);
    try {
      const stat = await this.client.statObject(this.location.bucket, key);
      const metadata: Record<string, string> = {};
      for (const [name, value] of Object.entries(stat.metaData ?? {}))
        if (name !== 'content-type' && !name.startsWith('x-amz-')) metadata[name] = String(value);
      return { key, size: stat.size, contentType: String(stat.metaData?.['content-type'] ?? 'application/octet-stream'), metadata, etag: stat.etag };
    } catch (error) {
      if (code(error) === 'NotFound' || code(error) === 'NoSuchKey') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    assertObjectKey(key);
    await this.client.removeObject(this.location.bucket, key);
  }

  async promote(from: string, to: string, options: PromoteOptions): Promise<StoredObject> {
    assertObjectKey(from);
    assertObjectKey(to);
    // S3 has no "copy if absent"; final keys are per version and written only here, so two
    // promotions of one key can only race with the same checked bytes (the etag condition below).
    if (await this.stat(to)) throw new ObjectExists(to);
    try {
      await this.client.copyObject(
        new Minio.CopySourceOptions({ Bucket: this.location.bucket, Object: from, MatchETag: options.etag }),
        new Minio.CopyDestinationOptions({
          Bucket: this.location.bucket,
          Object: to,
          MetadataDirective: 'REPLACE',
          UserMetadata: options.metadata,
          Headers: { 'Content-Type': options.contentType, ...(this.encrypted ? { [SSE_HEADER]: 'AES256' } : {}) },
        }),
      );
    } catch (error) {
      if (code(error) === 'PreconditionFailed' || code(error) === 'NoSuchKey' || code(error) === 'NotFound') throw new ObjectChanged(from);
      throw error;
    }
    await this.remove(from);
    const stored = await this.stat(to);
    if (!stored) throw new Error(`object ${to} vanished right after it was written`);
    return stored;
  }

  async presignUpload(key: string, options: UploadFormOptions): Promise<UploadForm> {
    assertStagingKey(key);
    assertPresignExpiry(options.expiresInSeconds);
    assertUploadSize(options.sizeBytes);
    const policy = this.client.newPostPolicy();
    policy.setBucket(this.location.bucket);
    policy.setKey(key);
    policy.setExpires(new Date(Date.now() + options.expiresInSeconds * 1000));
    // The size is part of the signed policy: the store refuses any other length itself.
    policy.setContentLengthRange(options.sizeBytes, options.sizeBytes);
    policy.setContentType(options.contentType);
    if (this.encrypted) {
      policy.policy.conditions.push(['eq', '$x-amz-server-side-encryption', 'AES256']);
      policy.formData['x-amz-server-side-encryption'] = 'AES256';
    }
    // A POST policy's signature covers the policy, not the host: the form works wherever the client reaches the store.
    const signed = await this.publicClient.presignedPostPolicy(policy);
    return { url: signed.postURL, method: 'POST', fields: Object.entries(signed.formData).map(([name, value]) => ({ name, value: String(value) })) };
  }
}

function clientFor(endpoint: string, location: S3Location): Minio.Client {
  const url = new URL(endpoint);
  return new Minio.Client({
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

function prefixMetadata(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([name, value]) => [`X-Amz-Meta-${name}`, value]));
}

function objectFromHeaders(key: string, headers: IncomingHttpHeaders): StoredObject {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (name.startsWith('x-amz-meta-') && typeof value === 'string') metadata[name.slice('x-amz-meta-'.length)] = value;
  return {
    key,
    size: Number(headers['content-length']),
    contentType: headers['content-type'] ?? 'application/octet-stream',
    metadata,
    etag: String(headers.etag ?? '').replace(/^"|"$/g, ''),
  };
}

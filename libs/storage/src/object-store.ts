import { finished, PassThrough, Readable, Transform, TransformCallback } from 'node:stream';

export interface StoredObject {
  key: string;
  size: number;
  contentType: string;
  metadata: Record<string, string>;
  /** Changes whenever the object's bytes are written again: what `promote` checks it still copies. */
  etag: string;
}

/** An object being read, with what the store said about exactly these bytes. */
export interface ObjectRead {
  body: Readable;
  object: StoredObject;
}

export interface PutOptions {
  contentType: string;
  metadata?: Record<string, string>;
  /** The exact length: anything else is refused and nothing is kept. */
  size?: number;
  /** Refused (ObjectTooLarge) as soon as more bytes than this arrive, while streaming. */
  maxBytes?: number;
  /** Refuse (ObjectExists) when the key already holds an object. */
  ifAbsent?: boolean;
}

export interface PromoteOptions {
  /** The type to store the final object with (the verified one, never the uploader's). */
  contentType: string;
  metadata: Record<string, string>;
  /** The etag of the bytes that were checked: if the source changed since, nothing is promoted. */
  etag: string;
}

export interface UploadFormOptions {
  expiresInSeconds: number;
  /** The exact size the form admits; the store itself refuses any other. */
  sizeBytes: number;
  contentType: string;
}

/**
 * A signed HTML-form upload (S3 POST policy, or the filesystem adapter's equivalent): POST the
 * fields as multipart/form-data in this order, then the file as the last part, named `file`.
 */
export interface UploadForm {
  url: string;
  method: 'POST';
  fields: { name: string; value: string }[];
}

/**
 * The object-store port. Keys carry ids only (`cases/<caseId>/<documentId>/v<n>`), never names.
 * Uploads from outside land on single-use staging keys (`staging/<id>`) through a signed form;
 * only `promote` writes a document's final key, and never over an existing object.
 * Adapters: MinIO / any S3-compatible store, and the local filesystem for the embedded mode.
 */
export interface ObjectStore {
  /** Creates the bucket (or folder) if missing. */
  ensureReady(): Promise<void>;
  /** Streams the body in; memory stays flat whatever the size. */
  put(key: string, body: Readable | Buffer, options: PutOptions): Promise<StoredObject>;
  /** The object's bytes and what the store says about them; null when there is none. */
  get(key: string): Promise<ObjectRead | null>;
  stat(key: string): Promise<StoredObject | null>;
  remove(key: string): Promise<void>;
  /**
   * Moves a checked staging object to its final key with the given type and metadata. Refuses
   * (ObjectExists) when the final key holds an object, and (ObjectChanged) when the source is no
   * longer the bytes with `etag`.
   */
  promote(from: string, to: string, options: PromoteOptions): Promise<StoredObject>;
  /** A signed upload form for one staging key and one exact size; never for a final key. */
  presignUpload(key: string, options: UploadFormOptions): Promise<UploadForm>;
}

export const MAX_PRESIGN_SECONDS = 15 * 60;
export const STAGING_PREFIX = 'staging/';

export function assertObjectKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9/_.-]*$/.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`invalid object key: ${JSON.stringify(key)}`);
  }
}

/** Write URLs are only ever handed out for staging keys: final keys are written by `promote` alone. */
export function assertStagingKey(key: string): void {
  assertObjectKey(key);
  if (!key.startsWith(STAGING_PREFIX)) throw new Error(`upload forms are for staging keys only, not ${JSON.stringify(key)}`);
}

export function assertPresignExpiry(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_PRESIGN_SECONDS) {
    throw new Error(`presigned URLs expire within 1..${MAX_PRESIGN_SECONDS} seconds`);
  }
}

export function assertUploadSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 1) throw new Error('an upload form admits a positive whole number of bytes');
}

export class ObjectTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`more than the ${maxBytes} bytes allowed arrived`);
    this.name = 'ObjectTooLarge';
  }
}

export class ObjectSizeMismatch extends Error {
  constructor(
    readonly expected: number,
    readonly received: number,
  ) {
    super(`expected ${expected} bytes, received ${received}`);
    this.name = 'ObjectSizeMismatch';
  }
}

export class ObjectExists extends Error {
  constructor(readonly key: string) {
    super(`object ${key} already exists and is never overwritten`);
    this.name = 'ObjectExists';
  }
}

export class ObjectChanged extends Error {
  constructor(readonly key: string) {
    super(`object ${key} changed (or vanished) since it was checked`);
    this.name = 'ObjectChanged';
  }
}

/** A signed upload that is not what its signature allows (tampered, expired, wrong key or shape). */
export class UploadRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadRefused';
  }
}

/** Passes bytes through and fails the stream (ObjectTooLarge) the moment more than `maxBytes` arrive. */
export class ByteLimit extends Transform {
  private seen = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get bytes(): number {
    return this.seen;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.maxBytes) return done(new ObjectTooLarge(this.maxBytes));
    done(null, chunk);
  }
}

export function toReadable(body: Readable | Buffer): Readable {
  return Buffer.isBuffer(body) ? Readable.from([body]) : body;
}

/**
 * A request body to hand to a store. Unlike a pipeline from the request, a store that refuses the
 * body part-way (too large) destroys only this stream: the request stays open so the refusal can
 * still be answered (the caller then closes the connection rather than reading the rest).
 */
export function detachedBody(request: Readable): Readable {
  const body = new PassThrough();
  request.pipe(body);
  finished(request, (error) => {
    if (error) body.destroy(error);
  });
  return body;
}

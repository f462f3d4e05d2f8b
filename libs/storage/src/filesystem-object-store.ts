import { createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertObjectKey, assertPresignExpiry, ObjectStore, PresignOptions, StoredObject } from './object-store';

/**
 * The embedded-mode adapter: objects as files under a root folder, metadata beside them.
 * Presigned URLs point at `baseUrl` (a route of the service that serves the store) and carry an
 * HMAC over method, key and expiry that `verifySignedUrl` checks.
 */
export class FilesystemObjectStore implements ObjectStore {
  constructor(
    private readonly root: string,
    private readonly signing: { baseUrl: string; secret: string },
  ) {}

  async ensureReady(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }

  async put(key: string, body: Readable | Buffer, options: { size?: number; contentType: string; metadata?: Record<string, string> }): Promise<StoredObject> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.partial`;
    await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(partial));
    const { size } = await stat(partial);
    if (options.size !== undefined && size !== options.size) {
      await rm(partial, { force: true });
      throw new Error(`expected ${options.size} bytes, received ${size}`);
    }
    const stored: StoredObject = { key, size, contentType: options.contentType, metadata: options.metadata ?? {} };
    await writeFile(`${path}.meta.json`, JSON.stringify(stored));
    // Rename last: a reader never sees a half-written object.
    await rename(partial, path);
    return stored;
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      return JSON.parse(await readFile(`${this.pathOf(key)}.meta.json`, 'utf8')) as StoredObject;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path, { force: true });
    await rm(`${path}.meta.json`, { force: true });
  }

  async presignGet(key: string, options: PresignOptions): Promise<string> {
    return this.sign('GET', key, options);
  }

  async presignPut(key: string, options: PresignOptions): Promise<string> {
    return this.sign('PUT', key, options);
  }

  /** Checks a URL this store signed; returns the key it grants, or null. */
  verifySignedUrl(method: 'GET' | 'PUT', url: URL, now = Date.now()): string | null {
    const key = url.searchParams.get('key');
    const expires = Number(url.searchParams.get('expires'));
    const signature = url.searchParams.get('signature') ?? '';
    if (!key || !Number.isFinite(expires) || expires * 1000 < now) return null;
    const expected = this.signature(method, key, expires);
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected) ? key : null;
  }

  private sign(method: 'GET' | 'PUT', key: string, options: PresignOptions): string {
    assertObjectKey(key);
    assertPresignExpiry(options.expiresInSeconds);
    const expires = Math.floor(Date.now() / 1000) + options.expiresInSeconds;
    const url = new URL(this.signing.baseUrl);
    url.searchParams.set('key', key);
    url.searchParams.set('expires', String(expires));
    url.searchParams.set('signature', this.signature(method, key, expires).toString('hex'));
    return url.toString();
  }

  private signature(method: string, key: string, expires: number): Buffer {
    return createHmac('sha256', this.signing.secret).update(`${method}\n${key}\n${expires}`).digest();
  }

  private pathOf(key: string): string {
    assertObjectKey(key);
    return join(this.root, key);
  }
}

import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { BigIntStats, createWriteStream } from 'node:fs';
import { link, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { IncomingHttpHeaders } from 'node:http';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import busboy from 'busboy';
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
  UploadRefused,
} from './object-store';

type Meta = Omit<StoredObject, 'etag' | 'size'>;

/** The form fields, in the order they must be sent (the file comes last, as with S3). */
const FORM = { key: 'key', contentType: 'content-type', expires: 'x-carta-expires', size: 'x-carta-size', signature: 'x-carta-signature' } as const;

/**
 * The embedded-mode adapter: objects as files under a root folder, metadata beside them. Upload
 * forms post to `baseUrl` (the objects route of the service that owns the store) and carry an HMAC
 * over key, expiry, exact size and type that `acceptUpload` checks before it keeps a byte.
 */
export class FilesystemObjectStore implements ObjectStore {
  private readonly formKey: Buffer;

  constructor(
    private readonly root: string,
    private readonly signing: { baseUrl: string; secret: string },
  ) {
    // A key of its own, so an upload form's signature can never stand for anything else signed with the secret.
    this.formKey = createHmac('sha256', signing.secret).update('carta filesystem upload forms').digest();
  }

  async ensureReady(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }

  async put(key: string, body: Readable | Buffer, options: PutOptions): Promise<StoredObject> {
    const source = toReadable(body);
    // Listen at once: the body may fail (too large, aborted) while the folder is being made.
    finished(source).catch(() => undefined);
    const path = this.pathOf(key);
    const partial = `${path}.${randomUUID()}.partial`;
    try {
      await mkdir(dirname(path), { recursive: true });
      const limit = new ByteLimit(options.maxBytes ?? options.size ?? Number.MAX_SAFE_INTEGER);
      await pipeline(source, limit, createWriteStream(partial, { flags: 'wx' }));
      if (options.size !== undefined && limit.bytes !== options.size) throw new ObjectSizeMismatch(options.size, limit.bytes);
      if (options.ifAbsent) {
        // link() never replaces: the one atomic "create if absent" a filesystem offers.
        await link(partial, path).catch((error: NodeJS.ErrnoException) => {
          throw error.code === 'EEXIST' ? new ObjectExists(key) : error;
        });
      } else {
        // Rename: a reader never sees a half-written object.
        await rename(partial, path);
      }
      return await this.writeMeta(key, { key, contentType: options.contentType, metadata: options.metadata ?? {} });
    } finally {
      await rm(partial, { force: true });
    }
  }

  async get(key: string): Promise<ObjectRead | null> {
    const meta = await this.readMeta(key);
    if (!meta) return null;
    const handle = await open(this.pathOf(key), 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!handle) return null;
    try {
      // The etag of the very file being read, not of whatever the key names a moment later.
      const stats = await handle.stat({ bigint: true });
      return { body: handle.createReadStream(), object: { ...meta, size: Number(stats.size), etag: etagOf(stats) } };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    const meta = await this.readMeta(key);
    if (!meta) return null;
    const stats = await stat(this.pathOf(key), { bigint: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return stats ? { ...meta, size: Number(stats.size), etag: etagOf(stats) } : null;
  }

  async remove(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path, { force: true });
    await rm(`${path}.meta.json`, { force: true });
  }

  async promote(from: string, to: string, options: PromoteOptions): Promise<StoredObject> {
    const source = this.pathOf(from);
    const target = this.pathOf(to);
    await mkdir(dirname(target), { recursive: true });
    try {
      await link(source, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new ObjectExists(to);
      if (code === 'ENOENT') throw new ObjectChanged(from);
      throw error;
    }
    // The link names the very file the source named at that instant: check it is the one inspected.
    if (etagOf(await stat(target, { bigint: true })) !== options.etag) {
      await rm(target, { force: true });
      throw new ObjectChanged(from);
    }
    const stored = await this.writeMeta(to, { key: to, contentType: options.contentType, metadata: options.metadata });
    await this.remove(from);
    return stored;
  }

  async presignUpload(key: string, options: UploadFormOptions): Promise<UploadForm> {
    assertStagingKey(key);
    assertPresignExpiry(options.expiresInSeconds);
    assertUploadSize(options.sizeBytes);
    const expires = Math.floor(Date.now() / 1000) + options.expiresInSeconds;
    const signature = this.formSignature(key, expires, options.sizeBytes, options.contentType).toString('hex');
    return {
      url: this.signing.baseUrl,
      method: 'POST',
      fields: [
        { name: FORM.key, value: key },
        { name: FORM.contentType, value: options.contentType },
        { name: FORM.expires, value: String(expires) },
        { name: FORM.size, value: String(options.sizeBytes) },
        { name: FORM.signature, value: signature },
      ],
    };
  }

  /**
   * Receives a form `presignUpload` signed (multipart/form-data, fields first, then `file`). The
   * signature is checked before a byte is kept, the size is enforced while streaming, and a staging
   * key takes one upload only. Refusals: UploadRefused, ObjectTooLarge, ObjectSizeMismatch, ObjectExists.
   */
  async acceptUpload(body: Readable, headers: IncomingHttpHeaders, now = Date.now()): Promise<StoredObject> {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers, limits: { files: 1, fields: 10, fieldSize: 1024, parts: 11 } });
    } catch {
      throw new UploadRefused('send the upload form as multipart/form-data');
    }
    // The parser may be stopped (below) after the pipeline let go of it: that 'error' must not go unheard.
    parser.on('error', () => undefined);
    const fields = new Map<string, string>();
    let stored: Promise<StoredObject> | undefined;
    parser.on('field', (name, value) => fields.set(name.toLowerCase(), value));
    parser.on('file', (name, file) => {
      // Stopping the parser fails its file stream too; what went wrong is reported through `stored`.
      file.on('error', () => undefined);
      if (stored || name !== 'file') {
        file.resume();
        return;
      }
      stored = this.storeSigned(fields, file, now);
      // A refused file stops the parsing (and so the reading of the body) at once.
      stored.catch((error: Error) => {
        file.resume();
        parser.destroy(error);
      });
    });
    try {
      await pipeline(body, parser);
    } catch (error) {
      if (stored) await stored;
      throw error;
    }
    if (!stored) throw new UploadRefused('the form carried no file');
    return stored;
  }

  private async storeSigned(fields: Map<string, string>, file: Readable, now: number): Promise<StoredObject> {
    const key = fields.get(FORM.key) ?? '';
    const contentType = fields.get(FORM.contentType) ?? '';
    const expires = Number(fields.get(FORM.expires));
    const size = Number(fields.get(FORM.size));
    const given = Buffer.from(fields.get(FORM.signature) ?? '', 'hex');
    if (!Number.isSafeInteger(expires) || !Number.isSafeInteger(size) || size < 1) throw new UploadRefused('the upload form is incomplete');
    const expected = this.formSignature(key, expires, size, contentType);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UploadRefused('the upload form is not signed for this upload');
    if (expires * 1000 < now) throw new UploadRefused('the upload form has expired');
    assertStagingKey(key);
    return this.put(key, file, { size, maxBytes: size, contentType, ifAbsent: true });
  }

  private formSignature(key: string, expires: number, size: number, contentType: string): Buffer {
    return createHmac('sha256', this.formKey)
      .update(JSON.stringify(['POST', key, expires, size, contentType]))
      .digest();
  }

  private async readMeta(key: string): Promise<Meta | null> {
    try {
      const { contentType, metadata } = JSON.parse(await readFile(`${this.pathOf(key)}.meta.json`, 'utf8')) as Meta;
      return { key, contentType, metadata };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private async writeMeta(key: string, meta: Meta): Promise<StoredObject> {
    const path = `${this.pathOf(key)}.meta.json`;
    const partial = `${path}.${randomUUID()}.partial`;
    await writeFile(partial, JSON.stringify(meta));
    await rename(partial, path);
    const stored = await this.stat(key);
    if (!stored) throw new Error(`object ${key} vanished right after it was written`);
    return stored;
  }

  private pathOf(key: string): string {
    assertObjectKey(key);
    return join(this.root, key);
  }
}

/** Which file, and which write of it: a new upload under the same key is a new inode and time. */
function etagOf(stats: BigIntStats): string {
  return createHash('sha256').update(`${stats.dev}:${stats.ino}:${stats.mtimeNs}:${stats.size}`).digest('hex').slice(0, 32);
}

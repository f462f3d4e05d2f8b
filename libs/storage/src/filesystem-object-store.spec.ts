import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FilesystemObjectStore } from './filesystem-object-store';
import { ObjectChanged, ObjectExists, ObjectSizeMismatch, ObjectTooLarge, UploadForm, UploadRefused } from './object-store';

const BOUNDARY = 'carta-test-boundary';

/** A multipart/form-data body like a browser sends: the fields, then the file, streamed chunk by chunk. */
function multipart(fields: { name: string; value: string }[], file: Iterable<Buffer> | AsyncIterable<Buffer>) {
  const body = Readable.from(
    (async function* () {
      for (const { name, value } of fields) yield Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
      yield Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="scan.png"\r\nContent-Type: image/png\r\n\r\n`);
      for await (const chunk of file) yield chunk;
      yield Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
    })(),
  );
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

const withField = (form: UploadForm, name: string, value: string) => form.fields.map((field) => (field.name === name ? { name, value } : field));

describe('FilesystemObjectStore', () => {
  let root: string;
  let store: FilesystemObjectStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'carta-store-'));
    store = new FilesystemObjectStore(root, { baseUrl: 'http://127.0.0.1:4002/objects', secret: 'x'.repeat(32) });
    await store.ensureReady();
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('streams an object in and out with its metadata and an etag', async () => {
    const stored = await store.put('cases/c1/d1/v1', Readable.from(['hello ', 'world']), { contentType: 'application/pdf', metadata: { sha256: 'abc' } });
    expect(stored).toEqual({
      key: 'cases/c1/d1/v1',
      size: 11,
      contentType: 'application/pdf',
      metadata: { sha256: 'abc' },
      etag: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const read = await store.get('cases/c1/d1/v1');
    expect(read!.object).toEqual(stored);
    expect(await text(read!.body)).toBe('hello world');
    await store.remove('cases/c1/d1/v1');
    expect(await store.stat('cases/c1/d1/v1')).toBeNull();
    expect(await store.get('cases/c1/d1/v1')).toBeNull();
  });

  it('rejects a body whose size differs from the declared size, keeping nothing', async () => {
    await expect(store.put('cases/c1/d2/v1', Buffer.from('abc'), { size: 10, contentType: 'image/png' })).rejects.toThrow(ObjectSizeMismatch);
    expect(await store.stat('cases/c1/d2/v1')).toBeNull();
  });

  it('refuses keys that could escape the store or carry names', async () => {
    for (const key of ['../etc/passwd', 'cases/../../x', '/abs', 'cases/Jane Doe.pdf']) {
      await expect(store.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow('invalid object key');
    }
  });

  it('stops a body the moment it outgrows its limit, keeping nothing', async () => {
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled += 1024;
          yield Buffer.alloc(1024, 1);
        }
      })(),
    );
    await expect(store.put('staging/v-big', endless, { maxBytes: 100, contentType: 'image/png' })).rejects.toThrow(ObjectTooLarge);
    expect(pulled).toBeLessThan(64 * 1024);
    expect(await store.stat('staging/v-big')).toBeNull();
  });

  it('never lets an error of the body escape, even one raised before the store reads it', async () => {
    // The body fails while the store is still making the folder: an unheard 'error' would end the process.
    const body = new Readable({ read() {} });
    process.nextTick(() => body.destroy(new Error('the client went away')));
    await expect(store.put('cases/c9/d9/v1', body, { maxBytes: 100, contentType: 'image/png' })).rejects.toThrow('the client went away');
    expect(await store.stat('cases/c9/d9/v1')).toBeNull();
  });

  describe('signed upload forms', () => {
    const bytes = Buffer.alloc(100, 7);

    it('accepts exactly the signed size for the signed staging key', async () => {
      const form = await store.presignUpload('staging/v1', { expiresInSeconds: 60, sizeBytes: bytes.length, contentType: 'image/png' });
      expect(form).toMatchObject({ url: 'http://127.0.0.1:4002/objects', method: 'POST' });
      const { body, headers } = multipart(form.fields, [bytes.subarray(0, 30), bytes.subarray(30)]);
      expect(await store.acceptUpload(body, headers)).toMatchObject({ key: 'staging/v1', size: 100, contentType: 'image/png' });
    });

    it('refuses bytes beyond the signed size while they stream, keeping nothing', async () => {
      const form = await store.presignUpload('staging/v2', { expiresInSeconds: 60, sizeBytes: 100, contentType: 'image/png' });
      let sent = 0;
      const twoMiB = (function* () {
        for (let i = 0; i < 32; i++) {
          sent += 64 * 1024;
          yield Buffer.alloc(64 * 1024, 1);
        }
      })();
      const { body, headers } = multipart(form.fields, twoMiB);
      await expect(store.acceptUpload(body, headers)).rejects.toThrow(ObjectTooLarge);
      expect(sent).toBeLessThan(2 * 1024 * 1024);
      expect(await store.stat('staging/v2')).toBeNull();
    });

    it('refuses fewer bytes than signed', async () => {
      const form = await store.presignUpload('staging/v3', { expiresInSeconds: 60, sizeBytes: 100, contentType: 'image/png' });
      const { body, headers } = multipart(form.fields, [bytes.subarray(0, 99)]);
      await expect(store.acceptUpload(body, headers)).rejects.toThrow(ObjectSizeMismatch);
      expect(await store.stat('staging/v3')).toBeNull();
    });

    it('refuses a form whose key, size or type was changed, or that expired', async () => {
      const form = await store.presignUpload('staging/v4', { expiresInSeconds: 60, sizeBytes: 100, contentType: 'image/png' });
      for (const fields of [
        withField(form, 'key', 'staging/v5'),
        withField(form, 'x-carta-size', '2097152'),
        withField(form, 'content-type', 'text/html'),
        withField(form, 'x-carta-expires', String(Math.floor(Date.now() / 1000) + 86_400)),
      ]) {
        const { body, headers } = multipart(fields, [bytes]);
        await expect(store.acceptUpload(body, headers)).rejects.toThrow(UploadRefused);
      }
      const { body, headers } = multipart(form.fields, [bytes]);
      await expect(store.acceptUpload(body, headers, Date.now() + 61_000)).rejects.toThrow('expired');
      expect(await store.stat('staging/v4')).toBeNull();
      expect(await store.stat('staging/v5')).toBeNull();
    });

    it('takes one upload per staging key, and never signs a form for a final key', async () => {
      const form = await store.presignUpload('staging/v6', { expiresInSeconds: 60, sizeBytes: 100, contentType: 'image/png' });
      await store.acceptUpload(multipart(form.fields, [bytes]).body, multipart(form.fields, []).headers);
      const again = multipart(form.fields, [Buffer.alloc(100, 9)]);
      await expect(store.acceptUpload(again.body, again.headers)).rejects.toThrow(ObjectExists);
      expect((await text((await store.get('staging/v6'))!.body)).charCodeAt(0)).toBe(7);
      await expect(store.presignUpload('cases/c1/d1/v1', { expiresInSeconds: 60, sizeBytes: 100, contentType: 'image/png' })).rejects.toThrow(
        /staging keys only/,
      );
      await expect(store.presignUpload('staging/v7', { expiresInSeconds: 16 * 60, sizeBytes: 100, contentType: 'image/png' })).rejects.toThrow(/expire within/);
    });
  });

  describe('promotion from staging to the final key', () => {
    it('moves the checked bytes to the final key with the verified type and checksum, and removes the staging object', async () => {
      const staged = await store.put('staging/v1', Buffer.from('%PDF-1.7 checked'), { contentType: 'text/html' });
      const final = await store.promote('staging/v1', 'cases/c1/d1/v1', { contentType: 'application/pdf', metadata: { sha256: 'f00d' }, etag: staged.etag });
      expect(final).toMatchObject({ key: 'cases/c1/d1/v1', size: 16, contentType: 'application/pdf', metadata: { sha256: 'f00d' } });
      expect(await text((await store.get('cases/c1/d1/v1'))!.body)).toBe('%PDF-1.7 checked');
      expect(await store.stat('staging/v1')).toBeNull();
    });

    it('refuses to overwrite a final key that exists', async () => {
      const first = await store.put('staging/v1', Buffer.from('verified'), { contentType: 'image/png' });
      await store.promote('staging/v1', 'cases/c1/d1/v1', { contentType: 'image/png', metadata: { sha256: 'a' }, etag: first.etag });
      const second = await store.put('staging/v1', Buffer.from('swapped!'), { contentType: 'image/png' });
      await expect(store.promote('staging/v1', 'cases/c1/d1/v1', { contentType: 'image/png', metadata: { sha256: 'b' }, etag: second.etag })).rejects.toThrow(
        ObjectExists,
      );
      const served = (await store.get('cases/c1/d1/v1'))!;
      expect(served.object.metadata).toEqual({ sha256: 'a' });
      expect(await text(served.body)).toBe('verified');
    });

    it('refuses to promote bytes other than the ones that were checked', async () => {
      const checked = await store.put('staging/v2', Buffer.from('checked'), { contentType: 'image/png' });
      await store.put('staging/v2', Buffer.from('replaced'), { contentType: 'image/png' });
      await expect(store.promote('staging/v2', 'cases/c1/d2/v1', { contentType: 'image/png', metadata: {}, etag: checked.etag })).rejects.toThrow(
        ObjectChanged,
      );
      expect(await store.stat('cases/c1/d2/v1')).toBeNull();
      await expect(store.promote('staging/none', 'cases/c1/d3/v1', { contentType: 'image/png', metadata: {}, etag: checked.etag })).rejects.toThrow(
        ObjectChanged,
      );
    });
  });
});

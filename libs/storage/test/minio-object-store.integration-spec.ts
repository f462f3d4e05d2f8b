import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { requireEngines } from '@carta/testing';
import { MinioObjectStore, ObjectChanged, ObjectExists, ObjectTooLarge, UploadForm } from '../src';

/** Posts a signed form as a browser would: the fields in order, then the file last. */
function post(form: UploadForm, bytes: Buffer): Promise<Response> {
  const body = new FormData();
  for (const { name, value } of form.fields) body.append(name, value);
  body.append('file', new Blob([bytes]), 'scan.png');
  return fetch(form.url, { method: form.method, body });
}

/** The MinIO adapter against the real MinIO that `npm test` starts. */
describe('MinioObjectStore (real MinIO)', () => {
  const engines = requireEngines();
  const bucket = `carta-test-${Date.now()}`;
  const store = new MinioObjectStore({ ...engines.s3, bucket });
  const key = `cases/${randomUUID()}/${randomUUID()}/v1`;
  const body = randomBytes(256 * 1024);

  beforeAll(() => store.ensureReady());

  it('streams an object in, encrypted at rest, and back with what the store says of exactly those bytes', async () => {
    const stored = await store.put(key, Readable.from([body.subarray(0, 1000), body.subarray(1000)]), {
      size: body.length,
      contentType: 'application/pdf',
      metadata: { sha256: 'deadbeef' },
    });
    expect(stored).toMatchObject({ key, size: body.length, contentType: 'application/pdf', metadata: { sha256: 'deadbeef' } });
    const read = (await store.get(key))!;
    expect(read.object).toEqual(stored);
    expect((await buffer(read.body)).equals(body)).toBe(true);
  });

  it('stops a streamed body beyond its limit, and refuses a second write of a key written "if absent"', async () => {
    const staging = `staging/${randomUUID()}`;
    await expect(
      store.put(staging, Readable.from([Buffer.alloc(64), Buffer.alloc(64)]), { maxBytes: 100, contentType: 'image/png', ifAbsent: true }),
    ).rejects.toThrow(ObjectTooLarge);
    expect(await store.stat(staging)).toBeNull();
    const failing = new Readable({ read() {} });
    process.nextTick(() => failing.destroy(new Error('the client went away')));
    await expect(store.put(staging, failing, { maxBytes: 100, contentType: 'image/png' })).rejects.toThrow('the client went away');
    await store.put(staging, Buffer.alloc(100), { size: 100, contentType: 'image/png', ifAbsent: true });
    await expect(store.put(staging, Buffer.alloc(100, 1), { size: 100, contentType: 'image/png', ifAbsent: true })).rejects.toThrow(ObjectExists);
  });

  it('hands out POST policies that bind the key and the exact size: the store itself refuses any other', async () => {
    const staging = `staging/${randomUUID()}`;
    const form = await store.presignUpload(staging, { expiresInSeconds: 60, sizeBytes: 100, contentType: 'image/png' });
    expect(form.method).toBe('POST');

    const oversize = await post(form, Buffer.alloc(2 * 1024 * 1024, 1));
    expect(oversize.status).toBe(400);
    expect(await oversize.text()).toContain('EntityTooLarge');
    expect(await store.stat(staging)).toBeNull();

    const renamed = form.fields.map((field) => (field.name === 'key' ? { name: 'key', value: `cases/${randomUUID()}/x/v1` } : field));
    expect((await post({ ...form, fields: renamed }, Buffer.alloc(100))).status).toBe(403);

    expect((await post(form, Buffer.alloc(100, 2))).status).toBe(204);
    expect(await store.stat(staging)).toMatchObject({ size: 100 });
    await expect(store.presignUpload(key, { expiresInSeconds: 60, sizeBytes: 100, contentType: 'image/png' })).rejects.toThrow(/staging keys only/);
    await expect(store.presignUpload(staging, { expiresInSeconds: 3600, sizeBytes: 100, contentType: 'image/png' })).rejects.toThrow(/expire within/);
  });

  it('presigns upload forms for the public endpoint clients reach, and the store accepts them there', async () => {
    // The services reach MinIO on one address, clients on another (here the same server by another name).
    const internal = new URL(engines.s3.endpoint);
    const publicUrl = new URL(engines.s3.endpoint);
    publicUrl.hostname = internal.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const fronted = new MinioObjectStore({ ...engines.s3, bucket, publicEndpoint: publicUrl.origin });
    const staging = `staging/${randomUUID()}`;
    const form = await fronted.presignUpload(staging, { expiresInSeconds: 60, sizeBytes: 100, contentType: 'image/png' });
    expect(new URL(form.url).origin).toBe(publicUrl.origin);
    expect(form.url).not.toContain(internal.host);

    expect((await post(form, Buffer.alloc(100, 3))).status).toBe(204);
    expect(await store.stat(staging)).toMatchObject({ size: 100 });
    // Without a public endpoint the form names the address the services use.
    expect(new URL((await store.presignUpload(`staging/${randomUUID()}`, { expiresInSeconds: 60, sizeBytes: 1, contentType: 'image/png' })).url).host).toBe(
      internal.host,
    );
  });

  it('promotes checked bytes once, encrypted and with the verified type and checksum; never over a final key, never changed bytes', async () => {
    const staging = `staging/${randomUUID()}`;
    const final = `cases/${randomUUID()}/${randomUUID()}/v1`;
    const checked = await store.put(staging, Buffer.from('checked bytes'), { contentType: 'text/html' });
    await store.put(staging, Buffer.from('swapped bytes'), { contentType: 'text/html' });
    await expect(store.promote(staging, final, { contentType: 'image/png', metadata: { sha256: 'a1' }, etag: checked.etag })).rejects.toThrow(ObjectChanged);
    expect(await store.stat(final)).toBeNull();

    const current = (await store.stat(staging))!;
    const promoted = await store.promote(staging, final, { contentType: 'image/png', metadata: { sha256: 'a1' }, etag: current.etag });
    expect(promoted).toMatchObject({ key: final, size: 13, contentType: 'image/png', metadata: { sha256: 'a1' } });
    expect(await store.stat(staging)).toBeNull();

    const again = await store.put(staging, Buffer.from('later upload!'), { contentType: 'image/png' });
    await expect(store.promote(staging, final, { contentType: 'image/png', metadata: { sha256: 'b2' }, etag: again.etag })).rejects.toThrow(ObjectExists);
    expect((await buffer((await store.get(final))!.body)).toString()).toBe('swapped bytes');
  });

  it('reports a missing object as null and removes objects', async () => {
    expect(await store.stat(`cases/${randomUUID()}/none/v1`)).toBeNull();
    expect(await store.get(`cases/${randomUUID()}/none/v1`)).toBeNull();
    await store.remove(key);
    expect(await store.stat(key)).toBeNull();
  });
});

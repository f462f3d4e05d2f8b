import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { requireEngines } from '@carta/testing';
import { MinioObjectStore } from '../src';

/** The MinIO adapter against the real MinIO that `npm test` starts. */
describe('MinioObjectStore (real MinIO)', () => {
  const engines = requireEngines();
  const store = new MinioObjectStore({ ...engines.s3, bucket: `carta-test-${Date.now()}` });
  const key = `cases/${randomUUID()}/${randomUUID()}/v1`;
  const body = randomBytes(256 * 1024);

  beforeAll(() => store.ensureReady());

  it('streams an object in, encrypted at rest, and back', async () => {
    const stored = await store.put(key, Readable.from([body.subarray(0, 1000), body.subarray(1000)]), { size: body.length, contentType: 'application/pdf', metadata: { sha256: 'deadbeef' } });
    expect(stored).toMatchObject({ key, size: body.length, contentType: 'application/pdf' });
    expect(stored.metadata).toMatchObject({ sha256: 'deadbeef' });
    expect((await buffer(await store.get(key))).equals(body)).toBe(true);
  });

  it('hands out presigned URLs that work, and only for their method', async () => {
    const getUrl = await store.presignGet(key, { expiresInSeconds: 60 });
    const fetched = await fetch(getUrl);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(body)).toBe(true);
    expect((await fetch(getUrl, { method: 'DELETE' })).status).toBe(403);

    const putKey = `cases/${randomUUID()}/${randomUUID()}/v1`;
    const putUrl = await store.presignPut(putKey, { expiresInSeconds: 60 });
    expect((await fetch(putUrl, { method: 'PUT', body: 'scan', headers: { 'content-type': 'image/png' } })).status).toBe(200);
    expect(await store.stat(putKey)).toMatchObject({ size: 4 });
    await expect(store.presignGet(key, { expiresInSeconds: 3600 })).rejects.toThrow(/expire within/);
  });

  it('reports a missing object as null and removes objects', async () => {
    expect(await store.stat(`cases/${randomUUID()}/none/v1`)).toBeNull();
    await store.remove(key);
    expect(await store.stat(key)).toBeNull();
  });
});

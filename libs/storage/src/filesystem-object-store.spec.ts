import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FilesystemObjectStore } from './filesystem-object-store';

describe('FilesystemObjectStore', () => {
  let root: string;
  let store: FilesystemObjectStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'carta-store-'));
    store = new FilesystemObjectStore(root, { baseUrl: 'http://127.0.0.1:4002/objects', secret: 'x'.repeat(32) });
    await store.ensureReady();
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('streams an object in and out with its metadata', async () => {
    const stored = await store.put('cases/c1/d1/v1', Readable.from(['hello ', 'world']), { contentType: 'application/pdf', metadata: { sha256: 'abc' } });
    expect(stored).toEqual({ key: 'cases/c1/d1/v1', size: 11, contentType: 'application/pdf', metadata: { sha256: 'abc' } });
    expect(await text(await store.get('cases/c1/d1/v1'))).toBe('hello world');
    await store.remove('cases/c1/d1/v1');
    expect(await store.stat('cases/c1/d1/v1')).toBeNull();
  });

  it('rejects a body whose size differs from the declared size, keeping nothing', async () => {
    await expect(store.put('cases/c1/d2/v1', Buffer.from('abc'), { size: 10, contentType: 'image/png' })).rejects.toThrow('expected 10 bytes, received 3');
    expect(await store.stat('cases/c1/d2/v1')).toBeNull();
  });

  it('refuses keys that could escape the store or carry names', async () => {
    for (const key of ['../etc/passwd', 'cases/../../x', '/abs', 'cases/Jane Doe.pdf']) {
      await expect(store.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow('invalid object key');
    }
  });

  it('signs short-lived URLs bound to method and key', async () => {
    const url = new URL(await store.presignGet('cases/c1/d1/v1', { expiresInSeconds: 60 }));
    expect(store.verifySignedUrl('GET', url)).toBe('cases/c1/d1/v1');
    expect(store.verifySignedUrl('PUT', url)).toBeNull();
    expect(store.verifySignedUrl('GET', url, Date.now() + 61_000)).toBeNull();
    url.searchParams.set('key', 'cases/c2/d1/v1');
    expect(store.verifySignedUrl('GET', url)).toBeNull();
    await expect(store.presignPut('cases/c1/d1/v1', { expiresInSeconds: 16 * 60 })).rejects.toThrow(/expire within/);
  });
});

import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personIdentity, PersonIdentity, sealedValue } from '@carta/contracts';
import { generateSealingKey, keyId, loadOrCreateSealingKey, parseSealingKey, seal, sealingKeyring, unseal, UnsealError } from './sealing';
import { loadPlatformConfig, requireSharedSealingKey } from './config';

const identity: PersonIdentity = {
  givenName: 'Mei',
  familyName: 'Tanaka',
  birthDate: '1968-03-03',
  nationality: 'JPN',
  passportNumber: 'TR1234567',
  passportExpiry: '2031-01-31',
  relationship: null,
  email: null,
  phone: null,
};
const keyA = parseSealingKey('a1'.repeat(32));
const keyB = parseSealingKey(Buffer.alloc(32, 7).toString('base64'));

describe('sealing', () => {
  it('round-trips an identity, with a fresh IV each time and no clear text in the sealed value', () => {
    const keyring = sealingKeyring(keyA);
    const first = seal(identity, keyring);
    const second = seal(identity, keyring);
    expect(sealedValue.parse(first)).toEqual(first);
    expect(first.kid).toBe(keyId(keyA));
    expect(first.kid).toMatch(/^[a-f0-9]{16}$/);
    expect(first.iv).not.toBe(second.iv);
    expect(JSON.stringify(first)).not.toMatch(/Tanaka|TR1234567|Mei/);
    expect(unseal(first, keyring, personIdentity)).toEqual(identity);
  });

  it('opens a value sealed under an older key kept for rotation', () => {
    const sealedUnderB = seal(identity, sealingKeyring(keyB));
    expect(unseal(sealedUnderB, sealingKeyring(keyA, [keyB]), personIdentity)).toEqual(identity);
  });

  it('refuses a value under an unknown key, naming the key but not the content', () => {
    const sealed = seal(identity, sealingKeyring(keyB));
    expect(() => unseal(sealed, sealingKeyring(keyA), personIdentity)).toThrow(UnsealError);
    expect(() => unseal(sealed, sealingKeyring(keyA), personIdentity)).toThrow(sealed.kid);
  });

  it('refuses a tampered ciphertext, tag or IV', () => {
    const keyring = sealingKeyring(keyA);
    const sealed = seal(identity, keyring);
    const flipped = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] ^= 1;
      return bytes.toString('base64');
    };
    for (const tampered of [
      { ...sealed, data: flipped(sealed.data) },
      { ...sealed, tag: flipped(sealed.tag) },
      { ...sealed, iv: flipped(sealed.iv) },
    ]) {
      let thrown: unknown;
      try {
        unseal(tampered, keyring, personIdentity);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UnsealError);
      expect((thrown as Error).message).not.toMatch(/Tanaka|TR1234567/);
    }
  });

  it('refuses an authentic value of the wrong shape', () => {
    const keyring = sealingKeyring(keyA);
    expect(() => unseal(seal({ givenName: 'Mei' }, keyring), keyring, personIdentity)).toThrow(UnsealError);
  });

  it('reads keys as hex or base64 and refuses anything that is not 32 bytes', () => {
    expect(parseSealingKey('a1'.repeat(32))).toEqual(Buffer.alloc(32, 0xa1));
    expect(parseSealingKey(Buffer.alloc(32, 7).toString('base64'))).toEqual(Buffer.alloc(32, 7));
    expect(() => parseSealingKey('a1'.repeat(16))).toThrow('32 bytes');
    expect(() => parseSealingKey(Buffer.alloc(16).toString('base64'))).toThrow('32 bytes');
    expect(() => parseSealingKey('not a key')).toThrow('32 bytes');
  });

  it('takes the key and older keys from the configuration, and refuses a malformed one', () => {
    const config = loadPlatformConfig({ CARTA_SEALING_KEY: 'a1'.repeat(32), CARTA_SEALING_OLD_KEYS: Buffer.alloc(32, 7).toString('base64') });
    expect(config.sealingKeyConfigured).toBe(true);
    expect(config.sealing.current.kid).toBe(keyId(keyA));
    expect([...config.sealing.keys.keys()]).toEqual([keyId(keyA), keyId(keyB)]);
    expect(loadPlatformConfig({}).sealingKeyConfigured).toBe(false);
    expect(() => loadPlatformConfig({ CARTA_SEALING_KEY: 'short' })).toThrow('CARTA_SEALING_KEY');
  });

  it('lets a separate process on Kafka start only with a configured key (fail closed)', () => {
    expect(() => requireSharedSealingKey(loadPlatformConfig({ KAFKA_BROKERS: 'localhost:9092' }))).toThrow('CARTA_SEALING_KEY must be set');
    expect(() => requireSharedSealingKey(loadPlatformConfig({ KAFKA_BROKERS: 'localhost:9092', CARTA_SEALING_KEY: 'a1'.repeat(32) }))).not.toThrow();
    expect(() => requireSharedSealingKey(loadPlatformConfig({}))).not.toThrow();
  });

  it('keeps a generated key in a file readable by its owner only, and reads the same key back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'carta-sealing-'));
    try {
      const file = join(dir, 'nested', 'sealing.key');
      const created = loadOrCreateSealingKey(file);
      expect(loadOrCreateSealingKey(file)).toEqual(created);
      expect((await readFile(file, 'utf8')).trim()).toBe(created.toString('hex'));
      expect((await stat(file)).mode & 0o077).toBe(0);
      expect(generateSealingKey()).toMatch(/^[a-f0-9]{64}$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

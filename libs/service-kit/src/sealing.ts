import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SealedValue } from '@carta/contracts';
import { z } from 'zod';

/**
 * Sealed values: what only the platform's services can read inside an event (a person's identity).
 * AES-256-GCM with a random 12-byte IV per value; `kid` names the key (first 16 hex characters of
 * its SHA-256), so a value sealed under an older key still opens while the keys rotate.
 */
export interface SealingKeyring {
  /** The key new values are sealed under. */
  readonly current: { kid: string; key: Buffer };
  /** Every key a sealed value may name: the current one and any older ones kept for rotation. */
  readonly keys: ReadonlyMap<string, Buffer>;
}

/** Nest token of the service's keyring. */
export const SEALING_KEYRING = Symbol('SEALING_KEYRING');

const KEY_BYTES = 32;
const IV_BYTES = 12;

/** A sealed value that cannot be opened: unknown key, tampered or not what it should be. Never carries the content. */
export class UnsealError extends Error {
  override name = 'UnsealError';
}

export const keyId = (key: Buffer): string => createHash('sha256').update(key).digest('hex').slice(0, 16);

/** A 32-byte key written as 64 hex characters or as base64; anything else is refused. */
export function parseSealingKey(text: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  // 32 bytes are 43 base64 characters and one padding character.
  if (/^[A-Za-z0-9+/]{43}=?$/.test(trimmed)) return Buffer.from(trimmed, 'base64');
  throw new Error(`a sealing key is ${KEY_BYTES} bytes, written as 64 hex characters or base64`);
}

/** A new random key, as hex (what `npm start` keeps under .carta/ when none is configured). */
export const generateSealingKey = (): string => randomBytes(KEY_BYTES).toString('hex');

/**
 * The key kept in a file (created, readable by its owner only, on first use): `npm start` with no
 * CARTA_SEALING_KEY keeps one beside its embedded data, so sealed outbox rows still open after a restart.
 */
export function loadOrCreateSealingKey(file: string): Buffer {
  try {
    return parseSealingKey(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  // 'wx': never overwrite a key another process wrote meanwhile.
  writeFileSync(file, `${generateSealingKey()}\n`, { mode: 0o600, flag: 'wx' });
  return parseSealingKey(readFileSync(file, 'utf8'));
}

export function sealingKeyring(current: Buffer, older: Buffer[] = []): SealingKeyring {
  const keys = new Map<string, Buffer>();
  for (const key of [current, ...older]) {
    if (key.length !== KEY_BYTES) throw new Error(`a sealing key is ${KEY_BYTES} bytes`);
    keys.set(keyId(key), key);
  }
  return { current: { kid: keyId(current), key: current }, keys };
}

export function seal(value: unknown, keyring: SealingKeyring): SealedValue {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyring.current.key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { kid: keyring.current.kid, iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Opens a sealed value and checks it is what `schema` says; any failure is an UnsealError that names no content. */
export function unseal<T>(sealed: SealedValue, keyring: SealingKeyring, schema: z.ZodType<T>): T {
  const key = keyring.keys.get(sealed.kid);
  if (!key) throw new UnsealError(`no sealing key ${sealed.kid} on this service`);
  let plain: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new UnsealError(`a value sealed under ${sealed.kid} failed authentication`);
  }
  let parsed: z.ZodSafeParseResult<T>;
  try {
    parsed = schema.safeParse(JSON.parse(plain));
  } catch {
    throw new UnsealError(`a value sealed under ${sealed.kid} is not JSON`);
  }
  if (!parsed.success) throw new UnsealError(`a value sealed under ${sealed.kid} does not have the expected shape`);
  return parsed.data;
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@carta/domain';

/** Where a page ends in the list's order (openedAt desc, id desc). */
export interface CasePosition {
  openedAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC_BYTES = 16;

const mac = (key: string, scope: string, payload: string): Buffer =>
  createHmac('sha256', key).update(`carta.cases.cursor\n${scope}\n${payload}`).digest().subarray(0, MAC_BYTES);

/**
 * An opaque cursor: the position, signed with the service's key and bound to the caller and the
 * filter (`scope`), so a cursor cannot be forged, edited or carried over to another search.
 */
export function encodeCursor(position: CasePosition, key: string, scope: string): string {
  const payload = `${position.openedAt.toISOString()}|${position.id}`;
  return Buffer.concat([mac(key, scope, payload), Buffer.from(payload, 'utf8')]).toString('base64url');
}

const forged = () => new DomainError('BAD_USER_INPUT', 'after: not a cursor this list gave you', { field: 'after' });

export function decodeCursor(cursor: string, key: string, scope: string): CasePosition {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw forged();
  const raw = Buffer.from(cursor, 'base64url');
  if (raw.length <= MAC_BYTES) throw forged();
  const payload = raw.subarray(MAC_BYTES).toString('utf8');
  if (!timingSafeEqual(raw.subarray(0, MAC_BYTES), mac(key, scope, payload))) throw forged();
  const [at, id] = payload.split('|');
  const openedAt = new Date(at);
  if (Number.isNaN(openedAt.getTime()) || !UUID.test(id ?? '')) throw forged();
  return { openedAt, id };
}

export const MAX_PAGE = 100;

/** How many cases a page holds: 1 to 100. */
export function pageSize(first: number | null | undefined, fallback = 25): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw new DomainError('BAD_USER_INPUT', `first: ask for 1 to ${MAX_PAGE} cases at a time`, { field: 'first' });
  return size;
}

/** A LIKE pattern matching `text` as a prefix, with LIKE's own wildcards taken literally. */
export const prefixPattern = (text: string): string => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

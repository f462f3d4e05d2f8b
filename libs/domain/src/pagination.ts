import { createHmac, timingSafeEqual } from 'node:crypto';
import { badInput } from './domain-error';

/** The most a list gives in one page. */
export const MAX_PAGE = 100;

/** How many items a page holds: `first`, or the list's default; 1 to 100, else BAD_USER_INPUT on `first`. */
export function pageSize(first: number | null | undefined, fallback: number, items: string): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badInput(`first: ask for 1 to ${MAX_PAGE} ${items} at a time`, { field: 'first' });
  return size;
}

const MAC_BYTES = 16;
const mac = (key: string, list: string, scope: string, position: string): Buffer =>
  createHmac('sha256', key).update(`carta.cursor\n${list}\n${scope}\n${position}`).digest().subarray(0, MAC_BYTES);

/**
 * Opaque cursors: a list's position, signed with the service's key and bound to the list and its
 * `scope` (the caller and the filter), so a cursor cannot be forged, edited or carried to another
 * caller's or another search's list.
 */
export function signCursor(position: string, key: string, list: string, scope: string): string {
  return Buffer.concat([mac(key, list, scope, position), Buffer.from(position, 'utf8')]).toString('base64url');
}

/** The position a cursor of `signCursor` names; anything else is BAD_USER_INPUT on `after`. */
export function openCursor(cursor: string, key: string, list: string, scope: string): string {
  const forged = () => badInput(`after: not a cursor this list gave you`, { field: 'after' });
  if (!/^[A-Za-z0-9_-]{1,300}$/.test(cursor)) throw forged();
  const raw = Buffer.from(cursor, 'base64url');
  if (raw.length <= MAC_BYTES) throw forged();
  const position = raw.subarray(MAC_BYTES).toString('utf8');
  if (!timingSafeEqual(raw.subarray(0, MAC_BYTES), mac(key, list, scope, position))) throw forged();
  return position;
}

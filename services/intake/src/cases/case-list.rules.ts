import { DomainError, openCursor, signCursor } from '@carta/domain';

/** Where a page ends in the list's order (openedAt desc, id desc). */
export interface CasePosition {
  openedAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A cursor for the case list, bound to the caller and the filter (`scope`). */
export function encodeCursor(position: CasePosition, key: string, scope: string): string {
  return signCursor(`${position.openedAt.toISOString()}|${position.id}`, key, 'cases', scope);
}

export function decodeCursor(cursor: string, key: string, scope: string): CasePosition {
  const [at, id] = openCursor(cursor, key, 'cases', scope).split('|');
  const openedAt = new Date(at);
  if (Number.isNaN(openedAt.getTime()) || !UUID.test(id ?? ''))
    throw new DomainError('BAD_USER_INPUT', 'after: not a cursor this list gave you', { field: 'after' });
  return { openedAt, id };
}

/** A LIKE pattern matching `text` as a prefix, with LIKE's own wildcards taken literally. */
export const prefixPattern = (text: string): string => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

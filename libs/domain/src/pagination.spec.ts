import { openCursor, pageSize, signCursor } from './pagination';

describe('pagination', () => {
  const refused = { code: 'BAD_USER_INPUT', details: { field: 'after' } };

  it('opens what it signed, for the same list and scope only', () => {
    const cursor = signCursor('2026-11-29T10:00:00.000Z|abc', 'key', 'cases', 'coord-1|{}');
    expect(openCursor(cursor, 'key', 'cases', 'coord-1|{}')).toBe('2026-11-29T10:00:00.000Z|abc');
    expect(() => openCursor(cursor, 'other key', 'cases', 'coord-1|{}')).toThrow(expect.objectContaining(refused));
    expect(() => openCursor(cursor, 'key', 'cases', 'coord-2|{}')).toThrow(expect.objectContaining(refused));
    expect(() => openCursor(cursor, 'key', 'notifications', 'coord-1|{}')).toThrow(expect.objectContaining(refused));
  });

  it('refuses an edited, unsigned or malformed cursor', () => {
    const raw = Buffer.from(signCursor('42', 'key', 'feed', 's'), 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(() => openCursor(raw.toString('base64url'), 'key', 'feed', 's')).toThrow(expect.objectContaining(refused));
    expect(() => openCursor(Buffer.from('42').toString('base64url'), 'key', 'feed', 's')).toThrow(expect.objectContaining(refused));
    for (const junk of ['', 'not a cursor!', 'abc']) expect(() => openCursor(junk, 'key', 'feed', 's')).toThrow(expect.objectContaining(refused));
  });

  it('takes 1 to 100 items a page, the list’s default when not asked', () => {
    expect(pageSize(undefined, 25, 'cases')).toBe(25);
    expect(pageSize(100, 25, 'cases')).toBe(100);
    for (const size of [0, -1, 101, 2.5])
      expect(() => pageSize(size, 25, 'cases')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'first' } }));
  });
});

import { decodeCursor, encodeCursor, prefixPattern } from './case-list.rules';

describe('case list rules', () => {
  const position = { openedAt: new Date('2026-11-20T08:30:00.123Z'), id: '5b0c7f4e-2f37-4d5b-9a43-8e0a2f0f8d11' };

  it('round-trips a position through an opaque cursor', () => {
    const cursor = encodeCursor(position, 'key', 'coord-1|{}');
    expect(cursor).not.toContain(position.id);
    expect(decodeCursor(cursor, 'key', 'coord-1|{}')).toEqual(position);
  });

  it('refuses a forged, edited or carried-over cursor as bad input naming `after`', () => {
    const cursor = encodeCursor(position, 'key', 'coord-1|{}');
    const refused = { code: 'BAD_USER_INPUT', details: { field: 'after' } };
    expect(() => decodeCursor(cursor, 'other key', 'coord-1|{}')).toThrow(expect.objectContaining(refused));
    expect(() => decodeCursor(cursor, 'key', 'coord-2|{}')).toThrow(expect.objectContaining(refused));
    const raw = Buffer.from(cursor, 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(() => decodeCursor(raw.toString('base64url'), 'key', 'coord-1|{}')).toThrow(expect.objectContaining(refused));
    const unsigned = Buffer.from(`${'x'.repeat(16)}2026-01-01T00:00:00.000Z|${position.id}`).toString('base64url');
    expect(() => decodeCursor(unsigned, 'key', 'coord-1|{}')).toThrow(expect.objectContaining(refused));
    for (const junk of ['', 'not a cursor!', 'abc']) expect(() => decodeCursor(junk, 'key', 'coord-1|{}')).toThrow(expect.objectContaining(refused));
  });

  it('matches typed text as a prefix only, taking LIKE wildcards literally', () => {
    expect(prefixPattern('pt_1%')).toBe('pt\\_1\\%%');
  });
});

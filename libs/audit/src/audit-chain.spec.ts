import { auditHash, canonicalJson, ChainedRecord, GENESIS_HASH, SealedFields, verifyChain } from './audit-chain';

function chainOf(count: number): ChainedRecord[] {
  const records: ChainedRecord[] = [];
  let previousHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const fields: SealedFields = {
      seq,
      id: `00000000-0000-4000-8000-00000000000${seq}`,
      at: new Date(Date.UTC(2026, 10, 20, 9, seq)),
      actor: 'coord-1',
      roles: ['coordinator'],
      centreId: null,
      action: 'case.read',
      outcome: 'ALLOWED',
      purpose: 'CARE_COORDINATION',
      caseId: '7c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      targetType: null,
      targetId: null,
    };
    const hash = auditHash(previousHash, fields);
    records.push({ ...fields, previousHash, hash });
    previousHash = hash;
  }
  return records;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order, with no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 'x', null], c: true } })).toBe('{"a":{"c":true,"d":[3,"x",null]},"b":1}');
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ 'k"': 'line\nbreak ü' })).toBe('{"k\\"":"line\\nbreak ü"}');
  });

  it('refuses values it cannot represent exactly', () => {
    expect(() => canonicalJson(1.5)).toThrow('integers only');
    expect(() => canonicalJson({ at: new Date() as never })).toThrow();
  });
});

describe('the audit hash', () => {
  const [record] = chainOf(1);

  it('is sha256 over the previous hash and the canonical fields, independent of property order', () => {
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as unknown as SealedFields;
    expect(auditHash(GENESIS_HASH, reordered)).toBe(record.hash);
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any sealed field and with the previous hash', () => {
    expect(auditHash(GENESIS_HASH, { ...record, outcome: 'DENIED' })).not.toBe(record.hash);
    expect(auditHash(GENESIS_HASH, { ...record, roles: ['admin'] })).not.toBe(record.hash);
    expect(auditHash(GENESIS_HASH, { ...record, at: new Date(record.at.getTime() + 1) })).not.toBe(record.hash);
    expect(auditHash('f'.repeat(64), record)).not.toBe(record.hash);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const records = chainOf(4);
    expect(verifyChain(records)).toEqual({ intact: true, records: 4, headHash: records[3].hash });
    expect(verifyChain([])).toEqual({ intact: true, records: 0, headHash: GENESIS_HASH });
  });

  it('names exactly the record whose fields were altered', () => {
    const records = chainOf(4);
    records[2] = { ...records[2], actor: 'someone-else' };
    expect(verifyChain(records)).toEqual({ intact: false, records: 2, brokenAt: { seq: 3, id: records[2].id, reason: 'HASH' } });
  });

  it('catches a record re-sealed after an edit at the next link', () => {
    const records = chainOf(4);
    const altered = { ...records[1], action: 'case.open' };
    records[1] = { ...altered, hash: auditHash(altered.previousHash, altered) };
    expect(verifyChain(records)).toMatchObject({ intact: false, brokenAt: { seq: 3, reason: 'LINK' } });
  });

  it('catches a removed record', () => {
    const records = chainOf(4);
    records.splice(1, 1);
    expect(verifyChain(records)).toMatchObject({ intact: false, brokenAt: { seq: 3, reason: 'SEQUENCE' } });
  });
});

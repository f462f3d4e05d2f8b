import { createHash } from 'node:crypto';

/** The `previous_hash` of a chain's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit record that its hash seals (everything but the hashes themselves). */
export interface SealedFields {
  seq: number;
  id: string;
  at: Date;
  actor: string;
  roles: string[];
  centreId: string | null;
  action: string;
  outcome: string;
  purpose: string;
  caseId: string | null;
  targetType: string | null;
  targetId: string | null;
}

export interface ChainedRecord extends SealedFields {
  previousHash: string;
  hash: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * JSON with object keys sorted, no whitespace: the RFC 8785 (JCS) form for the values a record
 * holds (strings, integers, arrays, null). Anything else is refused rather than serialised loosely.
 */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error('canonical JSON here holds integers only');
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    // A Date or a class instance would serialise as `{}` and seal nothing.
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error('canonical JSON holds plain objects only');
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  throw new Error(`canonical JSON cannot hold a ${typeof value}`);
}

/** sha256(previous_hash + canonical JSON of the record's fields), hex. */
export function auditHash(previousHash: string, fields: SealedFields): string {
  const sealed: Json = {
    seq: fields.seq,
    id: fields.id,
    at: fields.at.toISOString(),
    actor: fields.actor,
    roles: [...fields.roles],
    centreId: fields.centreId,
    action: fields.action,
    outcome: fields.outcome,
    purpose: fields.purpose,
    caseId: fields.caseId,
    targetType: fields.targetType,
    targetId: fields.targetId,
  };
  return createHash('sha256').update(previousHash).update(canonicalJson(sealed)).digest('hex');
}

export type BrokenLink =
  /** A record is missing or was inserted: the sequence skips or repeats here. */
  | 'SEQUENCE'
  /** The record does not point at its predecessor's hash. */
  | 'LINK'
  /** The record's fields no longer match its own hash: it was altered. */
  | 'HASH';

export type ChainVerdict =
  { intact: true; records: number; headHash: string } | { intact: false; records: number; brokenAt: { seq: number; id: string; reason: BrokenLink } };

type Broken = Extract<ChainVerdict, { intact: false }>;

/** Walks a chain one record at a time (so a long one can be read in pages). */
export class ChainWalker {
  private previousHash = GENESIS_HASH;
  private expectedSeq = 1;
  private count = 0;

  /** The break this record makes, or undefined when it extends the chain. */
  step(record: ChainedRecord): Broken | undefined {
    const broken = (reason: BrokenLink): Broken => ({ intact: false, records: this.count, brokenAt: { seq: record.seq, id: record.id, reason } });
    if (record.seq !== this.expectedSeq) return broken('SEQUENCE');
    if (record.previousHash !== this.previousHash) return broken('LINK');
    if (auditHash(record.previousHash, record) !== record.hash) return broken('HASH');
    this.previousHash = record.hash;
    this.expectedSeq += 1;
    this.count += 1;
    return undefined;
  }

  verdict(): ChainVerdict {
    return { intact: true, records: this.count, headHash: this.previousHash };
  }
}

/**
 * Walks a chain in `seq` order and reports the first broken link. Note: a chain cut at its end
 * still verifies; compare `headHash` with one noted earlier to detect that.
 */
export function verifyChain(records: Iterable<ChainedRecord>): ChainVerdict {
  const walker = new ChainWalker();
  for (const record of records) {
    const broken = walker.step(record);
    if (broken) return broken;
  }
  return walker.verdict();
}

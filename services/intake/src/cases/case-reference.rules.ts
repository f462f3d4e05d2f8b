import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a reference read aloud or copied by hand is not misread. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 6;

/**
 * A case's short human reference (e.g. `CA-7K3F9Q`): random, so it says nothing about the patient,
 * the order or the date, and short enough for a phone call or a bank transfer. 30 random bits
 * (about a billion values): the database's unique index decides, and a collision draws again.
 */
export function newCaseReference(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(4);
  // 32 random bits, of which the low 30 make six 5-bit characters: each equally likely.
  const bits = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  let reference = '';
  for (let i = 0; i < LENGTH; i++) reference += CROCKFORD[(bits >>> (5 * (LENGTH - 1 - i))) & 31];
  return `CA-${reference}`;
}

/**
 * What someone typed to find a reference, as stored: upper case, and the letters Crockford reads
 * as digits (O as 0, I and L as 1) mapped, so "ca-7k3fq" and "CA-7K3FQ" find the same case.
 */
export function normaliseReferenceQuery(text: string): string {
  const upper = text.trim().toUpperCase();
  const body = upper.startsWith('CA-') ? upper.slice(3) : upper;
  return body.replace(/O/g, '0').replace(/[IL]/g, '1');
}

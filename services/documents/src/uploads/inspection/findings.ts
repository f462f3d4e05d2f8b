/**
 * What structural inspection concludes. REJECTED: the bytes are not the file they claim to be (or
 * cannot be inspected), so they are removed. QUARANTINED: a well-formed file that carries active
 * content (scripts, actions, macros, embedded files); kept for review, never served.
 * Reasons are fixed sentences: they never quote the file's content.
 */
export type Verdict = 'REJECTED' | 'QUARANTINED';

export interface Finding {
  verdict: Verdict;
  reason: string;
}

export const rejected = (reason: string): Finding => ({ verdict: 'REJECTED', reason });
export const quarantined = (reason: string): Finding => ({ verdict: 'QUARANTINED', reason });

/** Thrown by a parser when the structure is broken; the inspection turns it into a REJECTED finding. */
export class Malformed extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Bounds checks read better as one call: throws Malformed(reason) unless the condition holds. */
export function ensure(condition: boolean, reason: string): asserts condition {
  if (!condition) throw new Malformed(reason);
}

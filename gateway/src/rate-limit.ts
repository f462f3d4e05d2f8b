import express from 'express';
import { sendError } from './http-errors';

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * One token bucket per key (a verified subject, or a client address before authentication): a
 * quarter of the minute's allowance may come at once, then requests refill at the per-minute rate.
 * Buckets are kept least-recently-used first and the oldest dropped past `maxKeys`, so many
 * addresses cannot grow memory without bound (a dropped bucket comes back full).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly capacity: number;
  private readonly perMs: number;

  constructor(
    perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {
    this.capacity = Math.max(1, Math.ceil(perMinute / 4));
    this.perMs = perMinute / 60_000;
  }

  take(key: string): Verdict {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    this.buckets.delete(key);
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }
}

export function tooManyRequests(res: express.Response, verdict: Extract<Verdict, { allowed: false }>): void {
  res.setHeader('retry-after', String(verdict.retryAfterSeconds));
  sendError(res, 429, 'RATE_LIMITED', `too many requests; retry in ${verdict.retryAfterSeconds} s`);
}

/** Before anything else: limits each client address, authenticated or not. */
export function limitByAddress(buckets: TokenBuckets): express.RequestHandler {
  return (req, res, next) => {
    const verdict = buckets.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (verdict.allowed) next();
    else tooManyRequests(res, verdict);
  };
}

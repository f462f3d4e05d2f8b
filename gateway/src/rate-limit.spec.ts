import { TokenBuckets } from './rate-limit';

describe('TokenBuckets', () => {
  it('lets a burst through, refuses the next with a retry time, and refills at the per-minute rate', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, () => now);
    for (let i = 0; i < 15; i += 1) expect(buckets.take('alice')).toEqual({ allowed: true });
    expect(buckets.take('alice')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Another key has its own bucket.
    expect(buckets.take('bob')).toEqual({ allowed: true });
    now += 1000;
    expect(buckets.take('alice')).toEqual({ allowed: true });
    expect(buckets.take('alice').allowed).toBe(false);
    now += 60_000;
    for (let i = 0; i < 15; i += 1) expect(buckets.take('alice').allowed).toBe(true);
    expect(buckets.take('alice').allowed).toBe(false);
  });

  it('tells a slow limit how long to wait', () => {
    const buckets = new TokenBuckets(1, () => 0);
    expect(buckets.take('k').allowed).toBe(true);
    expect(buckets.take('k')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('keeps memory bounded by dropping the least recently used bucket', () => {
    const buckets = new TokenBuckets(4, () => 0, 2);
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
    buckets.take('b');
    buckets.take('c');
    // 'a' was dropped (least recently used) and comes back full.
    expect(buckets.take('a').allowed).toBe(true);
    // 'c' was used more recently than 'b' and is still counted.
    expect(buckets.take('c').allowed).toBe(false);
  });
});

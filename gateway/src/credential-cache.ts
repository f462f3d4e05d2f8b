import { createHash } from 'node:crypto';
import { BearerTokenVerifier, Identity, signIdentityAssertion, toClaims } from '@carta/auth';
import { decodeJwt } from 'jose';
import { LRUCache } from 'lru-cache';

/** Enough for every caller active in a few minutes; an entry is a hash, an identity and a key reference. */
export const CREDENTIAL_CACHE_ENTRIES = 10_000;

interface CacheOptions {
  /** Most entries kept (least recently used go first). */
  max?: number;
  /** Epoch milliseconds (tests move it). */
  now?: () => number;
}

interface VerifiedToken {
  identity: Identity;
  /** The token's own `exp`, epoch milliseconds: never served past it. */
  expiresAtMs: number;
  /** The key that verified it: served only while the issuer's key set still gives this same key. */
  key: unknown;
}

function frozen(identity: Identity): Identity {
  return Object.freeze({ ...identity, roles: Object.freeze([...identity.roles]) as Identity['roles'] });
}

/**
 * Bearer tokens already verified, so a caller's every request does not pay for a signature check.
 * Keyed by the SHA-256 of the whole token (a different or tampered token is another key, so one
 * caller can never be served another's identity); only successful verifications are stored; an
 * entry is served only before the token's `exp` (no clock tolerance) and while the issuer's key set
 * still resolves the token to the key that verified it (a rotated or reloaded set re-verifies).
 */
export class VerifiedTokenCache {
  private readonly verified: LRUCache<string, VerifiedToken>;
  private readonly now: () => number;

  constructor(
    private readonly verifier: BearerTokenVerifier,
    options: CacheOptions = {},
  ) {
    this.verified = new LRUCache({ max: options.max ?? CREDENTIAL_CACHE_ENTRIES });
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.verified.size;
  }

  /** The caller's identity, or a rejection, exactly as `BearerTokenVerifier.verify`. */
  async verify(token: string): Promise<Identity> {
    const id = createHash('sha256').update(token).digest('base64url');
    const hit = this.verified.get(id);
    if (hit) {
      if (this.now() < hit.expiresAtMs && (await this.sameKey(token, hit.key))) return hit.identity;
      this.verified.delete(id);
    }
    const { identity, expiresAt, key } = await this.verifier.verifyWithKey(token);
    const entry = { identity: frozen(identity), expiresAtMs: expiresAt * 1000, key };
    if (this.now() < entry.expiresAtMs) this.verified.set(id, entry);
    return entry.identity;
  }

  private async sameKey(token: string, key: unknown): Promise<boolean> {
    try {
      return (await this.verifier.currentKey(token)) === key;
    } catch {
      return false;
    }
  }
}

/** Re-signed once less than this share of its lifetime is left: a subgraph always gets ≥ half of it. */
const REUSE_SHARE = 0.5;

/**
 * The gateway→subgraph identity assertions, one per distinct identity (keyed by all its claims, so
 * two callers never share one), reused while more than half its lifetime is left.
 */
export class IdentityAssertionCache {
  private readonly signed: LRUCache<string, { assertion: string; expiresAtMs: number }>;
  private readonly now: () => number;

  constructor(
    private readonly secret: string,
    private readonly ttlSeconds = 60,
    options: CacheOptions = {},
  ) {
    this.signed = new LRUCache({ max: options.max ?? CREDENTIAL_CACHE_ENTRIES });
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.signed.size;
  }

  async assertionFor(identity: Identity): Promise<string> {
    const id = JSON.stringify(toClaims(identity));
    const hit = this.signed.get(id);
    if (hit && hit.expiresAtMs - this.now() > this.ttlSeconds * 1000 * REUSE_SHARE) return hit.assertion;
    const assertion = await signIdentityAssertion(identity, this.secret, this.ttlSeconds);
    this.signed.set(id, { assertion, expiresAtMs: (decodeJwt(assertion).exp as number) * 1000 });
    return assertion;
  }
}

import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair, JSONWebKeySet, jwtVerify, KeyLike, SignJWT } from 'jose';
import { Identity, toClaims, toIdentity } from './identity';
import { MAX_BEARER_TOKEN_BYTES } from './limits';

/** Only asymmetric signatures: an HS* token could be signed with the issuer's public key, `none` with nothing. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];
/** Small on purpose: enough for clocks a little apart, not for reviving an expired token. */
export const CLOCK_TOLERANCE_SECONDS = 30;

export interface BearerTokenPolicy {
  /** Required and non-empty: jose skips the check for an empty value. */
  issuer: string;
  audience: string;
  /** Defaults to every asymmetric algorithm; never HS* or `none`. */
  algorithms?: readonly AsymmetricAlgorithm[];
}

function checkedPolicy(policy: BearerTokenPolicy): Required<BearerTokenPolicy> {
  if (!policy.issuer || !policy.audience) throw new Error('a bearer-token policy needs a non-empty issuer and audience');
  const algorithms = policy.algorithms ?? ASYMMETRIC_ALGORITHMS;
  if (algorithms.length === 0 || algorithms.some((alg) => !ASYMMETRIC_ALGORITHMS.includes(alg))) {
    throw new Error(`bearer-token algorithms must be asymmetric: ${ASYMMETRIC_ALGORITHMS.join(', ')}`);
  }
  return { issuer: policy.issuer, audience: policy.audience, algorithms };
}

/** Verifies end-user bearer JWTs at the gateway, against an OIDC issuer's JWKS (remote or local). */
export class BearerTokenVerifier {
  private readonly policy: Required<BearerTokenPolicy>;

  private constructor(
    private readonly keys: ReturnType<typeof createLocalJWKSet>,
    policy: BearerTokenPolicy,
  ) {
    this.policy = checkedPolicy(policy);
  }

  static fromJwks(jwks: JSONWebKeySet, policy: BearerTokenPolicy): BearerTokenVerifier {
    return new BearerTokenVerifier(createLocalJWKSet(jwks), policy);
  }

  static fromJwksUrl(url: string, policy: BearerTokenPolicy): BearerTokenVerifier {
    return new BearerTokenVerifier(createRemoteJWKSet(new URL(url)) as ReturnType<typeof createLocalJWKSet>, policy);
  }

  /** The caller's identity, or a rejection (any reason: the caller is told only that it is invalid). */
  async verify(token: string): Promise<Identity> {
    return (await this.verifyWithKey(token)).identity;
  }

  /** `verify`, plus the token's `exp` (epoch seconds) and the key that verified it, for a cache that must notice a changed key set. */
  async verifyWithKey(token: string): Promise<{ identity: Identity; expiresAt: number; key: unknown }> {
    if (Buffer.byteLength(token) > MAX_BEARER_TOKEN_BYTES) throw new Error('bearer token too large');
    const { payload, key } = await jwtVerify(token, this.keys, {
      issuer: this.policy.issuer,
      audience: this.policy.audience,
      algorithms: [...this.policy.algorithms],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'sub'],
    });
    return { identity: toIdentity(payload), expiresAt: payload.exp as number, key };
  }

  /**
   * The key the issuer's key set gives now for this token's header (the same object while the set is
   * unchanged; a reloaded or rotated set gives another or none). Throws when there is none.
   */
  currentKey(token: string): Promise<unknown> {
    return this.keys(decodeProtectedHeader(token), { payload: '', signature: '' } as never);
  }
}

/**
 * A local OIDC-style issuer for the embedded mode and tests: an ES256 key made at start-up,
 * its public half published as a JWKS. Never enabled in production configuration.
 */
export class DevTokenIssuer {
  private constructor(
    private readonly privateKey: KeyLike,
    readonly jwks: JSONWebKeySet,
    readonly policy: BearerTokenPolicy,
  ) {}

  static async create(policy: BearerTokenPolicy = { issuer: 'carta-dev-issuer', audience: 'carta' }): Promise<DevTokenIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'carta-dev', alg: 'ES256', use: 'sig' };
    return new DevTokenIssuer(privateKey, { keys: [jwk] }, policy);
  }

  issue(identity: Identity, ttlSeconds = 3600): Promise<string> {
    return new SignJWT(toClaims(identity))
      .setProtectedHeader({ alg: 'ES256', kid: 'carta-dev' })
      .setIssuer(this.policy.issuer)
      .setAudience(this.policy.audience)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.privateKey);
  }

  verifier(): BearerTokenVerifier {
    return BearerTokenVerifier.fromJwks(this.jwks, { ...this.policy, algorithms: ['ES256'] });
  }
}

import { createLocalJWKSet, createRemoteJWKSet, exportJWK, generateKeyPair, JSONWebKeySet, jwtVerify, KeyLike, SignJWT } from 'jose';
import { Identity, toClaims, toIdentity } from './identity';

export interface BearerTokenPolicy {
  issuer: string;
  audience: string;
}

/** Verifies end-user bearer JWTs at the gateway, against an OIDC issuer's JWKS (remote or local). */
export class BearerTokenVerifier {
  private constructor(
    private readonly keys: ReturnType<typeof createLocalJWKSet>,
    private readonly policy: BearerTokenPolicy,
  ) {}

  static fromJwks(jwks: JSONWebKeySet, policy: BearerTokenPolicy): BearerTokenVerifier {
    return new BearerTokenVerifier(createLocalJWKSet(jwks), policy);
  }

  static fromJwksUrl(url: string, policy: BearerTokenPolicy): BearerTokenVerifier {
    return new BearerTokenVerifier(createRemoteJWKSet(new URL(url)) as ReturnType<typeof createLocalJWKSet>, policy);
  }

  async verify(token: string): Promise<Identity> {
    const { payload } = await jwtVerify(token, this.keys, { issuer: this.policy.issuer, audience: this.policy.audience });
    return toIdentity(payload);
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
    return BearerTokenVerifier.fromJwks(this.jwks, this.policy);
  }
}

import { jwtVerify, SignJWT } from 'jose';
import { Identity, toClaims, toIdentity } from './identity';

/**
 * How the gateway tells a subgraph who is asking: a short-lived JWT signed with a secret only the
 * gateway and the subgraphs hold, in the `x-carta-identity` header. A subgraph called directly
 * without a valid one refuses the request.
 */
export const IDENTITY_HEADER = 'x-carta-identity';
const AUDIENCE = 'carta-subgraphs';
const ISSUER = 'carta-gateway';
const MIN_SECRET_BYTES = 32;

function key(secret: string): Uint8Array {
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) throw new Error(`the identity-assertion secret must be at least ${MIN_SECRET_BYTES} bytes`);
  return new TextEncoder().encode(secret);
}

export async function signIdentityAssertion(identity: Identity, secret: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT(toClaims(identity))
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

export async function verifyIdentityAssertion(token: string, secret: string): Promise<Identity> {
  const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
  return toIdentity(payload);
}

import { exportJWK, generateKeyPair, JWK, KeyLike, SignJWT, UnsecuredJWT } from 'jose';
import { BearerTokenVerifier, DevTokenIssuer } from './bearer-tokens';

/** The attacks a bearer token may carry; each must be refused. */
describe('BearerTokenVerifier', () => {
  const policy = { issuer: 'https://login.example.org/', audience: 'carta' };
  let keys: { privateKey: KeyLike; jwk: JWK };
  let verifier: BearerTokenVerifier;
  const claims = { sub: 'c1', roles: ['coordinator'] };
  const sign = (
    payload: Record<string, unknown>,
    build: (jwt: SignJWT) => SignJWT = (jwt) => jwt.setIssuer(policy.issuer).setAudience(policy.audience).setExpirationTime('5m'),
  ) => build(new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuedAt()).sign(keys.privateKey);

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    keys = { privateKey: pair.privateKey, jwk: { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' } };
    verifier = BearerTokenVerifier.fromJwks({ keys: [keys.jwk] }, policy);
  });

  it('accepts a well-formed token', async () => {
    await expect(verifier.verify(await sign(claims))).resolves.toEqual({ subject: 'c1', roles: ['coordinator'] });
  });

  it('refuses alg none, HS256 signed with the public key, and garbage', async () => {
    const none = new UnsecuredJWT(claims).setIssuer(policy.issuer).setAudience(policy.audience).setExpirationTime('5m').encode();
    await expect(verifier.verify(none)).rejects.toThrow();
    const publicKeyAsSecret = new TextEncoder().encode(JSON.stringify(keys.jwk));
    const hs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setIssuer(policy.issuer)
      .setAudience(policy.audience)
      .setExpirationTime('5m')
      .sign(publicKeyAsSecret);
    await expect(verifier.verify(hs)).rejects.toThrow();
    await expect(verifier.verify('not.a.jwt')).rejects.toThrow();
    await expect(verifier.verify('')).rejects.toThrow();
  });

  it('refuses expired (beyond the small clock tolerance), wrong issuer, wrong audience, no exp, unknown role, oversized', async () => {
    await expect(
      verifier.verify(
        await sign(claims, (jwt) =>
          jwt
            .setIssuer(policy.issuer)
            .setAudience(policy.audience)
            .setExpirationTime(Math.floor(Date.now() / 1000) - 60),
        ),
      ),
    ).rejects.toThrow(/exp/);
    await expect(
      verifier.verify(await sign(claims, (jwt) => jwt.setIssuer('https://evil.example.org/').setAudience(policy.audience).setExpirationTime('5m'))),
    ).rejects.toThrow(/iss/);
    await expect(verifier.verify(await sign(claims, (jwt) => jwt.setIssuer(policy.issuer).setAudience('other').setExpirationTime('5m')))).rejects.toThrow(
      /aud/,
    );
    await expect(verifier.verify(await sign(claims, (jwt) => jwt.setIssuer(policy.issuer).setAudience(policy.audience)))).rejects.toThrow(/exp/);
    await expect(verifier.verify(await sign({ sub: 'x', roles: ['superuser'] }))).rejects.toThrow(/unknown role/);
    await expect(verifier.verify(await sign({ ...claims, padding: 'x'.repeat(9000) }))).rejects.toThrow(/too large/);
  });

  it('cannot be built to skip the issuer or audience check, or to accept symmetric algorithms', () => {
    expect(() => BearerTokenVerifier.fromJwks({ keys: [] }, { issuer: '', audience: 'carta' })).toThrow(/non-empty/);
    expect(() => BearerTokenVerifier.fromJwks({ keys: [] }, { issuer: 'x', audience: '' })).toThrow(/non-empty/);
    expect(() => BearerTokenVerifier.fromJwks({ keys: [] }, { ...policy, algorithms: ['HS256' as never] })).toThrow(/asymmetric/);
  });

  it("accepts the dev issuer's tokens only at its own verifier", async () => {
    const dev = await DevTokenIssuer.create();
    await expect(verifier.verify(await dev.issue({ subject: 'c1', roles: ['coordinator'] }))).rejects.toThrow();
  });
});

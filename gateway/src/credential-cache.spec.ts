import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { BearerTokenVerifier, CLOCK_TOLERANCE_SECONDS, DevTokenIssuer, Identity, verifyIdentityAssertion } from '@carta/auth';
import { decodeJwt } from 'jose';
import { IdentityAssertionCache, VerifiedTokenCache } from './credential-cache';

const alice: Identity = { subject: 'alice', roles: ['coordinator'] };
const puth: Identity = { subject: 'office', roles: ['hospital_office'], centreId: 'puth' };
const ruijin: Identity = { subject: 'office', roles: ['hospital_office'], centreId: 'ruijin' };
const SECRET = 'a-secret-of-at-least-thirty-two-bytes!!';

/** Only Date moves: jose's clocks and the caches' read it; timers and promises run as usual. */
function fakeDate(): (ms: number) => void {
  jest.useFakeTimers({
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
  return (ms) => jest.setSystemTime(Date.now() + ms);
}

afterEach(() => jest.useRealTimers());

describe('VerifiedTokenCache', () => {
  let issuer: DevTokenIssuer;
  beforeAll(async () => {
    issuer = await DevTokenIssuer.create();
  });

  it('verifies a token once and serves the same identity until it expires', async () => {
    const verifier = issuer.verifier();
    const verify = jest.spyOn(verifier, 'verifyWithKey');
    const cache = new VerifiedTokenCache(verifier);
    const token = await issuer.issue(alice);
    expect(await cache.verify(token)).toEqual(alice);
    expect(await cache.verify(token)).toEqual(alice);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('never serves a token past its exp: an expired cached token is refused like an uncached one', async () => {
    const advance = fakeDate();
    const cache = new VerifiedTokenCache(issuer.verifier());
    const token = await issuer.issue(alice, 60);
    await cache.verify(token);
    advance((60 + CLOCK_TOLERANCE_SECONDS + 1) * 1000);
    await expect(cache.verify(token)).rejects.toThrow();
    expect(cache.size).toBe(0);
  });

  it('serves nothing to a different or tampered token (keyed by the whole token), and caches no failure', async () => {
    const cache = new VerifiedTokenCache(issuer.verifier());
    const token = await issuer.issue(puth);
    expect(await cache.verify(token)).toEqual(puth);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(token), centre_id: 'ruijin' })).toString('base64url');
    await expect(cache.verify(`${header}.${forged}.${signature}`)).rejects.toThrow();
    const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
    await expect(cache.verify(`${header}.${payload}.${flipped}`)).rejects.toThrow();
    expect(cache.size).toBe(1);
  });

  it('hands out identities nobody can change for the next caller', async () => {
    const cache = new VerifiedTokenCache(issuer.verifier());
    const token = await issuer.issue(alice);
    const first = await cache.verify(token);
    expect(() => (first.roles as string[]).push('admin')).toThrow();
    expect((await cache.verify(token)).roles).toEqual(['coordinator']);
  });

  it('keeps at most `max` tokens', async () => {
    const cache = new VerifiedTokenCache(issuer.verifier(), { max: 2 });
    for (const subject of ['a', 'b', 'c']) await cache.verify(await issuer.issue({ subject, roles: ['analyst'] }));
    expect(cache.size).toBe(2);
  });

  describe('with a key set the issuer rotates', () => {
    let server: Server;
    let served: DevTokenIssuer;
    let url: string;
    beforeAll(async () => {
      served = issuer;
      server = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify(served.jwks)));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('refuses a cached token once the issuer no longer publishes the key that signed it', async () => {
      const advance = fakeDate();
      const cache = new VerifiedTokenCache(BearerTokenVerifier.fromJwksUrl(url, issuer.policy));
      const token = await issuer.issue(alice);
      expect(await cache.verify(token)).toEqual(alice);
      // Same kid, another key: the compromised key is replaced; jose reloads the set after its max age (10 min).
      served = await DevTokenIssuer.create(issuer.policy);
      advance(11 * 60 * 1000);
      await expect(cache.verify(token)).rejects.toThrow();
      expect(await cache.verify(await served.issue(alice))).toEqual(alice);
    });
  });
});

describe('IdentityAssertionCache', () => {
  it('reuses an assertion while more than half its lifetime is left, then signs a new one', async () => {
    const advance = fakeDate();
    const cache = new IdentityAssertionCache(SECRET, 60);
    const first = await cache.assertionFor(alice);
    advance(20_000);
    expect(await cache.assertionFor(alice)).toBe(first);
    advance(11_000);
    const second = await cache.assertionFor(alice);
    expect(second).not.toBe(first);
    expect(decodeJwt(second).exp! - Math.floor(Date.now() / 1000)).toBeGreaterThanOrEqual(59);
    expect(await verifyIdentityAssertion(second, SECRET)).toEqual(alice);
  });

  it('gives each identity its own assertion (same subject, another centre: another assertion)', async () => {
    const cache = new IdentityAssertionCache(SECRET);
    const forPuth = await cache.assertionFor(puth);
    const forRuijin = await cache.assertionFor(ruijin);
    expect(await verifyIdentityAssertion(forPuth, SECRET)).toEqual(puth);
    expect(await verifyIdentityAssertion(forRuijin, SECRET)).toEqual(ruijin);
    expect(await verifyIdentityAssertion(await cache.assertionFor({ ...puth, roles: ['hospital_office', 'analyst'] }), SECRET)).toEqual({
      ...puth,
      roles: ['hospital_office', 'analyst'],
    });
  });

  it('keeps at most `max` identities', async () => {
    const cache = new IdentityAssertionCache(SECRET, 60, { max: 2 });
    for (const subject of ['a', 'b', 'c']) await cache.assertionFor({ subject, roles: ['analyst'] });
    expect(cache.size).toBe(2);
  });
});

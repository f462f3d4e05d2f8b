import { DevTokenIssuer, signIdentityAssertion, toIdentity, verifyIdentityAssertion } from './index';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';

describe('identity', () => {
  it('binds a hospital office to its centre', () => {
    expect(toIdentity({ sub: 'o1', roles: ['hospital_office'], centre_id: 'puth' })).toEqual({ subject: 'o1', roles: ['hospital_office'], centreId: 'puth' });
    expect(() => toIdentity({ sub: 'o1', roles: ['hospital_office'] })).toThrow(/must name its centre/);
    expect(() => toIdentity({ sub: 'x', roles: ['superuser'] })).toThrow(/unknown role/);
    expect(() => toIdentity({ roles: ['admin'] })).toThrow(/no subject/);
  });

  it('round-trips a forwarded identity and rejects tampering or a wrong secret', async () => {
    const token = await signIdentityAssertion({ subject: 'c1', roles: ['coordinator'] }, secret);
    await expect(verifyIdentityAssertion(token, secret)).resolves.toEqual({ subject: 'c1', roles: ['coordinator'] });
    await expect(verifyIdentityAssertion(token, `${secret}-other`)).rejects.toThrow();
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'c1', roles: ['admin'], iss: 'carta-gateway', aud: 'carta-subgraphs', exp: 9e9 })).toString('base64url');
    await expect(verifyIdentityAssertion(`${header}.${forged}.${signature}`, secret)).rejects.toThrow();
  });

  it('refuses a short secret', async () => {
    await expect(signIdentityAssertion({ subject: 'c1', roles: ['coordinator'] }, 'short')).rejects.toThrow(/at least 32 bytes/);
  });

  it('issues dev tokens that only its own verifier accepts', async () => {
    const issuer = await DevTokenIssuer.create();
    const other = await DevTokenIssuer.create();
    const token = await issuer.issue({ subject: 'o1', roles: ['hospital_office'], centreId: 'ruijin' });
    await expect(issuer.verifier().verify(token)).resolves.toEqual({ subject: 'o1', roles: ['hospital_office'], centreId: 'ruijin' });
    await expect(other.verifier().verify(token)).rejects.toThrow();
  });
});

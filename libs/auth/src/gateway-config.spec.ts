import { GatewayConfigError, isLoopbackHost, loadGatewayConfig, requireGatewayAuth } from './gateway-config';

const OIDC = { JWT_JWKS_URL: 'https://login.example.org/.well-known/jwks.json', JWT_ISSUER: 'https://login.example.org/', JWT_AUDIENCE: 'carta' };

describe('loadGatewayConfig', () => {
  it('gives `npm start` the dev issuer on loopback only when nothing else is configured', () => {
    expect(loadGatewayConfig({}, { devAuthByDefault: true }).auth).toEqual({ mode: 'development' });
    // On real engines (no default) nothing is chosen silently: the gateway refuses to start.
    const none = loadGatewayConfig({}, { devAuthByDefault: false });
    expect(none.auth).toBeUndefined();
    expect(() => requireGatewayAuth(none)).toThrow(/JWT_JWKS_URL.*CARTA_DEV_AUTH=true/);
    expect(loadGatewayConfig({ CARTA_DEV_AUTH: 'true' }, { devAuthByDefault: false }).auth).toEqual({ mode: 'development' });
    expect(loadGatewayConfig({ CARTA_DEV_AUTH: 'false' }, { devAuthByDefault: true }).auth).toBeUndefined();
  });

  it('refuses the dev issuer on a host others can reach', () => {
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'gateway.example.org']) {
      expect(() => loadGatewayConfig({ CARTA_DEV_AUTH: 'true', CARTA_HOST: host }, { devAuthByDefault: false })).toThrow(/loopback/);
      expect(() => loadGatewayConfig({ CARTA_HOST: host }, { devAuthByDefault: true })).toThrow(/loopback/);
    }
    expect(loadGatewayConfig({ CARTA_DEV_AUTH: 'true', CARTA_HOST: '::1' }, { devAuthByDefault: false }).host).toBe('::1');
  });

  it('never combines the dev issuer with an OIDC issuer, and OIDC wins over the embedded default', () => {
    expect(() => loadGatewayConfig({ ...OIDC, CARTA_DEV_AUTH: 'true' }, { devAuthByDefault: true })).toThrow(/both set/);
    expect(loadGatewayConfig(OIDC, { devAuthByDefault: true }).auth).toEqual({
      mode: 'oidc',
      jwksUrl: OIDC.JWT_JWKS_URL,
      issuer: OIDC.JWT_ISSUER,
      audience: 'carta',
      algorithms: ['RS256', 'ES256'],
    });
  });

  it('requires a non-empty issuer and audience, asymmetric algorithms and https keys for OIDC', () => {
    expect(() => loadGatewayConfig({ ...OIDC, JWT_ISSUER: '' }, { devAuthByDefault: false })).toThrow(/non-empty JWT_ISSUER and JWT_AUDIENCE/);
    expect(() => loadGatewayConfig({ ...OIDC, JWT_AUDIENCE: '  ' }, { devAuthByDefault: false })).toThrow(/non-empty JWT_ISSUER and JWT_AUDIENCE/);
    expect(() => loadGatewayConfig({ ...OIDC, JWT_ALGORITHMS: 'RS256,HS256' }, { devAuthByDefault: false })).toThrow(/not HS256/);
    expect(() => loadGatewayConfig({ ...OIDC, JWT_ALGORITHMS: 'none' }, { devAuthByDefault: false })).toThrow(/not none/);
    expect(() => loadGatewayConfig({ ...OIDC, JWT_JWKS_URL: 'http://login.example.org/jwks' }, { devAuthByDefault: false })).toThrow(/https/);
    expect(loadGatewayConfig({ ...OIDC, JWT_JWKS_URL: 'http://127.0.0.1:8080/jwks', JWT_ALGORITHMS: 'PS256' }, { devAuthByDefault: false }).auth).toMatchObject(
      { algorithms: ['PS256'] },
    );
    expect(() => loadGatewayConfig({ JWT_ISSUER: 'x' }, { devAuthByDefault: true })).toThrow(/only with JWT_JWKS_URL/);
    expect(() => loadGatewayConfig({ CARTA_DEV_AUTH: 'yes' }, { devAuthByDefault: true })).toThrow(GatewayConfigError);
  });

  it('reads the rate limits', () => {
    expect(loadGatewayConfig({}, { devAuthByDefault: true }).rateLimit).toEqual({ perIdentityPerMinute: 1200, perAddressPerMinute: 6000 });
    expect(
      loadGatewayConfig({ CARTA_RATE_LIMIT_PER_MINUTE: '30', CARTA_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '90' }, { devAuthByDefault: true }).rateLimit,
    ).toEqual({ perIdentityPerMinute: 30, perAddressPerMinute: 90 });
    expect(() => loadGatewayConfig({ CARTA_RATE_LIMIT_PER_MINUTE: '0' }, { devAuthByDefault: true })).toThrow(/CARTA_RATE_LIMIT_PER_MINUTE/);
    expect(() => loadGatewayConfig({ CARTA_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1e3' }, { devAuthByDefault: true })).toThrow(
      /CARTA_RATE_LIMIT_PER_ADDRESS_PER_MINUTE/,
    );
  });

  it("validates the console's OIDC sign-in (CARTA_OIDC_*) at start-up, only beside an OIDC issuer", () => {
    const console = { CARTA_OIDC_ISSUER: 'https://login.example.org/', CARTA_OIDC_CLIENT_ID: 'carta-console' };
    expect(loadGatewayConfig(OIDC, { devAuthByDefault: false }).consoleOidc).toBeUndefined();
    expect(loadGatewayConfig({ ...OIDC, ...console }, { devAuthByDefault: false }).consoleOidc).toEqual({
      issuer: 'https://login.example.org/',
      clientId: 'carta-console',
      scopes: ['openid', 'profile'],
    });
    expect(
      loadGatewayConfig({ ...OIDC, ...console, CARTA_OIDC_SCOPES: 'openid  carta', CARTA_OIDC_AUDIENCE: 'carta' }, { devAuthByDefault: false }).consoleOidc,
    ).toMatchObject({ scopes: ['openid', 'carta'], audience: 'carta' });
    expect(() => loadGatewayConfig({ ...console, CARTA_DEV_AUTH: 'true' }, { devAuthByDefault: true })).toThrow(/needs JWT_JWKS_URL/);
    expect(() => loadGatewayConfig({ ...OIDC, CARTA_OIDC_ISSUER: console.CARTA_OIDC_ISSUER }, { devAuthByDefault: false })).toThrow(/CARTA_OIDC_CLIENT_ID/);
    expect(() => loadGatewayConfig({ ...OIDC, ...console, CARTA_OIDC_ISSUER: 'http://login.example.org/' }, { devAuthByDefault: false })).toThrow(
      /CARTA_OIDC_ISSUER must use https/,
    );
    expect(() => loadGatewayConfig({ ...OIDC, ...console, CARTA_OIDC_SCOPES: 'profile' }, { devAuthByDefault: false })).toThrow(/must include openid/);
  });

  it('knows loopback hosts', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '', '128.0.0.1', '127.example.org', '192.168.1.2'].some(isLoopbackHost)).toBe(false);
  });
});

import { randomUUID } from 'node:crypto';
import { createServer, request, Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Identity, loadGatewayConfig, MAX_REQUEST_BYTES, requireGatewayAuth } from '@carta/auth';
import { gatewayAuthentication, RunningGateway, startGateway } from '@carta/gateway';
import { loadPlatformConfig } from '@carta/service-kit';
import { exportJWK, generateKeyPair, JWK, KeyLike, SignJWT, UnsecuredJWT } from 'jose';
import { RunningPlatform, startPlatform } from '../platform';

/**
 * The gateway's edge on the embedded platform (no engines): the GraphQL limits, the token attacks,
 * JSON errors for everything, no schema disclosure outside development, rate limits, and a process
 * that survives all of it. `production` trusts a local OIDC issuer (a JWKS served over HTTP), as a
 * deployment does; `platform.gateway` runs the dev issuer as the platform tests do.
 */
describe('the gateway edge', () => {
  let dataDir: string;
  let platform: RunningPlatform;
  let jwksServer: Server;
  let production: RunningGateway;
  let explorable: RunningGateway;
  let broken: RunningGateway;
  let limited: RunningGateway;
  let oidc: { privateKey: KeyLike; jwk: JWK; issuer: string };
  let internalSecret: string;
  const gateways: RunningGateway[] = [];
  const coordinator: Identity = { subject: 'coord-edge', roles: ['coordinator'] };
  const base = (gateway: RunningGateway) => gateway.url.replace(/\/graphql$/, '');
  const LEAK = /\n\s+at |node_modules|\/work\/|\/home\/|<html|<pre|SyntaxError|PayloadTooLargeError|ECONNREFUSED|127\.0\.0\.1:\d+/;

  const oidcToken = (claims: Record<string, unknown> = { sub: coordinator.subject, roles: coordinator.roles }, build?: (jwt: SignJWT) => SignJWT) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'edge' }).setIssuedAt();
    return (build ?? ((j) => j.setIssuer(oidc.issuer).setAudience('carta').setExpirationTime('5m')))(jwt).sign(oidc.privateKey);
  };

  async function post(gateway: RunningGateway, body: string, headers: Record<string, string> = {}) {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await response.text();
    return {
      status: response.status,
      text,
      json: JSON.parse(text) as { code?: string; data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
      headers: response.headers,
    };
  }
  const graphql = async (gateway: RunningGateway, query: string, variables: Record<string, unknown> = {}, token?: string) =>
    post(gateway, JSON.stringify({ query, variables }), { authorization: `Bearer ${token ?? (await oidcToken())}` });
  const devGraphql = async (gateway: RunningGateway, query: string) => graphql(gateway, query, {}, await platform.devIssuer.issue(coordinator));

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'carta-edge-'));
    const platformConfig = loadPlatformConfig({ CARTA_DATA_DIR: dataDir });
    internalSecret = platformConfig.internalSecret;
    platform = await startPlatform(platformConfig, { ports: 'any' });

    const pair = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'edge', alg: 'ES256', use: 'sig' };
    jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    oidc = { privateKey: pair.privateKey, jwk, issuer: 'https://login.example.org/' };
    // The deployment's path: environment → loadGatewayConfig → the verifier.
    const config = loadGatewayConfig(
      { JWT_JWKS_URL: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`, JWT_ISSUER: oidc.issuer, JWT_AUDIENCE: 'carta' },
      { devAuthByDefault: false },
    );
    const { verifier, devIssuer } = await gatewayAuthentication(requireGatewayAuth(config));
    expect(devIssuer).toBeUndefined();

    const subgraphUrls = Object.fromEntries(platform.services.map((service) => [service.name, `${service.url}/graphql`]));
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    // The extra gateways front the same subgraphs, so they sign identities with the platform's secret.
    const common = { port: 0, host: '127.0.0.1', internalSecret, rateLimit: config.rateLimit };
    production = await startGateway({ ...common, subgraphUrls, verifier });
    explorable = await startGateway({ ...common, subgraphUrls, verifier: platform.devIssuer.verifier(), devIssuer: platform.devIssuer, explorable: true });
    broken = await startGateway({ ...common, subgraphUrls: { ...subgraphUrls, centres: deadUrl, documents: deadUrl }, verifier });
    limited = await startGateway({ ...common, subgraphUrls, verifier, rateLimit: { perIdentityPerMinute: 8, perAddressPerMinute: 24 } });
    gateways.push(production, explorable, broken, limited);
  }, 120_000);

  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await platform?.close();
    await new Promise<void>((resolve) => (jwksServer ? jwksServer.close(() => resolve()) : resolve()));
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('answers a well-formed request with a token from the OIDC issuer', async () => {
    const answer = await graphql(production, '{ centres { id } }');
    expect(answer.status).toBe(200);
    expect((answer.json.data as { centres: unknown[] }).centres.length).toBeGreaterThan(0);
  });

  describe('GraphQL limits', () => {
    const refused = async (query: string, variables: Record<string, unknown>, pattern: RegExp) => {
      const answer = await graphql(production, query, variables);
      expect(answer.status).toBe(400);
      expect(answer.json.data).toBeUndefined();
      expect(answer.json.errors?.map((error) => error.message).join(' | ')).toMatch(pattern);
      expect(answer.text).not.toMatch(LEAK);
    };

    it('refuses an 81-deep query', async () => {
      const deep = `query($id: ID!) { case(id: $id) { ${'invitationLetters { case { '.repeat(40)}id${' } }'.repeat(40)} } }`;
      await refused(deep, { id: randomUUID() }, /depth limit of 10 exceeded/);
    });

    it('refuses 100 aliased case reads', async () => {
      const reads = Array.from({ length: 100 }, (_, i) => `c${i}: case(id: $id) { id }`).join(' ');
      await refused(`query($id: ID!) { ${reads} }`, { id: randomUUID() }, /Aliases limit of 15 exceeded/);
    });

    it('refuses a 30,000-field document', async () => {
      await refused(`query($id: ID!) { case(id: $id) { ${'id '.repeat(30_000)}} }`, { id: randomUUID() }, /Document contains more th\w+ 2000 tokens/);
    });

    it('refuses a document with too many directives', async () => {
      const fields = Array.from({ length: 25 }, (_, i) => `t${i}: __typename @include(if: true)`).join(' ');
      await refused(`{ ${fields} }`, {}, /Directives limit of 20 exceeded/);
    });

    it('refuses a query that is shallow and narrow enough but too costly', async () => {
      const reads = Array.from({ length: 15 }, (_, i) => `a${i}: case(id: $id) { ...C1 }`).join(' ');
      const query = `query($id: ID!) { ${reads} }
        fragment C1 on Case { id status invitationLetters { id case { ...C2 ...C2 } } }
        fragment C2 on Case { id status invitationLetters { id case { id status } } }`;
      await refused(query, { id: randomUUID() }, /Cost limit of 5000 exceeded/);
    });
  });

  describe('no schema disclosure outside development', () => {
    it('refuses introspection on the production gateway and on the platform tests run against', async () => {
      for (const answer of [
        await graphql(production, '{ __schema { types { name } } }'),
        await devGraphql(platform.gateway, '{ __type(name: "Case") { fields { name } } }'),
      ]) {
        expect(answer.status).toBe(400);
        expect(answer.json.data).toBeUndefined();
        expect(answer.json.errors?.[0].message).toMatch(/introspection is not allowed/);
      }
    });

    it('gives no "Did you mean" for fields or enum values, except to a developer', async () => {
      for (const query of ['{ cse(id: "x") { id } }', 'mutation { transitionCase(caseId: "x", to: WITHDRAWM) { id } }']) {
        for (const answer of [await graphql(production, query), await devGraphql(platform.gateway, query)]) {
          expect(answer.json.errors?.length).toBeGreaterThan(0);
          expect(answer.text).not.toMatch(/did you mean/i);
        }
      }
      const developer = await devGraphql(explorable, '{ cse(id: "x") { id } }');
      expect(developer.json.errors?.[0].message).toMatch(/Did you mean "case"/);
      const introspection = await devGraphql(explorable, '{ __schema { queryType { name } } }');
      expect(introspection.json.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });
  });

  describe('token attacks: every one a bare 401 UNAUTHENTICATED', () => {
    const attacks: [string, () => Promise<string>][] = [
      ['alg none', async () => new UnsecuredJWT({ sub: 'x', roles: ['admin'] }).setIssuer(oidc.issuer).setAudience('carta').setExpirationTime('5m').encode()],
      [
        'HS256 signed with the public key',
        async () =>
          new SignJWT({ sub: 'x', roles: ['admin'] })
            .setProtectedHeader({ alg: 'HS256', kid: 'edge' })
            .setIssuer(oidc.issuer)
            .setAudience('carta')
            .setExpirationTime('5m')
            .sign(new TextEncoder().encode(JSON.stringify(oidc.jwk))),
      ],
      [
        'expired',
        () =>
          oidcToken(undefined, (jwt) =>
            jwt
              .setIssuer(oidc.issuer)
              .setAudience('carta')
              .setExpirationTime(Math.floor(Date.now() / 1000) - 120),
          ),
      ],
      ['wrong issuer', () => oidcToken(undefined, (jwt) => jwt.setIssuer('https://evil.example.org/').setAudience('carta').setExpirationTime('5m'))],
      ['wrong audience', () => oidcToken(undefined, (jwt) => jwt.setIssuer(oidc.issuer).setAudience('someone-else').setExpirationTime('5m'))],
      ['no exp', () => oidcToken(undefined, (jwt) => jwt.setIssuer(oidc.issuer).setAudience('carta'))],
      ['garbage', async () => 'eyJhbGciOi.garbage.!!'],
      ['an unknown role', () => oidcToken({ sub: 'x', roles: ['superuser'] })],
      ['a dev-issuer token', () => platform.devIssuer.issue({ subject: 'x', roles: ['admin'] })],
      ['an oversized token', () => oidcToken({ sub: coordinator.subject, roles: coordinator.roles, pad: 'x'.repeat(9 * 1024) })],
    ];

    it.each(attacks)('%s', async (_name, make) => {
      const answer = await graphql(production, '{ centres { id } }', {}, await make());
      expect(answer.status).toBe(401);
      // The same answer for every reason: nothing says which check failed.
      expect(answer.json).toEqual({
        code: 'UNAUTHENTICATED',
        message: 'the bearer token is invalid or expired',
        errors: [{ message: 'the bearer token is invalid or expired', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    });

    it('refuses a missing token the same way, at /graphql and /uploads', async () => {
      expect((await post(production, '{"query":"{ centres { id } }"}')).json.code).toBe('UNAUTHENTICATED');
      const upload = await fetch(`${base(production)}/uploads/${randomUUID()}`, { method: 'PUT', body: 'x' });
      expect(upload.status).toBe(401);
      expect(((await upload.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    });

    it('answers headers beyond the server limit with JSON too', async () => {
      const response = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${'x'.repeat(20 * 1024)}` },
        body: '{}',
      });
      expect(response.status).toBe(431);
      expect(await response.json()).toMatchObject({ code: 'HEADERS_TOO_LARGE' });
    });
  });

  describe('every other error is JSON with a stable code and nothing from the inside', () => {
    const expectJsonError = async (response: Response, status: number, code: string) => {
      const text = await response.text();
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(JSON.parse(text)).toMatchObject({ code });
      expect(text).not.toMatch(LEAK);
    };

    it('malformed JSON, anonymous or not', async () => {
      for (const headers of [{}, { authorization: `Bearer ${await oidcToken()}` }]) {
        await expectJsonError(
          await fetch(production.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: '{"query": "{ centres { id } }", "variables": {',
          }),
          400,
          'BAD_REQUEST',
        );
      }
    });

    it('a body over the one limit is 413 PAYLOAD_TOO_LARGE; one under it is served', async () => {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${await oidcToken()}` };
      const over = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(MAX_REQUEST_BYTES) } });
      await expectJsonError(await fetch(production.url, { method: 'POST', headers, body: over }), 413, 'PAYLOAD_TOO_LARGE');
      // Whitespace costs no tokens: a body just under the limit reaches GraphQL and is answered.
      const under = JSON.stringify({ query: `{ __typename ${' '.repeat(MAX_REQUEST_BYTES - 100)}}` });
      const answer = await fetch(production.url, { method: 'POST', headers, body: under });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('an unknown route, a wrong media type, a wrong method', async () => {
      await expectJsonError(await fetch(`${base(production)}/nowhere/../etc`), 404, 'NOT_FOUND');
      await expectJsonError(
        await fetch(production.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ centres { id } }' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      await expectJsonError(await fetch(`${production.url}?query=%7B__typename%7D`), 405, 'METHOD_NOT_ALLOWED');
      await expectJsonError(await fetch(`${base(production)}/dev/token?role=admin&sub=anyone`), 404, 'NOT_FOUND');
    });

    it('an unreachable subgraph does not name its address', async () => {
      const answer = await graphql(broken, '{ centres { id } }');
      expect(answer.json.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(answer.text).not.toMatch(LEAK);
    });

    it('the dev token endpoint validates what it mints', async () => {
      for (const query of ['sub=' + 'a'.repeat(65), 'sub=a%0Ab', 'sub=a&sub=b', 'role=hospital_office&centre=PUTH%20', 'role=admin&centre=puth', 'role=root']) {
        await expectJsonError(await fetch(`${base(platform.gateway)}/dev/token?${query}`), 400, 'BAD_USER_INPUT');
      }
      const ok = (await (await fetch(`${base(platform.gateway)}/dev/token?role=hospital_office&centre=puth&sub=office.puth`)).json()) as {
        token: string;
        subject: string;
      };
      expect(ok.subject).toBe('office.puth');
    });

    it('refuses to serve the dev issuer on a non-loopback host', async () => {
      await expect(
        startGateway({
          port: 0,
          host: '0.0.0.0',
          subgraphUrls: {},
          verifier: platform.devIssuer.verifier(),
          devIssuer: platform.devIssuer,
          internalSecret,
          rateLimit: { perIdentityPerMinute: 1, perAddressPerMinute: 1 },
        }),
      ).rejects.toThrow(/loopback/);
    });
  });

  describe('the upload proxy', () => {
    it('refuses a version id that is not a UUID before forwarding', async () => {
      const response = await fetch(`${base(production)}/uploads/..%2F..%2Fadmin`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${await oidcToken()}` },
        body: 'x',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('answers 502 in JSON when the documents service is down', async () => {
      const response = await fetch(`${base(broken)}/uploads/${randomUUID()}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${await oidcToken()}`, 'content-type': 'application/pdf' },
        body: '%PDF-1.4',
      });
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    });

    it('survives a client that aborts mid-upload', async () => {
      const token = await oidcToken();
      await new Promise<void>((resolve) => {
        const url = new URL(`${base(production)}/uploads/${randomUUID()}`);
        const upload = request(url, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', 'content-length': String(10 * 1024 * 1024) },
        });
        upload.on('error', () => resolve());
        upload.write(Buffer.alloc(256 * 1024, 1));
        setTimeout(() => {
          upload.destroy();
          resolve();
        }, 200);
      });
      const health = await fetch(`${base(production)}/health`);
      expect(health.status).toBe(200);
    });
  });

  describe('rate limits', () => {
    it('limits a verified subject with 429 RATE_LIMITED, leaving others alone, then each address', async () => {
      const alice = await oidcToken({ sub: 'alice', roles: ['coordinator'] });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await graphql(limited, '{ __typename }', {}, alice)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const refused = await graphql(limited, '{ __typename }', {}, alice);
      expect(refused.status).toBe(429);
      expect(refused.json).toMatchObject({ code: 'RATE_LIMITED' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await graphql(limited, '{ __typename }', {}, await oidcToken({ sub: 'bob', roles: ['coordinator'] }))).status).toBe(200);

      // Before authentication: the address's own bucket (6 at once) runs out, tokens or not.
      const anonymous: number[] = [];
      for (let i = 0; i < 6; i += 1)
        anonymous.push((await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status);
      expect(anonymous).toContain(429);
      const health = await fetch(`${base(limited)}/health`);
      expect(health.status).toBe(429);
      expect(await health.json()).toMatchObject({ code: 'RATE_LIMITED' });
    });
  });

  it('is still up and serving after all of it', async () => {
    for (const gateway of [production, platform.gateway]) expect((await fetch(`${base(gateway)}/health`)).status).toBe(200);
    expect((await graphql(production, '{ centres { id } }')).status).toBe(200);
  });
});

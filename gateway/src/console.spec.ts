import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { CONSOLE_CSP, consoleCsp, consoleRoutes, consoleSignIn } from './console';
import { jsonErrorHandler, jsonNotFound } from './http-errors';

// The console's routes exactly as startGateway mounts them, on a build laid out like Vite's.
describe('consoleRoutes', () => {
  const INDEX = '<!doctype html><html><head><script type="module" src="/console/assets/index-AbC123.js"></script></head><body></body></html>';
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'carta-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log(1);');
    writeFileSync(join(dir, 'assets', 'index-DeF456.css'), 'body{}');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const app = express();
    app.use('/console', consoleRoutes(dir));
    app.use(jsonNotFound);
    app.use(jsonErrorHandler);
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/console/', '/console/notifications', '/console/cases/7b0c8f5e-1f2a-4c1e-9a55-6f1c2b1e0d9a'])(
    'answers %s (the app and its deep links) with index.html, never cached, under a strict CSP',
    async (path) => {
      const response = await fetch(base + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(INDEX);
    },
  );

  it('allows no inline script, no other origin and no framing', () => {
    const directives = Object.fromEntries(CONSOLE_CSP.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    // Workers (the API explorer's Monaco) come from the origin's files: no blob:, and fonts may be inline (data:).
    expect(directives['worker-src']).toBeUndefined();
    expect(directives['font-src']).toEqual(["'self'", 'data:']);
    expect(CONSOLE_CSP).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it('serves hashed assets with their content type, cached for a year as immutable', async () => {
    const script = await fetch(`${base}/console/assets/index-AbC123.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    const style = await fetch(`${base}/console/assets/index-DeF456.css`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers a missing asset with a JSON 404, not with index.html', async () => {
    const response = await fetch(`${base}/console/assets/index-gone.js`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
    const escape = await fetch(`${base}/console/assets/..%2f..%2fetc%2fpasswd`);
    expect(escape.status).toBe(404);
  });

  it("serves the build root's own files (the icon) as themselves, revalidated", async () => {
    const icon = await fetch(`${base}/console/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=0');
  });

  it('redirects /console to /console/ keeping the query, and leaves other methods to the JSON 404', async () => {
    const bare = await fetch(`${base}/console`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/console/');
    const withQuery = await fetch(`${base}/console?size=10&status=NEW`, { redirect: 'manual' });
    expect(withQuery.headers.get('location')).toBe('/console/?size=10&status=NEW');
    const post = await fetch(`${base}/console/`, { method: 'POST' });
    expect(post.status).toBe(404);
  });

  it('tells the console how to sign in at /console/config.json (dev form here), never cached', async () => {
    const response = await fetch(`${base}/console/config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ signIn: 'dev' });
  });

  it("publishes an OIDC issuer's sign-in and lets the console reach that issuer's origin only", async () => {
    const oidc = { issuer: 'https://login.example.org/realms/carta', clientId: 'carta-console', scopes: ['openid', 'profile'], audience: 'carta' };
    expect(consoleSignIn(true, oidc)).toEqual({ signIn: 'dev' });
    expect(consoleSignIn(false)).toEqual({ signIn: 'none' });
    const signIn = consoleSignIn(false, oidc);
    const app = express().use('/console', consoleRoutes(dir, signIn));
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/console/config.json`);
      expect(await response.json()).toEqual({ signIn: 'oidc', ...oidc });
      expect(response.headers.get('content-security-policy')).toContain("connect-src 'self' https://login.example.org;");
      expect(consoleCsp(oidc.issuer)).toMatch(/script-src 'self';/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('says how to build the console when it is not built', async () => {
    const app = express().use('/console', consoleRoutes(join(dir, 'missing')));
    const empty = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const response = await fetch(`http://127.0.0.1:${(empty.address() as AddressInfo).port}/console/`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ code: 'CONSOLE_NOT_BUILT' });
    } finally {
      await new Promise((resolve) => empty.close(resolve));
    }
  });
});

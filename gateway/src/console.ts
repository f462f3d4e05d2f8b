import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleOidcConfig } from '@carta/auth';
import express from 'express';
import { jsonNotFound, sendError } from './http-errors';

/**
 * Where `npm run console:build` writes the console (apps/console/dist): a static build, no server code.
 * CARTA_CONSOLE_DIR serves another build (a deployment's own, or a test's built elsewhere).
 */
export const CONSOLE_DIR = process.env.CARTA_CONSOLE_DIR ?? join(__dirname, '..', '..', 'apps', 'console', 'dist');

/**
 * Scripts, styles, fonts, images and API calls from this origin only: no inline script, no CDN, no
 * framing. Inline styles are allowed because Mantine sets its theme variables and component sizes
 * through `style` (CSS only: a script can never run from them).
 */
export function consoleCsp(signInIssuer?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // The API explorer's editor (GraphiQL) ships its fonts inlined in its CSS; a font cannot run script.
    "font-src 'self' data:",
    // OIDC sign-in: the console reads the issuer's discovery document and exchanges the code there.
    `connect-src 'self'${signInIssuer ? ` ${new URL(signInIssuer).origin}` : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONSOLE_CSP = consoleCsp();

function securityHeaders(csp: string): express.RequestHandler {
  return (_req, res, next) => {
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  };
}

/** What /console/config.json tells the console about signing in (public: no secret, only what a browser is shown anyway). */
export type ConsoleSignIn =
  | { signIn: 'dev' }
  | { signIn: 'oidc'; issuer: string; clientId: string; scopes: string[]; audience?: string }
  /** The gateway trusts an issuer but has no console client configured (CARTA_OIDC_*): API clients only. */
  | { signIn: 'none' };

export function consoleSignIn(development: boolean, oidc?: ConsoleOidcConfig): ConsoleSignIn {
  if (development) return { signIn: 'dev' };
  return oidc ? { signIn: 'oidc', ...oidc } : { signIn: 'none' };
}

/**
 * The console at /console: hashed assets cached for a year, every other GET answered with index.html
 * (never cached, so a new build is picked up at once) for the app's own routes (deep links, reloads).
 */
export function consoleRoutes(dir: string, signIn: ConsoleSignIn = { signIn: 'dev' }): express.Router {
  const index = join(dir, 'index.html');
  const router = express.Router({ strict: true });
  router.use(securityHeaders(consoleCsp(signIn.signIn === 'oidc' ? signIn.issuer : undefined)));
  // Read by the console before it shows the sign-in page; never cached, so a new issuer is picked up at once.
  router.get('/config.json', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json(signIn);
  });
  router.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, redirect: false }), jsonNotFound);
  // Unhashed files of the build's root (the icon): revalidated each time.
  router.use(express.static(dir, { index: false, redirect: false, maxAge: 0 }));
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const [path, query] = req.originalUrl.split(/\?(.*)/s);
    if (path === '/console') return res.redirect(301, `/console/${query ? `?${query}` : ''}`);
    if (!existsSync(index)) return sendError(res, 503, 'CONSOLE_NOT_BUILT', 'the console is not built: run npm run console:build');
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index, { cacheControl: false });
  });
  return router;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: express.RequestHandler = (_req, res, next) => {
  res.setHeader('content-security-policy', CONSOLE_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  next();
};

/**
 * The console at /console: hashed assets cached for a year, every other GET answered with index.html
 * (never cached, so a new build is picked up at once) for the app's own routes (deep links, reloads).
 */
export function consoleRoutes(dir: string): express.Router {
  const index = join(dir, 'index.html');
  const router = express.Router({ strict: true });
  router.use(securityHeaders);
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

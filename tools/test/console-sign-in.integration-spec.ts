import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, loadPlatformConfig } from '@carta/service-kit';
import { Browser, Page } from 'playwright-core';
import { RunningPlatform, startPlatform } from '../platform';
import { AxeViolation, axeScan, launchBrowser, openPage, screenshot, WatchedPage } from './browser';
import { choose, ConsoleLocale, t } from './console/harness';

/**
 * Production sign-in, for real: a certified OpenID provider (oidc-provider, its own login and consent
 * pages) on a free port, the embedded platform trusting it (JWT_JWKS_URL/JWT_ISSUER/JWT_AUDIENCE, and
 * CARTA_OIDC_* for the console, no development issuer), Chromium signing in through authorization code
 * + PKCE. The console's pages are audited (axe, screenshots) in both languages; the provider's own
 * development pages are not ours to audit.
 */
describe('the console signs in with an OIDC issuer (authorization code + PKCE)', () => {
  const DIST = process.env.CARTA_CONSOLE_DIR ?? join(__dirname, '..', '..', 'apps', 'console', 'dist');
  const CLIENT_ID = 'carta-console';
  // A resource indicator (RFC 8707) is an absolute URI; the gateway takes it as JWT_AUDIENCE.
  const AUDIENCE = 'https://api.carta.example';
  const ACCOUNTS = { 'dr.okafor': { roles: ['coordinator'] }, 'no.role': { roles: ['analyst'] } };
  let provider: ChildProcess;
  let issuer: string;
  let dataDir: string;
  let platform: RunningPlatform;
  let browser: Browser;
  let origin: string;
  const pages: WatchedPage[] = [];
  const inaccessible: { page: string; locale: string; violations: AxeViolation[] }[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('the console is not built: run `npm run console:build` or set CARTA_CONSOLE_DIR');
    const providerPort = await freePort('127.0.0.1');
    const gatewayPort = await freePort('127.0.0.1');
    origin = `http://127.0.0.1:${gatewayPort}`;
    const settings = {
      port: providerPort,
      redirectUri: `${origin}/console/signed-in`,
      postLogoutRedirectUri: `${origin}/console/`,
      clientId: CLIENT_ID,
      audience: AUDIENCE,
      scope: 'carta',
      accounts: ACCOUNTS,
    };
    provider = spawn(process.execPath, [join(__dirname, 'console', 'oidc-test-provider.mjs'), JSON.stringify(settings)], {
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    issuer = await new Promise<string>((resolve, reject) => {
      provider.once('exit', (code) => reject(new Error(`the OpenID provider exited (${code})`)));
      provider.stdout!.on('data', (chunk: Buffer) => {
        const ready = /ready (\S+)/.exec(chunk.toString());
        if (ready) resolve(ready[1]);
      });
    });
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { jwks_uri: string };
    dataDir = await mkdtemp(join(tmpdir(), 'carta-console-sign-in-'));
    // An OIDC issuer and no development issuer: the gateway refuses both at once.
    const config = loadPlatformConfig({
      CARTA_DATA_DIR: dataDir,
      JWT_JWKS_URL: discovery.jwks_uri,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: AUDIENCE,
      CARTA_OIDC_ISSUER: issuer,
      CARTA_OIDC_CLIENT_ID: CLIENT_ID,
      CARTA_OIDC_SCOPES: 'openid profile carta',
      CARTA_OIDC_AUDIENCE: AUDIENCE,
    });
    platform = await startPlatform(config, { ports: 'any', gatewayPort });
    browser = await launchBrowser();
  }, 120_000);

  afterEach(() => {
    // The console's pages log no error; the provider's development pages (a web font, its icon) are not ours.
    const ours = (error: string) => !error.includes(issuer) && !error.includes('fonts.googleapis.com');
    for (const page of pages.splice(0)) expect({ url: page.page.url(), errors: page.errors.filter(ours) }).toEqual({ url: page.page.url(), errors: [] });
    expect(inaccessible.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    provider?.kill();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  async function newUser(locale: ConsoleLocale): Promise<Page> {
    const watched = await openPage(browser, { baseURL: origin, locale: locale === 'en' ? 'en-US' : 'zh-CN' });
    watched.page.setDefaultTimeout(20_000);
    pages.push(watched);
    await watched.page.goto('/console/');
    await watched.page.getByRole('heading', { name: t('en', 'signIn.heading') }).waitFor();
    if (locale === 'zh-CN') await choose(watched.page, t('en', 'app.language'), /中文/);
    await watched.page.getByRole('heading', { name: t(locale, 'signIn.heading') }).waitFor();
    return watched.page;
  }

  async function audit(page: Page, name: string, locale: ConsoleLocale) {
    const violations = await axeScan(page);
    if (violations.length) inaccessible.push({ page: name, locale, violations });
    await screenshot(page, name, locale);
  }

  /** Through the provider's own pages: its login (any password) and its consent. */
  async function signInAtProvider(page: Page, login: string) {
    await page.getByRole('button', { name: t(localeOf(page), 'auth.withOrganisation') }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.getByPlaceholder('Enter any login').fill(login);
    await page.getByPlaceholder('and password').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  const locales = new WeakMap<Page, ConsoleLocale>();
  const localeOf = (page: Page) => locales.get(page) ?? 'en';

  it('publishes the issuer and client to the console, and no development issuer', async () => {
    const config = await (await fetch(`${origin}/console/config.json`)).json();
    expect(config).toEqual({ signIn: 'oidc', issuer, clientId: CLIENT_ID, scopes: ['openid', 'profile', 'carta'], audience: AUDIENCE });
    expect((await fetch(`${origin}/dev/token?role=admin&sub=x`)).status).toBe(404);
    expect(platform.development).toBe(false);
  });

  it.each<ConsoleLocale>(['en', 'zh-CN'])('signs a coordinator in through the organisation (%s) and lands on the work queue as them', async (locale) => {
    const page = await newUser(locale);
    locales.set(page, locale);
    // The organisation's button, not the development form.
    await page.getByRole('button', { name: t(locale, 'auth.withOrganisation') }).waitFor();
    expect(await page.getByRole('textbox', { name: t(locale, 'signIn.name') }).count()).toBe(0);
    await audit(page, 'sign-in-oidc', locale);

    await signInAtProvider(page, 'dr.okafor');
    await page.getByRole('heading', { name: t(locale, 'queue.heading'), level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/console\/?$/);
    await page.getByText(t(locale, 'app.signedInAs', { subject: 'dr.okafor', role: t(locale, 'roles.coordinator') })).waitFor();
    // The access token the provider issued is what the console sends: the API answers as that coordinator.
    const token = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('carta.console.session') ?? '{}') as { token?: string }).token);
    const me = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ cases(first: 1) { totalCount } }' }),
    });
    expect(me.status).toBe(200);

    // Signing out ends the provider's session too (its end_session page), then back to sign-in.
    await page.getByRole('button', { name: t(locale, 'app.signOut') }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.getByRole('button', { name: /sign me out/i }).click();
    await page.getByRole('button', { name: t(locale, 'auth.withOrganisation') }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('carta.console.session'))).toBeNull();
  });

  it.each<ConsoleLocale>(['en', 'zh-CN'])('refuses a callback whose state was tampered with, saying so (%s)', async (locale) => {
    const page = await newUser(locale);
    locales.set(page, locale);
    // The provider's answer comes back with another state than this tab keeps (a forged or replayed
    // callback): the authorization request is altered on its way out, so the provider echoes 'tampered'.
    // (Playwright cannot alter the redirect back itself: routes do not see redirects.)
    await page.route(
      (url) => url.origin === issuer && url.searchParams.has('code_challenge'),
      async (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set('state', 'tampered');
        await route.continue({ url: url.href });
      },
    );
    await signInAtProvider(page, 'dr.okafor');
    await page
      .getByRole('alert')
      .filter({ hasText: t(locale, 'auth.failure.state') })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('state')).toBe('tampered');
    expect(await page.evaluate(() => sessionStorage.getItem('carta.console.session'))).toBeNull();
    await audit(page, 'sign-in-refused', locale);
    // The person can start again from the same page.
    await page.getByRole('button', { name: t(locale, 'auth.withOrganisation') }).waitFor();
  });

  it('refuses an account with no console role', async () => {
    const page = await newUser('en');
    await signInAtProvider(page, 'no.role');
    await page
      .getByRole('alert')
      .filter({ hasText: t('en', 'auth.failure.noRole') })
      .waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('carta.console.session'))).toBeNull();
  });

  it('sends a session whose token the API refuses back to sign-in, with a message', async () => {
    const page = await newUser('en');
    await signInAtProvider(page, 'dr.okafor');
    await page.getByRole('heading', { name: t('en', 'queue.heading'), level: 1 }).waitFor();
    // The token stops being valid (as when it expires): the API answers 401, the console signs out and says why.
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('carta.console.session')!) as { token: string };
      sessionStorage.setItem('carta.console.session', JSON.stringify({ ...session, token: `${session.token.slice(0, -4)}AAAA` }));
    });
    await page.reload();
    await page
      .getByRole('status')
      .filter({ hasText: t('en', 'auth.expired') })
      .waitFor();
    await page.getByRole('button', { name: t('en', 'auth.withOrganisation') }).waitFor();
    await audit(page, 'sign-in-expired', 'en');
    // The refused request is the only error this page logged: the 401 the browser reports.
    const watched = pages.find((entry) => entry.page === page)!;
    watched.errors.splice(0, watched.errors.length, ...watched.errors.filter((error) => !/401 \(Unauthorized\)/.test(error)));
  });
});

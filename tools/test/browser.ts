import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AxeResults, ImpactValue } from 'axe-core';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/**
 * The browser tests' harness: Debian's Chromium (deploy/browser/install.sh; Playwright's own builds
 * cannot be downloaded here), headless, with every console error and uncaught page error collected,
 * an accessibility scan and screenshots under `.carta/screenshots/` (gitignored).
 */
export const CHROMIUM = process.env.CARTA_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(__dirname, '..', '..', '.carta', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      // Chromium refuses to start as root with its sandbox (CI and these machines run as root).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // Containers give /dev/shm a few MB; Chromium then crashes tabs instead of using /tmp.
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--metrics-recording-only',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Every console error and uncaught page error so far (a page that logs none is clean). */
  errors: string[];
}

/**
 * A fresh context (its own storage: a new signed-out user) and page. `locale` sets what the browser
 * announces (`navigator.language`, `Accept-Language`); the app decides what it shows.
 */
export async function openPage(browser: Browser, options: { baseURL?: string; locale?: string } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL: options.baseURL, locale: options.locale ?? 'en-US', viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** Collects console errors (a CSP refusal, a failed request, React's warnings logged as errors) and uncaught exceptions. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url || 'inline'})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

export interface AxeViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  targets: string[];
}

const SERIOUS: (ImpactValue | undefined)[] = ['serious', 'critical'];
let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core on the page as it is and returns its serious and critical violations (none is the
 * bar). axe's source is evaluated through the DevTools protocol, not `page.addScriptTag`: the page's
 * own Content-Security-Policy (no inline scripts) rightly refuses an injected inline script.
 */
export async function axeScan(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // tools/ compiles without the DOM library: the page's globals are typed here by hand.
  type AxeWindow = { axe?: { run(context: unknown, options: object): Promise<AxeResults> }; document: unknown };
  // A dialog still fading in or out blends its colours with the page's: scan what the reader ends up seeing.
  type AnimatedDocument = { document: { getAnimations(): { playState: string }[] } };
  await page.waitForFunction(() =>
    (globalThis as unknown as AnimatedDocument).document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as AxeWindow).axe === 'object');
  if (!loaded) await page.evaluate(await axeSource);
  const results = await page.evaluate(() => {
    const { axe, document } = globalThis as unknown as AxeWindow;
    return axe!.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((violation) => SERIOUS.includes(violation.impact))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** A full-page PNG at `.carta/screenshots/<name>.<locale>.png`; returns its path. */
export async function screenshot(page: Page, name: string, locale: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.${locale}.png`);
  // From the top: a page scrolled down draws its fixed header where the scroll left it, over the content.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path, fullPage: true });
  return path;
}

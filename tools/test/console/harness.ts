import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlatformConfig } from '@carta/service-kit';
import { eventually } from '@carta/testing';
import { Browser, Locator, Page } from 'playwright-core';
import { RunningPlatform, startPlatform } from '../../platform';
import { AxeViolation, axeScan, launchBrowser, openPage, screenshot, WatchedPage } from '../browser';
import { gatewayClient } from '../gateway-client';

export type ConsoleLocale = 'en' | 'zh-CN';

/**
 * The console's browser specs share this: the embedded platform (`npm start`, own data directory,
 * any free ports) serving the built console, Debian's Chromium, and the checks every page gets —
 * no console or page error, no serious or critical axe violation (both asserted after each test,
 * naming the page), a screenshot per page and language under `.carta/screenshots/`.
 *
 * Call it inside a `describe`: it registers that describe's beforeAll/afterEach/afterAll.
 * Tests drive the console only by roles, labels and headings (what a person and a screen reader see).
 */
export function useConsole() {
  const DIST = process.env.CARTA_CONSOLE_DIR ?? join(__dirname, '..', '..', '..', 'apps', 'console', 'dist');
  let dataDir: string;
  let platform: RunningPlatform;
  let browser: Browser;
  const pages: WatchedPage[] = [];
  const inaccessible: { page: string; locale: string; violations: AxeViolation[] }[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('apps/console/dist is not built: run `npm run console:build` (npm install does)');
    dataDir = await mkdtemp(join(tmpdir(), 'carta-console-'));
    platform = await startPlatform(loadPlatformConfig({ CARTA_DATA_DIR: dataDir }), { ports: 'any' });
    browser = await launchBrowser();
  }, 120_000);

  afterEach(() => {
    // Every page this test opened logged no error (a failed request, a CSP refusal, a React warning)...
    for (const page of pages.splice(0)) expect({ url: page.page.url(), errors: page.errors }).toEqual({ url: page.page.url(), errors: [] });
    // ...and every page it scanned had no serious or critical accessibility violation.
    expect(inaccessible.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  const origin = () => platform.gateway.url.replace(/\/graphql$/, '');

  /** A new person in a fresh browser context (signed out, nothing remembered). */
  async function newUser(locale = 'en-US'): Promise<WatchedPage> {
    const watched = await openPage(browser, { baseURL: origin(), locale });
    watched.page.setDefaultTimeout(20_000);
    pages.push(watched);
    return watched;
  }

  /** The page as it stands passes axe (no serious or critical violation) and is kept as a screenshot. */
  async function audit(page: Page, name: string, locale: ConsoleLocale) {
    await eventually(`${name} (${locale}) to finish loading`, async () => (await page.getByText(/^(Loading…|加载中…)$/).count()) === 0);
    // Collected, not thrown: the walk goes on, and afterEach names every page that failed the scan.
    const violations = await axeScan(page);
    if (violations.length) inaccessible.push({ page: name, locale, violations });
    await screenshot(page, name, locale);
  }

  /** Signs in through the development sign-in page (which shows in English until a language is chosen). */
  async function signIn(page: Page, as: { role: RegExp; name: string; centre?: RegExp }) {
    const heading = page.getByRole('heading', { name: 'Sign in' });
    if (!(await heading.isVisible())) await page.goto('/console/');
    await heading.waitFor();
    await choose(page, 'Role', as.role);
    if (as.centre) await choose(page, 'Centre', as.centre);
    await page.getByRole('textbox', { name: 'Name' }).fill(as.name);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  return {
    /** The running platform (after beforeAll). */
    platform: () => platform,
    origin,
    /** GraphQL as someone, for what a test arranges outside the UI. */
    gateway: gatewayClient(() => platform),
    newUser,
    signIn,
    audit,
    choose,
    toggle,
  };
}

/** A labelled choice, whether the console draws it as a native select or a combobox with options. */
export async function choose(page: Page, label: string, option: RegExp) {
  // Not `exact`: a required field's label ends in Mantine's asterisk ("Role *").
  const field = page.getByLabel(label).first();
  if (await field.evaluate((element) => element.tagName === 'SELECT')) {
    // Options may still be loading (from the API).
    const wanted = await eventually(`${label} to offer ${option}`, async () =>
      (await field.locator('option').allTextContents()).find((text) => option.test(text)),
    );
    await field.selectOption({ label: wanted });
  } else {
    // By keyboard: Mantine's combobox input sits under its pill wrapper, which takes the pointer.
    await field.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: option }).click();
    await page.keyboard.press('Escape');
  }
}

/** A switch the page keeps in its URL: the new state shows once the route has changed, not at the click. */
export async function toggle(page: Page, label: string, on: boolean) {
  const control = page.getByRole('switch', { name: label });
  if ((await control.isChecked()) !== on) await control.click();
  await eventually(`${label} to be ${on ? 'on' : 'off'}`, async () => (await control.isChecked()) === on);
}

const I18N_DIR = join(__dirname, '..', '..', '..', 'apps', 'console', 'src', 'i18n');
const catalogues = new Map<ConsoleLocale, Record<string, unknown>>();

/**
 * What the console shows for an i18n key in a language (its own resource files, merged as the app
 * merges them), placeholders filled: steps name buttons and fields the same way in both languages.
 * English plurals pick `_one`/`_other` by `count`; Chinese has `_other` only.
 */
export function t(locale: ConsoleLocale, key: string, values: Record<string, string | number> = {}): string {
  if (!catalogues.has(locale)) {
    const dir = join(I18N_DIR, locale);
    catalogues.set(locale, Object.assign({}, ...readdirSync(dir).map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as object)));
  }
  const parent = key
    .split('.')
    .slice(0, -1)
    .reduce<unknown>((tree, part) => (tree as Record<string, unknown> | undefined)?.[part], catalogues.get(locale));
  const leaf = key.split('.').pop()!;
  const node = parent as Record<string, unknown> | undefined;
  const plural = typeof values.count === 'number' ? (locale === 'en' && values.count === 1 ? '_one' : '_other') : '';
  const text = node?.[leaf + plural] ?? node?.[leaf];
  if (typeof text !== 'string') throw new Error(`the console has no text for ${key} in ${locale}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

// What every step file needs to find things the way a person does: by the i18n text of a label,
// a dialog's title, a button; and to wait until a page has loaded or an action has been answered.

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Exactly the label (a required field's label ends in Mantine's asterisk). */
export const exactly = (text: string) => new RegExp(`^${escape(text)}\\s*\\*?$`);
/** A labelled field of a form, by its i18n key (first: a Mantine select's option list carries the same label). */
export const field = (scope: Page | Locator, locale: ConsoleLocale, key: string) => scope.getByLabel(exactly(t(locale, key))).first();
/** A dialog of the page, by its title's i18n key. */
export const dialog = (page: Page, locale: ConsoleLocale, titleKey: string) => page.getByRole('dialog', { name: t(locale, titleKey) });

/** Waits until the page shows no loading state. */
export const settled = (page: Page) =>
  eventually(
    'the page to load',
    async () =>
      (await page
        .getByRole('status')
        .filter({ hasText: /^(Loading…|加载中…)$/ })
        .count()) === 0,
  );

/**
 * Presses the dialog's submit button and waits for the dialog to close; if the API refused, throws
 * what the dialog shows (the API's message), leaving the dialog open.
 */
export async function confirm(page: Page, locale: ConsoleLocale, titleKey: string, submitKey: string) {
  const box = dialog(page, locale, titleKey);
  await box.getByRole('button', { name: t(locale, submitKey) }).click();
  const outcome = await eventually(`"${t(locale, titleKey)}" to close`, async () => {
    if ((await box.count()) === 0) return 'closed';
    const alert = box.getByRole('alert');
    return (await alert.count()) > 0 ? `refused: ${await alert.innerText()}` : null;
  });
  if (outcome !== 'closed') throw new Error(outcome);
}

/** Switches the console to `locale` by the header's language switch, unless it shows that language already. */
export async function useLanguage(page: Page, locale: ConsoleLocale): Promise<void> {
  const switcher = page.getByLabel(/^(Language|语言)$/);
  await switcher.waitFor();
  if ((await switcher.inputValue()) !== locale) await switcher.selectOption(locale);
  await eventually(`the console to speak ${locale}`, async () => (await page.getByLabel(t(locale, 'app.language'), { exact: true }).count()) > 0);
}

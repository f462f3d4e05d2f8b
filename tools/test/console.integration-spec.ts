import { readFile } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { anOpenCaseInput, eventually, identities } from '@carta/testing';
import { Browser, Page } from 'playwright-core';
import { axeScan, launchBrowser, openPage, screenshot, SCREENSHOT_DIR } from './browser';
import { choose, toggle, useConsole } from './console/harness';
import { recordConsentWithForm } from './consent-form';

/** The harness itself, on pages of its own served with the console's kind of CSP (no inline scripts). */
describe('the browser harness (Debian Chromium)', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
  const PAGES: Record<string, string> = {
    '/good': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作队列</title><link rel="icon" href="data:,"></head>
      <body><main><h1>工作队列</h1><label for="q">搜索病例</label><input id="q" type="search">
      <button type="button" id="go">下一页</button></main><script src="/app.js"></script></body></html>`,
    '/bad': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad</title></head>
      <body><main><h1>Bad</h1><img src="/pixel.png"><input type="text"><script>window.inlineRan = true</script></main></body></html>`,
    '/app.js': `document.getElementById('go').addEventListener('click', () => { throw new Error('boom from the app'); });`,
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = PAGES[req.url ?? ''];
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': req.url!.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8', 'content-security-policy': CSP });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('finds nothing serious on a labelled Chinese page, screenshots it, and collects an error the app throws', async () => {
    const { context, page, errors } = await openPage(browser, { baseURL: origin, locale: 'zh-CN' });
    await page.goto('/good');
    await expect(page.getByRole('heading', { name: '工作队列' }).isVisible()).resolves.toBe(true);
    expect(await axeScan(page)).toEqual([]);
    expect(errors).toEqual([]);
    const thrown = page.waitForEvent('pageerror');
    await page.getByRole('button', { name: '下一页' }).click();
    await thrown;
    expect(errors).toEqual([expect.stringContaining('boom from the app')]);
    const path = await screenshot(page, 'harness', 'zh-CN');
    expect(path).toBe(join(SCREENSHOT_DIR, 'harness.zh-CN.png'));
    expect((await readFile(path)).subarray(1, 4).toString()).toBe('PNG');
    await context.close();
  });

  it('reports unlabelled controls and images as serious, and the CSP refusing an inline script as an error', async () => {
    const { context, page, errors } = await openPage(browser, { baseURL: origin });
    await page.goto('/bad');
    const violations = await axeScan(page);
    expect(violations.map((violation) => violation.id).sort()).toEqual(expect.arrayContaining(['image-alt', 'label']));
    expect(violations.every((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toBe(true);
    expect(await page.evaluate(() => (globalThis as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/Content Security Policy/)]));
    await context.close();
  });
});

/**
 * Issue 13's first pages, driven as a person would: only roles, labels and headings (the names the
 * console's contract gives, in English and Chinese), on the embedded platform (`npm start`) serving
 * the built console from the gateway's origin. Every page, in both languages, is scanned by axe,
 * screenshotted and must log no error. Cases and the PI decision are made through GraphQL (the
 * console has no forms for them yet), as the same users the browser signs in as.
 */
describe('the console in a real browser (embedded platform)', () => {
  /** More cases than the work queue shows on one page, so it pages. */
  const MY_CASES = 27;
  const TRIAL = 'NCT05277987';
  const coordinator = identities.coordinator('coord-console');
  const colleague = identities.coordinator('coord-colleague');
  const puthOffice = identities.office('puth');
  const { platform, gateway, newUser, signIn: signInAs, audit } = useConsole();
  const mine: { id: string; reference: string }[] = [];
  let colleagues: { id: string; reference: string };
  /** My case the puth office accepted: referred (so puth sees it) and notified to me. */
  let decided: { id: string; reference: string };

  const openCase = async (who: typeof coordinator) => {
    const answer = await gateway<{ openCase: { id: string; reference: string } }>(
      who,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { id reference } }`,
      { input: anOpenCaseInput() },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.openCase;
  };

  beforeAll(async () => {
    for (let i = 0; i < MY_CASES; i++) mine.push(await openCase(coordinator));
    colleagues = await openCase(colleague);
    decided = mine[0];
    const consent = await recordConsentWithForm(platform, coordinator, decided.id, 'puth', {
      purpose: 'TREATMENT',
      categories: ['CLINICAL_SUMMARY', 'TRAVEL', 'FINANCIAL'],
    });
    expect(consent.errors).toBeUndefined();
    const referral = await eventually(
      'the submission',
      async () =>
        (
          await gateway<{ submitCase: { id: string } }>(
            coordinator,
            `mutation($id: ID!) { submitCase(caseId: $id, trialId: "${TRIAL}", centreId: "puth") { id } }`,
            { id: decided.id },
          )
        ).data?.submitCase,
    );
    await eventually(
      'the decision',
      async () =>
        (
          await gateway<{ recordPiDecision: unknown }>(puthOffice, `mutation($id: ID!) { recordPiDecision(referralId: $id, decision: ACCEPTED) { status } }`, {
            id: referral.id,
          })
        ).data?.recordPiDecision,
    );
    await eventually('the coordinator to be told', async () => (await unreadOf(coordinator)) > 0);
  }, 240_000);

  const unreadOf = async (who: typeof coordinator) =>
    (await gateway<{ notifications: { unreadCount: number } }>(who, `{ notifications(first: 1) { unreadCount } }`)).data!.notifications.unreadCount;

  /** The sign-in page passes axe too (it is the first page anyone sees). */
  async function signIn(page: Page, as: { role: RegExp; name: string; centre?: RegExp }, locale: 'en' | 'zh-CN' = 'en') {
    await page.goto('/console/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await audit(page, 'sign-in', locale);
    await signInAs(page, as);
  }

  /** The case references the work queue shows now, in order. */
  const shownReferences = async (page: Page): Promise<string[]> => {
    // One read of the page as it is now: an empty queue draws no table, only its empty state, and a
    // table that disappears between two reads must not stall the poll.
    const table = page.getByRole('table').first();
    const text = (await table.count()) === 0 ? '' : await table.innerText({ timeout: 1_000 }).catch(() => '');
    return text.match(/CA-[0-9A-Z]+/g) ?? [];
  };
  const showsExactly = (page: Page, what: string, references: string[]) =>
    eventually(
      `the queue to show ${what}`,
      async () => JSON.stringify((await shownReferences(page)).sort()) === JSON.stringify([...references].sort()),
      20_000,
    );

  it('a coordinator signs in, searches, filters and pages the work queue, and opens a case', async () => {
    const { page } = await newUser();
    await signIn(page, { role: /^coordinator$/i, name: 'coord-console' });
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();
    await eventually('the first page', async () => (await shownReferences(page)).length > 0);
    await audit(page, 'work-queue', 'en');
    // Newest opened first: the colleague's case (the team's) leads, then mine from the last opened.
    const first = await shownReferences(page);
    expect(first[0]).toBe(colleagues.reference);
    expect(first.length).toBeLessThan(MY_CASES + 1);
    await page.getByText(`${MY_CASES + 1} cases`).waitFor();

    await page.getByRole('button', { name: 'Next page' }).click();
    await eventually('the next page', async () => {
      const shown = await shownReferences(page);
      return shown.length > 0 && !shown.includes(first[0]);
    });
    const second = await shownReferences(page);
    expect(second.filter((reference) => first.includes(reference))).toEqual([]);
    const all = new Set([...mine.map((opened) => opened.reference), colleagues.reference]);
    expect([...first, ...second].every((reference) => all.has(reference))).toBe(true);

    await page.getByLabel('Search cases').fill(colleagues.reference);
    await showsExactly(page, "the colleague's case", [colleagues.reference]);
    await toggle(page, 'Only my cases', true);
    await showsExactly(page, 'none of my cases', []);
    await page.getByText('No cases match.').waitFor();
    await toggle(page, 'Only my cases', false);
    await page.getByLabel('Search cases').fill(decided.reference);
    await showsExactly(page, 'the decided case', [decided.reference]);
    // Its row says what comes next and that the PI's decision is still unread.
    const row = page.getByRole('row', { name: new RegExp(decided.reference) });
    await row.getByText('Plan travel and visas').waitFor();
    await row.getByText(/^\d+ unread$/).waitFor();
    await page.getByLabel('Search cases').fill('');
    await choose(page, 'Status', /^Accepted$/);
    await showsExactly(page, 'the accepted case only', [decided.reference]);

    await page.getByRole('link', { name: decided.reference }).click();
    await page.getByRole('heading', { level: 1, name: decided.reference }).waitFor();
    await page.getByText('C16.9').first().waitFor();
    await page.getByText('Accepted').first().waitFor();
    await page.getByText('Pathology report').first().waitFor();
    await audit(page, 'case', 'en');
    await page.getByRole('link', { name: 'Back to work queue' }).click();
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();
  }, 120_000);

  it('a coordinator reads the PI decision in the feed, marks all read, and sees every page again in Chinese', async () => {
    const { page } = await newUser();
    await signIn(page, { role: /^coordinator$/i, name: 'coord-console' });
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();
    const unread = await unreadOf(coordinator);
    expect(unread).toBeGreaterThan(0);
    await page.getByLabel(`Unread notifications: ${unread}`).waitFor();

    await page
      .getByRole('link', { name: /^Notifications/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    await page
      .getByRole('row', { name: /PI decision/ })
      .first()
      .waitFor();
    await expect(
      page
        .getByRole('row', { name: /PI decision/ })
        .first()
        .innerText(),
    ).resolves.toContain(decided.reference);
    await page.getByText('Unread', { exact: true }).first().waitFor();
    await audit(page, 'notifications', 'en');
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await eventually('the feed to be read', async () => (await page.getByText('Unread', { exact: true }).count()) === 0);
    await eventually('the API to hold it read', async () => (await unreadOf(coordinator)) === 0);

    await choose(page, 'Language', /中文/);
    await page.getByRole('heading', { name: '通知' }).waitFor();
    await page.getByRole('button', { name: '全部标为已读' }).waitFor();
    await audit(page, 'notifications', 'zh-CN');
    await page
      .getByRole('link', { name: /^工作队列/ })
      .first()
      .click();
    await page.getByRole('heading', { name: '工作队列' }).waitFor();
    await page.getByLabel('搜索病例').waitFor();
    await page.getByLabel('仅我的病例').waitFor();
    await page.getByRole('button', { name: '下一页' }).waitFor();
    await eventually('the first page', async () => (await shownReferences(page)).length > 0);
    await audit(page, 'work-queue', 'zh-CN');
    await page.getByLabel('搜索病例').fill(decided.reference);
    await showsExactly(page, 'the decided case', [decided.reference]);
    await page.getByRole('link', { name: decided.reference }).click();
    await page.getByRole('heading', { level: 1, name: decided.reference }).waitFor();
    await page.getByText('已接收').first().waitFor();
    await page.getByText('病理报告').first().waitFor();
    await audit(page, 'case', 'zh-CN');

    // The choice is remembered across a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: decided.reference }).waitFor();
    await page.getByRole('link', { name: '返回工作队列' }).click();
    await page.getByRole('heading', { name: '工作队列' }).waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await audit(page, 'sign-in', 'zh-CN');
  }, 120_000);

  it('an office whose centre works in Chinese starts in Chinese and sees only its referrals', async () => {
    const ruijin = await newUser();
    await signIn(ruijin.page, { role: /hospital office/i, centre: /ruijin/i, name: 'office-ruijin' });
    await ruijin.page.getByRole('heading', { name: '工作队列' }).waitFor();
    await ruijin.page.getByText('没有符合条件的病例。').waitFor();
    expect(await shownReferences(ruijin.page)).toEqual([]);
    await audit(ruijin.page, 'work-queue-office', 'zh-CN');
    await choose(ruijin.page, '语言', /English/);
    await ruijin.page.getByRole('heading', { name: 'Work queue' }).waitFor();
    await ruijin.page.getByText('No cases match.').waitFor();
    await audit(ruijin.page, 'work-queue-office', 'en');

    // The API decides what an office sees: puth, referred the decided case with consent, sees it alone.
    const puth = await newUser();
    await signIn(puth.page, { role: /hospital office/i, centre: /puth|peking/i, name: 'office-puth' });
    await puth.page.getByRole('heading', { name: '工作队列' }).waitFor();
    await showsExactly(puth.page, "puth's referral", [decided.reference]);
  }, 120_000);

  it('works by keyboard alone and fits a laptop screen (1280 × 720) on every page of a case', async () => {
    const { page } = await newUser();
    await page.setViewportSize({ width: 1280, height: 720 });
    // The page scrolls down, never sideways: wide tables scroll inside their own container.
    const fitsWidth = async (what: string) =>
      expect({ what, overflow: await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') }).toEqual({
        what,
        overflow: 0,
      });
    const focused = () =>
      page.evaluate(
        'document.activeElement && (document.activeElement.getAttribute("aria-label") || document.activeElement.textContent || document.activeElement.id)',
      ) as Promise<string>;
    /** Presses Tab until `matches` holds for the focused element (a bounded walk, as a person would). */
    const tabTo = async (what: string, matches: (text: string) => boolean) => {
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press('Tab');
        if (matches((await focused()) ?? '')) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };

    await page.goto('/console/');
    await page.getByRole('textbox', { name: 'Name' }).focus();
    await page.keyboard.type('coord-console');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();
    await fitsWidth('work queue');

    // The first Tab offers the skip link; following it puts the keyboard in the page's content.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await eventually('focus in the content', async () => (await page.evaluate('document.activeElement && document.activeElement.id')) === 'main');
    await page.getByLabel('Search cases').focus();
    await page.keyboard.type(decided.reference);
    await showsExactly(page, 'the decided case', [decided.reference]);
    await tabTo('the case link', (text) => text === decided.reference);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: decided.reference }).waitFor();

    // Tabs by arrow keys, as the WAI-ARIA tabs pattern has it; each one fits the width.
    await tabTo('the case tabs', (text) => text === 'Overview');
    for (const tab of ['People and consent', 'Records', 'Summary', 'Screening', 'Journey', 'Money']) {
      await page.keyboard.press('ArrowRight');
      await page.getByRole('tab', { name: tab, selected: true }).waitFor();
      await eventually(`${tab} to load`, async () => (await page.getByText(/^Loading…$/).count()) === 0);
      await fitsWidth(tab);
    }
    await page.goto('/console/notifications');
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    await fitsWidth('notifications');
  }, 120_000);

  it.each([
    [
      'hospital office',
      { role: /hospital office/i, centre: /puth|peking/i, name: 'office-puth' },
      ['/office/referrals', '/office/letters', '/office/centre', '/office/tariff', '/office/trials', `/office/trials/${TRIAL}`, '/explorer'],
    ],
    ['admin', { role: /^admin$/i, name: 'admin-console' }, ['/admin/dead-letters', '/admin/reference', '/office/trials', '/explorer']],
  ] as const)(
    'every page of the %s fits a laptop screen (1280 × 720)',
    async (_who, as, paths) => {
      const { page } = await newUser();
      await page.setViewportSize({ width: 1280, height: 720 });
      await signInAs(page, as);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      for (const path of paths) {
        await page.goto(`/console${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await eventually(`${path} to load`, async () => (await page.getByText(/^(Loading…|加载中…)$/).count()) === 0);
        const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        expect({ path, overflow }).toEqual({ path, overflow: 0 });
      }
    },
    120_000,
  );
});

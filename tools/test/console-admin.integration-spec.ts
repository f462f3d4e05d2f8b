import { randomUUID } from 'node:crypto';
import { buildEvent, ReferralSubmitted } from '@carta/contracts';
import { MessageBroker } from '@carta/messaging';
import { anOpenCaseInput, eventually, identities } from '@carta/testing';
import { Page } from 'playwright-core';
import { inspectDeadLetter, openDeadLetters, readAuditTrail, redriveDeadLetter, runInExplorer, setVisaRoute } from './console/admin.steps';
import { choose, ConsoleLocale, t, useConsole } from './console/harness';

/**
 * The console's admin pages (dead letters, a case's audit trail, reference data) and the API explorer,
 * driven in a real browser in English and Chinese on the embedded platform; every page audited in both.
 */
describe('the console: admin pages and the API explorer (embedded platform)', () => {
  const admin = identities.admin('admin-console');
  const coordinator = identities.coordinator('coord-admin');
  const office = identities.office('puth');
  const { platform, gateway, newUser, signIn, audit } = useConsole();
  let opened: { id: string; reference: string };

  const LETTERS = `{ documentsDeadLetters(pendingOnly: true, limit: 50) { id consumer errorCode } }`;
  /** A record that claims to be CaseOpened but breaks its schema: the documents service dead-letters it. */
  async function publishPoison(): Promise<string> {
    const before = new Set((await gateway<{ documentsDeadLetters: { id: string }[] }>(admin, LETTERS)).data!.documentsDeadLetters.map((letter) => letter.id));
    const poison = {
      ...buildEvent(ReferralSubmitted, '/carta/test', {
        referralId: randomUUID(),
        caseId: randomUUID(),
        centreId: 'puth',
        trialId: 'T',
        submittedAt: new Date().toISOString(),
      }),
      type: 'carta.intake.case.opened.v1',
    };
    // The embedded platform's one in-process broker, which every service's transport shares.
    const broker = platform().services[0].transport.unwrap<MessageBroker>();
    await broker.publish([{ topic: 'carta.intake.case.v1', key: poison.subject, value: JSON.stringify(poison), headers: {} }]);
    return eventually('the poison record among the documents dead letters', async () => {
      const letters = (await gateway<{ documentsDeadLetters: { id: string; consumer: string }[] }>(admin, LETTERS)).data!.documentsDeadLetters;
      return letters.find((letter) => !before.has(letter.id) && letter.consumer === 'documents.carta.intake.case.v1')?.id ?? null;
    });
  }

  const switchTo = async (page: Page, locale: ConsoleLocale) => choose(page, locale === 'en' ? '语言' : 'Language', locale === 'en' ? /English/ : /中文/);

  beforeAll(async () => {
    const answer = await gateway<{ openCase: { id: string; reference: string } }>(
      coordinator,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { id reference } }`,
      {
        input: anOpenCaseInput(),
      },
    );
    expect(answer.errors).toBeUndefined();
    opened = answer.data!.openCase;
  }, 60_000);

  it('an admin inspects and redrives a real dead letter, in English and in Chinese', async () => {
    const { page } = await newUser();
    await signIn(page, { role: /^admin$/i, name: 'admin-console' });
    await page.getByRole('link', { name: t('en', 'admin.nav.deadLetters') }).click();
    for (const locale of ['en', 'zh-CN'] as const) {
      if (locale === 'zh-CN') await switchTo(page, locale);
      const id = await publishPoison();
      await openDeadLetters(page, locale, 'documents');
      await page.getByRole('button', { name: t(locale, 'admin.deadLetters.redriveOne', { id }) }).waitFor();
      await audit(page, 'admin-dead-letters', locale);
      const detail = await inspectDeadLetter(page, locale, 'documents', id);
      expect(detail).toMatchObject({
        [t(locale, 'admin.deadLetters.id')]: id,
        [t(locale, 'admin.deadLetters.errorCode')]: 'CONTRACT_VIOLATION',
        [t(locale, 'admin.deadLetters.topic')]: 'carta.intake.case.v1',
        [t(locale, 'admin.deadLetters.state')]: t(locale, 'admin.deadLetters.pending'),
      });
      await audit(page, 'admin-dead-letter-detail', locale);
      await page.keyboard.press('Escape');
      // Still broken: the redrive dead-letters it again, and the page says so.
      await expect(redriveDeadLetter(page, locale, 'documents', id)).resolves.toBe(t(locale, 'admin.outcome.DEAD_LETTERED'));
      await audit(page, 'admin-dead-letters-redriven', locale);
    }
  }, 120_000);

  it("an admin reads a case's audit trail and keeps a visa route; the API's refusal of a bad route is shown", async () => {
    const { page } = await newUser();
    await signIn(page, { role: /^admin$/i, name: 'admin-console' });
    for (const locale of ['en', 'zh-CN'] as const) {
      if (locale === 'zh-CN') await switchTo(page, locale);
      const rows = await readAuditTrail(page, locale, opened.id);
      // The coordinator opened it; reading the trail is itself audited, in each service.
      expect(rows.map((row) => row.who)).toEqual(expect.arrayContaining(['coord-admin', 'admin-console']));
      expect(rows.some((row) => row.service === t(locale, 'admin.service.intake'))).toBe(true);
      await audit(page, 'admin-audit-trail', locale);

      const note = locale === 'en' ? 'Medical visa; the hospital letter is required' : '医疗签证，须附医院邀请函';
      await setVisaRoute(page, locale, {
        nationality: 'NZL',
        applicantRole: 'COMPANION',
        category: 'S2',
        maxStayDays: 120,
        processingDays: { min: 4, max: 12 },
        note,
      });
      await page.getByRole('row', { name: new RegExp(`^NZL .*${note}`) }).waitFor();
      await audit(page, 'admin-reference', locale);
      const routes = await gateway<{ visaRoutes: { nationality: string; applicantRole: string; note: string }[] }>(
        admin,
        `{ visaRoutes { nationality applicantRole note } }`,
      );
      expect(routes.data!.visaRoutes).toContainEqual({ nationality: 'NZL', applicantRole: 'COMPANION', note });

      // The page does not judge the code: the API refuses it and the page shows its message.
      await expect(
        setVisaRoute(page, locale, { nationality: 'NZ', applicantRole: 'PATIENT', category: 'S2', maxStayDays: 90, processingDays: { min: 4, max: 12 }, note }),
      ).rejects.toThrow(/ISO 3166-1 alpha-3/);
    }
  }, 120_000);

  it('the API explorer runs as the signed-in user: the coordinator gets their answer, an office the API’s refusal', async () => {
    const coordinatorCount = (await gateway<{ cases: { totalCount: number } }>(coordinator, `{ cases(first: 1) { totalCount } }`)).data!.cases.totalCount;
    const { page } = await newUser();
    await signIn(page, { role: /^coordinator$/i, name: 'coord-admin' });
    await page.getByRole('link', { name: t('en', 'admin.explorer.nav') }).click();
    await page.getByRole('heading', { level: 1, name: t('en', 'admin.explorer.heading') }).waitFor();
    const answer = JSON.parse(await runInExplorer(page, '{ cases(first: 1) { totalCount } }')) as { data: { cases: { totalCount: number } } };
    expect(answer.data.cases.totalCount).toBe(coordinatorCount);
    await audit(page, 'explorer', 'en');
    await switchTo(page, 'zh-CN');
    await page.getByRole('heading', { level: 1, name: t('zh-CN', 'admin.explorer.heading') }).waitFor();
    await audit(page, 'explorer', 'zh-CN');

    // The office's token, not more: the coordinator's unreferred case is refused as the API refuses it.
    const query = `{ case(id: "${opened.id}") { reference patient { familyName } } }`;
    const direct = await gateway(office, query);
    expect(direct.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const officePage = (await newUser()).page;
    await signIn(officePage, { role: /office/i, name: 'puth-office', centre: /puth|Peking/i });
    const shown = await runInExplorer(officePage, query);
    expect(shown).toContain(String(direct.errors![0].extensions!.code));
    expect(shown).not.toContain(opened.reference);
  }, 120_000);

  it('a coordinator has no admin links, and opening the admin pages shows the API’s refusal cleanly', async () => {
    const { page } = await newUser();
    await signIn(page, { role: /^coordinator$/i, name: 'coord-admin' });
    for (const locale of ['en', 'zh-CN'] as const) {
      if (locale === 'zh-CN') await switchTo(page, locale);
      await page.getByRole('link', { name: t(locale, 'admin.explorer.nav') }).waitFor();
      expect(await page.getByRole('link', { name: t(locale, 'admin.nav.deadLetters') }).count()).toBe(0);
      expect(await page.getByRole('link', { name: t(locale, 'admin.nav.reference') }).count()).toBe(0);
      await openDeadLetters(page, locale);
      // One refusal, not six: every service refused the same caller.
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(await page.getByRole('alert').innerText()).toMatch(/admin|FORBIDDEN|not allowed|may not/i);
      expect(await page.getByRole('table').count()).toBe(0);
      await audit(page, 'admin-dead-letters-refused', locale);
      await page.goto(`/console/cases/${opened.id}`);
      await page.getByRole('heading', { level: 1, name: opened.reference }).waitFor();
      expect(await page.getByRole('tab', { name: t(locale, 'case.tabs.audit') }).count()).toBe(0);
    }
  }, 120_000);
});

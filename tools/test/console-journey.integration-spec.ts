import { aCompanion, aDiagnosis, anOpenCaseInput, aPatient, aTariffInput, eventually, identities } from '@carta/testing';
import { Page } from 'playwright-core';
import { ConsoleLocale, t, useConsole, useLanguage } from './console/harness';
import {
  acceptEstimate,
  downloadLink,
  issueInvoice,
  openVisa,
  prepareEstimate,
  readBalance,
  recordPayment,
  reportDelay,
  requestLetter,
  revokeCalendar,
  subscribeCalendar,
  updateVisa,
} from './console/journey.steps';
import { recordConsentWithForm } from './consent-form';

/**
 * The journey and money tabs of the console in a real browser, in English and in Chinese: the
 * timeline chart and its table, the letter, visas for the patient and a companion, the family's
 * calendar, estimate versions side by side, acceptance, an invoice and its PDF, a payment and the
 * balance; the API's refusals shown in words; every tab audited in both languages.
 */
describe('the journey and the money in the console (embedded platform)', () => {
  const TRIAL = 'NCT05277987';
  const coordinator = identities.coordinator('coord-journey-ui');
  const puthOffice = identities.office('puth');
  const { platform, gateway, newUser, signIn, audit } = useConsole();
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const cases: Record<ConsoleLocale, { id: string; reference: string }> = {} as never;

  /** A case accepted by PUTH, its letter issued, both travellers' passports known (arranged through the API). */
  async function acceptedCase(givenName: string): Promise<{ id: string; reference: string }> {
    const opened = await gateway<{ openCase: { id: string; reference: string } }>(
      coordinator,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { id reference } }`,
      {
        input: anOpenCaseInput({
          patient: aPatient({
            givenName,
            familyName: 'Okafor',
            birthDate: '1971-06-02',
            nationality: 'NGA',
            passportNumber: 'A09912876',
            passportExpiry: day(3650),
          }),
          diagnosis: aDiagnosis({ description: 'Gastric adenocarcinoma, CLDN18.2+' }),
        }),
      },
    );
    expect(opened.errors).toBeUndefined();
    const { id } = opened.data!.openCase;
    const consent = await recordConsentWithForm(platform, coordinator, id, 'puth', {
      purpose: 'TREATMENT',
      categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'IDENTITY', 'TRAVEL', 'FINANCIAL'],
      processingMethod: 'PI review, treatment, visa invitation and billing',
    });
    expect(consent.errors).toBeUndefined();
    const companion = await gateway(
      coordinator,
      `mutation($caseId: ID!, $companion: CompanionInput!) { addCompanion(caseId: $caseId, companion: $companion) { id } }`,
      {
        caseId: id,
        companion: aCompanion({ givenName: 'Chidi', familyName: 'Okafor', nationality: 'NGA', passportNumber: 'A05518890', passportExpiry: day(3000) }),
      },
    );
    expect(companion.errors).toBeUndefined();
    const referral = await eventually(
      'the submission',
      async () =>
        (
          await gateway<{ submitCase: { id: string } }>(
            coordinator,
            `mutation($id: ID!) { submitCase(caseId: $id, trialId: "${TRIAL}", centreId: "puth") { id } }`,
            { id },
          )
        ).data?.submitCase,
    );
    await eventually(
      'the acceptance',
      async () =>
        (
          await gateway<{ recordPiDecision: unknown }>(puthOffice, `mutation($id: ID!) { recordPiDecision(referralId: $id, decision: ACCEPTED) { status } }`, {
            id: referral.id,
          })
        ).data?.recordPiDecision,
    );
    const letterId = await eventually('the letter request', async () => {
      const letters = await gateway<{ case: { invitationLetters: { id: string }[] } }>(
        puthOffice,
        `query($id: ID!) { case(id: $id) { invitationLetters { id } } }`,
        { id },
      );
      return letters.data?.case.invitationLetters[0]?.id;
    });
    // Issued once travel knows the site's investigator and both passports.
    await eventually('the letter to be issued', async () => {
      const issued = await gateway<{ issueInvitationLetter: { status: string } }>(
        puthOffice,
        `mutation($id: ID!, $input: IssueInvitationLetterInput!) { issueInvitationLetter(letterId: $id, input: $input) { status } }`,
        { id: letterId, input: { officeReference: 'PUTH-IO-2026-118', validUntil: day(90) } },
      );
      return issued.data?.issueInvitationLetter.status === 'ISSUED';
    });
    await eventually('travel to derive both travellers', async () => {
      const travellers = await gateway<{ case: { travellers: unknown[] } }>(coordinator, `query($id: ID!) { case(id: $id) { travellers { id } } }`, { id });
      return travellers.data?.case.travellers.length === 2;
    });
    return opened.data!.openCase;
  }

  beforeAll(async () => {
    const pi = await gateway(
      puthOffice,
      `mutation { setTrialSiteInvestigator(trialId: "${TRIAL}", principalInvestigator: { name: "Chen Jianmin", nameZh: "陈建民" }) { id } }`,
    );
    expect(pi.errors).toBeUndefined();
    // The centre's own prices and bank account: invoices need both.
    const tariff = await gateway(puthOffice, `mutation($tariff: CentreTariffInput!) { setCentreTariff(centreId: "puth", tariff: $tariff) { label } }`, {
      tariff: aTariffInput(day(0)),
    });
    expect(tariff.errors).toBeUndefined();
    [cases.en, cases['zh-CN']] = await Promise.all([acceptedCase('Amara'), acceptedCase('Ngozi')]);
  }, 240_000);

  async function signInAs(locale: ConsoleLocale, as: { role: RegExp; name: string; centre?: RegExp }): Promise<Page> {
    const { page } = await newUser();
    await signIn(page, as);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await useLanguage(page, locale);
    await page.getByRole('heading', { name: t(locale, 'queue.heading') }).waitFor();
    return page;
  }

  /** The plan's revision as the journey tab states it ("Revision 3, planned …"). */
  async function revisionShown(page: Page, locale: ConsoleLocale): Promise<number> {
    const words = t(locale, 'journey.timeline.revisionValue', { revision: '@', at: '@' }).split('@');
    const shown = page.getByText(new RegExp(`^${words[0]}\\d+${words[1]}`));
    return Number(/\d+/.exec(await shown.innerText())![0]);
  }

  it.each(['en', 'zh-CN'] as const)(
    'a coordinator plans the journey and gets the family invoiced and paid, in %s',
    async (locale) => {
      const { id } = cases[locale];
      const patient = `${locale === 'en' ? 'Amara' : 'Ngozi'} Okafor`;
      const page = await signInAs(locale, { role: /^coordinator$/i, name: 'coord-journey-ui' });

      // The timeline as a chart with its text alternative, and as a table with exact days.
      await page.goto(`/console/cases/${id}/journey`);
      const planned = await revisionShown(page, locale);
      await page.getByRole('img', { name: t(locale, 'journey.timeline.chartTitle', { revision: planned }) }).waitFor();
      const timeline = page.getByRole('table', { name: t(locale, 'journey.timeline.tableCaption', { revision: planned }) });
      for (const phase of ['INVITATION_LETTER', 'VISA', 'ARRIVAL', 'APHERESIS', 'MANUFACTURING', 'INFUSION'])
        await timeline.getByRole('rowheader', { name: t(locale, `journey.milestone.${phase}`), exact: true }).waitFor();
      await page.getByText(t(locale, 'journey.letterStatus.ISSUED'), { exact: true }).waitFor();

      // The letter is valid: the API refuses another, and the page says why.
      await expect(requestLetter(page, locale, id)).rejects.toThrow('a letter is already requested or still valid');

      await openVisa(page, locale, id, patient);
      await openVisa(page, locale, id, 'Chidi Okafor');
      const patientSection = page.getByRole('region', { name: new RegExp(patient) });
      await patientSection.getByText(t(locale, 'journey.check.PASSPORT_VALIDITY'), { exact: false }).first().waitFor();
      await updateVisa(page, locale, id, patient, 'SUBMITTED');
      await updateVisa(page, locale, id, 'Chidi Okafor', 'SUBMITTED');
      await updateVisa(page, locale, id, 'Chidi Okafor', 'GRANTED', { on: day(5), validUntil: day(365) });
      // The grant re-plans the timeline (a new revision, the fact listed).
      await page.getByRole('img', { name: t(locale, 'journey.timeline.chartTitle', { revision: planned + 1 }) }).waitFor();
      await page
        .getByText(
          new RegExp(
            `^${t(locale, 'journey.facts.VISA_GRANTED', { role: t(locale, 'journey.role.COMPANION'), on: '@', validUntil: '@' })
              .replace(/[()]/g, '.')
              .replace(/@/g, '.+')}$`,
          ),
        )
        .waitFor();
      if (locale === 'en') {
        await reportDelay(page, locale, id, 7);
        await page.getByRole('img', { name: t(locale, 'journey.timeline.chartTitle', { revision: planned + 2 }) }).waitFor();
      }
      const latest = await revisionShown(page, locale);

      // The family's calendar: a subscription URL any calendar app polls, until it is revoked.
      const url = await subscribeCalendar(page, locale, id);
      const polled = await fetch(url);
      expect(polled.status).toBe(200);
      expect(await polled.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
      const ics = await fetch(await downloadLink(page, locale, t(locale, 'journey.calendar.download')));
      expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      await audit(page, 'case-journey', locale);
      await revokeCalendar(page, locale, id);
      expect((await fetch(url)).status).toBe(404);
      const letter = await fetch(await downloadLink(page, locale, t(locale, 'journey.letter.download', { version: 1 })));
      expect(
        Buffer.from(await letter.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      // Billing prices the timeline as last planned (it hears of re-plans by event).
      await eventually('billing to know the latest plan', async () => {
        const billing = await gateway<{ case: { billing: { timelineRevision: number | null } } }>(
          coordinator,
          `query($id: ID!) { case(id: $id) { billing { timelineRevision } } }`,
          { id },
        );
        return billing.data?.case.billing.timelineRevision === latest;
      });

      expect(await prepareEstimate(page, locale, id, { rate: '7.1034' })).toBe(1);
      // No invoice before the family accepted an estimate: the API's refusal stays on the page.
      await expect(issueInvoice(page, locale, id, { kind: 'DEPOSIT', amount: '300000.00' })).rejects.toThrow(
        'no estimate has been accepted: nothing may be invoiced yet',
      );
      await page.getByRole('alert').filter({ hasText: 'no estimate has been accepted' }).waitFor();
      // The same inputs again: the same version.
      expect(await prepareEstimate(page, locale, id, { rate: '7.1034' })).toBe(1);
      expect(await prepareEstimate(page, locale, id, { rate: '7.1100' })).toBe(2);
      const versions = page.getByRole('table', { name: t(locale, 'money.estimates.caption') });
      await versions.getByRole('columnheader', { name: new RegExp(`^${t(locale, 'money.estimates.version', { version: 1 })}`) }).waitFor();
      await versions.getByRole('rowheader', { name: t(locale, 'money.lineItem.MANUFACTURING'), exact: true }).waitFor();
      await versions.getByText(t(locale, 'money.estimates.centreOwn')).first().waitFor();
      await acceptEstimate(page, locale, id, 2);
      const reference = await issueInvoice(page, locale, id, { kind: 'DEPOSIT', amount: '300000.00' });
      expect(reference).toMatch(/^INV-\d{2}-[0-9A-Z]{6}$/);
      const pdf = await fetch(await downloadLink(page, locale, t(locale, 'money.invoices.download', { reference })));
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      await recordPayment(page, locale, id, '100000.00', 'CNY', { invoiceReference: reference });
      expect(await readBalance(page, locale, id)).toBe('CNY 200,000.00');
      if (locale === 'en') {
        // USD at a dated rate, counted in CNY: 10,000 USD × 7.1 = 71,000 CNY.
        await recordPayment(page, locale, id, '10000.00', 'USD', { rate: '7.1', rateSource: 'Bank of China' });
        expect(await readBalance(page, locale, id)).toBe('CNY 129,000.00');
      }
      await audit(page, 'case-money', locale);
    },
    180_000,
  );

  it('the office sees the journey and the money it may (Chinese), and an outsider sees the refusal', async () => {
    const { id } = cases.en;
    const office = await signInAs('zh-CN', { role: /hospital office/i, centre: /puth|peking/i, name: 'office-puth' });
    await office.goto(`/console/cases/${id}/journey`);
    await useLanguage(office, 'zh-CN');
    await office
      .getByRole('heading', { level: 2, name: t('zh-CN', 'journey.heading') })
      .waitFor()
      .catch(async (failure: Error) => {
        throw new Error(`${failure.message}\n${await office.getByRole('main').innerText()}`);
      });
    await office.getByRole('img', { name: /治疗时间表/ }).waitFor();
    expect(await office.getByRole('heading', { name: t('zh-CN', 'journey.travellers.heading') }).count()).toBe(0);
    await audit(office, 'case-journey-office', 'zh-CN');
    await office.goto(`/console/cases/${id}/money`);
    expect(await readBalance(office, 'zh-CN', id)).toBe('CNY 129,000.00');
    await audit(office, 'case-money-office', 'zh-CN');

    const outsider = await signInAs('en', { role: /^coordinator$/i, name: 'coord-outsider' });
    await outsider.goto(`/console/cases/${id}/money`);
    await outsider.getByRole('alert').first().waitFor();
    expect(await outsider.getByRole('table', { name: t('en', 'money.balance.caption') }).count()).toBe(0);
    await audit(outsider, 'case-money-refused', 'en');
  }, 120_000);
});

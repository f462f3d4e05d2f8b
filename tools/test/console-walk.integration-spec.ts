import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayOf } from '@carta/domain';
import { renderPaper } from '@carta/pdf';
import { eventually } from '@carta/testing';
import { Page } from 'playwright-core';
import { addCompanion, openCase, recordConsent } from './console/case.steps';
import { ConsoleLocale, t, useConsole, useLanguage } from './console/harness';
import { acceptEstimate, issueInvoice, openVisa, prepareEstimate, readBalance, recordPayment, updateVisa } from './console/journey.steps';
import { issueLetter, previewLetter, recordPiDecision, setBankDetails, setInvestigator } from './console/office.steps';
import { addSummaryFact, recordAssessment, SEEDED_REMAINDER, submitCase, uploadRecord, waitForVerdict } from './console/records.steps';

/**
 * A case walked end to end through the console only — no GraphQL from the test — as issue 13 asks:
 * the coordinator opens it, uploads the records, writes the summary, screens and submits; the centre's
 * office accepts and issues the invitation letter; the coordinator plans the visas, gets the estimate
 * accepted, invoices and records the payment. Twice: the coordinator in English with the office in
 * Chinese, then the other way round. Every page passes axe and logs no error (the harness checks).
 */
describe('a case walked end to end through the console (embedded platform)', () => {
  const { newUser, signIn, audit } = useConsole();
  const TRIAL = 'NCT05277987';
  const PUTH = /Peking University Third Hospital|北京大学第三医院/;
  const day = (offset: number) => todayOf({ now: () => new Date(Date.now() + offset * 86_400_000) });
  let dir: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'carta-walk-'));
    for (const name of ['pathology', 'blood-panel', 'treatment-history', 'clinic-letter', 'signed-consent']) {
      const paper = await renderPaper({ title: name, footer: 'console walk', createdAt: new Date(), blocks: [{ kind: 'text', paragraphs: [`The ${name}.`] }] });
      files[name] = join(dir, `${name}.pdf`);
      await writeFile(files[name], paper.bytes);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function signedIn(locale: ConsoleLocale, as: { role: RegExp; name: string; centre?: RegExp }): Promise<Page> {
    const { page } = await newUser(locale === 'en' ? 'en-US' : 'zh-CN');
    await signIn(page, as);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await useLanguage(page, locale);
    return page;
  }

  const walks: [ConsoleLocale, ConsoleLocale, string][] = [
    ['en', 'zh-CN', 'Amara'],
    ['zh-CN', 'en', 'Ngozi'],
  ];
  it.each(walks)(
    'the coordinator in %s, the office in %s',
    async (mine, theirs, givenName) => {
      const coordinator = await signedIn(mine, { role: /^coordinator$/i, name: `coord-walk-${mine}` });

      // Opening: the patient as the passport prints it, the companion who travels with her.
      const opened = await openCase(coordinator, mine, {
        givenName,
        familyName: 'Okafor',
        birthDate: '1971-06-02',
        nationality: 'NGA',
        passportNumber: `A${Date.now() % 100_000_000}`,
        passportExpiry: day(3000),
        email: `${givenName.toLowerCase()}@example.org`,
        icd10: 'C16.9',
        description: 'Gastric adenocarcinoma, CLDN18.2+',
        priorCellularTherapy: false,
      });
      await addCompanion(coordinator, mine, opened.id, {
        givenName: 'Chidi',
        familyName: 'Okafor',
        relationship: 'spouse',
        birthDate: '1969-01-15',
        nationality: 'NGA',
        passportNumber: `B${Date.now() % 100_000_000}`,
        passportExpiry: day(3000),
      });

      // Records, by file picker and by drag and drop; the signed consent form among them.
      await uploadRecord(coordinator, mine, opened.id, 'PATHOLOGY_REPORT', files.pathology, 'picker');
      await uploadRecord(coordinator, mine, opened.id, 'BLOOD_PANEL', files['blood-panel'], 'drop');
      await uploadRecord(coordinator, mine, opened.id, 'TREATMENT_HISTORY', files['treatment-history']);
      await uploadRecord(coordinator, mine, opened.id, 'OTHER', files['clinic-letter']);
      await uploadRecord(coordinator, mine, opened.id, 'CONSENT_FORM', files['signed-consent']);

      // The summary, each fact citing its document; the screening follows it.
      await addSummaryFact(coordinator, mine, opened.id, { kind: 'DIAGNOSIS', icd10: 'C16.9', observedOn: day(-60), citing: 'PATHOLOGY_REPORT' });
      await addSummaryFact(coordinator, mine, opened.id, {
        kind: 'MARKER',
        marker: 'CLDN18.2',
        method: 'IHC',
        result: 'POSITIVE',
        percentPositive: 40,
        observedOn: day(-60),
        citing: 'PATHOLOGY_REPORT',
      });
      for (const [start, end, drugs] of [
        ['2025-03-01', '2025-09-01', ['oxaliplatin', 'capecitabine']],
        ['2025-10-01', day(-40), ['nivolumab']],
      ] as const)
        await addSummaryFact(coordinator, mine, opened.id, {
          kind: 'LINE_OF_THERAPY',
          drugs: [...drugs],
          start,
          end,
          bestResponse: 'PD',
          reasonStopped: 'PROGRESSION',
          observedOn: day(-30),
          citing: 'TREATMENT_HISTORY',
        });
      await addSummaryFact(coordinator, mine, opened.id, { kind: 'ECOG', value: 1, observedOn: day(-5), citing: 'OTHER' });
      await addSummaryFact(coordinator, mine, opened.id, { kind: 'LIFE_EXPECTANCY', weeks: 26, observedOn: day(-5), citing: 'OTHER' });
      await addSummaryFact(coordinator, mine, opened.id, {
        kind: 'LAB',
        analyte: 'anc',
        value: 2.1,
        unit: '10*3/uL',
        observedOn: day(-5),
        citing: 'BLOOD_PANEL',
      });
      await addSummaryFact(coordinator, mine, opened.id, {
        kind: 'LAB',
        analyte: 'alc',
        value: 0.8,
        unit: '10*9/L',
        observedOn: day(-5),
        citing: 'BLOOD_PANEL',
      });
      await recordAssessment(coordinator, mine, opened.id, TRIAL, SEEDED_REMAINDER, 'MET', 'clinic-letter.pdf');
      await waitForVerdict(coordinator, mine, opened.id, TRIAL, 'LIKELY_ELIGIBLE');
      await audit(coordinator, 'walk-screening', mine);

      // Consent to share with the centre (the PIPL disclosures are on the dialog), then the submission.
      await recordConsent(coordinator, mine, opened.id, {
        centre: PUTH,
        purpose: 'TREATMENT',
        categories: ['IDENTITY', 'CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'TRAVEL', 'FINANCIAL'],
      });
      expect(await submitCase(coordinator, mine, opened.id, TRIAL, PUTH)).toEqual({});

      // The office: the referral in its inbox, the PI's acceptance, the letter previewed and issued.
      const office = await signedIn(theirs, { role: /hospital office/i, centre: PUTH, name: `office-walk-${theirs}` });
      await recordPiDecision(office, theirs, opened.reference, 'ACCEPTED');
      await setInvestigator(office, theirs, TRIAL, 'Chen Jianmin', '陈建民');
      const draft = { officeReference: `PUTH-IMD-${opened.reference}`, validUntil: day(90) };
      // The PI's name reaches the letter by event: the preview completes once it has.
      await eventually('the preview to be complete', async () => (await previewLetter(office, theirs, opened.reference, draft)).length === 0);
      await issueLetter(office, theirs, opened.reference, draft);
      await setBankDetails(office, theirs, {
        accountName: 'Peking University Third Hospital',
        bankName: 'Bank of China, Haidian Branch',
        accountNumber: '340756001122',
        swift: 'BKCHCNBJ110',
      });
      await audit(office, 'walk-office-letter', theirs);

      // The coordinator again: visas for both travellers, the estimate accepted, the deposit invoiced and paid.
      const patient = `${givenName} Okafor`;
      for (const traveller of [patient, 'Chidi Okafor']) {
        await openVisa(coordinator, mine, opened.id, traveller);
        await updateVisa(coordinator, mine, opened.id, traveller, 'SUBMITTED');
        await updateVisa(coordinator, mine, opened.id, traveller, 'GRANTED', { on: day(5), validUntil: day(365) });
      }
      await audit(coordinator, 'walk-journey', mine);
      const version = await prepareEstimate(coordinator, mine, opened.id, { rate: '7.1034' });
      await acceptEstimate(coordinator, mine, opened.id, version, 'Chidi Okafor, husband');
      await issueInvoice(coordinator, mine, opened.id, { kind: 'DEPOSIT', amount: '300000.00' });
      await recordPayment(coordinator, mine, opened.id, '100000.00');
      expect(await readBalance(coordinator, mine, opened.id)).toBe('CNY 200,000.00');
      await audit(coordinator, 'walk-money', mine);
      await coordinator.getByRole('heading', { level: 2, name: t(mine, 'money.heading') }).waitFor();
    },
    600_000,
  );
});

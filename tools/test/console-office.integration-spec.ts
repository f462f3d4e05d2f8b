import { SEED_TRIALS } from '@carta/domain';
import { anOpenCaseInput, eventually, identities } from '@carta/testing';
import { Page } from 'playwright-core';
import { recordConsentWithForm } from './consent-form';
import { choose, ConsoleLocale, t, useConsole } from './console/harness';
import {
  editCriteria,
  inboxReferences,
  issueLetter,
  issuedLetterUrl,
  openOfficePage,
  openTrial,
  previewLetter,
  readCriteriaAsTyped,
  recordPiDecision,
  setBankDetails,
  setInvestigator,
  setRecruiting,
  setTariff,
  updateCentreProfile,
} from './console/office.steps';

/**
 * The hospital international office's own pages in a real browser (embedded platform): PUTH's
 * office, which starts in Chinese, reads its inbox, decides, previews and issues the invitation
 * letter, keeps its profile, tariff and trials, and edits criteria (a bad clause refused with its
 * path, then a good one); the same pages in English; a second office sees none of PUTH's. Cases,
 * consents and submissions are arranged through GraphQL, as the coordinator who would make them.
 */
describe("the hospital office's pages (Chinese first)", () => {
  const TRIAL = 'NCT05277987'; // puth leads it, ruijin takes part
  const coordinator = identities.coordinator('coord-office');
  const { platform, gateway, newUser, signIn, audit } = useConsole();
  /** Referred to puth: decided and lettered in Chinese. */
  let toPuth: { id: string; reference: string };
  /** Referred to puth: asked for more information in English. */
  let toPuthToo: { id: string; reference: string };
  /** Referred to ruijin: puth's office must never see it. */
  let toRuijin: { id: string; reference: string };

  async function refer(centreId: string) {
    const opened = await gateway<{ openCase: { id: string; reference: string } }>(
      coordinator,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { id reference } }`,
      { input: anOpenCaseInput({ coordinatorId: coordinator.subject }) },
    );
    expect(opened.errors).toBeUndefined();
    const found = opened.data!.openCase;
    const consent = await recordConsentWithForm(platform, coordinator, found.id, centreId, {
      purpose: 'TREATMENT',
      categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'IDENTITY', 'TRAVEL', 'FINANCIAL'],
    });
    expect(consent.errors).toBeUndefined();
    await eventually(
      `the submission to ${centreId}`,
      async () =>
        (
          await gateway<{ submitCase: { id: string } }>(
            coordinator,
            `mutation($id: ID!, $centreId: ID!) { submitCase(caseId: $id, trialId: "${TRIAL}", centreId: $centreId) { id } }`,
            { id: found.id, centreId },
          )
        ).data?.submitCase,
    );
    return found;
  }

  beforeAll(async () => {
    toPuth = await refer('puth');
    toPuthToo = await refer('puth');
    toRuijin = await refer('ruijin');
    const office = identities.office('puth');
    await eventually('the referrals to reach the office', async () => {
      const answer = await gateway<{ myReferrals: unknown[] }>(office, `{ myReferrals { id } }`);
      return (answer.data?.myReferrals.length ?? 0) >= 2;
    });
  }, 240_000);

  async function signInOffice(centre: 'puth' | 'ruijin', locale: ConsoleLocale): Promise<Page> {
    const { page } = await newUser(locale === 'en' ? 'en-US' : 'zh-CN');
    await signIn(page, { role: /hospital office/i, centre: centre === 'puth' ? /puth|peking/i : /ruijin/i, name: `office-${centre}` });
    // A centre working in Chinese starts in Chinese; the English walk picks English in the header.
    await page.getByRole('heading', { level: 1, name: t('zh-CN', 'queue.heading') }).waitFor();
    if (locale === 'en') {
      await choose(page, t('zh-CN', 'app.language'), /English/);
      await page.getByRole('heading', { level: 1, name: t('en', 'queue.heading') }).waitFor();
    }
    return page;
  }

  it('PUTH (Chinese) reads its inbox without the other centre’s referral, accepts, and issues the letter once complete', async () => {
    const locale = 'zh-CN';
    const page = await signInOffice('puth', locale);
    const inbox = await inboxReferences(page, locale);
    expect(inbox.sort()).toEqual([toPuth.reference, toPuthToo.reference].sort());
    expect(inbox).not.toContain(toRuijin.reference);
    await page.getByText(t(locale, 'office.referralStatus.AWAITING_DECISION')).first().waitFor();
    await audit(page, 'office-referrals', locale);

    await page.getByRole('link', { name: toPuth.reference, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: t(locale, 'office.referral.case') }).waitFor();
    await page.getByText('C16.9').first().waitFor();
    await audit(page, 'office-referral', locale);
    await recordPiDecision(page, locale, toPuth.reference, 'ACCEPTED');

    // The letter is asked of puth on acceptance; it names no PI and the patient has no passport yet.
    await eventually('the letter request', async () => {
      await openOfficePage(page, locale, 'letters');
      return (await page.getByRole('link', { name: new RegExp(toPuth.reference) }).count()) > 0;
    });
    await audit(page, 'office-letters', locale);
    expect(await previewLetter(page, locale, toPuth.reference)).toEqual(expect.arrayContaining(['principalInvestigator', 'travellers.patient']));
    await page.getByText(t(locale, 'office.letter.fields.principalInvestigator'), { exact: false }).first().waitFor();
    await audit(page, 'office-letter', locale);
    // Issuing while fields are missing: the API's refusal names them, in the dialog.
    await expect(issueLetter(page, locale, toPuth.reference)).rejects.toThrow(/missing .*principalInvestigator/);
    await page.keyboard.press('Escape');

    await setInvestigator(page, locale, TRIAL, 'Chen Jianmin', '陈建民');
    const passport = await gateway(coordinator, `mutation($id: ID!, $patient: PatientChangesInput!) { updatePatient(caseId: $id, patient: $patient) { id } }`, {
      id: toPuth.id,
      patient: { passportNumber: 'E12345678', passportExpiry: new Date(Date.now() + 3000 * 86_400_000).toISOString().slice(0, 10) },
    });
    expect(passport.errors).toBeUndefined();
    const draft = { officeReference: '北大医院国际医疗部〔2026〕第15号', validUntil: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10) };
    // Without the office's reference and validity the letter cannot be issued; with them (and the PI and passport) nothing is missing.
    expect(await previewLetter(page, locale, toPuth.reference)).toEqual(['officeReference', 'validUntil']);
    await eventually('the preview to be complete', async () => (await previewLetter(page, locale, toPuth.reference, draft)).length === 0);
    await issueLetter(page, locale, toPuth.reference, draft);
    const url = await issuedLetterUrl(page, locale, toPuth.reference);
    const pdf = await fetch(url);
    expect(pdf.status).toBe(200);
    expect((await pdf.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    await audit(page, 'office-letter-issued', locale);
  }, 150_000);

  it('PUTH (Chinese) keeps its profile, tariff, bank details, recruitment and criteria — a bad clause refused with its path', async () => {
    const locale = 'zh-CN';
    const page = await signInOffice('puth', locale);
    await updateCentreProfile(page, locale, { phone: '+86 10 8226 6699' });
    await audit(page, 'office-centre', locale);
    await setTariff(page, locale);
    await setBankDetails(page, locale, {
      accountName: '北京大学第三医院',
      bankName: 'Bank of China Beijing Haidian Branch',
      accountNumber: '340456789012',
      swift: 'BKCHCNBJ110',
    });
    await openOfficePage(page, locale, 'tariff');
    await audit(page, 'office-tariff', locale);

    await setRecruiting(page, locale, TRIAL, true, 4);
    await openOfficePage(page, locale, 'trials');
    await audit(page, 'office-trials', locale);

    const current = (await gateway<{ trial: { criteriaJson: string } }>(coordinator, `{ trial(id: "${TRIAL}") { criteriaJson } }`)).data!.trial.criteriaJson;
    const document = JSON.parse(current) as { criteria: { rule: { all?: { value?: number }[] } }[] };
    // Read as typed: a JSON error with its line and column, then each line in words.
    expect(await readCriteriaAsTyped(page, locale, TRIAL, '{\n  "criteria": [\n    { "id": "age" "kind": "INCLUSION" }\n  ]\n}')).toContain(
      t(locale, 'office.criteria.parseAt', { line: 3, column: 19, problem: t(locale, 'office.criteria.parseError.CommaExpected') }),
    );
    const bad = structuredClone(document);
    bad.criteria[0].rule.all![0].value = -18;
    expect(await readCriteriaAsTyped(page, locale, TRIAL, JSON.stringify(bad, null, 2))).toContain(`${t(locale, 'office.criteria.facts.age')} ≥ -18`);
    await audit(page, 'office-trial', locale);
    const refusal = await editCriteria(page, locale, TRIAL, JSON.stringify(bad, null, 2));
    expect(refusal).toMatch(/criteria\[0\]\.rule\.all\[0\]\.value: age must be at least 0/);
    await page.getByText(t(locale, 'office.criteria.refusedHere')).waitFor();

    const good = {
      ...document,
      criteria: [...document.criteria, { id: 'consent-capacity', kind: 'INCLUSION', text: 'Able to give informed consent', rule: { manual: true } }],
    };
    expect(await editCriteria(page, locale, TRIAL, JSON.stringify(good, null, 2))).toBeNull();
    // The seeded version, then the one just saved.
    const seeded = SEED_TRIALS.find((trial) => trial.id === TRIAL)!.criteria.version;
    await page.getByRole('heading', { level: 2, name: t(locale, 'office.criteria.heading', { version: seeded + 1 }) }).waitFor();
    await page.getByRole('button', { name: t(locale, 'office.criteria.showVersion', { version: seeded }) }).click();
    await page.getByRole('heading', { level: 3, name: t(locale, 'office.criteria.versionHeading', { version: seeded }) }).waitFor();
    await audit(page, 'office-trial-history', locale);
  }, 150_000);

  it('the same pages in English: more information asked with a reason, a trial registered, every page audited', async () => {
    const locale = 'en';
    const page = await signInOffice('puth', locale);
    await recordPiDecision(page, locale, toPuthToo.reference, 'MORE_INFORMATION_REQUESTED', 'Please send a PET-CT from the last 4 weeks.');
    await page.getByText('Please send a PET-CT from the last 4 weeks.').first().waitFor();
    await audit(page, 'office-referral', locale);
    await openOfficePage(page, locale, 'referrals');
    await audit(page, 'office-referrals', locale);
    await openOfficePage(page, locale, 'letters');
    await audit(page, 'office-letters', locale);
    expect(await previewLetter(page, locale, toPuth.reference)).toEqual([]);
    await audit(page, 'office-letter', locale);
    await openOfficePage(page, locale, 'centre');
    await page.getByText('340456789012', { exact: true }).waitFor();
    await audit(page, 'office-centre', locale);
    await openOfficePage(page, locale, 'tariff');
    await audit(page, 'office-tariff', locale);
    await setRecruiting(page, locale, TRIAL, false, 0);
    await audit(page, 'office-trial', locale);

    // Register a trial the centre leads; a bad registry number first (the API's message shown).
    await openOfficePage(page, locale, 'trials');
    await audit(page, 'office-trials', locale);
    await page.getByRole('link', { name: t(locale, 'office.trials.register') }).click();
    await page.getByRole('heading', { level: 1, name: t(locale, 'office.register.heading') }).waitFor();
    await page.getByLabel(new RegExp(`^${t(locale, 'office.register.registryIds').replace(/[()]/g, '.')}`)).fill('NCT123');
    await page.getByLabel(/^Title/).fill('CD19 CAR-T in relapsed B-ALL (PUTH)');
    await page.getByLabel(/^Targets/).fill('CD19');
    await page.getByLabel(/^Indications/).fill('relapsed or refractory B-cell acute lymphoblastic leukaemia');
    await page.getByRole('button', { name: t(locale, 'office.register.submit') }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /registry/i })
      .waitFor();
    await audit(page, 'office-register-trial', locale);
    await page.getByLabel(new RegExp(`^${t(locale, 'office.register.registryIds').replace(/[()]/g, '.')}`)).fill('NCT09990001');
    await page.getByRole('button', { name: t(locale, 'office.register.submit') }).click();
    await page.getByRole('heading', { level: 1, name: 'CD19 CAR-T in relapsed B-ALL (PUTH)' }).waitFor();
    await openTrial(page, locale, 'NCT09990001');
  }, 150_000);

  it("a second office sees none of PUTH's referrals or letters, and the API's refusal when it edits PUTH's criteria", async () => {
    const locale = 'zh-CN';
    const page = await signInOffice('ruijin', locale);
    const inbox = await inboxReferences(page, locale);
    expect(inbox).toEqual([toRuijin.reference]);
    await openOfficePage(page, locale, 'letters');
    await page.getByText(t(locale, 'office.letters.empty')).waitFor();
    const current = (await gateway<{ trial: { criteriaJson: string } }>(coordinator, `{ trial(id: "${TRIAL}") { criteriaJson } }`)).data!.trial.criteriaJson;
    expect(await editCriteria(page, locale, TRIAL, current)).toMatch(/only the office of the trial’s lead site may change it/);
    await audit(page, 'office-trial-refused', locale);
    // The registration form, in Chinese (the English walk above fills it in).
    await openOfficePage(page, locale, 'trials');
    await page.getByRole('link', { name: t(locale, 'office.trials.register') }).click();
    await page.getByRole('heading', { level: 1, name: t(locale, 'office.register.heading') }).waitFor();
    await audit(page, 'office-register-trial', locale);
  }, 90_000);
});

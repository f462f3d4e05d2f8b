import { eventually, identities } from '@carta/testing';
import { Page } from 'playwright-core';
import {
  addCompanion,
  assignCoordinator,
  changeStatus,
  dialogShown,
  editPatient,
  openCase,
  openTab,
  recordConsent,
  recordHomeTeamReview,
  removeCompanion,
  withdrawConsent,
} from './console/case.steps';
import { ConsoleLocale, dialog, t, useConsole } from './console/harness';
import { uploadConsentForm } from './consent-form';

/**
 * The case's own pages (issue 13): opening a case, its overview, its people and consents — driven
 * through the console only (the consent form's upload is arranged through the API), in English and
 * Chinese, every page scanned by axe and screenshotted, and the API's refusals shown on the page.
 */
describe('the case pages in a real browser (embedded platform)', () => {
  const COORDINATOR = 'coord-case';
  const coordinator = identities.coordinator(COORDINATOR);
  const PUTH = /Peking University Third Hospital|北京大学第三医院/;
  const { platform, newUser, signIn, audit } = useConsole();
  let opened: { id: string; reference: string };

  const signInAs = async (name: string, role: 'coordinator' | 'admin' = 'coordinator') => {
    const { page } = await newUser();
    await signIn(page, { role: role === 'admin' ? /^admin$/i : /^coordinator$/i, name });
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();
    return page;
  };
  const chooseLanguage = async (page: Page, locale: ConsoleLocale) => {
    await page.getByLabel(/^(Language|语言)$/).selectOption({ label: locale === 'en' ? 'English' : '中文（简体）' });
  };

  it('a coordinator opens a case, corrects the patient, manages companions, records and withdraws a consent (English)', async () => {
    const page = await signInAs(COORDINATOR);
    await page.getByRole('link', { name: 'Open a case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open a case' }).waitFor();
    await audit(page, 'case-open', 'en');
    opened = await openCase(page, 'en', {
      givenName: 'Amina',
      familyName: 'Okafor',
      birthDate: '1979-04-18',
      nationality: 'NGA',
      passportNumber: 'A09876543',
      passportExpiry: '2031-02-01',
      icd10: 'C83.3',
      description: 'Diffuse large B-cell lymphoma, relapsed',
      priorCellularTherapy: false,
    });
    expect(opened.reference).toMatch(/^CA-[0-9A-Z]{6}$/);
    await page.getByText('C83.3 — Diffuse large B-cell lymphoma, relapsed').waitFor();
    await audit(page, 'case-overview', 'en');

    // The first checklist evaluation moves a new case to COLLECTING_RECORDS on its own; then the coordinator moves it on.
    await eventually('the case to collect records', async () => {
      await page.reload();
      return page
        .getByRole('main')
        .getByText('Collecting records', { exact: true })
        .first()
        .waitFor({ timeout: 2_000 })
        .then(
          () => true,
          () => false,
        );
    });
    await changeStatus(page, 'en', opened.id, 'READY_FOR_SCREENING', 'The home hospital sent the records by courier');
    await page.getByRole('button', { name: 'Change status' }).click();
    await dialogShown(page, 'en', 'case.overview.changeStatus');
    await audit(page, 'case-overview-change-status', 'en');
    await dialog(page, 'en', 'case.overview.changeStatus').getByRole('button', { name: 'Cancel' }).click();

    await editPatient(page, 'en', opened.id, { familyName: 'Okafor-Bello', phone: '+234 803 555 0100' });
    // The passport shows its last four characters only.
    await page.getByText('•••••6543').waitFor();
    expect(await page.getByText('A09876543').count()).toBe(0);

    await addCompanion(page, 'en', opened.id, {
      givenName: 'Chidi',
      familyName: 'Okafor',
      relationship: 'husband',
      birthDate: '1975-09-30',
      nationality: 'NGA',
    });
    await addCompanion(page, 'en', opened.id, {
      givenName: 'Ada',
      familyName: 'Okafor',
      relationship: 'daughter',
      birthDate: '2001-01-12',
      nationality: 'NGA',
    });
    await removeCompanion(page, 'en', opened.id, 'Okafor, Ada');
    await page.getByRole('row', { name: /Okafor, Chidi/ }).waitFor();

    // No signed form yet: the consent dialog says where to upload it.
    await page.getByRole('button', { name: 'Record consent' }).click();
    await dialog(page, 'en', 'case.consents.record').getByText('No signed consent form yet').waitFor();
    await dialog(page, 'en', 'case.consents.record').getByRole('button', { name: 'Cancel' }).click();

    await uploadConsentForm(platform, coordinator, opened.id);
    await recordConsent(page, 'en', opened.id, { centre: PUTH, purpose: 'ELIGIBILITY_REVIEW', categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS'] });
    await page.getByRole('row', { name: PUTH }).getByText('Clinical summary and Medical records').waitFor();
    await audit(page, 'case-people', 'en');

    // The disclosures the patient is told are shown before anything is recorded.
    await page.getByRole('button', { name: 'Record consent' }).click();
    const recording = dialog(page, 'en', 'case.consents.record');
    await recording.getByRole('combobox', { name: /^Centre/ }).focus();
    await page.keyboard.press('ArrowDown');
    await recording.getByRole('option', { name: PUTH }).click();
    await recording.getByText(/PIPL art\. 38–39/).waitFor();
    await recording.getByText(/^Recipient: .*Beijing, China/).waitFor();
    await dialogShown(page, 'en', 'case.consents.record');
    await audit(page, 'case-people-record-consent', 'en');
    await recording.getByRole('button', { name: 'Cancel' }).click();

    await withdrawConsent(page, 'en', opened.id, PUTH, 'The patient chose another centre');
    await page.getByText(/^Withdrawn .*: The patient chose another centre$/).waitFor();
  }, 120_000);

  it('the same pages in Chinese, with the consent recorded and withdrawn again', async () => {
    const page = await signInAs(COORDINATOR);
    await chooseLanguage(page, 'zh-CN');
    await page.getByRole('heading', { name: '工作队列' }).waitFor();
    await page.getByRole('link', { name: '新建病例' }).click();
    await page.getByRole('heading', { level: 1, name: '新建病例' }).waitFor();
    await audit(page, 'case-open', 'zh-CN');

    await openTab(page, 'zh-CN', opened.id, 'overview');
    await page.getByRole('heading', { level: 1, name: opened.reference }).waitFor();
    await audit(page, 'case-overview', 'zh-CN');

    await page.getByRole('button', { name: '变更状态' }).click();
    await dialogShown(page, 'zh-CN', 'case.overview.changeStatus');
    await audit(page, 'case-overview-change-status', 'zh-CN');
    await dialog(page, 'zh-CN', 'case.overview.changeStatus').getByRole('button', { name: '取消' }).click();

    await recordConsent(page, 'zh-CN', opened.id, { centre: PUTH, purpose: 'TREATMENT', categories: ['CLINICAL_SUMMARY'] });
    await page.getByRole('row', { name: PUTH }).getByText('治疗').first().waitFor();
    await page.getByRole('button', { name: '记录同意' }).click();
    await dialogShown(page, 'zh-CN', 'case.consents.record');
    await audit(page, 'case-people-record-consent', 'zh-CN');
    await dialog(page, 'zh-CN', 'case.consents.record').getByRole('button', { name: '取消' }).click();
    await audit(page, 'case-people', 'zh-CN');
    await withdrawConsent(page, 'zh-CN', opened.id, PUTH, '患者改选其他中心');
    await page
      .getByText(/患者改选其他中心$/)
      .first()
      .waitFor();
  }, 120_000);

  it("shows the API's refusals: a name the passport cannot print, and a colleague changing a case that is not theirs", async () => {
    const page = await signInAs(COORDINATOR);
    await expect(
      openCase(page, 'en', {
        givenName: '美玲',
        familyName: '王',
        birthDate: '1980-01-01',
        nationality: 'CHN',
        icd10: 'C16.9',
        description: 'Gastric adenocarcinoma',
      }),
    ).rejects.toThrow(/refused: .*givenName|refused: .*familyName|refused: .*Latin/i);
    await page.getByRole('heading', { level: 1, name: 'Open a case' }).waitFor();

    // A colleague (team cover) sees the case and its people, but the API refuses their changes.
    const colleague = await signInAs('coord-colleague-case');
    await expect(editPatient(colleague, 'en', opened.id, { phone: '+234 1 000 0000' })).rejects.toThrow(/refused: /);
    const refusal = (await dialogShown(colleague, 'en', 'case.people.editPatient')).getByRole('alert');
    await audit(colleague, 'case-people-refused', 'en');
    expect(await refusal.innerText()).toMatch(
      new RegExp(
        t('en', 'app.error', { message: '' })
          .trim()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      ),
    );
    await expect(changeStatus(colleague, 'en', opened.id, 'WITHDRAWN', 'Not mine to withdraw')).rejects.toThrow(/refused: /);
    // Nothing changed.
    await openTab(colleague, 'en', opened.id, 'people');
    expect(await colleague.getByText('+234 1 000 0000').count()).toBe(0);
  }, 120_000);
  it("an admin records the home team's review and hands the case to another coordinator, who alone may then change it", async () => {
    const admin = await signInAs('admin-case', 'admin');
    await recordHomeTeamReview(admin, 'en', opened.id, {
      reviewedOn: '2026-11-20',
      reviewer: 'Dr Ngozi Eze',
      institution: 'Lagos University Teaching Hospital',
      summary: 'Agrees with CAR-T referral; fit to travel after the next cycle.',
    });
    await assignCoordinator(admin, 'en', opened.id, 'coord-colleague-case');
    await audit(admin, 'case-overview-admin', 'en');

    // The former coordinator is now the one refused.
    const former = await signInAs(COORDINATOR);
    await expect(changeStatus(former, 'en', opened.id, 'COLLECTING_RECORDS', 'Still mine?')).rejects.toThrow(/refused: /);
    const colleague = await signInAs('coord-colleague-case');
    await changeStatus(colleague, 'en', opened.id, 'COLLECTING_RECORDS', 'A new pathology report is expected');
  }, 120_000);
});

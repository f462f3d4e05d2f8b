import { eventually } from '@carta/testing';
import { Locator, Page } from 'playwright-core';
import { confirm, ConsoleLocale, dialog, escape, exactly, field, t } from './harness';

/**
 * What a coordinator does on the case's own pages (open a case, its overview, people and consent),
 * through the UI only, in either language: each step starts from any signed-in page, does one thing
 * and waits until the page shows it done. A refusal by the API is thrown as the page shows it.
 */

export interface PatientDetails {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** ISO 3166-1 alpha-3 */
  nationality: string;
  passportNumber?: string;
  passportExpiry?: string;
  email?: string;
  phone?: string;
  icd10: string;
  description: string;
  priorCellularTherapy?: boolean | null;
}

export interface CompanionDetails {
  givenName: string;
  familyName: string;
  relationship: string;
  birthDate: string;
  nationality: string;
  passportNumber?: string;
  passportExpiry?: string;
}

export type ConsentPurpose = 'ELIGIBILITY_REVIEW' | 'TREATMENT' | 'TRAVEL_ARRANGEMENTS' | 'BILLING';
export type DataCategory = 'IDENTITY' | 'CLINICAL_SUMMARY' | 'MEDICAL_RECORDS' | 'IMAGING' | 'GENOMIC' | 'TRAVEL' | 'FINANCIAL';

/** Picks an option of a Mantine Select/MultiSelect by keyboard and pointer, without Escape (it would close a dialog). */
export async function pick(scope: Page | Locator, page: Page, label: RegExp, option: RegExp | string) {
  const input = scope
    .getByRole('textbox', { name: label })
    .or(scope.getByRole('combobox', { name: label }))
    .first();
  await input.focus();
  await page.keyboard.press('ArrowDown');
  await scope
    .getByRole('option', { name: typeof option === 'string' ? exactly(option) : option })
    .first()
    .click();
}

/** The case page's tab, reached by URL (a step may start anywhere). */
export async function openTab(page: Page, locale: ConsoleLocale, caseId: string, tab: 'overview' | 'people') {
  await page.goto(`/console/cases/${caseId}/${tab}`);
  await page.getByRole('tab', { name: t(locale, `case.tabs.${tab}`), selected: true }).waitFor();
  await eventually('the tab to load', async () => (await page.getByRole('status').count()) === 0);
}

async function fillPerson(scope: Locator | Page, locale: ConsoleLocale, person: Partial<Record<string, string | undefined>>) {
  for (const [key, value] of Object.entries(person)) if (value !== undefined) await field(scope, locale, `case.person.${key}`).fill(value);
}

/** Opens a case through the work queue's "Open a case" form; returns the new case's id and reference. */
export async function openCase(page: Page, locale: ConsoleLocale, patient: PatientDetails): Promise<{ id: string; reference: string }> {
  await page.goto('/console/');
  await page.getByRole('link', { name: t(locale, 'case.open.button') }).click();
  await page.getByRole('heading', { level: 1, name: t(locale, 'case.open.heading') }).waitFor();
  const { icd10, description, priorCellularTherapy, ...person } = patient;
  await fillPerson(page, locale, person);
  await field(page, locale, 'case.profile.icd10').fill(icd10);
  await field(page, locale, 'case.profile.description').fill(description);
  if (priorCellularTherapy !== undefined) {
    const choice = priorCellularTherapy === true ? 'YES' : priorCellularTherapy === false ? 'NO' : 'UNKNOWN';
    await pick(page, page, exactly(t(locale, 'case.profile.priorTherapy')), t(locale, `case.profile.prior.${choice}`));
  }
  await page.getByRole('button', { name: t(locale, 'case.open.submit') }).click();
  const outcome = await eventually('the new case to open', async () => {
    const alert = page.getByRole('alert');
    if ((await alert.count()) > 0) return { refused: await alert.innerText() };
    const id = /\/console\/cases\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
    return id ? { id } : null;
  });
  if ('refused' in outcome) throw new Error(`refused: ${outcome.refused}`);
  const opened = outcome.id;
  const heading = page.getByRole('heading', { level: 1, name: /^CA-/ });
  await heading.waitFor();
  return { id: opened, reference: (await heading.innerText()).trim() };
}

/** Moves the case to another status (one of those it allows), with a reason. */
export async function changeStatus(page: Page, locale: ConsoleLocale, caseId: string, to: string, reason: string) {
  await openTab(page, locale, caseId, 'overview');
  await page.getByRole('button', { name: t(locale, 'case.overview.changeStatus') }).click();
  const box = dialog(page, locale, 'case.overview.changeStatus');
  await pick(box, page, exactly(t(locale, 'case.overview.newStatus')), t(locale, `status.${to}`));
  await field(box, locale, 'case.overview.reason').fill(reason);
  await confirm(page, locale, 'case.overview.changeStatus', 'case.overview.confirmStatus');
  await page
    .getByRole('main')
    .getByText(t(locale, `status.${to}`), { exact: true })
    .first()
    .waitFor();
}

/** Corrects the patient (only the fields given); the page shows the name as the passport prints it. */
export async function editPatient(
  page: Page,
  locale: ConsoleLocale,
  caseId: string,
  changes: Partial<Omit<PatientDetails, 'icd10' | 'description' | 'priorCellularTherapy'>>,
) {
  await openTab(page, locale, caseId, 'people');
  await page.getByRole('button', { name: t(locale, 'case.people.editPatient') }).click();
  await fillPerson(dialog(page, locale, 'case.people.editPatient'), locale, changes);
  await confirm(page, locale, 'case.people.editPatient', 'case.save');
  if (changes.familyName)
    await page
      .getByText(new RegExp(`^${escape(changes.familyName)},`))
      .first()
      .waitFor();
}

/** Adds a companion; waits until the companions' table lists them. */
export async function addCompanion(page: Page, locale: ConsoleLocale, caseId: string, companion: CompanionDetails) {
  await openTab(page, locale, caseId, 'people');
  await page.getByRole('button', { name: t(locale, 'case.people.addCompanion') }).click();
  await fillPerson(dialog(page, locale, 'case.people.addCompanion'), locale, { ...companion });
  await confirm(page, locale, 'case.people.addCompanion', 'case.save');
  await page.getByRole('row', { name: new RegExp(escape(`${companion.familyName}, ${companion.givenName}`)) }).waitFor();
}

/** Removes a companion (named "Family, Given" as the table shows them), confirming in the dialog. */
export async function removeCompanion(page: Page, locale: ConsoleLocale, caseId: string, name: string) {
  await openTab(page, locale, caseId, 'people');
  const row = page.getByRole('row', { name: new RegExp(escape(name)) });
  await row.getByRole('button', { name: t(locale, 'case.people.remove') }).click();
  await confirm(page, locale, 'case.people.removeTitle', 'case.people.confirmRemove');
  await eventually(`${name} to leave the table`, async () => (await row.count()) === 0);
}

/**
 * Records a consent for a centre (the option as the centre picker shows it), citing the case's
 * signed consent form (the first verified one). Waits for the consent to be listed as active.
 */
export async function recordConsent(
  page: Page,
  locale: ConsoleLocale,
  caseId: string,
  consent: { centre: RegExp | string; purpose: ConsentPurpose; categories: DataCategory[] },
) {
  await openTab(page, locale, caseId, 'people');
  const before = await page.getByText(t(locale, 'case.consents.active'), { exact: true }).count();
  await page.getByRole('button', { name: t(locale, 'case.consents.record') }).click();
  const box = dialog(page, locale, 'case.consents.record');
  await pick(box, page, exactly(t(locale, 'case.consents.centre')), consent.centre);
  await pick(box, page, exactly(t(locale, 'case.consents.purpose')), t(locale, `case.consents.purposes.${consent.purpose}`));
  for (const category of consent.categories) {
    await pick(box, page, exactly(t(locale, 'case.consents.categories')), t(locale, `case.consents.dataCategories.${category}`));
    await page.keyboard.press('Tab');
  }
  const form = field(box, locale, 'case.consents.signedForm');
  if ((await form.inputValue()) === '') await pick(box, page, exactly(t(locale, 'case.consents.signedForm')), /./);
  await confirm(page, locale, 'case.consents.record', 'case.consents.confirmRecord');
  await eventually('the consent to be listed', async () => (await page.getByText(t(locale, 'case.consents.active'), { exact: true }).count()) > before);
}

/** Withdraws the active consent of a centre (as the consents table names the recipient), with a reason. */
export async function withdrawConsent(page: Page, locale: ConsoleLocale, caseId: string, centre: RegExp | string, reason: string) {
  await openTab(page, locale, caseId, 'people');
  const withdraw = page.getByRole('row', { name: centre }).getByRole('button', { name: t(locale, 'case.consents.withdraw') });
  const active = await withdraw.count();
  await withdraw.first().click();
  await field(dialog(page, locale, 'case.consents.withdrawTitle'), locale, 'case.consents.withdrawReason').fill(reason);
  await confirm(page, locale, 'case.consents.withdrawTitle', 'case.consents.confirmWithdraw');
  await eventually('the consent to show withdrawn', async () => (await withdraw.count()) === active - 1);
}

/** Records the patient's own oncology team's review of the plan (needed before the patient travels). */
export async function recordHomeTeamReview(
  page: Page,
  locale: ConsoleLocale,
  caseId: string,
  review: { reviewedOn: string; reviewer: string; institution: string; summary: string },
) {
  await openTab(page, locale, caseId, 'overview');
  await page.getByRole('button', { name: t(locale, 'case.review.record') }).click();
  const box = dialog(page, locale, 'case.review.record');
  for (const [key, value] of Object.entries(review)) await field(box, locale, `case.review.${key}`).fill(value);
  await confirm(page, locale, 'case.review.record', 'case.save');
  await page.getByText(review.summary).waitFor();
}

/** An admin hands the case to another coordinator. */
export async function assignCoordinator(page: Page, locale: ConsoleLocale, caseId: string, coordinatorId: string) {
  await openTab(page, locale, caseId, 'overview');
  await page.getByRole('button', { name: t(locale, 'case.overview.assign') }).click();
  await field(dialog(page, locale, 'case.overview.assign'), locale, 'case.overview.coordinator').fill(coordinatorId);
  await confirm(page, locale, 'case.overview.assign', 'case.overview.confirmAssign');
  await page.getByText(coordinatorId, { exact: true }).waitFor();
}

/** Waits until a dialog has finished opening (its fade-in done), so a scan sees its real colours. */
export async function dialogShown(page: Page, locale: ConsoleLocale, titleKey: string): Promise<Locator> {
  const box = dialog(page, locale, titleKey);
  await box.waitFor();
  await eventually('the dialog to finish opening', () =>
    box.evaluate((element) => {
      // In the page (the tools' TypeScript knows no DOM): the dialog and every ancestor fully opaque.
      type Styled = { parentElement: Styled | null };
      const page = globalThis as unknown as { getComputedStyle(node: Styled): { opacity: string } };
      for (let node: Styled | null = element as unknown as Styled; node; node = node.parentElement)
        if (page.getComputedStyle(node).opacity !== '1') return false;
      return true;
    }),
  );
  return box;
}

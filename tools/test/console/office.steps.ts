import { eventually } from '@carta/testing';
import { Page } from 'playwright-core';
import { confirm, ConsoleLocale, escape, field, settled, t } from './harness';

/**
 * What a hospital international office does on its own pages (referrals, invitation letters, centre
 * profile, tariff, trials), through the UI only — roles, labels and headings, in either language.
 * Each step starts from any signed-in page (it goes by the header's links), does one thing and waits
 * until the page shows it done; a refusal by the API is thrown as the page shows it.
 */

export type OfficePage = 'referrals' | 'letters' | 'centre' | 'tariff' | 'trials';
export type PiDecision = 'ACCEPTED' | 'DECLINED' | 'MORE_INFORMATION_REQUESTED';

export interface LetterDraft {
  officeReference: string;
  /** YYYY-MM-DD; the timeline's when absent. */
  plannedArrival?: string;
  plannedDeparture?: string;
  validUntil: string;
}

/** Amounts are decimal strings in CNY (the product in `manufacturingCurrency`). */
export interface TariffValues {
  label: string;
  asOf?: string;
  hospitalDay: string;
  monitoringDay: string;
  apheresis: string;
  lymphodepletionDay: string;
  crsIcansReserveLow: string;
  crsIcansReserveHigh: string;
  coordinationFee: string;
  interpreterDay: string;
  hotelNight: string;
  manufacturingLow: string;
  manufacturingHigh: string;
  manufacturingCurrency?: 'CNY' | 'USD';
}

export interface BankDetails {
  accountName: string;
  bankName: string;
  accountNumber: string;
  swift: string;
}

export interface CentreProfile {
  nameZh?: string;
  addressEn?: string;
  addressZh?: string;
  email?: string;
  phone?: string;
}

export const A_TARIFF: TariffValues = {
  label: 'PUTH 2027',
  hospitalDay: '1800',
  monitoringDay: '2400',
  apheresis: '15000',
  lymphodepletionDay: '6000',
  crsIcansReserveLow: '30000',
  crsIcansReserveHigh: '120000',
  coordinationFee: '20000',
  interpreterDay: '600',
  hotelNight: '450',
  manufacturingLow: '800000',
  manufacturingHigh: '1200000',
  manufacturingCurrency: 'CNY',
};

/** An i18n text with its placeholders matching anything. */
const pattern = (locale: ConsoleLocale, key: string, values: Record<string, string | number> = {}) => {
  const marker = '\u0000';
  const text = t(locale, key, values).replace(/\{\{\w+\}\}/g, marker);
  return new RegExp(escape(text).split(marker).join('.+'));
};
const heading1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** One of the office's pages, by the header's link. */
export async function openOfficePage(page: Page, locale: ConsoleLocale, which: OfficePage) {
  const nav = page.getByRole('navigation', { name: t(locale, 'app.mainNav') });
  await nav.getByRole('link', { name: t(locale, `office.nav.${which}`), exact: true }).click();
  const headings: Record<OfficePage, string> = {
    referrals: 'office.referrals.heading',
    letters: 'office.letters.heading',
    centre: 'office.centre.heading',
    tariff: 'office.tariff.heading',
    trials: 'office.trials.heading',
  };
  await heading1(page, t(locale, headings[which])).waitFor();
  await settled(page);
}

/** The case references the referrals inbox shows. */
export async function inboxReferences(page: Page, locale: ConsoleLocale): Promise<string[]> {
  await openOfficePage(page, locale, 'referrals');
  const table = page.getByRole('table', { name: t(locale, 'office.referrals.caption') });
  if ((await table.count()) === 0) return [];
  return (await table.innerText()).match(/CA-[0-9A-Z]+/g) ?? [];
}

/** Opens a referral from the inbox and records the PI's decision (a reason unless accepted). */
export async function recordPiDecision(page: Page, locale: ConsoleLocale, reference: string, decision: PiDecision, reason?: string) {
  await openOfficePage(page, locale, 'referrals');
  await page.getByRole('link', { name: reference, exact: true }).click();
  await heading1(page, t(locale, 'office.referral.heading', { reference })).waitFor();
  await page.getByRole('radio', { name: t(locale, `office.piDecision.${decision}`) }).check();
  if (reason) await field(page, locale, 'office.referral.reasonLabel').fill(reason);
  await page.getByRole('button', { name: t(locale, 'office.referral.record') }).click();
  await confirm(page, locale, 'office.referral.confirmTitle', 'office.referral.confirm');
  await page
    .getByText(t(locale, `office.referralStatus.${decision}`), { exact: true })
    .first()
    .waitFor();
}

/** Opens the newest letter of a case from the letters page. */
async function openLetter(page: Page, locale: ConsoleLocale, reference: string) {
  await openOfficePage(page, locale, 'letters');
  await page
    .getByRole('link', { name: new RegExp(escape(reference)) })
    .first()
    .click();
  await heading1(page, new RegExp(escape(reference))).waitFor();
  await settled(page);
}

/** What the preview says is still missing, by the API's field names (e.g. centre.nameZh); empty when complete. */
async function shownMissing(page: Page, locale: ConsoleLocale): Promise<string[]> {
  return eventually('the preview', async () => {
    const list = page.getByRole('list', { name: t(locale, 'office.letter.missing') });
    if ((await list.count()) > 0) return (await list.getByRole('listitem').allInnerTexts()).map((item) => /[（(]([\w.]+)[)）]\s*$/.exec(item)?.[1] ?? item);
    return (await page.getByText(t(locale, 'office.letter.complete')).count()) > 0 ? [] : null;
  });
}

async function fillDraft(page: Page, locale: ConsoleLocale, draft: Partial<LetterDraft>) {
  const fields: [keyof LetterDraft, string][] = [
    ['officeReference', 'office.letter.officeReference'],
    ['plannedArrival', 'office.letter.plannedArrival'],
    ['plannedDeparture', 'office.letter.plannedDeparture'],
    ['validUntil', 'office.letters.validUntil'],
  ];
  for (const [name, key] of fields) if (draft[name] !== undefined) await field(page, locale, key).fill(draft[name]!);
}

/** Previews a case's letter as it would be issued now (with an optional draft): the fields still missing. */
export async function previewLetter(page: Page, locale: ConsoleLocale, reference: string, draft: Partial<LetterDraft> = {}): Promise<string[]> {
  await openLetter(page, locale, reference);
  if (Object.keys(draft).length) {
    await fillDraft(page, locale, draft);
    await page.getByRole('button', { name: t(locale, 'office.letter.preview'), exact: true }).click();
    await settled(page);
  }
  return shownMissing(page, locale);
}

/** Issues a case's letter with the office's reference and validity (confirmed in the dialog); waits until it shows as issued. */
export async function issueLetter(
  page: Page,
  locale: ConsoleLocale,
  reference: string,
  draft: LetterDraft = { officeReference: `北大医院国际医疗部〔${today().slice(0, 4)}〕第15号`, validUntil: inDays(90) },
) {
  await openLetter(page, locale, reference);
  await fillDraft(page, locale, draft);
  await page.getByRole('button', { name: t(locale, 'office.letter.preview'), exact: true }).click();
  await settled(page);
  await page.getByRole('button', { name: t(locale, 'office.letter.issue'), exact: true }).click();
  await confirm(page, locale, 'office.letter.confirmIssueTitle', 'office.letter.confirmIssue');
  await page.getByText(t(locale, 'office.letterStatus.ISSUED'), { exact: true }).first().waitFor();
}

/** Fetches the issued letter's link; returns its URL. */
export async function issuedLetterUrl(page: Page, locale: ConsoleLocale, reference: string): Promise<string> {
  await openLetter(page, locale, reference);
  await page.getByRole('button', { name: t(locale, 'office.letter.download') }).click();
  const link = page.getByRole('link', { name: t(locale, 'office.letter.issuedPdf') });
  await link.waitFor();
  return (await link.getAttribute('href'))!;
}

async function fillTariff(page: Page, locale: ConsoleLocale, tariff: TariffValues) {
  await field(page, locale, 'office.tariff.label').fill(tariff.label);
  await field(page, locale, 'office.tariff.asOf').fill(tariff.asOf ?? today());
  const amounts = [
    'hospitalDay',
    'monitoringDay',
    'apheresis',
    'lymphodepletionDay',
    'crsIcansReserveLow',
    'crsIcansReserveHigh',
    'coordinationFee',
    'interpreterDay',
    'hotelNight',
    'manufacturingLow',
    'manufacturingHigh',
  ] as const;
  for (const amount of amounts) await field(page, locale, `office.tariff.input.${amount}`).fill(tariff[amount]);
  await field(page, locale, 'office.tariff.currency').selectOption(tariff.manufacturingCurrency ?? 'CNY');
}

async function saveTariff(page: Page, locale: ConsoleLocale) {
  await page.getByRole('button', { name: t(locale, 'office.tariff.save') }).click();
  const form = page.getByRole('form', { name: t(locale, 'office.tariff.newVersion') });
  const outcome = await eventually('the tariff to be saved', async () => {
    if ((await form.getByRole('alert').count()) > 0) return `refused: ${await form.getByRole('alert').innerText()}`;
    return (await page.getByText(pattern(locale, 'office.savedAt')).count()) > 0 ? 'saved' : null;
  });
  if (outcome !== 'saved') throw new Error(outcome);
}

/** Sets a new version of the centre's tariff; waits until the page shows it as the current one. */
export async function setTariff(page: Page, locale: ConsoleLocale, tariff: TariffValues = A_TARIFF) {
  await openOfficePage(page, locale, 'tariff');
  await fillTariff(page, locale, tariff);
  await saveTariff(page, locale);
  await page.getByRole('table', { name: t(locale, 'office.tariff.caption', { label: tariff.label }) }).waitFor();
}

/** Sets the account invoices ask families to pay into (kept with the tariff); waits until the centre's page shows it. */
export async function setBankDetails(page: Page, locale: ConsoleLocale, details: BankDetails, tariffIfNone: TariffValues = A_TARIFF) {
  await openOfficePage(page, locale, 'tariff');
  // The bank account is part of a tariff version: the first one needs its prices too.
  if ((await page.getByText(t(locale, 'office.tariff.none')).count()) > 0) await fillTariff(page, locale, tariffIfNone);
  for (const [key, value] of Object.entries(details)) await field(page, locale, `office.tariff.${key}`).fill(value);
  await saveTariff(page, locale);
  await openOfficePage(page, locale, 'centre');
  await page.getByText(details.accountNumber, { exact: true }).waitFor();
}

/** Edits the centre's profile; waits until the page says it is saved. */
export async function updateCentreProfile(page: Page, locale: ConsoleLocale, profile: CentreProfile) {
  await openOfficePage(page, locale, 'centre');
  const fields: [keyof CentreProfile, string][] = [
    ['nameZh', 'office.centre.nameZh'],
    ['addressEn', 'office.centre.addressEn'],
    ['addressZh', 'office.centre.addressZh'],
    ['email', 'office.centre.email'],
    ['phone', 'office.centre.phone'],
  ];
  for (const [name, key] of fields) if (profile[name] !== undefined) await field(page, locale, key).fill(profile[name]!);
  await page.getByRole('button', { name: t(locale, 'office.centre.save') }).click();
  const form = page.getByRole('form', { name: t(locale, 'office.centre.profile') });
  const outcome = await eventually('the profile to be saved', async () => {
    if ((await form.getByRole('alert').count()) > 0) return `refused: ${await form.getByRole('alert').innerText()}`;
    return (await page.getByText(pattern(locale, 'office.savedAt')).count()) > 0 ? 'saved' : null;
  });
  if (outcome !== 'saved') throw new Error(outcome);
}

/** Opens a trial from the trials page. */
export async function openTrial(page: Page, locale: ConsoleLocale, trialId: string) {
  await openOfficePage(page, locale, 'trials');
  await page.getByRole('link', { name: trialId, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: t(locale, 'office.trial.sites') }).waitFor();
  await settled(page);
}

/** Sets the office's own site's recruitment; waits until the sites table shows it. */
export async function setRecruiting(page: Page, locale: ConsoleLocale, trialId: string, recruiting: boolean, openSlots: number) {
  await openTrial(page, locale, trialId);
  const form = page.getByRole('form', { name: t(locale, 'office.trial.recruitmentForm') });
  const toggle = form.getByRole('switch', { name: t(locale, 'office.trial.recruitingLabel') });
  if ((await toggle.isChecked()) !== recruiting) await toggle.click();
  await field(form, locale, 'office.trial.openSlotsLabel').fill(String(openSlots));
  await form.getByRole('button', { name: t(locale, 'office.trial.saveRecruitment') }).click();
  const sites = page.getByRole('table', { name: t(locale, 'office.trial.sitesCaption') });
  const expected = [t(locale, recruiting ? 'office.yes' : 'office.no'), String(openSlots)];
  await eventually('the site to show its recruitment', async () => {
    const alert = page.getByRole('region', { name: t(locale, 'office.trial.ourSite') }).getByRole('alert');
    if ((await alert.count()) > 0) throw new Error(`refused: ${await alert.first().innerText()}`);
    const rows = await sites.getByRole('row').allInnerTexts();
    return rows.some((row) => {
      const cells = row.split('\t').map((cell) => cell.trim());
      return cells[1] === expected[0] && cells[2] === expected[1];
    });
  });
}

/** Names the office's own site's principal investigator; waits until the sites table shows them. */
export async function setInvestigator(page: Page, locale: ConsoleLocale, trialId: string, name: string, nameZh?: string) {
  await openTrial(page, locale, trialId);
  const form = page.getByRole('form', { name: t(locale, 'office.trial.investigatorForm') });
  await field(form, locale, 'office.trial.piName').fill(name);
  if (nameZh !== undefined) await field(form, locale, 'office.trial.piNameZh').fill(nameZh);
  await form.getByRole('button', { name: t(locale, 'office.trial.saveInvestigator') }).click();
  const sites = page.getByRole('table', { name: t(locale, 'office.trial.sitesCaption') });
  await sites
    .getByText(new RegExp(escape(name)))
    .first()
    .waitFor();
}

/**
 * Replaces a trial's criteria JSON in the editor and saves it as the next version. Returns what the
 * API said: null when saved, else its refusal (which names the path of the first bad clause).
 */
export async function editCriteria(page: Page, locale: ConsoleLocale, trialId: string, criteriaJson: string): Promise<string | null> {
  await openTrial(page, locale, trialId);
  const section = page.getByRole('region', { name: pattern(locale, 'office.criteria.heading') });
  await field(section, locale, 'office.criteria.json').fill(criteriaJson);
  await section.getByRole('button', { name: t(locale, 'office.criteria.save') }).click();
  return eventually('the criteria to be saved or refused', async () => {
    const alert = section.getByRole('alert');
    if ((await alert.count()) > 0) return { refusal: await alert.first().innerText() };
    return (await section.getByText(pattern(locale, 'office.criteria.saved')).count()) > 0 ? { refusal: null } : null;
  }).then((outcome) => outcome.refusal);
}

/** The editor's live reading of the criteria as typed (without saving): the text of each rendered line. */
export async function readCriteriaAsTyped(page: Page, locale: ConsoleLocale, trialId: string, criteriaJson: string): Promise<string> {
  await openTrial(page, locale, trialId);
  await field(page, locale, 'office.criteria.json').fill(criteriaJson);
  const reading = page.getByRole('heading', { level: 3, name: t(locale, 'office.criteria.reading') }).locator('..');
  await page.waitForTimeout(400); // the reading follows the typing after a 250 ms pause
  return reading.innerText();
}

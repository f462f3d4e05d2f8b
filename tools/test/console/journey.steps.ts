import { eventually } from '@carta/testing';
import { Locator, Page } from 'playwright-core';
import { choose, ConsoleLocale, escape, t, useLanguage } from './harness';

/**
 * What a coordinator does on a case's journey and money tabs, through the console only (roles,
 * labels and headings, in either language). Each step starts from any signed-in page, goes to the
 * tab by its URL, and returns once the page shows the outcome. A refusal the API gives is thrown as
 * an Error carrying the words the page shows, so a test can expect it (`rejects.toThrow(...)`).
 */

/** A text with one placeholder as a pattern capturing it (the rest of the text literal). */
const pattern = (locale: ConsoleLocale, key: string, placeholder: string, values: Record<string, string | number> = {}) => {
  const marker = '\u0000';
  return new RegExp(escape(t(locale, key, { ...values, [placeholder]: marker })).replace(marker, '(.+?)'));
};

async function openTab(page: Page, locale: ConsoleLocale, caseId: string, tab: 'journey' | 'money') {
  const path = `/console/cases/${caseId}/${tab}`;
  if (!page.url().endsWith(path)) await page.goto(path);
  await useLanguage(page, locale);
  await page.getByRole('heading', { level: 2, name: t(locale, `${tab}.heading`) }).waitFor();
  await eventually(`the ${tab} tab to load`, async () => (await page.getByText(t(locale, 'app.loading'), { exact: true }).count()) === 0);
}

/** Waits until an action's outcome shows: `done` true, or the API's refusal (an alert in `scope`), which is returned. */
async function refusalOr(scope: Locator, what: string, done: () => Promise<boolean>): Promise<string | null> {
  const refusal = scope.getByRole('alert');
  const seen = await eventually(`${what} to be done or refused`, async () => {
    if (await done()) return { message: null };
    if ((await refusal.count()) > 0) return { message: await refusal.first().innerText() };
    return null;
  });
  return seen.message;
}

async function outcome(scope: Locator, what: string, done: () => Promise<boolean>) {
  const refused = await refusalOr(scope, what, done);
  if (refused !== null) throw new Error(`${what} was refused: ${refused}`);
}

/**
 * Clicks a modal's confirming button; done when the modal closes. Refused when it shows the API's
 * alert: the person cancels (the page keeps showing the refusal) and the refusal is thrown.
 */
async function confirmIn(page: Page, locale: ConsoleLocale, dialog: Locator, button: string, what: string) {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  const refused = await refusalOr(dialog, what, async () => (await dialog.count()) === 0);
  if (refused === null) return;
  await dialog.getByRole('button', { name: t(locale, 'app.cancel'), exact: true }).click();
  await eventually(`the dialog of ${what} to close`, async () => (await dialog.count()) === 0);
  throw new Error(`${what} was refused: ${refused}`);
}

/** The section of one traveller, named by its heading (e.g. "Amara Okafor (patient)"). */
const travellerSection = (page: Page, travellerName: string) => page.getByRole('region', { name: new RegExp(escape(travellerName)) });
/** Rows of a traveller's visa applications (the header row excluded). */
const visaRows = (section: Locator) => section.getByRole('row').filter({ has: section.page().getByRole('rowheader') });

/** Asks the accepting centre for a new invitation letter (refused while one is requested or still valid). */
export async function requestLetter(page: Page, locale: ConsoleLocale, caseId: string): Promise<void> {
  await openTab(page, locale, caseId, 'journey');
  const section = page.getByRole('region', { name: t(locale, 'journey.letter.heading') });
  const requested = section.getByText(t(locale, 'journey.letterStatus.REQUESTED'), { exact: true });
  const before = await requested.count();
  await section.getByRole('button', { name: t(locale, 'journey.letter.request') }).click();
  await outcome(section, 'the letter request', async () => (await requested.count()) > before);
}

export interface VisaDates {
  plannedArrival?: string;
  plannedDeparture?: string;
}

/** Opens a visa application for a traveller (the consulate needs an issued, valid letter: the API says so). */
export async function openVisa(page: Page, locale: ConsoleLocale, caseId: string, travellerName: string, input: VisaDates = {}): Promise<void> {
  await openTab(page, locale, caseId, 'journey');
  const section = travellerSection(page, travellerName);
  const before = await visaRows(section).count();
  await section.getByRole('button', { name: t(locale, 'journey.visa.open') }).click();
  const dialog = page.getByRole('dialog', { name: t(locale, 'journey.visa.openTitle', { name: travellerName }) });
  if (input.plannedArrival) await dialog.getByLabel(t(locale, 'journey.visa.plannedArrival')).fill(input.plannedArrival);
  if (input.plannedDeparture) await dialog.getByLabel(t(locale, 'journey.visa.plannedDeparture')).fill(input.plannedDeparture);
  await confirmIn(page, locale, dialog, t(locale, 'journey.visa.openSubmit'), `${travellerName}'s visa application`);
  await eventually(`${travellerName}'s new application to show`, async () => (await visaRows(section).count()) > before);
}

export interface VisaStatusDetails {
  /** The day it was submitted, granted or refused (default: the date field's today). */
  on?: string;
  /** GRANTED: the last day the visa is valid. */
  validUntil?: string;
  /** REFUSED: the consulate's reason. */
  reason?: string;
}

/** Moves a traveller's open application (the first still preparing or submitted) to a new status. */
export async function updateVisa(
  page: Page,
  locale: ConsoleLocale,
  caseId: string,
  travellerName: string,
  status: 'SUBMITTED' | 'GRANTED' | 'REFUSED',
  details: VisaStatusDetails = {},
): Promise<void> {
  await openTab(page, locale, caseId, 'journey');
  const section = travellerSection(page, travellerName);
  const badge = section.getByText(t(locale, `journey.visaStatus.${status}`), { exact: true });
  const before = await badge.count();
  await section
    .getByRole('button', { name: t(locale, 'journey.visa.update') })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: t(locale, 'journey.visa.updateTitle', { name: travellerName }) });
  await choose(page, t(locale, 'journey.visa.newStatus'), new RegExp(`^${escape(t(locale, `journey.visaStatus.${status}`))}$`));
  if (details.on) await dialog.getByLabel(t(locale, 'journey.visa.on')).fill(details.on);
  if (status === 'GRANTED') await dialog.getByLabel(t(locale, 'journey.visa.validUntilField')).fill(details.validUntil ?? '');
  if (status === 'REFUSED') await dialog.getByLabel(t(locale, 'journey.visa.reason')).fill(details.reason ?? '');
  await confirmIn(page, locale, dialog, t(locale, 'journey.visa.updateSubmit'), `${travellerName}'s visa status`);
  await eventually(`${travellerName}'s visa to show ${status}`, async () => (await badge.count()) > before);
}

/** Reports the centre's manufacturing delay; done when the plan's revision moved on. */
export async function reportDelay(page: Page, locale: ConsoleLocale, caseId: string, days: number): Promise<void> {
  await openTab(page, locale, caseId, 'journey');
  const section = page.getByRole('region', { name: t(locale, 'journey.timeline.heading') });
  const fact = section.getByText(t(locale, 'journey.facts.MANUFACTURING_DELAY', { days }));
  const before = await fact.count();
  await section.getByLabel(t(locale, 'journey.delay.days')).fill(String(days));
  await section.getByRole('button', { name: t(locale, 'journey.delay.submit') }).click();
  await outcome(section, 'the manufacturing delay', async () => (await fact.count()) > before);
}

/** Creates (or replaces) the family's calendar subscription and returns its URL, shown once. */
export async function subscribeCalendar(page: Page, locale: ConsoleLocale, caseId: string): Promise<string> {
  await openTab(page, locale, caseId, 'journey');
  const section = page.getByRole('region', { name: t(locale, 'journey.calendar.heading') });
  const field = section.getByLabel(t(locale, 'journey.calendar.url'));
  const before = (await field.count()) ? await field.inputValue() : '';
  await section
    .getByRole('button', { name: new RegExp(`^(${escape(t(locale, 'journey.calendar.subscribe'))}|${escape(t(locale, 'journey.calendar.replace'))})$`) })
    .click();
  await outcome(section, 'the calendar subscription', async () => (await field.count()) > 0 && (await field.inputValue()) !== before);
  return field.inputValue();
}

/** Revokes the family's calendar subscription (after confirming). */
export async function revokeCalendar(page: Page, locale: ConsoleLocale, caseId: string): Promise<void> {
  await openTab(page, locale, caseId, 'journey');
  const section = page.getByRole('region', { name: t(locale, 'journey.calendar.heading') });
  await section.getByRole('button', { name: t(locale, 'journey.calendar.revoke') }).click();
  const dialog = page.getByRole('dialog', { name: t(locale, 'journey.calendar.revokeTitle') });
  await confirmIn(page, locale, dialog, t(locale, 'journey.calendar.revokeConfirm'), 'the calendar revocation');
  await section.getByText(t(locale, 'journey.calendar.revoked')).waitFor();
}

/** Asks for a fresh link of a download the page offers by `label` and returns its URL. */
export async function downloadLink(page: Page, locale: ConsoleLocale, label: string): Promise<string> {
  await page.getByRole('button', { name: label, exact: true }).click();
  const link = page.getByRole('link', { name: pattern(locale, 'journey.download.open', 'expires', { label }) });
  await link.waitFor();
  return (await link.getAttribute('href')) ?? '';
}

export interface EstimateInput {
  fundingModel?: 'PATIENT_PAID' | 'SPONSOR_FUNDED' | 'COMPASSIONATE';
  /** CNY for one USD, e.g. 7.1034. */
  rate?: string;
  /** Default: the field's today. */
  asOf?: string;
  source?: string;
  familyStaysDuringManufacturing?: boolean;
}

/** Prepares an estimate; returns the version the API makes current (a new one only when an input changed). */
export async function prepareEstimate(page: Page, locale: ConsoleLocale, caseId: string, input: EstimateInput = {}): Promise<number> {
  await openTab(page, locale, caseId, 'money');
  const form = page.getByRole('form', { name: t(locale, 'money.prepare.heading') });
  await choose(
    page,
    t(locale, 'money.prepare.fundingModel'),
    new RegExp(`^${escape(t(locale, `money.fundingModel.${input.fundingModel ?? 'PATIENT_PAID'}`))}$`),
  );
  await form.getByLabel(t(locale, 'money.prepare.rate')).fill(input.rate ?? '7.1034');
  if (input.asOf) await form.getByLabel(t(locale, 'money.prepare.asOf')).fill(input.asOf);
  await form.getByLabel(t(locale, 'money.prepare.source')).fill(input.source ?? 'PBOC central parity');
  await form.getByLabel(t(locale, 'money.prepare.stays')).setChecked(input.familyStaysDuringManufacturing ?? true);
  const submit = form.getByRole('button', { name: t(locale, 'money.prepare.submit') });
  const done = form.getByText(pattern(locale, 'money.prepare.done', 'version'));
  // Submitting clears the last answer: the words show again once this one is in.
  await submit.click();
  await outcome(form, 'the estimate', async () => (await done.count()) > 0);
  const version = Number(pattern(locale, 'money.prepare.done', 'version').exec(await done.innerText())?.[1]);
  await page.getByRole('columnheader', { name: new RegExp(`^${escape(t(locale, 'money.estimates.version', { version }))}`) }).waitFor();
  return version;
}

/** Records the family's acceptance of a version (default: the one the page offers, the current one). */
export async function acceptEstimate(page: Page, locale: ConsoleLocale, caseId: string, version?: number, acceptedBy = 'Chidi Okafor, husband'): Promise<void> {
  await openTab(page, locale, caseId, 'money');
  const button = version
    ? page.getByRole('button', { name: t(locale, 'money.estimates.accept', { version }), exact: true })
    : page.getByRole('button', { name: pattern(locale, 'money.estimates.accept', 'version') });
  const name = await button.innerText();
  const accepting = Number(pattern(locale, 'money.estimates.accept', 'version').exec(name)?.[1]);
  await button.click();
  const dialog = page.getByRole('dialog', { name: t(locale, 'money.estimates.acceptTitle', { version: accepting }) });
  await dialog.getByLabel(t(locale, 'money.estimates.acceptedByField')).fill(acceptedBy);
  await confirmIn(page, locale, dialog, t(locale, 'money.estimates.acceptConfirm'), `the acceptance of version ${accepting}`);
  await page
    .getByText(
      new RegExp(
        escape(t(locale, 'money.estimates.acceptedBy', { by: acceptedBy, at: '\u0000', recordedBy: '\u0000' }))
          .split('\u0000')
          .join('.+'),
      ),
    )
    .waitFor();
}

export interface InvoiceInput {
  kind?: 'DEPOSIT' | 'BALANCE';
  /** In CNY, as a decimal, e.g. 300000.00. */
  amount?: string;
}

/** Issues an invoice (after confirming) and returns its reference. */
export async function issueInvoice(page: Page, locale: ConsoleLocale, caseId: string, input: InvoiceInput = {}): Promise<string> {
  await openTab(page, locale, caseId, 'money');
  const form = page.getByRole('form', { name: t(locale, 'money.invoices.issueHeading') });
  await choose(page, t(locale, 'money.invoices.kind'), new RegExp(`^${escape(t(locale, `money.invoiceKind.${input.kind ?? 'DEPOSIT'}`))}$`));
  await form.getByLabel(t(locale, 'money.invoices.amountField')).fill(input.amount ?? '300000.00');
  await form.getByRole('button', { name: t(locale, 'money.invoices.issue'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t(locale, 'money.invoices.confirmTitle') });
  await confirmIn(page, locale, dialog, t(locale, 'money.invoices.confirm'), 'the invoice');
  const issued = form.getByText(pattern(locale, 'money.invoices.issued', 'reference'));
  await issued.waitFor();
  const reference = pattern(locale, 'money.invoices.issued', 'reference').exec(await issued.innerText())?.[1] ?? '';
  await page.getByRole('rowheader', { name: reference, exact: true }).waitFor();
  return reference;
}

export interface MovementDetails {
  /** The bank's reference (default: a new one). */
  reference?: string;
  on?: string;
  /** Required for a currency other than CNY: CNY for one unit, quoted on `rateAsOf` by `rateSource`. */
  rate?: string;
  rateAsOf?: string;
  rateSource?: string;
  invoiceReference?: string;
  refund?: boolean;
}

/** Records a payment (or, with `refund`, a refund) after confirming; returns its reference. */
export async function recordPayment(
  page: Page,
  locale: ConsoleLocale,
  caseId: string,
  amount: string,
  currency = 'CNY',
  details: MovementDetails = {},
): Promise<string> {
  await openTab(page, locale, caseId, 'money');
  const form = page.getByRole('form', { name: t(locale, 'money.movements.recordHeading') });
  const direction = details.refund ? 'refund' : 'payment';
  const reference = details.reference ?? `SWIFT-${Date.now()}`;
  await choose(page, t(locale, 'money.movements.direction'), new RegExp(`^${escape(t(locale, `money.movements.${direction}`))}$`));
  await form.getByLabel(t(locale, 'money.movements.referenceField')).fill(reference);
  await form.getByLabel(t(locale, 'money.movements.amountField')).fill(amount);
  await choose(page, t(locale, 'money.movements.currency'), new RegExp(`^${escape(currency)}$`));
  if (details.on) await form.getByLabel(t(locale, 'money.movements.onField')).fill(details.on);
  if (details.invoiceReference) await form.getByLabel(t(locale, 'money.movements.invoiceReferenceField')).fill(details.invoiceReference);
  if (currency !== 'CNY') {
    await form.getByLabel(t(locale, 'money.movements.rate', { currency })).fill(details.rate ?? '');
    if (details.rateAsOf) await form.getByLabel(t(locale, 'money.movements.rateAsOf')).fill(details.rateAsOf);
    await form.getByLabel(t(locale, 'money.movements.rateSource')).fill(details.rateSource ?? '');
  }
  await form.getByRole('button', { name: t(locale, details.refund ? 'money.movements.recordRefund' : 'money.movements.recordPayment'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t(locale, details.refund ? 'money.movements.confirmRefundTitle' : 'money.movements.confirmPaymentTitle') });
  await confirmIn(
    page,
    locale,
    dialog,
    t(locale, details.refund ? 'money.movements.confirmRefund' : 'money.movements.confirmPayment'),
    `the ${direction} ${reference}`,
  );
  await form.getByText(t(locale, details.refund ? 'money.movements.refundRecorded' : 'money.movements.paymentRecorded', { reference })).waitFor();
  await page.getByRole('rowheader', { name: reference, exact: true }).waitFor();
  return reference;
}

/** The amount due as the money tab shows it (e.g. "CNY 200,000.00"; negative when the family is in credit). */
export async function readBalance(page: Page, locale: ConsoleLocale, caseId: string): Promise<string> {
  await openTab(page, locale, caseId, 'money');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: t(locale, 'money.balance.due'), exact: true }) });
  return (await row.getByRole('cell').innerText()).replace(/\s/g, ' ').trim();
}

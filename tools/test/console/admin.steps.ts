import { eventually } from '@carta/testing';
import { Locator, Page } from 'playwright-core';
import { choose, ConsoleLocale, escape, exactly, field, settled, t } from './harness';

/**
 * What an admin does in the console's admin pages (dead letters, a case's audit trail, reference
 * data) and what anyone signed in does in the API explorer, through the UI only, in either language.
 * Each step starts from any signed-in page, does one thing and waits until the page shows it done.
 */

export type DeadLetterService = 'intake' | 'documents' | 'eligibility' | 'centres' | 'travel' | 'billing';

/** Waits until `done` holds; an error the page shows instead (the API's refusal) is thrown at once, as shown. */
async function settledOrRefused<T>(scope: Page | Locator, what: string, done: () => Promise<T | null | false>): Promise<T> {
  const result = await eventually(what, async () => {
    const alerts = await scope.getByRole('alert').allInnerTexts();
    if (alerts.length) return { refused: alerts.join(' / ') };
    const value = await done();
    return value ? { value } : null;
  });
  if ('refused' in result) throw new Error(`the console shows: ${result.refused}`);
  return result.value;
}

/** The dead-letters page (by URL: a step may start anywhere), its rows narrowed to one service. */
export async function openDeadLetters(page: Page, locale: ConsoleLocale, service?: DeadLetterService, show: 'pending' | 'all' = 'pending') {
  await page.goto('/console/admin/dead-letters');
  await page.getByRole('heading', { level: 1, name: t(locale, 'admin.deadLetters.heading') }).waitFor();
  await settled(page);
  const showLabel = t(locale, show === 'pending' ? 'admin.deadLetters.pendingOnly' : 'admin.deadLetters.all');
  if ((await page.getByRole('alert').count()) === 0) {
    await choose(page, t(locale, 'admin.deadLetters.show'), exactly(showLabel));
    if (service) await choose(page, t(locale, 'admin.deadLetters.serviceFilter'), exactly(t(locale, `admin.service.${service}`)));
  }
}

/** Opens one dead letter's detail (the newest of the service when no id) and returns what it shows, row by row. */
export async function inspectDeadLetter(page: Page, locale: ConsoleLocale, service: DeadLetterService, id?: string): Promise<Record<string, string>> {
  await openDeadLetters(page, locale, service, 'all');
  const name = id ? exactly(t(locale, 'admin.deadLetters.inspectOne', { id })) : new RegExp(`^${escape(t(locale, 'admin.deadLetters.inspect'))}`);
  await page.getByRole('button', { name }).first().click();
  const dialog = page.getByRole('dialog', { name: t(locale, 'admin.deadLetters.detailTitle') });
  await dialog.waitFor();
  const detail: Record<string, string> = {};
  for (const row of await dialog.getByRole('row').all()) {
    const [label, value] = [await row.getByRole('rowheader').innerText(), await row.getByRole('cell').innerText()];
    detail[label.trim()] = value.trim();
  }
  return detail;
}

/**
 * Redrives a pending dead letter of the service (the newest when no id), confirming in the dialog,
 * and returns the outcome the page shows (e.g. "Dead-lettered again" / "再次进入死信").
 */
export async function redriveDeadLetter(page: Page, locale: ConsoleLocale, service: DeadLetterService, id?: string): Promise<string> {
  await openDeadLetters(page, locale, service, 'pending');
  const name = id ? exactly(t(locale, 'admin.deadLetters.redriveOne', { id })) : new RegExp(`^${escape(t(locale, 'admin.deadLetters.redrive'))}`);
  await page.getByRole('button', { name }).first().click();
  const dialog = page.getByRole('dialog', { name: t(locale, 'admin.deadLetters.confirmTitle') });
  await dialog.getByRole('button', { name: t(locale, 'admin.deadLetters.confirmRedrive') }).click();
  await dialog.waitFor({ state: 'hidden' });
  const outcomes = ['APPLIED', 'DUPLICATE', 'IGNORED', 'DEAD_LETTERED'].map((value) => t(locale, `admin.outcome.${value}`));
  const outcome = await settledOrRefused(page, 'the redrive result', async () => {
    const shown = (await page.getByRole('status').allInnerTexts()).join('\n');
    return outcomes.find((label) => shown.includes(label)) ?? null;
  });
  return outcome;
}

export interface AuditRow {
  when: string;
  who: string;
  role: string;
  action: string;
  what: string;
  service: string;
  outcome: string;
}

/** The case's audit trail tab (admin), all services and actors, first page: its rows as shown, newest first. */
export async function readAuditTrail(page: Page, locale: ConsoleLocale, caseId: string): Promise<AuditRow[]> {
  await page.goto(`/console/cases/${caseId}/audit`);
  await page.getByRole('tab', { name: t(locale, 'case.tabs.audit'), selected: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: t(locale, 'admin.audit.heading') }).waitFor();
  await settled(page);
  const table = page.getByRole('table', { name: t(locale, 'admin.audit.caption') });
  await table.waitFor();
  const rows = await table.getByRole('row').all();
  const read: AuditRow[] = [];
  for (const row of rows.slice(1)) {
    const [when, who, role, action, what, service, outcome] = [await row.getByRole('rowheader').innerText(), ...(await row.getByRole('cell').allInnerTexts())];
    read.push({ when, who, role, action, what, service, outcome });
  }
  return read;
}

export interface VisaRouteDetails {
  nationality: string;
  applicantRole: 'PATIENT' | 'COMPANION';
  category: string;
  maxStayDays: number;
  processingDays: { min: number; max: number };
  note: string;
}

/**
 * Adds or changes a visa route on the reference-data page (admin) and waits until the page shows it
 * saved and listed. A refusal by the API is thrown as the page shows it.
 */
export async function setVisaRoute(page: Page, locale: ConsoleLocale, route: VisaRouteDetails) {
  await page.goto('/console/admin/reference');
  await page.getByRole('heading', { level: 1, name: t(locale, 'admin.reference.heading') }).waitFor();
  await settled(page);
  const form = page.getByRole('form', { name: t(locale, 'admin.reference.formHeading') });
  await field(form, locale, 'admin.reference.nationality').fill(route.nationality);
  await field(form, locale, 'admin.reference.applicantRole').selectOption(route.applicantRole);
  await field(form, locale, 'admin.reference.category').fill(route.category);
  await field(form, locale, 'admin.reference.maxStayDays').fill(String(route.maxStayDays));
  await field(form, locale, 'admin.reference.processingMin').fill(String(route.processingDays.min));
  await field(form, locale, 'admin.reference.processingMax').fill(String(route.processingDays.max));
  await field(form, locale, 'admin.reference.note').fill(route.note);
  await form.getByRole('button', { name: t(locale, 'admin.reference.save') }).click();
  const saved = t(locale, 'admin.reference.saved', { route: `${route.nationality} · ${t(locale, `admin.reference.role.${route.applicantRole}`)}` });
  await settledOrRefused(form, 'the route to be saved', async () => (await form.getByRole('status').filter({ hasText: saved }).count()) > 0);
}

/**
 * Runs a query in the API explorer (every signed-in user has it), as a person would: types it into
 * the editor and presses Execute. Returns the response as the result pane shows it (JSON text).
 */
export async function runInExplorer(page: Page, query: string): Promise<string> {
  await page.goto('/console/explorer');
  const editor = page.getByRole('region', { name: 'Operation Editor' }).getByRole('textbox');
  await editor.waitFor();
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.getByRole('button', { name: /^Execute query/ }).click();
  const result = page.getByRole('region', { name: 'Result Window' });
  return eventually('the response', async () => {
    const text = (await result.innerText()).replace(/\u00a0/g, ' ');
    return /"(data|errors)"/.test(text) ? text : null;
  });
}

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SEED_TRIALS } from '@carta/domain';
import { eventually } from '@carta/testing';
import { Page } from 'playwright-core';
import { ConsoleLocale, t } from './harness';

// What a coordinator does on the case page's Records, Summary and Screening tabs, in either language,
// by labels, roles and headings only. Each step opens its tab by URL and waits until the page shows it done.

/** The browser's DataTransfer, which the drop step builds inside the page (the tests compile without the DOM's types). */
declare const DataTransfer: new () => { items: { add(file: File): unknown } };

type RecordKind = 'PATHOLOGY_REPORT' | 'FLOW_CYTOMETRY' | 'TREATMENT_HISTORY' | 'BLOOD_PANEL' | 'IMAGING' | 'PRIOR_CELLULAR_THERAPY';
type DocumentKind = RecordKind | 'CONSENT_FORM' | 'PASSPORT' | 'INVITATION_LETTER' | 'OTHER';

async function openTab(page: Page, locale: ConsoleLocale, caseId: string, tab: 'records' | 'summary' | 'screening', heading: string) {
  if (!page.url().endsWith(`/console/cases/${caseId}/${tab}`)) await page.goto(`/console/cases/${caseId}/${tab}`);
  await page.getByRole('heading', { name: t(locale, heading), exact: true }).waitFor();
}

/**
 * Uploads a file as a record of the case (by the file picker, or dropped on the drop area) and waits
 * for the API's verdict: resolves with it ('verified' or the refusal's words) — `uploadRecord` insists on verified.
 */
export async function uploadFile(
  page: Page,
  locale: ConsoleLocale,
  caseId: string,
  kind: DocumentKind,
  filePath: string,
  options: { by?: 'picker' | 'drop'; contentType?: string; recordDate?: string } = {},
): Promise<{ verified: boolean; message: string }> {
  await openTab(page, locale, caseId, 'records', 'records.upload.heading');
  await page.getByLabel(t(locale, 'records.upload.kind')).selectOption(kind);
  if (options.recordDate) await page.getByLabel(t(locale, 'records.upload.recordDate')).fill(options.recordDate);
  const name = basename(filePath);
  const mimeType = options.contentType ?? (name.endsWith('.png') ? 'image/png' : 'application/pdf');
  if (options.by === 'drop') {
    const bytes = [...(await readFile(filePath))];
    const dataTransfer = await page.evaluateHandle(
      ({ bytes, name, mimeType }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        return transfer;
      },
      { bytes, name, mimeType },
    );
    await page.getByRole('group', { name: t(locale, 'records.upload.dropArea') }).dispatchEvent('drop', { dataTransfer });
  } else {
    await page.getByLabel(t(locale, 'records.upload.pick')).setInputFiles({ name, mimeType, buffer: await readFile(filePath) });
  }
  await page.getByText(t(locale, 'records.upload.chosen', { name })).waitFor();
  await page.getByRole('button', { name: t(locale, 'records.upload.submit'), exact: true }).click();
  const verified = page.getByRole('status').filter({ hasText: t(locale, 'records.upload.verified', { name }) });
  const refused = page.getByRole('alert');
  await verified.or(refused).first().waitFor();
  if (await verified.isVisible()) return { verified: true, message: (await verified.textContent()) ?? '' };
  return { verified: false, message: (await refused.first().textContent()) ?? '' };
}

/** Uploads a real file by the picker (or dropped) and waits until it is verified. */
export async function uploadRecord(page: Page, locale: ConsoleLocale, caseId: string, kind: DocumentKind, filePath: string, by: 'picker' | 'drop' = 'picker') {
  const result = await uploadFile(page, locale, caseId, kind, filePath, { by });
  if (!result.verified) throw new Error(`the upload of ${filePath} was refused: ${result.message}`);
}

/** Marks a record kind not applicable, with the reason, and waits for the checklist to say so. */
export async function markNotApplicable(page: Page, locale: ConsoleLocale, caseId: string, kind: RecordKind, reason: string) {
  await openTab(page, locale, caseId, 'records', 'records.checklist.heading');
  const kindName = t(locale, `recordKind.${kind}`);
  await page.getByRole('button', { name: t(locale, 'records.notApplicable.markFor', { kind: kindName }) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t(locale, 'records.notApplicable.reason')).fill(reason);
  await dialog.getByRole('button', { name: t(locale, 'records.notApplicable.confirm') }).click();
  await page.getByText(t(locale, 'records.checklist.notApplicableBecause', { reason })).waitFor();
}

/** A summary fact as the step types it: its kind and fields (as the form names them), the day and the cited document's kind. */
export type ConsoleFact =
  | { kind: 'DIAGNOSIS'; icd10: string; description?: string }
  | { kind: 'HISTOLOGY'; morphology: string }
  | { kind: 'STAGE'; stage: string }
  | { kind: 'ECOG'; value: 0 | 1 | 2 | 3 | 4 | 5 }
  | { kind: 'LIFE_EXPECTANCY'; weeks: number }
  | { kind: 'LAB'; analyte: string; value: number; unit: string }
  | {
      kind: 'MARKER';
      marker: string;
      method: 'IHC' | 'FLOW' | 'PCR' | 'NGS' | 'FISH' | 'ISH';
      result: 'POSITIVE' | 'NEGATIVE' | 'EQUIVOCAL';
      percentPositive?: number;
    }
  | { kind: 'HER2'; status: 'POSITIVE' | 'NEGATIVE' | 'EQUIVOCAL' }
  | {
      kind: 'LINE_OF_THERAPY';
      drugs: string[];
      start: string;
      end?: string;
      bestResponse: 'CR' | 'PR' | 'SD' | 'PD' | 'NOT_EVALUABLE';
      reasonStopped: 'COMPLETED' | 'PROGRESSION' | 'TOXICITY' | 'OTHER' | 'ONGOING';
    }
  | { kind: 'SEX'; sex: 'female' | 'male' }
  | { kind: 'SEROLOGY'; test: string; result: 'REACTIVE' | 'NON_REACTIVE' | 'INDETERMINATE' };
export type CitedFact = ConsoleFact & { observedOn: string; citing: DocumentKind };

const CHOICES = new Set(['value', 'method', 'result', 'status', 'bestResponse', 'reasonStopped', 'sex']);

/** Fills the fact form's fields (a choice by its value, the rest typed). */
async function fillFact(page: Page, locale: ConsoleLocale, fact: CitedFact) {
  const dialog = page.getByRole('dialog');
  for (const [name, value] of Object.entries(fact)) {
    if (['kind', 'observedOn', 'citing'].includes(name)) continue;
    const field = dialog.getByLabel(t(locale, `records.factField.${name}`), { exact: false }).first();
    if (CHOICES.has(name) && (fact.kind !== 'LAB' || name !== 'value')) await field.selectOption(String(value));
    else await field.fill(Array.isArray(value) ? value.join(', ') : String(value));
  }
  await dialog.getByLabel(t(locale, 'records.summary.observedOn'), { exact: false }).fill(fact.observedOn);
  const cite = dialog.getByLabel(t(locale, 'records.summary.citedDocument'), { exact: false });
  const kindName = t(locale, `records.documentKind.${fact.citing}`);
  const option = await eventually(`a verified ${fact.citing} to cite`, async () =>
    (await cite.locator('option').allTextContents()).find((text) => text.startsWith(`${kindName} · `)),
  );
  await cite.selectOption({ label: option });
}

/** Adds one fact to the summary through its typed form and waits for the summary to move on a version. */
export async function addSummaryFact(page: Page, locale: ConsoleLocale, caseId: string, fact: CitedFact) {
  await openTab(page, locale, caseId, 'summary', 'records.summary.heading');
  const version = await summaryVersion(page, locale);
  await page.getByRole('button', { name: t(locale, 'records.summary.add'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t(locale, 'records.summary.factKind')).selectOption(fact.kind);
  await fillFact(page, locale, fact);
  await dialog.getByRole('button', { name: t(locale, 'records.summary.addConfirm') }).click();
  await eventually('the summary to move on', async () => (await summaryVersion(page, locale)) > version);
}

/** The summary's version as the page states it ("Summary version 3" / "摘要第 3 版"). */
async function summaryVersion(page: Page, locale: ConsoleLocale): Promise<number> {
  const [before, after] = t(locale, 'records.summary.version', { version: '\u0000' })
    .split('\u0000')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^${before}(\\d+)${after}`);
  const line = await page.getByText(pattern).first().textContent();
  return Number(pattern.exec(line ?? '')![1]);
}

/** One field of a fact as the summary shows it in that language (e.g. "Value: 3", "数值：3"), to name a fact's row. */
export function factShown(locale: ConsoleLocale, field: string, value: string | number): string {
  return t(locale, 'records.summary.factPart', { field: t(locale, `records.factField.${field}`), value });
}

/** Corrects the current fact whose row shows `shown` (see `factShown`), with a reason. */
export async function correctSummaryFact(page: Page, locale: ConsoleLocale, caseId: string, shown: string, fact: CitedFact, reason: string) {
  await openTab(page, locale, caseId, 'summary', 'records.summary.heading');
  await page.getByRole('button', { name: t(locale, 'records.summary.correctFor', { fact: shown }) }).click();
  await fillFact(page, locale, fact);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t(locale, 'records.summary.reason'), { exact: false }).fill(reason);
  await dialog.getByRole('button', { name: t(locale, 'records.summary.correctConfirm') }).click();
  await page
    .getByText(t(locale, 'records.summary.correctionReason', { reason }))
    .first()
    .waitFor();
}

/** Retracts the current fact whose row shows `shown` (see `factShown`), with a reason. */
export async function retractSummaryFact(page: Page, locale: ConsoleLocale, caseId: string, shown: string, reason: string) {
  await openTab(page, locale, caseId, 'summary', 'records.summary.heading');
  await page.getByRole('button', { name: t(locale, 'records.summary.retractFor', { fact: shown }) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t(locale, 'records.summary.reason'), { exact: false }).fill(reason);
  await dialog.getByRole('button', { name: t(locale, 'records.summary.retractConfirm') }).click();
  await page
    .getByText(t(locale, 'records.summary.retractionReason', { reason }))
    .first()
    .waitFor();
}

/** Waits until the Screening tab shows this verdict for the trial (the screening follows facts asynchronously). */
export async function waitForVerdict(page: Page, locale: ConsoleLocale, caseId: string, trialId: string, verdict: string) {
  await openTab(page, locale, caseId, 'screening', 'records.screening.heading');
  const section = page.getByRole('heading', { level: 3, name: new RegExp(`^${trialId}`) }).locator('xpath=..');
  await eventually(`${trialId} to be ${verdict}`, async () => {
    if (await section.getByText(t(locale, `records.verdict.${verdict}`), { exact: true }).isVisible()) return true;
    await page.reload();
    await page.getByRole('heading', { name: t(locale, 'records.screening.heading'), exact: true }).waitFor();
    return null;
  });
}

/** Judges the Screening tab as of a planned day (YYYY-MM-DD) and waits for this verdict for the trial, without a reload. */
export async function judgeAsOf(page: Page, locale: ConsoleLocale, caseId: string, day: string, trialId: string, verdict: string) {
  await openTab(page, locale, caseId, 'screening', 'records.screening.heading');
  await page.getByLabel(t(locale, 'records.screening.asOf'), { exact: false }).fill(day);
  const section = page.getByRole('heading', { level: 3, name: new RegExp(`^${trialId}`) }).locator('xpath=..');
  await section.getByText(t(locale, `records.verdict.${verdict}`), { exact: true }).waitFor();
}

/** The seeded trials' manual line for the rest of their registry record (the brief gives key criteria only). */
export const SEEDED_REMAINDER = SEED_TRIALS[0].criteria.criteria.find((criterion) => criterion.id === 'registry-remainder')!.text;

/** Records the team's assessment of a manual criterion (by its text), citing a document by file name. */
export async function recordAssessment(
  page: Page,
  locale: ConsoleLocale,
  caseId: string,
  trialId: string,
  criterionText: string,
  status: 'MET' | 'NOT_MET',
  documentName: string,
) {
  await openTab(page, locale, caseId, 'screening', 'records.screening.heading');
  const table = page.getByRole('table', { name: t(locale, 'records.screening.caption', { trial: trialId }) });
  await table.getByRole('button', { name: t(locale, 'records.assess.buttonFor', { criterion: criterionText }) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t(locale, 'records.assess.status'), { exact: false }).selectOption(status);
  const cite = dialog.getByLabel(t(locale, 'records.assess.document'), { exact: false });
  const option = await eventually(`${documentName} to cite`, async () =>
    (await cite.locator('option').allTextContents()).find((text) => text.includes(documentName)),
  );
  await cite.selectOption({ label: option });
  await dialog.getByRole('button', { name: t(locale, 'records.assess.confirm') }).click();
  await dialog.waitFor({ state: 'detached' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: criterionText }) });
  await row.getByText(t(locale, `records.criterionStatus.${status}`), { exact: true }).waitFor();
}

/**
 * Submits the case to a trial at a centre (named as the page shows it). Resolves with nothing once the
 * referral is listed, or with the API's refusal as the dialog shows it.
 */
export async function submitCase(page: Page, locale: ConsoleLocale, caseId: string, trialId: string, centreName: RegExp): Promise<{ refused?: string }> {
  await openTab(page, locale, caseId, 'screening', 'records.screening.heading');
  const before = await page
    .getByRole('table', { name: t(locale, 'records.referrals.caption') })
    .getByRole('row')
    .count();
  await page.getByRole('button', { name: t(locale, 'records.screening.submitFor', { trial: trialId }) }).click();
  const dialog = page.getByRole('dialog');
  const centre = dialog.getByLabel(t(locale, 'records.screening.centre'), { exact: false });
  const label = (await centre.locator('option').allTextContents()).find((text) => centreName.test(text));
  if (!label) throw new Error(`${trialId} offers no centre named ${centreName}`);
  await centre.selectOption({ label });
  await dialog.getByRole('button', { name: t(locale, 'records.screening.submitConfirm') }).click();
  const refusal = dialog.getByRole('alert');
  await refusal.or(dialog).first().waitFor();
  const outcome = await eventually('the submission to be listed or refused', async () => {
    if (await refusal.isVisible()) return { refused: (await refusal.textContent()) ?? '' };
    const rows = await page
      .getByRole('table', { name: t(locale, 'records.referrals.caption') })
      .getByRole('row')
      .count();
    return rows > Math.max(before, 1) ? {} : null;
  });
  if (outcome.refused !== undefined) await dialog.getByRole('button', { name: t(locale, 'app.cancel') }).click();
  return outcome;
}

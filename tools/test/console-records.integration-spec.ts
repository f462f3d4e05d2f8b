import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayOf } from '@carta/domain';
import { renderPaper } from '@carta/pdf';
import { anOpenCaseInput, identities } from '@carta/testing';
import { ConsoleLocale, t, useConsole } from './console/harness';
import {
  addSummaryFact,
  correctSummaryFact,
  factShown,
  judgeAsOf,
  markNotApplicable,
  recordAssessment,
  SEEDED_REMAINDER,
  retractSummaryFact,
  submitCase,
  uploadFile,
  uploadRecord,
  waitForVerdict,
} from './console/records.steps';
import { recordConsentWithForm } from './consent-form';

/**
 * The coordinator's Records, Summary and Screening tabs in a real browser, in English and Chinese:
 * real PDFs uploaded by picker and by drop, a refused upload shown in words, facts added, corrected and
 * retracted, the screening explained and moving with the facts, a manual assessment, a refused and an
 * accepted submission, every tab audited.
 */
describe('records, summary and screening in the console (embedded platform)', () => {
  const { platform, gateway, newUser, signIn, audit, choose } = useConsole();
  const coordinator = identities.coordinator('coord-records');
  const puthOffice = identities.office('puth');
  const TRIAL = 'NCT05277987';
  const day = (offset: number) => todayOf({ now: () => new Date(Date.now() + offset * 86_400_000) });
  let dir: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'carta-records-'));
    for (const name of ['pathology', 'blood-panel', 'treatment-history', 'clinic-letter']) {
      const { bytes } = await renderPaper({
        title: name,
        footer: 'console records spec',
        createdAt: new Date(),
        blocks: [{ kind: 'text', paragraphs: [`A ${name}.`] }],
      });
      files[name] = join(dir, `${name}.pdf`);
      await writeFile(files[name], bytes);
    }
    // A PDF that says it is a PNG: the check refuses it.
    files.fake = join(dir, 'scan.png');
    await writeFile(files.fake, (await renderPaper({ title: 'fake', footer: '', createdAt: new Date(), blocks: [] })).bytes);
    // A manual criterion the team assesses against the case's documents.
    const trial = await gateway<{ trial: { criteriaJson: string } }>(puthOffice, `query { trial(id: "${TRIAL}") { criteriaJson } }`);
    const criteria = JSON.parse(trial.data!.trial.criteriaJson) as { criteria: unknown[] };
    criteria.criteria.push({
      id: 'cardiac-fitness',
      kind: 'INCLUSION',
      text: 'Adequate cardiac function in the investigator’s judgement',
      rule: { manual: true },
    });
    const updated = await gateway(puthOffice, `mutation($c: String!) { updateTrialCriteria(trialId: "${TRIAL}", criteria: $c) { criteriaVersion } }`, {
      c: JSON.stringify(criteria),
    });
    expect(updated.errors).toBeUndefined();
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const openCase = async () => {
    const answer = await gateway<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: anOpenCaseInput({ coordinatorId: coordinator.subject, diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma, CLDN18.2+' } }),
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.openCase.id;
  };

  async function signedIn(locale: ConsoleLocale) {
    const { page } = await newUser(locale === 'en' ? 'en-US' : 'zh-CN');
    await signIn(page, { role: /^coordinator$/i, name: coordinator.subject });
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();
    if (locale === 'zh-CN') {
      await choose(page, 'Language', /中文/);
      await page.getByRole('heading', { name: '工作队列' }).waitFor();
    }
    return page;
  }

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`walks records, summary and screening in ${locale}`, async () => {
      const caseId = await openCase();
      const page = await signedIn(locale);

      // Records: by picker and by drop, a refusal in words, a kind that does not apply.
      await uploadRecord(page, locale, caseId, 'PATHOLOGY_REPORT', files.pathology, 'picker');
      await uploadRecord(page, locale, caseId, 'BLOOD_PANEL', files['blood-panel'], 'drop');
      await uploadRecord(page, locale, caseId, 'TREATMENT_HISTORY', files['treatment-history']);
      await uploadRecord(page, locale, caseId, 'OTHER', files['clinic-letter']);
      const refused = await uploadFile(page, locale, caseId, 'IMAGING', files.fake);
      expect(refused).toEqual({ verified: false, message: expect.stringContaining('declared as PNG but the content is PDF') });
      await markNotApplicable(page, locale, caseId, 'FLOW_CYTOMETRY', 'solid tumour: no flow cytometry');
      // Three required records present (the total follows the diagnosis, less the kind that does not apply).
      await page.getByText(new RegExp(t(locale, 'records.checklist.progress', { present: 3, total: 'TOTAL' }).replace('TOTAL', '\\d+'))).waitFor();
      await audit(page, 'case-records', locale);

      // Summary: the facts that make the trial likely eligible (age derives from the birth month).
      await addSummaryFact(page, locale, caseId, { kind: 'DIAGNOSIS', icd10: 'C16.9', observedOn: day(-60), citing: 'PATHOLOGY_REPORT' });
      await addSummaryFact(page, locale, caseId, {
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
        await addSummaryFact(page, locale, caseId, {
          kind: 'LINE_OF_THERAPY',
          drugs: [...drugs],
          start,
          end,
          bestResponse: 'PD',
          reasonStopped: 'PROGRESSION',
          observedOn: day(-30),
          citing: 'TREATMENT_HISTORY',
        });
      await addSummaryFact(page, locale, caseId, { kind: 'ECOG', value: 3, observedOn: day(-5), citing: 'OTHER' });
      await addSummaryFact(page, locale, caseId, { kind: 'LIFE_EXPECTANCY', weeks: 26, observedOn: day(-5), citing: 'OTHER' });
      await addSummaryFact(page, locale, caseId, { kind: 'LAB', analyte: 'anc', value: 2.1, unit: '10*3/uL', observedOn: day(-5), citing: 'BLOOD_PANEL' });
      await addSummaryFact(page, locale, caseId, { kind: 'LAB', analyte: 'alc', value: 0.8, unit: '10*9/L', observedOn: day(-5), citing: 'BLOOD_PANEL' });
      await addSummaryFact(page, locale, caseId, { kind: 'STAGE', stage: 'IV', observedOn: day(-60), citing: 'PATHOLOGY_REPORT' });
      await retractSummaryFact(page, locale, caseId, factShown(locale, 'stage', 'IV'), 'staging belongs to the imaging report');
      await audit(page, 'case-summary', locale);

      // ECOG 3 fails the trial; corrected to 1, it screens as likely eligible.
      await waitForVerdict(page, locale, caseId, TRIAL, 'INELIGIBLE');
      await correctSummaryFact(
        page,
        locale,
        caseId,
        factShown(locale, 'value', 3),
        { kind: 'ECOG', value: 1, observedOn: day(-5), citing: 'OTHER' },
        'the clinic letter was misread',
      );
      await recordAssessment(page, locale, caseId, TRIAL, 'Adequate cardiac function in the investigator’s judgement', 'MET', 'clinic-letter.pdf');
      await recordAssessment(page, locale, caseId, TRIAL, SEEDED_REMAINDER, 'MET', 'clinic-letter.pdf');
      await waitForVerdict(page, locale, caseId, TRIAL, 'LIKELY_ELIGIBLE');

      // Submission: refused without consent (the API's words), listed once consent is recorded.
      const withoutConsent = await submitCase(page, locale, caseId, TRIAL, /Peking|北京大学第三医院/);
      expect(withoutConsent.refused).toMatch(/no active consent/);
      expect((await recordConsentWithForm(platform, coordinator, caseId, 'puth')).errors).toBeUndefined();
      expect(await submitCase(page, locale, caseId, TRIAL, /Peking|北京大学第三医院/)).toEqual({});
      await page.getByText(t(locale, 'records.referralStatus.AWAITING_DECISION')).waitFor();
      await audit(page, 'case-screening', locale);

      // Judged as of a planned admission 60 days on, the labs and ECOG of five days ago have aged out.
      await judgeAsOf(page, locale, caseId, day(60), TRIAL, 'NEEDS_INFORMATION');
    }, 240_000);
  }

  it('shows another coordinator the API’s refusal, not a broken page', async () => {
    const caseId = await openCase();
    const { page } = await newUser('en-US');
    await signIn(page, { role: /^coordinator$/i, name: 'coord-stranger' });
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();
    await uploadFile(page, 'en', caseId, 'PATHOLOGY_REPORT', files.pathology).then((result) =>
      expect(result.message).toMatch(/assigned coordinator or an admin/),
    );
  }, 60_000);
});

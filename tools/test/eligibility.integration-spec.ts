import { Identity } from '@carta/auth';
import { loadPlatformConfig } from '@carta/service-kit';
import { createTestDatabase, engineEnvironment, eventually, requireEngines, TestClock } from '@carta/testing';
import { RunningPlatform, startPlatform } from '../platform';
import { gatewayClient } from './gateway-client';

/** The structured summary and explained screening through the gateway, on the real engines. */
const engines = requireEngines();


interface Match {
  trialId: string;
  verdict: string;
  criteria: { criterionId: string; status: string; explanation: string }[];
}

describe('eligibility through the gateway (real engines)', () => {
  const clock = new TestClock();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  let caseId: string;
  const coordinator: Identity = { subject: 'coord-3', roles: ['coordinator'] };
  const puthOffice: Identity = { subject: 'office-puth', roles: ['hospital_office'], centreId: 'puth' };

  const gateway = gatewayClient(() => platform);

  const daysAgo = (days: number) => new Date(clock.now().getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const matches = async () => (await gateway<{ case: { trialMatches: Match[] } }>(coordinator, `query($id: ID!) { case(id: $id) { trialMatches { trialId verdict criteria { criterionId status explanation } } } }`, { id: caseId })).data!.case.trialMatches;
  const verdictOf = async (trialId: string) => (await matches()).find((match) => match.trialId === trialId);

  /** A CLDN18.2-positive gastric adenocarcinoma after two lines, fit, labs drawn five days ago. */
  const gastricSummary = () => ({
    age: { value: 58, source: 'doc-passport' },
    sex: { value: 'female', source: 'doc-passport' },
    weightKg: { value: 61, on: daysAgo(5), source: 'doc-clinic-note' },
    diagnosis: { value: 'C16.9', source: 'doc-pathology' },
    ecog: { value: 1, on: daysAgo(5), source: 'doc-clinic-note' },
    lvef: { value: 62, on: daysAgo(20), source: 'doc-echo' },
    lifeExpectancyWeeks: { value: 26, source: 'doc-clinic-note' },
    her2: { value: 'NEGATIVE', on: daysAgo(60), source: 'doc-pathology' },
    histology: { value: '8140/3', source: 'doc-pathology' },
    stage: { value: 'IV', source: 'doc-imaging' },
    // Two documented lines: the count of prior lines is derived from them.
    linesOfTherapy: [
      { drugs: ['oxaliplatin', 'capecitabine'], start: '2025-03-01', end: '2025-09-01', bestResponse: 'PR', reasonStopped: 'PROGRESSION', source: 'doc-treatment-history' },
      { drugs: ['nivolumab'], start: '2025-10-01', end: '2026-08-01', bestResponse: 'PD', reasonStopped: 'PROGRESSION', source: 'doc-treatment-history' },
    ],
    activeInfection: { hbv: false, hcv: false, hiv: false, source: 'doc-serology' },
    markers: [{ antigen: 'CLDN18.2', method: 'IHC', percentPositive: 40, on: daysAgo(60), source: 'doc-pathology' }],
    labs: [
      { analyte: 'anc', value: 2.1, unit: 'K/uL', collectedOn: daysAgo(5), source: 'doc-labs' },
      { analyte: 'alc', value: 0.8, unit: '10^9/L', collectedOn: daysAgo(5), source: 'doc-labs' },
      { analyte: 'haemoglobin', value: 10.8, unit: 'g/dL', collectedOn: daysAgo(5), source: 'doc-labs' },
      { analyte: 'creatinine', value: 0.8, unit: 'mg/dL', referenceHigh: 1.1, collectedOn: daysAgo(5), source: 'doc-labs' },
    ],
  });

  beforeAll(async () => {
    process.env.CARTA_REFERRAL_SWEEP_MS = '250';
    database = await createTestDatabase(engines.databaseUrl);
    platform = await startPlatform(loadPlatformConfig(engineEnvironment(engines, database.url)), { ports: 'any', clock });
    const opened = await gateway<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: { patient: { givenName: 'Mei', familyName: 'Tanaka', birthDate: '1968-03-03', nationality: 'JPN' }, diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma, CLDN18.2+' }, coordinatorId: coordinator.subject },
    });
    caseId = opened.data!.openCase.id;
  }, 180_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
    delete process.env.CARTA_REFERRAL_SWEEP_MS;
  }, 60_000);

  it('gives a ranked, explained list across centres for a CLDN18.2-positive gastric cancer', async () => {
    await eventually('eligibility to know the four seeded trials', async () => (await gateway(coordinator, `query($id: ID!) { case(id: $id) { trialMatches { trialId } } }`, { id: caseId })).errors === undefined);
    const saved = await gateway<{ updateOncologySummary: { version: number } }>(coordinator, `mutation($id: ID!, $summary: OncologySummaryInput!) { updateOncologySummary(caseId: $id, summary: $summary) { version json } }`, { id: caseId, summary: gastricSummary() });
    expect(saved.errors).toBeUndefined();
    const ranked = await eventually('all four trials screened', async () => ((await matches()).length === 4 ? matches() : null));
    expect(ranked.map((match) => [match.trialId, match.verdict])).toEqual([
      ['NCT05277987', 'LIKELY_ELIGIBLE'],
      ['NCT03720457', 'INELIGIBLE'],
      ['NCT05181501', 'INELIGIBLE'],
      ['NCT07003568', 'INELIGIBLE'],
    ]);
    const cldn = ranked[0].criteria.find((criterion) => criterion.criterionId === 'cldn18')!;
    expect(cldn).toEqual({ criterionId: 'cldn18', status: 'MET', explanation: expect.stringMatching(/^CLDN18\.2 by IHC 40% \(doc-pathology, \d{4}-\d{2}-\d{2}\) meets the required at least 1%$/) });
    expect(ranked[1].criteria.find((criterion) => criterion.criterionId === 'indication')).toMatchObject({ status: 'NOT_MET', explanation: expect.stringContaining('C16.9') });
    expect(ranked[0].criteria.find((criterion) => criterion.criterionId === 'prior-lines')).toMatchObject({ status: 'MET', explanation: expect.stringContaining('priorLines 2 (doc-treatment-history') });
  });

  it('refuses a lab in an unknown unit with a clear error', async () => {
    const summary = gastricSummary();
    summary.labs[0] = { ...summary.labs[0], unit: 'mmol/L' };
    const refused = await gateway(coordinator, `mutation($id: ID!, $summary: OncologySummaryInput!) { updateOncologySummary(caseId: $id, summary: $summary) { version } }`, { id: caseId, summary });
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^labs\.0: anc in "mmol\/L": unknown unit; accepted: 10\^9\/L, 10\^3\/µL$/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("re-screens the case by itself when a trial's threshold changes", async () => {
    const trials = await gateway<{ trials: { id: string; criteria: string }[] }>(coordinator, `{ trials { id criteria } }`);
    const criteria = JSON.parse(trials.data!.trials.find((trial) => trial.id === 'NCT05277987')!.criteria);
    const cldn = criteria.criteria.find((criterion: { id: string }) => criterion.id === 'cldn18');
    cldn.rule.percent = 50;
    cldn.text = 'CLDN18.2 positive by IHC in ≥50% of tumour cells';
    const changed = await gateway(puthOffice, `mutation($criteria: String!) { updateTrialCriteria(trialId: "NCT05277987", criteria: $criteria) { criteriaVersion } }`, { criteria: JSON.stringify(criteria) });
    expect(changed.errors).toBeUndefined();
    const rescreened = await eventually('the case to be re-screened against the new threshold', async () => {
      const match = await verdictOf('NCT05277987');
      return match?.verdict === 'INELIGIBLE' ? match : null;
    });
    expect(rescreened.criteria.find((criterion) => criterion.criterionId === 'cldn18')).toMatchObject({ status: 'NOT_MET', explanation: expect.stringContaining('fails the required at least 50%') });
  });

  const recordConsent = (centreId: string) =>
    gateway<{ recordConsent: { id: string } }>(coordinator, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: {
        caseId,
        centreId,
        purpose: 'ELIGIBILITY_REVIEW',
        categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS'],
        direction: 'TO_CHINA',
        recipientName: `${centreId} international office`,
        recipientContact: `international@${centreId}.example`,
        processingMethod: 'PI review for trial eligibility',
        rightsContact: 'privacy@carta.example',
        signedFormDocumentId: '5b0c7f4e-2f37-4d5b-9a43-8e0a2f0f8d11',
      },
    });
  const SUBMIT = `mutation($caseId: ID!, $centreId: ID!) { submitCase(caseId: $caseId, trialId: "NCT05277987", centreId: $centreId) { id status reviewDueOn completenessAtSubmission } }`;
  const statusOfCase = async () => (await gateway<{ case: { status: string } }>(coordinator, `query($id: ID!) { case(id: $id) { status } }`, { id: caseId })).data?.case.status;

  it('refuses a submission without an active consent for the centre, then submits it to that centre only', async () => {
    const refused = await gateway(coordinator, SUBMIT, { caseId, centreId: 'puth' });
    expect(refused.errors?.[0]).toMatchObject({ message: 'the patient has no active consent to share this case with puth', extensions: { code: 'CONFLICT' } });
    expect((await recordConsent('puth')).errors).toBeUndefined();
    const submitted = await eventually('the consent to reach eligibility', async () => {
      const response = await gateway<{ submitCase: { id: string; status: string; reviewDueOn: string; completenessAtSubmission: string } }>(coordinator, SUBMIT, { caseId, centreId: 'puth' });
      return response.data?.submitCase ?? null;
    });
    expect(submitted).toMatchObject({ status: 'AWAITING_DECISION', completenessAtSubmission: 'INCOMPLETE' });
    await eventually('the case to be SUBMITTED in intake', async () => (await statusOfCase()) === 'SUBMITTED');

    const REFERRALS = `{ myReferrals { id trialId status case { id oncologySummary { version } trialMatches { trialId verdict } checklist { completeness } } } }`;
    const seenByPuth = await eventually('the referral to reach the office', async () => {
      const response = await gateway<{ myReferrals: { id: string; case: { oncologySummary: { version: number } | null; trialMatches: unknown[]; checklist: { completeness: string } | null } }[] }>(puthOffice, REFERRALS);
      return response.data?.myReferrals.length === 1 && response.data.myReferrals[0].case.checklist ? response.data.myReferrals : null;
    });
    expect(seenByPuth[0].case).toMatchObject({ oncologySummary: { version: 1 }, checklist: { completeness: 'INCOMPLETE' } });
    expect(seenByPuth[0].case.trialMatches).toHaveLength(4);

    const ruijinOffice: Identity = { subject: 'office-ruijin', roles: ['hospital_office'], centreId: 'ruijin' };
    expect((await gateway<{ myReferrals: unknown[] }>(ruijinOffice, REFERRALS)).data?.myReferrals).toEqual([]);
    const DECIDE = `mutation($id: ID!, $decision: PiDecision!, $reason: String) { recordPiDecision(referralId: $id, decision: $decision, reason: $reason) { status decisionReason } }`;
    expect((await gateway(ruijinOffice, DECIDE, { id: submitted.id, decision: 'ACCEPTED' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gateway(puthOffice, DECIDE, { id: submitted.id, decision: 'DECLINED' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const accepted = await gateway<{ recordPiDecision: { status: string } }>(puthOffice, DECIDE, { id: submitted.id, decision: 'ACCEPTED' });
    expect(accepted.data?.recordPiDecision.status).toBe('ACCEPTED');
    await eventually('the case to be ACCEPTED in intake', async () => (await statusOfCase()) === 'ACCEPTED');
    expect((await gateway(puthOffice, DECIDE, { id: submitted.id, decision: 'DECLINED', reason: 'changed mind' })).errors?.[0].extensions?.code).toBe('CONFLICT');
  }, 90_000);

  it('emits an overdue event when a review passes its deadline', async () => {
    expect((await recordConsent('ruijin')).errors).toBeUndefined();
    const submitted = await eventually('a submission to ruijin', async () => (await gateway<{ submitCase: { id: string; reviewDueOn: string } }>(coordinator, SUBMIT, { caseId, centreId: 'ruijin' })).data?.submitCase ?? null);
    clock.advanceDays(43); // an incomplete file's review is due within 42 days
    const eligibility = platform.services.find((service) => service.name === 'eligibility')!.dataSource;
    const overdue = await eventually('the overdue event in the outbox', async () => {
      const rows: { type: string }[] = await eligibility.query(`SELECT envelope->>'type' AS type FROM eligibility.outbox WHERE envelope->'data'->>'referralId' = $1 AND event_type = 'carta.eligibility.referral.review-overdue.v1'`, [submitted.id]);
      return rows.length === 1 ? rows : null;
    }, 30_000);
    expect(overdue).toEqual([{ type: 'carta.eligibility.referral.review-overdue.v1' }]);
    clock.advanceDays(-43);
  }, 60_000);

  it('turns MET into UNKNOWN when the labs age past four weeks', async () => {
    const anc = async () => (await verdictOf('NCT05181501'))!.criteria.find((criterion) => criterion.criterionId === 'anc')!;
    expect((await anc()).status).toBe('MET');
    clock.advanceDays(24); // the labs were drawn 5 days before: now 29 days old
    expect(await anc()).toMatchObject({ status: 'UNKNOWN', explanation: expect.stringMatching(/29 days old: stale/) });
  });
});

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Identity } from '@carta/auth';
import { EVENT_CATALOG, RECORD_KINDS } from '@carta/contracts';
import { addDays, todayOf } from '@carta/domain';
import { loadPlatformConfig } from '@carta/service-kit';
import {
  aCompanion,
  aPdf,
  aPng,
  aTariffInput,
  aTrialRegistration,
  createTestDatabase,
  engineEnvironment,
  eventually,
  identities,
  requireEngines,
  sha256Hex,
  TestClock,
} from '@carta/testing';
import { Kafka, logLevel } from 'kafkajs';
import { analyse, Analysis, readTopics } from '@carta/analytics-example';
import { RunningPlatform, startPlatform } from '../platform';
import { recordConsentWithForm } from './consent-form';
import { gatewayClient } from './gateway-client';

/**
 * The analyst's example consumer (examples/analytics) on the real engines: three cases driven through
 * the gateway on a test clock until every event type of the catalogue is on Kafka, then read back
 * from the topics alone. Proves the example decodes every type, computes the KPIs of what was driven,
 * and that no direct identifier of the people entered reaches any topic.
 */
const engines = requireEngines();

/** Test people with identifiers found nowhere else, so any occurrence on a topic is a leak. */
const PATIENT_A = {
  givenName: 'Zubeida',
  familyName: 'Quarshie',
  birthDate: '1963-11-27',
  nationality: 'GHA',
  passportNumber: 'G48213976',
  email: 'zubeida.quarshie@example.org',
  phone: '+233 30 266 4817',
};
const PATIENT_B = {
  givenName: 'Teodoro',
  familyName: 'Villalobos',
  birthDate: '1958-02-14',
  nationality: 'CHL',
  passportNumber: 'P77120458',
  email: 'teodoro.villalobos@example.org',
  phone: '+56 2 2938 4471',
};
const COMPANION_B = aCompanion({ givenName: 'Ximena', familyName: 'Arancibia', birthDate: '1961-09-03', nationality: 'CHL', passportNumber: 'P66301829' });
const PATIENT_C = { givenName: 'Oyelaran', familyName: 'Adebisi', birthDate: '1975-05-19', nationality: 'NGA' };

describe('the analytics example reads every event from the topics alone (real engines)', () => {
  const clock = new TestClock();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  let topicPrefix: string;
  const gateway = gatewayClient(() => platform);
  const coordinator = identities.coordinator('coord-analytics');
  const admin = identities.admin('admin-analytics');
  const puthOffice = identities.office('puth');
  const ruijinOffice = identities.office('ruijin');
  const today = () => todayOf(clock);
  const inDays = (count: number) => addDays(todayOf(clock), count);
  let analysis: Analysis;

  /** A GraphQL call that must succeed. */
  async function must<T>(as: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await gateway<T>(as, query, variables);
    if (answer.errors || !answer.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  }
  /** Retries a call until another service has heard the events it depends on. */
  const mustEventually = <T>(what: string, as: Identity, query: string, variables: Record<string, unknown> = {}) =>
    eventually(what, async () => {
      const answer = await gateway<T>(as, query, variables);
      // Thrown, so a timeout names the last refusal.
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data;
    });

  async function openCase(patient: Record<string, unknown>, diagnosis = { icd10: 'C16.9', description: 'Gastric adenocarcinoma' }): Promise<string> {
    const opened = await must<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: { patient, diagnosis, coordinatorId: coordinator.subject },
    });
    return opened.openCase.id;
  }

  /** Streams a file through the gateway; returns the document and the status verification gave it. */
  async function upload(caseId: string, kind: string, bytes: Buffer, contentType: string): Promise<{ documentId: string; status: string }> {
    const ticket = await mustEventually<{ requestDocumentUpload: { documentId: string; streamUploadPath: string } }>(
      'documents to take the upload',
      coordinator,
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { documentId streamUploadPath } }`,
      {
        input: {
          caseId,
          kind,
          fileName: `${kind.toLowerCase()}.${contentType === 'image/png' ? 'png' : 'pdf'}`,
          contentType,
          sizeBytes: bytes.length,
          sha256: sha256Hex(bytes),
          language: 'en',
          recordDate: today(),
        },
      },
    );
    const response = await fetch(`${platform.gateway.url.replace(/\/graphql$/, '')}${ticket.requestDocumentUpload.streamUploadPath}`, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': contentType, authorization: `Bearer ${await platform.devIssuer.issue(coordinator)}` },
    });
    const result = (await response.json()) as { status: string };
    return { documentId: ticket.requestDocumentUpload.documentId, status: result.status };
  }

  const completeness = async (caseId: string) =>
    (
      await gateway<{ case: { checklist: { completeness: string } } }>(coordinator, `query($id: ID!) { case(id: $id) { checklist { completeness } } }`, {
        id: caseId,
      })
    ).data?.case.checklist.completeness;

  async function consent(caseId: string, centreId: string): Promise<string> {
    const recorded = await recordConsentWithForm(() => platform, coordinator, caseId, centreId, {
      purpose: 'TREATMENT',
      categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'IDENTITY', 'TRAVEL', 'FINANCIAL'],
      processingMethod: 'PI review, treatment, visa invitation and billing',
    });
    if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
    return recorded.data!.recordConsent.id;
  }

  const submit = (caseId: string, centreId: string) =>
    mustEventually<{ submitCase: { id: string } }>(
      'eligibility to know the trial and the consent',
      coordinator,
      `mutation($caseId: ID!, $centreId: ID!) { submitCase(caseId: $caseId, trialId: "NCT05277987", centreId: $centreId) { id } }`,
      { caseId, centreId },
    ).then((data) => data.submitCase.id);

  const decide = (office: Identity, referralId: string, decision: string, reason?: string) =>
    mustEventually(
      'the referral to reach the office',
      office,
      `mutation($id: ID!, $decision: PiDecision!, $reason: String) { recordPiDecision(referralId: $id, decision: $decision, reason: $reason) { status } }`,
      { id: referralId, decision, reason },
    );

  beforeAll(async () => {
    process.env.CARTA_REFERRAL_SWEEP_MS = '250';
    process.env.CARTA_LETTER_SWEEP_MS = '250';
    database = await createTestDatabase(engines.databaseUrl);
    const environment = engineEnvironment(engines, database.url);
    topicPrefix = environment.KAFKA_TOPIC_PREFIX;
    platform = await startPlatform(loadPlatformConfig(environment), { ports: 'any', clock });

    // Day 0: three first contacts.
    const caseA = await openCase({ ...PATIENT_A, passportExpiry: inDays(3650) });
    const caseB = await openCase(PATIENT_B);
    const caseC = await openCase(PATIENT_C);

    // A: every record, verified → COMPLETE.
    for (const [index, kind] of RECORD_KINDS.entries()) {
      const version = index % 2 === 0 ? await upload(caseA, kind, aPdf(`/Title (${kind})`), 'application/pdf') : await upload(caseA, kind, aPng(), 'image/png');
      expect(version.status).toBe('VERIFIED');
    }
    await eventually('case A to be COMPLETE', async () => (await completeness(caseA)) === 'COMPLETE');
    await consent(caseA, 'puth');

    // B: a corrected profile, a companion who no longer travels, one record (PARTIAL), a rejected, a quarantined and a deleted file.
    await must(coordinator, `mutation($id: ID!, $input: CaseProfileInput!) { updateCaseProfile(caseId: $id, input: $input) { id } }`, {
      id: caseB,
      input: { diagnosis: { icd10: 'C16.0', description: 'Adenocarcinoma of the cardia' }, priorCellularTherapy: false },
    });
    const withCompanion = await must<{ addCompanion: { companions: { id: string }[] } }>(
      coordinator,
      `mutation($caseId: ID!, $companion: CompanionInput!) { addCompanion(caseId: $caseId, companion: $companion) { companions { id } } }`,
      { caseId: caseB, companion: COMPANION_B },
    );
    await must(coordinator, `mutation($id: ID!) { removeCompanion(companionId: $id) { id } }`, { id: withCompanion.addCompanion.companions[0].id });
    expect((await upload(caseB, 'PATHOLOGY_REPORT', aPdf('/Title (Pathology)'), 'application/pdf')).status).toBe('VERIFIED');
    expect((await upload(caseB, 'OTHER', aPdf(), 'image/png')).status).toBe('REJECTED');
    expect((await upload(caseB, 'OTHER', aPdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'), 'application/pdf')).status).toBe('QUARANTINED');
    const wrongCase = await upload(caseB, 'OTHER', aPng(), 'image/png');
    await must(coordinator, `mutation($id: ID!) { deleteDocument(documentId: $id, reason: "uploaded to the wrong case") { id } }`, {
      id: wrongCase.documentId,
    });
    await eventually('case B to be PARTIAL', async () => (await completeness(caseB)) === 'PARTIAL');
    const consentB = await consent(caseB, 'ruijin');

    // C: nothing but the consent form (not a record): INCOMPLETE.
    await consent(caseC, 'puth');
    expect(await completeness(caseC)).toBe('INCOMPLETE');

    // Day 2: all three submitted.
    clock.advanceDays(2);
    const referralA = await submit(caseA, 'puth');
    const referralB = await submit(caseB, 'ruijin');
    await submit(caseC, 'puth');

    // Day 10: PUTH accepts A. Day 17: Ruijin declines B; B withdraws its consent and changes hands.
    clock.advanceDays(8);
    await decide(puthOffice, referralA, 'ACCEPTED');
    clock.advanceDays(7);
    await decide(ruijinOffice, referralB, 'DECLINED', 'CLDN18.2 expression below the threshold');
    await must(coordinator, `mutation($id: ID!) { withdrawConsent(consentId: $id, reason: "declined") { active } }`, { id: consentB });
    await must(admin, `mutation($id: ID!) { assignCoordinator(caseId: $id, coordinatorId: "coord-analytics-2") { id } }`, { id: caseB });

    // A travels: the letter, the visa, the money, the arrival.
    await must(
      puthOffice,
      `mutation { setTrialSiteInvestigator(trialId: "NCT05277987", principalInvestigator: { name: "Chen Jianmin", nameZh: "陈建民" }) { id } }`,
    );
    const letters = await eventually('the letter request to reach the office', async () => {
      const mine = (await gateway<{ myInvitationLetters: { id: string }[] }>(puthOffice, `{ myInvitationLetters { id } }`)).data?.myInvitationLetters;
      return mine?.length ? mine : null;
    });
    await mustEventually(
      'travel to know the investigator and the patient',
      puthOffice,
      `mutation($id: ID!, $input: IssueInvitationLetterInput!) { issueInvitationLetter(letterId: $id, input: $input) { status } }`,
      { id: letters[0].id, input: { officeReference: 'PUTH-IO-2026-201', validUntil: inDays(90) } },
    );
    const travellers = await mustEventually<{ case: { travellers: { id: string; role: string }[] } }>(
      'travel to derive the traveller',
      coordinator,
      `query($id: ID!) { case(id: $id) { travellers { id role } } }`,
      { id: caseA },
    );
    const application = await must<{ openVisaApplication: { id: string } }>(
      coordinator,
      `mutation($id: ID!) { openVisaApplication(travellerId: $id) { id } }`,
      {
        id: travellers.case.travellers.find((traveller) => traveller.role === 'PATIENT')!.id,
      },
    );
    const VISA = `mutation($id: ID!, $input: VisaStatusInput!) { updateVisaApplication(applicationId: $id, input: $input) { status } }`;
    await must(coordinator, VISA, { id: application.openVisaApplication.id, input: { status: 'SUBMITTED', on: today() } });
    await must(coordinator, VISA, { id: application.openVisaApplication.id, input: { status: 'GRANTED', on: inDays(14), validUntil: inDays(200) } });

    await must(puthOffice, `mutation($tariff: CentreTariffInput!) { setCentreTariff(centreId: "puth", tariff: $tariff) { label } }`, {
      tariff: aTariffInput(today()),
    });
    const estimate = await mustEventually<{ prepareCostEstimate: { id: string } }>(
      'billing to know the timeline',
      coordinator,
      `mutation($caseId: ID!, $input: PrepareEstimateInput!) { prepareCostEstimate(caseId: $caseId, input: $input) { id } }`,
      {
        caseId: caseA,
        input: {
          fundingModel: 'PATIENT_PAID',
          usdToCny: { rate: '7.1100', asOf: today(), source: 'PBOC central parity' },
          familyStaysDuringManufacturing: true,
        },
      },
    );
    await must(coordinator, `mutation($id: ID!) { acceptCostEstimate(estimateId: $id, input: { acceptedBy: "the patient" }) { id } }`, {
      id: estimate.prepareCostEstimate.id,
    });
    const cny = (amount: string) => ({ amount, currency: 'CNY' });
    await must(coordinator, `mutation($caseId: ID!, $input: IssueInvoiceInput!) { issueInvoice(caseId: $caseId, input: $input) { id } }`, {
      caseId: caseA,
      input: { kind: 'DEPOSIT', amount: cny('1000.00') },
    });
    await must(coordinator, `mutation($caseId: ID!, $payment: MoneyMovementInput!) { recordPayment(caseId: $caseId, payment: $payment) { caseId } }`, {
      caseId: caseA,
      payment: { reference: 'SWIFT-ANALYTICS-001', amount: cny('1500.00'), on: today() },
    });
    await must(coordinator, `mutation($caseId: ID!, $refund: MoneyMovementInput!) { recordRefund(caseId: $caseId, refund: $refund) { caseId } }`, {
      caseId: caseA,
      refund: { reference: 'REFUND-ANALYTICS-001', amount: cny('500.00'), on: today() },
    });
    await must(coordinator, `mutation($id: ID!, $review: HomeTeamReviewInput!) { recordHomeTeamReview(caseId: $id, review: $review) { id } }`, {
      id: caseA,
      // Intake judges "not in the future" by the wall clock, not the services' test clock.
      review: {
        reviewedOn: new Date().toISOString().slice(0, 10),
        reviewer: 'Dr K. Mensah',
        institution: 'Korle Bu Teaching Hospital',
        summary: 'Tumour board agrees with the plan',
      },
    });
    await mustEventually(
      'intake to know the journey',
      coordinator,
      `mutation($id: ID!, $on: Date!) { recordArrival(caseId: $id, arrivedOn: $on) { arrivedOn } }`,
      {
        id: caseA,
        on: today(),
      },
    );

    // PUTH's office keeps its registry: a trial registered, edited, given new criteria, opened and closed.
    const seeded = await must<{ trial: { criteriaJson: string } }>(coordinator, `{ trial(id: "NCT05277987") { criteriaJson } }`);
    const { version: _version, ...criteria } = JSON.parse(seeded.trial.criteriaJson);
    await must(puthOffice, `mutation($input: RegisterTrialInput!) { registerTrial(input: $input) { id } }`, {
      input: aTrialRegistration({ criteria: JSON.stringify(criteria) }),
    });
    await must(puthOffice, `mutation { updateTrial(trialId: "NCT09990001", changes: { title: "CLDN18.2 CAR-T after two lines (PUTH-led, amended)" }) { id } }`);
    await must(puthOffice, `mutation($criteria: String!) { updateTrialCriteria(trialId: "NCT09990001", criteria: $criteria) { id } }`, {
      criteria: JSON.stringify(criteria),
    });
    await must(puthOffice, `mutation { setTrialRecruiting(trialId: "NCT09990001", recruiting: true, openSlots: 3) { id } }`);
    await must(puthOffice, `mutation { setTrialRecruiting(trialId: "NCT09990001", recruiting: false, openSlots: 0) { id } }`);

    // Day 112: C's review is long overdue and A's letter has expired.
    clock.advanceDays(95);
    const wanted = new Set(EVENT_CATALOG.keys());
    analysis = await eventually(
      'every event type on Kafka',
      async () => {
        const read = await analyse({ brokers: engines.kafkaBrokers, topicPrefix });
        return Object.keys(read.kpis.eventsByType).filter((type) => wanted.has(type)).length === wanted.size ? read : null;
      },
      90_000,
      2_000,
    );
  }, 600_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
    delete process.env.CARTA_REFERRAL_SWEEP_MS;
    delete process.env.CARTA_LETTER_SWEEP_MS;
  }, 60_000);

  it('decodes every event type of the catalogue with the CloudEvents SDK, and nothing it cannot', () => {
    expect(Object.keys(analysis.kpis.eventsByType).sort()).toEqual([...EVENT_CATALOG.keys()].sort());
    expect(analysis.undecodable).toEqual([]);
    expect(analysis.deadLetters).toEqual({});
  });

  it('computes the funnel and the KPIs of what was driven', () => {
    expect(analysis.kpis.funnel).toEqual({ OPENED: 3, RECORDS_COMPLETE: 1, SUBMITTED: 3, PI_DECISION: 2, INVITATION: 1, ARRIVAL: 1 });
    // A: day 0 → accepted day 10; B: day 0 → declined day 17.
    expect(analysis.kpis.firstContactToPiDecision).toEqual({ count: 2, medianDays: 13.5, minDays: 10, maxDays: 17 });
    // Submitted on day 2: A COMPLETE, answered in 8 days; B PARTIAL, in 15; C INCOMPLETE, never answered.
    expect(analysis.kpis.responseByCompleteness).toEqual([
      { completeness: 'COMPLETE', referrals: 1, answered: 1, response: { count: 1, medianDays: 8, minDays: 8, maxDays: 8 } },
      { completeness: 'PARTIAL', referrals: 1, answered: 1, response: { count: 1, medianDays: 15, minDays: 15, maxDays: 15 } },
      { completeness: 'INCOMPLETE', referrals: 1, answered: 0, response: null },
    ]);
    expect(analysis.kpis.acceptanceByCentre).toEqual([
      { centreId: 'puth', name: 'Peking University Third Hospital', referrals: 2, accepted: 1, declined: 0, rate: 1 },
      { centreId: 'ruijin', name: expect.stringContaining('Ruijin'), referrals: 1, accepted: 0, declined: 1, rate: 0 },
    ]);
  });

  it('prints the same from the command line: npm run analytics -- --brokers … --topic-prefix … [--json]', async () => {
    const run = (...flags: string[]) =>
      promisify(execFile)(
        process.execPath,
        ['tools/run.js', 'examples/analytics/src/main.ts', '--brokers', engines.kafkaBrokers.join(','), '--topic-prefix', topicPrefix, ...flags],
        {
          cwd: join(__dirname, '..', '..'),
        },
      );
    expect(JSON.parse((await run('--json')).stdout).kpis).toEqual(analysis.kpis);
    const { stdout } = await run();
    expect(stdout).toContain('Funnel (cases that reached each stage)');
    expect(stdout).toMatch(/puth +100% \(1 accepted, 0 declined of 2 referrals\)/);
  }, 60_000);

  it('carries no direct identifier of anyone entered on any topic, in keys, values or headers', async () => {
    const kafkaAdmin = new Kafka({ clientId: 'analytics-spec', brokers: engines.kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
    await kafkaAdmin.connect();
    const topics = (await kafkaAdmin.listTopics()).filter((topic) => topic.startsWith(topicPrefix)).map((topic) => topic.slice(topicPrefix.length));
    await kafkaAdmin.disconnect();
    const records = await readTopics(topics, { brokers: engines.kafkaBrokers, topicPrefix });
    expect(new Set(records.map((record) => record.topic))).toEqual(new Set([...EVENT_CATALOG.values()].map((definition) => definition.topic)));
    const identifiers = [PATIENT_A, PATIENT_B, COMPANION_B, PATIENT_C].flatMap((person) =>
      Object.entries(person)
        .filter(([field]) => field !== 'nationality' && field !== 'relationship' && field !== 'passportExpiry')
        .map(([, value]) => String(value)),
    );
    expect(identifiers).toHaveLength(19);
    const haystack = records.map((record) => [record.key, record.value, ...Object.values(record.headers)].join('\n').toLowerCase());
    const leaks = identifiers.filter((identifier) => haystack.some((text) => text.includes(identifier.toLowerCase())));
    expect(leaks).toEqual([]);
    // The search itself works: it reads the sealed person records and finds what is in clear.
    expect(haystack.some((text) => /"coordinatorid":\s*"coord-analytics"/.test(text))).toBe(true);
    expect(records.filter((record) => record.headers.ce_type === 'carta.intake.person.recorded.v1').length).toBeGreaterThanOrEqual(4);
  });
});

import { createHash, randomUUID } from 'node:crypto';
import { buildEvent, CaseOpened, EventDefinition, EventData, PiDecisionRecorded } from '@carta/contracts';
import { addDays, daysBetween as days, todayOf } from '@carta/domain';
import { KafkaBroker, toRecord } from '@carta/messaging';
import { loadPlatformConfig } from '@carta/service-kit';
import {
  aTariffInput,
  aDiagnosis,
  anOpenCaseInput,
  aPatient,
  createTestDatabase,
  engineEnvironment,
  eventually,
  identities,
  readPaperText,
  requireEngines,
  TestClock,
} from '@carta/testing';
import { RunningPlatform, startPlatform } from '../platform';
import { recordConsentWithForm } from './consent-form';
import { gatewayClient } from './gateway-client';

/**
 * The journey after a centre accepts, through the gateway on the real engines: the timeline, the
 * invitation letter, the visa applications, and the money.
 */
const engines = requireEngines();

interface Window {
  earliest: string;
  latest: string;
}
interface Milestone {
  name: string;
  start: Window;
  end: Window;
}
interface Timeline {
  milestones: Milestone[];
  infusion: Window;
  firstContactToInfusionDays: { min: number; max: number };
}

/** A span's shortest and longest length. */
const length = (milestone: Milestone) => ({
  min: days(milestone.start.earliest, milestone.end.earliest),
  max: days(milestone.start.latest, milestone.end.latest),
});
const find = (timeline: Timeline, name: string) => timeline.milestones.find((milestone) => milestone.name === name)!;
const TIMELINE = `milestones { name start { earliest latest } end { earliest latest } } infusion { earliest latest } firstContactToInfusionDays { min max }`;

describe('the journey through the gateway (real engines)', () => {
  const clock = new TestClock();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  let config: ReturnType<typeof loadPlatformConfig>;
  const gateway = gatewayClient(() => platform);
  const coordinator = identities.coordinator('coord-journey');
  const puthOffice = identities.office('puth');
  const ruijinOffice = identities.office('ruijin');
  const today = () => todayOf(clock);
  const inDays = (count: number) => addDays(todayOf(clock), count);
  let caseId: string;
  let letterId: string;

  const statusOfCase = async () =>
    (await gateway<{ case: { status: string } }>(coordinator, `query($id: ID!) { case(id: $id) { status } }`, { id: caseId })).data?.case.status;

  beforeAll(async () => {
    process.env.CARTA_LETTER_SWEEP_MS = '250';
    database = await createTestDatabase(engines.databaseUrl);
    config = loadPlatformConfig(engineEnvironment(engines, database.url));
    platform = await startPlatform(config, { ports: 'any', clock });
    const opened = await gateway<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: anOpenCaseInput({
        patient: aPatient({ givenName: 'Amara', familyName: 'Okafor', birthDate: '1971-06-02', nationality: 'NGA' }),
        diagnosis: aDiagnosis({ description: 'Gastric adenocarcinoma, CLDN18.2+' }),
        coordinatorId: coordinator.subject,
      }),
    });
    caseId = opened.data!.openCase.id;
    const consent = await recordConsentWithForm(() => platform, coordinator, caseId, 'puth', {
      purpose: 'TREATMENT',
      categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'IDENTITY', 'TRAVEL', 'FINANCIAL'],
      processingMethod: 'PI review, treatment, visa invitation and billing',
    });
    expect(consent.errors).toBeUndefined();
    const referral = await eventually('eligibility to know the trial and the consent', async () => {
      const submitted = await gateway<{ submitCase: { id: string } }>(
        coordinator,
        `mutation($caseId: ID!) { submitCase(caseId: $caseId, trialId: "NCT05277987", centreId: "puth") { id } }`,
        { caseId },
      );
      return submitted.data?.submitCase ?? null;
    });
    const accepted = await eventually('the referral to reach the office', async () => {
      const decided = await gateway<{ recordPiDecision: { status: string } }>(
        puthOffice,
        `mutation($id: ID!) { recordPiDecision(referralId: $id, decision: ACCEPTED) { status } }`,
        { id: referral.id },
      );
      return decided.data?.recordPiDecision ?? null;
    });
    expect(accepted.status).toBe('ACCEPTED');
  }, 180_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
    delete process.env.CARTA_LETTER_SWEEP_MS;
  }, 60_000);

  it('plans the treatment timeline on acceptance, with the autologous clocks of docs/domain.md', async () => {
    const journey = await eventually('travel to plan the journey', async () => {
      const response = await gateway<{
        case: { journey: { productType: string; revision: number; acceptedOn: string; timeline: Timeline; icalendar: string } | null };
      }>(coordinator, `query($id: ID!) { case(id: $id) { journey { productType revision acceptedOn timeline { ${TIMELINE} } icalendar } } }`, { id: caseId });
      return response.data?.case.journey ?? null;
    });
    expect(journey).toMatchObject({ productType: 'AUTOLOGOUS', revision: 1, acceptedOn: today() });
    const { timeline } = journey;
    expect(timeline.milestones.map((milestone) => milestone.name)).toEqual([
      'INVITATION_LETTER',
      'VISA',
      'ARRIVAL',
      'APHERESIS',
      'MANUFACTURING',
      'LYMPHODEPLETION',
      'INFUSION',
      'IN_HOSPITAL_MONITORING',
      'FOLLOW_UP',
    ]);
    // Processing 2–3 weeks: arrival waits for the longest, so the plan passes its own visa check.
    expect(length(find(timeline, 'VISA'))).toEqual({ min: 21, max: 21 });
    expect(length(find(timeline, 'MANUFACTURING'))).toEqual({ min: 21, max: 42 }); // 3–6 weeks
    expect(length(find(timeline, 'LYMPHODEPLETION'))).toEqual({ min: 3, max: 5 });
    expect(length(find(timeline, 'IN_HOSPITAL_MONITORING'))).toEqual({ min: 14, max: 30 });
    expect(find(timeline, 'INFUSION').start).toEqual(find(timeline, 'LYMPHODEPLETION').end);
    expect(timeline.firstContactToInfusionDays).toEqual({ min: days(today(), timeline.infusion.earliest), max: days(today(), timeline.infusion.latest) });
    expect(journey.icalendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(journey.icalendar).toContain(`UID:${caseId}-infusion@carta`);
  }, 60_000);

  it('plans a journey whose acceptance arrives before the case it belongs to', async () => {
    // The streams are independent: travel may hear of the acceptance before the case's opening.
    const lateCaseId = randomUUID();
    // Into this run's Kafka namespace, where the platform listens.
    const producer = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: 'test-journey', topicPrefix: config.kafka?.topicPrefix });
    const publish = async <D extends EventDefinition>(definition: D, source: string, data: EventData<D>) => {
      const event = buildEvent(definition, source, data);
      await producer.publish([toRecord({ topic: definition.topic, messageKey: event.subject, eventType: event.type, eventId: event.id, envelope: event })]);
    };
    try {
      await publish(PiDecisionRecorded, '/carta/eligibility', {
        referralId: randomUUID(),
        caseId: lateCaseId,
        centreId: 'ruijin',
        trialId: 'NCT05181501',
        decision: 'ACCEPTED',
        decidedAt: clock.now().toISOString(),
      });
      const travel = platform.services.find((service) => service.name === 'travel')!.dataSource;
      await eventually(
        'the acceptance to be kept',
        async () => (await travel.query(`SELECT 1 FROM travel.acceptance WHERE case_id = $1`, [lateCaseId])).length === 1,
      );
      expect(await travel.query(`SELECT 1 FROM travel.journey WHERE case_id = $1`, [lateCaseId])).toEqual([]);
      await publish(CaseOpened, '/carta/intake', {
        caseId: lateCaseId,
        patientId: 'pt_0123456789abcdef',
        diagnosis: { icd10: 'C90.0', description: 'Multiple myeloma' },
        coordinatorId: 'coord-late',
        openedAt: inDays(-20) + 'T09:00:00Z',
      });
      const planned = await eventually('the journey to be planned once the case is known', async () => {
        const rows: { revision: number; first_contact_on: string }[] = await travel.query(
          `SELECT revision, first_contact_on::text FROM travel.journey WHERE case_id = $1`,
          [lateCaseId],
        );
        return rows[0];
      });
      expect(planned).toEqual({ revision: 1, first_contact_on: inDays(-20) });
      expect(await travel.query(`SELECT status FROM travel.invitation_letter WHERE case_id = $1`, [lateCaseId])).toEqual([{ status: 'REQUESTED' }]);
    } finally {
      await producer.close();
    }
  }, 60_000);

  it('previews an allogeneic product: no apheresis or manufacturing, preparation from arrival', async () => {
    const preview = await gateway<{ previewTreatmentTimeline: Timeline }>(
      coordinator,
      `query($input: TimelinePreviewInput!) { previewTreatmentTimeline(input: $input) { ${TIMELINE} } }`,
      { input: { productType: 'ALLOGENEIC', centreId: 'puth', firstContactOn: '2026-09-15', acceptedOn: '2026-10-01' } },
    );
    expect(preview.errors).toBeUndefined();
    const timeline = preview.data!.previewTreatmentTimeline;
    expect(timeline.milestones.map((milestone) => milestone.name)).toEqual([
      'INVITATION_LETTER',
      'VISA',
      'ARRIVAL',
      'LYMPHODEPLETION',
      'INFUSION',
      'IN_HOSPITAL_MONITORING',
      'FOLLOW_UP',
    ]);
    expect(find(timeline, 'LYMPHODEPLETION').start).toEqual(find(timeline, 'ARRIVAL').end);
    expect(length(find(timeline, 'IN_HOSPITAL_MONITORING'))).toEqual({ min: 14, max: 30 });
    // Acceptance is 16 days after first contact; then letter 2–5 + the route's MAX processing 21 (until a
    // visa is granted) + travel 1–3 + lymphodepletion 3–5: 16 + 2 + 21 + 1 + 3 = 43 to 16 + 5 + 21 + 3 + 5 = 50.
    expect(timeline.firstContactToInfusionDays).toEqual({ min: 43, max: 50 });
    const bad = await gateway(
      coordinator,
      `query { previewTreatmentTimeline(input: { productType: AUTOLOGOUS, centreId: "puth", firstContactOn: "2026-10-02", acceptedOn: "2026-10-01" }) { infusion { earliest } } }`,
    );
    expect(bad.errors?.[0]).toMatchObject({ message: 'the centre cannot accept a case before first contact', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("asks the accepting centre's office, and only it, for the invitation letter", async () => {
    const LETTERS = `{ myInvitationLetters { id status centreId trialId case { id } } }`;
    const letters = await eventually('the letter request to reach the office', async () => {
      const response = await gateway<{ myInvitationLetters: { id: string; status: string; centreId: string; trialId: string; case: { id: string } }[] }>(
        puthOffice,
        LETTERS,
      );
      return response.data?.myInvitationLetters.length ? response.data.myInvitationLetters : null;
    });
    expect(letters).toEqual([{ id: expect.any(String), status: 'REQUESTED', centreId: 'puth', trialId: 'NCT05277987', case: { id: caseId } }]);
    letterId = letters[0].id;
    expect((await gateway<{ myInvitationLetters: unknown[] }>(ruijinOffice, LETTERS)).data?.myInvitationLetters).toEqual([]);
    const ISSUE = `mutation($id: ID!, $input: IssueInvitationLetterInput!) { issueInvitationLetter(letterId: $id, input: $input) { status } }`;
    const input = { officeReference: 'PUTH-IO-2026-118', validUntil: inDays(90) };
    expect((await gateway(ruijinOffice, ISSUE, { id: letterId, input })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Not before the site's principal investigator is on record and the coordinator has entered the passports it must print.
    expect((await gateway(puthOffice, ISSUE, { id: letterId, input })).errors?.[0]).toMatchObject({
      message: 'the letter cannot be issued yet: missing principalInvestigator, travellers.patient',
      extensions: { code: 'CONFLICT', missing: ['principalInvestigator', 'travellers.patient'] },
    });
    // Each site's office names its own investigator: Ruijin, a site of the same trial, cannot name PUTH's.
    const SET_PI = `mutation($centreId: ID) { setTrialSiteInvestigator(trialId: "NCT05277987", centreId: $centreId, principalInvestigator: { name: "Chen Jianmin", nameZh: "陈建民" }) { sites { centreId principalInvestigator { name nameZh } } } }`;
    expect((await gateway(ruijinOffice, SET_PI, { centreId: 'puth' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const pi = await gateway<{ setTrialSiteInvestigator: { sites: { centreId: string; principalInvestigator: unknown }[] } }>(puthOffice, SET_PI, {});
    expect(pi.errors).toBeUndefined();
    expect(pi.data!.setTrialSiteInvestigator.sites).toEqual(
      expect.arrayContaining([
        { centreId: 'puth', principalInvestigator: { name: 'Chen Jianmin', nameZh: '陈建民' } },
        { centreId: 'ruijin', principalInvestigator: null },
      ]),
    );
    // Travel hears of it with the trial; the preview then lacks only the passports.
    const PREVIEW = `query($id: ID!, $input: InvitationLetterDraftInput) { previewInvitationLetter(letterId: $id, input: $input) { missing principalInvestigator { name nameZh } } }`;
    const preview = await eventually('travel to know the site investigator', async () => {
      const response = await gateway<{ previewInvitationLetter: { missing: string[]; principalInvestigator: unknown } }>(puthOffice, PREVIEW, {
        id: letterId,
        input,
      });
      return response.data?.previewInvitationLetter.principalInvestigator ? response.data.previewInvitationLetter : null;
    });
    expect(preview).toEqual({ missing: ['travellers.patient'], principalInvestigator: { name: 'Chen Jianmin', nameZh: '陈建民' } });
    expect((await gateway(puthOffice, ISSUE, { id: letterId, input })).errors?.[0]).toMatchObject({
      message: 'the letter cannot be issued yet: missing travellers.patient',
      extensions: { code: 'CONFLICT' },
    });
  });

  // People are entered once, at intake; travel derives the travellers the letter and the visas print.
  const UPDATE_PATIENT = `mutation($caseId: ID!, $patient: PatientChangesInput!) { updatePatient(caseId: $caseId, patient: $patient) { id } }`;
  const TRAVELLERS = `query($id: ID!) { case(id: $id) { travellers { id role passportNumber } } }`;
  type Travellers = { case: { travellers: { id: string; role: string; passportNumber: string }[] } };
  const travellersOnceThey = (what: string, ready: (travellers: Travellers['case']['travellers']) => boolean) =>
    eventually(what, async () => {
      const travellers = (await gateway<Travellers>(coordinator, TRAVELLERS, { id: caseId })).data?.case.travellers ?? [];
      return ready(travellers) ? travellers : null;
    });
  let patientId: string;
  let companionId: string;

  it('issues the letter with the fields a consulate checks, as a PDF in the object store', async () => {
    const badName = await gateway(coordinator, UPDATE_PATIENT, { caseId, patient: { givenName: '阿玛拉' } });
    expect(badName.errors?.[0]).toMatchObject({
      message: "patient.givenName: must be written in Latin letters, as the passport's data page prints them",
      extensions: { code: 'BAD_USER_INPUT', field: 'patient.givenName' },
    });
    // The patient's passport runs out about 200 days from now: too soon for a stay of some 100 days plus six months.
    expect(
      (await gateway(coordinator, UPDATE_PATIENT, { caseId, patient: { passportNumber: 'A07731245', passportExpiry: inDays(200) } })).errors,
    ).toBeUndefined();
    const companion = await gateway(
      coordinator,
      `mutation($caseId: ID!, $companion: CompanionInput!) { addCompanion(caseId: $caseId, companion: $companion) { id } }`,
      {
        caseId,
        companion: {
          givenName: 'Chidi',
          familyName: 'Okafor',
          birthDate: '1969-01-20',
          nationality: 'NGA',
          passportNumber: 'A05518890',
          passportExpiry: inDays(3000),
          relationship: 'husband',
        },
      },
    );
    expect(companion.errors).toBeUndefined();
    const travellers = await travellersOnceThey('travel to derive both travellers', (list) => list.length === 2);
    patientId = travellers.find((traveller) => traveller.role === 'PATIENT')!.id;
    companionId = travellers.find((traveller) => traveller.role === 'COMPANION')!.id;
    // A consulate takes no application without the letter: none is opened before it is issued.
    expect((await gateway(coordinator, `mutation($id: ID!) { openVisaApplication(travellerId: $id) { id } }`, { id: patientId })).errors?.[0]).toMatchObject({
      message: `a visa application needs an issued, valid invitation letter: the invitation letter requested from puth has not been issued yet`,
      extensions: { code: 'CONFLICT' },
    });

    const issued = await gateway<{
      issueInvitationLetter: {
        status: string;
        sha256: string;
        plannedArrival: string;
        plannedDeparture: string;
        travellers: { familyName: string; passportNumber: string }[];
      };
    }>(
      puthOffice,
      `mutation($id: ID!, $input: IssueInvitationLetterInput!) { issueInvitationLetter(letterId: $id, input: $input) { status sha256 plannedArrival plannedDeparture travellers { familyName passportNumber } } }`,
      { id: letterId, input: { officeReference: 'PUTH-IO-2026-118', validUntil: inDays(90) } },
    );
    expect(issued.errors).toBeUndefined();
    const letter = issued.data!.issueInvitationLetter;
    expect(letter).toMatchObject({
      status: 'ISSUED',
      travellers: [
        { familyName: 'Okafor', passportNumber: 'A07731245' },
        { familyName: 'Okafor', passportNumber: 'A05518890' },
      ],
    });

    const link = await gateway<{ invitationLetterDownload: { url: string } }>(
      puthOffice,
      `query($id: ID!) { invitationLetterDownload(letterId: $id) { url } }`,
      { id: letterId },
    );
    const pdf = Buffer.from(await (await fetch(link.data!.invitationLetterDownload.url)).arrayBuffer());
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(letter.sha256);
    const text = (await readPaperText(pdf)).join('\n');
    for (const field of [
      'Peking University Third Hospital, Beijing',
      'OKAFOR, Amara',
      '1971-06-02',
      'NGA',
      'A07731245',
      'Companion 1 (husband)',
      'OKAFOR, Chidi',
      'A05518890',
      'NCT05277987',
      letter.plannedArrival,
      letter.plannedDeparture,
      'PUTH-IO-2026-118',
      'Chen Jianmin',
      '49 North Garden Road, Haidian District, Beijing 100191',
      '+86 10 8226 6699',
    ]) {
      // A table row may wrap a long value onto the next line.
      expect(text.replace(/\s+/g, ' ')).toContain(field);
    }
    // Bilingual: the centre, its address and the investigator in Chinese too (Chinese may wrap, so without whitespace).
    const compact = text.replace(/\s+/g, '');
    for (const field of ['北京大学第三医院', '北京市海淀区花园北路49号', '陈建民', '邀请函']) expect(compact).toContain(field);
    expect(
      (await gateway(ruijinOffice, `query($id: ID!) { invitationLetterDownload(letterId: $id) { url } }`, { id: letterId })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    await eventually('the case to follow into TRAVEL_PLANNING', async () => (await statusOfCase()) === 'TRAVEL_PLANNING');
  }, 60_000);

  interface Application {
    id: string;
    status: string;
    route: { category: string };
    checks: { check: string; ok: boolean; blocksSubmission: boolean; reason: string }[];
  }
  const APPLICATION = `id status route { category } checks { check ok blocksSubmission reason }`;

  it('opens visa applications for the patient and the companion, and holds back the one whose passport expires too soon', async () => {
    const OPEN = `mutation($id: ID!) { openVisaApplication(travellerId: $id) { ${APPLICATION} } }`;
    const patient = (await gateway<{ openVisaApplication: Application }>(coordinator, OPEN, { id: patientId })).data!.openVisaApplication;
    const companion = (await gateway<{ openVisaApplication: Application }>(coordinator, OPEN, { id: companionId })).data!.openVisaApplication;
    expect(patient.route.category).toBe('S2');
    expect(companion.route.category).toBe('S2');
    expect(patient.checks.find((check) => check.check === 'PASSPORT_VALIDITY')).toMatchObject({
      ok: false,
      blocksSubmission: true,
      reason: expect.stringMatching(/^passport expires \d{4}-\d{2}-\d{2}: it must be valid at least six months beyond the stay/),
    });
    expect(companion.checks.filter((check) => check.blocksSubmission)).toEqual([]);
    // Applied on the day the letter was issued, the route's longest processing ends before the planned arrival: the plan holds.
    expect(companion.checks.find((check) => check.check === 'PROCESSING_TIME')).toMatchObject({ ok: true, blocksSubmission: false });

    const SUBMIT = `mutation($id: ID!, $on: Date!) { updateVisaApplication(applicationId: $id, input: { status: SUBMITTED, on: $on }) { ${APPLICATION} } }`;
    const held = await gateway(coordinator, SUBMIT, { id: patient.id, on: today() });
    expect(held.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^not submitted: passport expires/), extensions: { code: 'CONFLICT' } });
    // A renewed passport is a correction at intake; the traveller (and so the visa checks) follow it.
    const renewed = await gateway(coordinator, UPDATE_PATIENT, { caseId, patient: { passportNumber: 'A09912876', passportExpiry: inDays(3650) } });
    expect(renewed.errors).toBeUndefined();
    await travellersOnceThey('travel to follow the renewed passport', (list) => list.some((traveller) => traveller.passportNumber === 'A09912876'));
    expect(
      (await gateway<{ updateVisaApplication: Application }>(coordinator, SUBMIT, { id: patient.id, on: today() })).data?.updateVisaApplication.status,
    ).toBe('SUBMITTED');
    expect(
      (await gateway<{ updateVisaApplication: Application }>(coordinator, SUBMIT, { id: companion.id, on: today() })).data?.updateVisaApplication.status,
    ).toBe('SUBMITTED');

    // The consulate refuses the patient's visa: the timeline is planned again from the refusal, and a new application follows.
    const JOURNEY = `query($id: ID!) { case(id: $id) { journey { revision facts { kind on } timeline { infusion { earliest latest } } } } }`;
    type Journey = { revision: number; facts: { kind: string; on: string }[]; timeline: Timeline };
    const before = (await gateway<{ case: { journey: Journey } }>(coordinator, JOURNEY, { id: caseId })).data!.case.journey;
    const REFUSE = `mutation($id: ID!, $on: Date!) { updateVisaApplication(applicationId: $id, input: { status: REFUSED, on: $on, reason: "supporting documents incomplete" }) { status } }`;
    expect(
      (await gateway<{ updateVisaApplication: { status: string } }>(coordinator, REFUSE, { id: patient.id, on: inDays(10) })).data?.updateVisaApplication
        .status,
    ).toBe('REFUSED');
    const after = (await gateway<{ case: { journey: Journey } }>(coordinator, JOURNEY, { id: caseId })).data!.case.journey;
    expect(after.revision).toBe(before.revision + 1);
    expect(after.facts).toEqual([
      { kind: 'LETTER_ISSUED', on: today() },
      { kind: 'VISA_REFUSED', on: inDays(10) },
    ]);
    expect(after.timeline.infusion.earliest > before.timeline.infusion.earliest).toBe(true);
    const reapplied = (await gateway<{ openVisaApplication: Application }>(coordinator, OPEN, { id: patientId })).data!.openVisaApplication;
    expect(
      (await gateway<{ updateVisaApplication: Application }>(coordinator, SUBMIT, { id: reapplied.id, on: inDays(11) })).data?.updateVisaApplication.status,
    ).toBe('SUBMITTED');

    const GRANT = `mutation($id: ID!, $on: Date!, $until: Date!) { updateVisaApplication(applicationId: $id, input: { status: GRANTED, on: $on, validUntil: $until }) { ${APPLICATION} } }`;
    const granted = (await gateway<{ updateVisaApplication: Application }>(coordinator, GRANT, { id: reapplied.id, on: inDays(25), until: inDays(60) })).data!
      .updateVisaApplication;
    expect(granted.status).toBe('GRANTED');
    // Granted, but for too short a time: the check says so.
    expect(granted.checks.find((check) => check.check === 'VISA_VALIDITY')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('before the planned departure'),
    });
    const again = await gateway(coordinator, SUBMIT, { id: reapplied.id, on: today() });
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringContaining('a GRANTED application cannot become SUBMITTED'),
      extensions: { code: 'CONFLICT' },
    });
    const officeView = await gateway(puthOffice, `query($id: ID!) { case(id: $id) { visaApplications { id } } }`, { id: caseId });
    expect(officeView.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('re-plans when the centre reports a manufacturing delay', async () => {
    const JOURNEY = `query($id: ID!) { case(id: $id) { journey { revision timeline { infusion { earliest latest } } } } }`;
    const before = (await gateway<{ case: { journey: { revision: number; timeline: Timeline } } }>(coordinator, JOURNEY, { id: caseId })).data!.case.journey;
    const delayed = await gateway<{ reportManufacturingDelay: { revision: number; timeline: Timeline } }>(
      puthOffice,
      `mutation($id: ID!) { reportManufacturingDelay(caseId: $id, days: 10) { revision timeline { infusion { earliest latest } } } }`,
      { id: caseId },
    );
    expect(delayed.errors).toBeUndefined();
    expect(delayed.data!.reportManufacturingDelay.revision).toBe(before.revision + 1);
    expect(days(before.timeline.infusion.earliest, delayed.data!.reportManufacturingDelay.timeline.infusion.earliest)).toBe(10);
    expect(
      (await gateway(ruijinOffice, `mutation($id: ID!) { reportManufacturingDelay(caseId: $id, days: 3) { revision } }`, { id: caseId })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('gives the family its calendar on the public origin: a 5-minute file and a subscription the coordinator can revoke', async () => {
    const publicOrigin = new URL(platform.gateway.url).origin;
    const download = await gateway<{ treatmentCalendarDownload: { url: string } }>(
      coordinator,
      `query($id: ID!) { treatmentCalendarDownload(caseId: $id) { url } }`,
      { id: caseId },
    );
    expect(download.errors).toBeUndefined();
    expect(new URL(download.data!.treatmentCalendarDownload.url).origin).toBe(publicOrigin);
    const file = await fetch(download.data!.treatmentCalendarDownload.url);
    expect(file.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await file.text();
    expect(ics).toContain(`UID:${caseId}-infusion@carta`);

    const SUBSCRIBE = `mutation($id: ID!) { subscribeTreatmentCalendar(caseId: $id) { url } }`;
    expect((await gateway(puthOffice, SUBSCRIBE, { id: caseId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const subscribed = await gateway<{ subscribeTreatmentCalendar: { url: string } }>(coordinator, SUBSCRIBE, { id: caseId });
    const url = subscribed.data!.subscribeTreatmentCalendar.url;
    expect(new URL(url).origin).toBe(publicOrigin);
    // What a calendar app does: a plain GET, no credentials.
    const polled = await fetch(url);
    expect(polled.status).toBe(200);
    expect(await polled.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*DTSTART;VALUE=DATE:\d{8}/);
    const revoked = await gateway<{ revokeTreatmentCalendar: boolean }>(coordinator, `mutation($id: ID!) { revokeTreatmentCalendar(caseId: $id) }`, {
      id: caseId,
    });
    expect(revoked.data?.revokeTreatmentCalendar).toBe(true);
    expect((await fetch(url)).status).toBe(404);
  });

  interface Money {
    amount: string;
    currency: string;
  }
  interface Estimate {
    id: string;
    version: number;
    fundingModel: string;
    priceList: { illustrative: boolean };
    lines: { item: string; low: Money; high: Money; basis: string }[];
    total: { low: Money; high: Money };
    totalUsd: { low: Money; high: Money };
    acceptance: { acceptedBy: string } | null;
  }
  const ESTIMATE = `id version fundingModel priceList { illustrative } lines { item low { amount currency } high { amount currency } basis } total { low { amount currency } high { amount currency } } totalUsd { low { amount currency } high { amount currency } } acceptance { acceptedBy }`;
  const PREPARE = `mutation($caseId: ID!, $input: PrepareEstimateInput!) { prepareCostEstimate(caseId: $caseId, input: $input) { ${ESTIMATE} } }`;
  const rate = (value: string) => ({ rate: value, asOf: today(), source: 'PBOC central parity' });
  const BALANCE = `balance { invoiced { amount } paid { amount } refunded { amount } due { amount currency } credit { amount } }`;
  const BILLING = `query($id: ID!) { case(id: $id) { billing { invoices { id kind amount { amount } } payments { reference amount { amount } } refunds { reference } ${BALANCE} } } }`;
  interface Billing {
    invoices: { id: string; kind: string; amount: { amount: string } }[];
    payments: { reference: string; amount: { amount: string } }[];
    refunds: { reference: string }[];
    balance: { invoiced: { amount: string }; paid: { amount: string }; refunded: { amount: string }; due: Money; credit: { amount: string } };
  }
  const billing = async () => (await gateway<{ case: { billing: Billing } }>(coordinator, BILLING, { id: caseId })).data!.case.billing;
  let estimate: Estimate;

  it('prepares a patient-paid estimate with every line, low and high, in CNY and USD at a dated rate', async () => {
    // Priced over the timeline as re-planned after the manufacturing delay.
    const REVISION = `query($id: ID!) { case(id: $id) { billing { timelineRevision currentEstimate { timelineRevision } } } }`;
    const revisions = async () =>
      (
        await gateway<{ case: { billing: { timelineRevision: number | null; currentEstimate: { timelineRevision: number } | null } } }>(coordinator, REVISION, {
          id: caseId,
        })
      ).data?.case.billing;
    const latest = (
      await gateway<{ case: { journey: { revision: number } } }>(coordinator, `query($id: ID!) { case(id: $id) { journey { revision } } }`, { id: caseId })
    ).data!.case.journey.revision;
    // Planned on acceptance (1), re-planned when the letter was issued (2), when the patient's visa was
    // refused (3) and granted (4), and after the manufacturing delay (5): docs/domain.md, "Planning around the visa".
    const travel = platform.services.find((service) => service.name === 'travel')!.dataSource;
    const reasons: { reason: string }[] = await travel.query(
      `SELECT envelope->'data'->>'reason' AS reason FROM travel.outbox WHERE event_type = 'carta.travel.timeline.planned.v1' AND envelope->'data'->>'caseId' = $1 ORDER BY (envelope->'data'->>'revision')::int`,
      [caseId],
    );
    expect(reasons.map((row) => row.reason)).toEqual([
      'accepted by puth for NCT05277987',
      `invitation letter issued on ${today()}`,
      `patient visa refused on ${inDays(10)}`,
      `patient visa granted on ${inDays(25)}, valid to ${inDays(60)}`,
      'manufacturing delayed by 10 days',
    ]);
    expect(latest).toBe(5);
    await eventually('billing to know the re-planned timeline', async () => (await revisions())?.timelineRevision === latest);
    estimate = (
      await gateway<{ prepareCostEstimate: Estimate }>(coordinator, PREPARE, {
        caseId,
        input: { fundingModel: 'PATIENT_PAID', usdToCny: rate('7.1034'), familyStaysDuringManufacturing: true },
      })
    ).data!.prepareCostEstimate;
    expect(await revisions()).toEqual({ timelineRevision: latest, currentEstimate: { timelineRevision: latest } });
    expect(estimate).toMatchObject({ version: 1, fundingModel: 'PATIENT_PAID', priceList: { illustrative: true }, acceptance: null });
    expect(estimate.lines.map((line) => line.item)).toEqual([
      'MANUFACTURING',
      'HOSPITALISATION',
      'MONITORING',
      'APHERESIS',
      'LYMPHODEPLETION',
      'CRS_ICANS_RESERVE',
      'INTERPRETATION_AND_COORDINATION',
      'ACCOMMODATION',
    ]);
    // The patient pays the product: USD 50,000–150,000 converted at the dated rate, to the fen.
    expect(estimate.lines[0]).toMatchObject({
      low: { amount: '355170.00', currency: 'CNY' },
      high: { amount: '1065510.00', currency: 'CNY' },
      basis: expect.stringContaining('1 USD = 7.1034 CNY'),
    });
    const cents = (money: Money) => BigInt(money.amount.replace('.', ''));
    expect(estimate.lines.reduce((sum, line) => sum + cents(line.high), 0n)).toBe(cents(estimate.total.high));
    expect(estimate.totalUsd.high.currency).toBe('USD');
    // Asking again with the same inputs returns the same version; a sponsor-funded estimate is one this trial allows.
    expect(
      (
        await gateway<{ prepareCostEstimate: Estimate }>(coordinator, PREPARE, {
          caseId,
          input: { fundingModel: 'PATIENT_PAID', usdToCny: rate('7.1034'), familyStaysDuringManufacturing: true },
        })
      ).data?.prepareCostEstimate.id,
    ).toBe(estimate.id);

    const link = await gateway<{ costEstimateDownload: { url: string } }>(coordinator, `query($id: ID!) { costEstimateDownload(estimateId: $id) { url } }`, {
      id: estimate.id,
    });
    const text = (await readPaperText(Buffer.from(await (await fetch(link.data!.costEstimateDownload.url)).arrayBuffer()))).join('\n');
    expect(text).toContain('Cost estimate, version 1');
    expect(text).toContain('ILLUSTRATIVE PRICES: NOT A QUOTE');
    expect(text).toContain('1,065,510.00 CNY');
  }, 60_000);

  it("keeps the case's money from anyone outside the case", async () => {
    const outsider = identities.coordinator('coord-other');
    expect((await gateway(outsider, BILLING, { id: caseId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gateway(ruijinOffice, BILLING, { id: caseId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await gateway(outsider, PREPARE, { caseId, input: { fundingModel: 'PATIENT_PAID', usdToCny: rate('7.2'), familyStaysDuringManufacturing: true } }))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    // The accepting centre's office, with the patient's FINANCIAL consent, may read it.
    expect((await gateway(puthOffice, BILLING, { id: caseId })).errors).toBeUndefined();
  });

  const puthTariff = () => aTariffInput(today());
  const INVOICE = `mutation($caseId: ID!, $input: IssueInvoiceInput!) { issueInvoice(caseId: $caseId, input: $input) { id reference dueOn kind amount { amount currency } amountUsd { formatted } estimateVersion } }`;
  const TARIFF = `mutation($centreId: ID!, $tariff: CentreTariffInput!) { setCentreTariff(centreId: $centreId, tariff: $tariff) { label hospitalDay { formatted } manufacturing { high { formatted } } } }`;
  const PAY = `mutation($caseId: ID!, $payment: MoneyMovementInput!) { recordPayment(caseId: $caseId, payment: $payment) { payments { reference } ${BALANCE} } }`;
  const cny = (amount: string) => ({ amount, currency: 'CNY' });

  it('invoices the deposit only after the family accepted that exact estimate version', async () => {
    const early = await gateway(coordinator, INVOICE, { caseId, input: { kind: 'DEPOSIT', amount: cny('300000.00') } });
    expect(early.errors?.[0]).toMatchObject({ message: 'no estimate has been accepted: nothing may be invoiced yet', extensions: { code: 'CONFLICT' } });
    // An estimate from the illustrative list may be accepted as an orientation, never invoiced.
    const ORIENTATION = `mutation($id: ID!) { acceptCostEstimate(estimateId: $id, input: { acceptedBy: "Chidi Okafor, husband" }) { version } }`;
    expect((await gateway(coordinator, ORIENTATION, { id: estimate.id })).errors).toBeUndefined();
    const illustrative = await gateway(coordinator, INVOICE, { caseId, input: { kind: 'DEPOSIT', amount: cny('300000.00') } });
    expect(illustrative.errors?.[0]).toMatchObject({
      message: expect.stringContaining("the centre's office must set its tariff"),
      extensions: { code: 'CONFLICT' },
    });
    expect((await gateway(puthOffice, TARIFF, { centreId: 'puth', tariff: puthTariff() })).errors).toBeUndefined();

    // The centre's prices and a rate that moved: a new version, and the old one can no longer be accepted.
    const v2 = (
      await gateway<{ prepareCostEstimate: Estimate }>(coordinator, PREPARE, {
        caseId,
        input: { fundingModel: 'PATIENT_PAID', usdToCny: rate('7.1100'), familyStaysDuringManufacturing: true },
      })
    ).data!.prepareCostEstimate;
    expect(v2.version).toBe(2);
    const ACCEPT = `mutation($id: ID!) { acceptCostEstimate(estimateId: $id, input: { acceptedBy: "Chidi Okafor, husband" }) { version acceptance { acceptedBy } } }`;
    expect((await gateway(coordinator, ACCEPT, { id: estimate.id })).errors?.[0]).toMatchObject({
      message: 'version 1 was superseded by version 2: the family accepts the current one',
      extensions: { code: 'CONFLICT' },
    });
    const accepted = await gateway<{ acceptCostEstimate: { version: number; acceptance: { acceptedBy: string } } }>(coordinator, ACCEPT, { id: v2.id });
    expect(accepted.data?.acceptCostEstimate).toEqual({ version: 2, acceptance: { acceptedBy: 'Chidi Okafor, husband' } });

    const deposit = await gateway<{ issueInvoice: { id: string; reference: string; dueOn: string; kind: string; amount: Money; estimateVersion: number } }>(
      coordinator,
      INVOICE,
      {
        caseId,
        input: { kind: 'DEPOSIT', amount: cny('300000.00') },
      },
    );
    expect(deposit.errors).toBeUndefined();
    expect(deposit.data!.issueInvoice).toMatchObject({ kind: 'DEPOSIT', amount: { amount: '300000.00', currency: 'CNY' }, estimateVersion: 2 });
    const link = await gateway<{ invoiceDownload: { url: string } }>(coordinator, `query($id: ID!) { invoiceDownload(invoiceId: $id) { url } }`, {
      id: deposit.data!.issueInvoice.id,
    });
    const text = (await readPaperText(Buffer.from(await (await fetch(link.data!.invoiceDownload.url)).arrayBuffer()))).join('\n');
    expect(deposit.data!.issueInvoice.reference).toMatch(/^INV-\d{2}-[0-9A-HJKMNP-TV-Z]{6}$/);
    for (const shown of [
      deposit.data!.issueInvoice.reference,
      deposit.data!.issueInvoice.dueOn,
      '300,000.00 CNY',
      'BKCHCNBJ110',
      'Peking University Third Hospital',
    ])
      expect(text).toContain(shown);
    const tooMuch = await gateway(coordinator, INVOICE, { caseId, input: { kind: 'BALANCE', amount: cny('9000000.00') } });
    expect(tooMuch.errors?.[0]).toMatchObject({ message: expect.stringContaining("more than the accepted estimate's"), extensions: { code: 'CONFLICT' } });
  });

  it('reconciles partial payments, an overpayment and its refund to a zero balance; a duplicate notification changes nothing', async () => {
    expect(
      (await gateway(coordinator, PAY, { caseId, payment: { reference: 'SWIFT-20261124-001', amount: cny('100000.00'), on: today() } })).errors,
    ).toBeUndefined();
    const second = await gateway<{ recordPayment: Billing }>(coordinator, PAY, {
      caseId,
      payment: { reference: 'SWIFT-20261124-002', amount: cny('200000.00'), on: today() },
    });
    expect(second.data!.recordPayment.balance.due.amount).toBe('0.00');
    // The bank's notification for the second payment arrives again.
    const duplicate = await gateway<{ recordPayment: Billing }>(coordinator, PAY, {
      caseId,
      payment: { reference: 'SWIFT-20261124-002', amount: cny('200000.00'), on: today() },
    });
    expect(duplicate.data!.recordPayment).toEqual(second.data!.recordPayment);
    const billingDb = platform.services.find((service) => service.name === 'billing')!.dataSource;
    const events: { count: string }[] = await billingDb.query(
      `SELECT count(*) FROM billing.outbox WHERE event_type = 'carta.billing.ledger.payment-recorded.v1' AND envelope->'data'->>'reference' = 'SWIFT-20261124-002'`,
    );
    expect(events).toEqual([{ count: '1' }]);
    const altered = await gateway(coordinator, PAY, { caseId, payment: { reference: 'SWIFT-20261124-002', amount: cny('250000.00'), on: today() } });
    expect(altered.errors?.[0]).toMatchObject({
      message: 'payment SWIFT-20261124-002 was already recorded with other details',
      extensions: { code: 'CONFLICT' },
    });

    expect((await gateway(coordinator, INVOICE, { caseId, input: { kind: 'BALANCE', amount: cny('412345.67') } })).errors).toBeUndefined();
    const over = await gateway<{ recordPayment: Billing }>(coordinator, PAY, {
      caseId,
      payment: { reference: 'SWIFT-20261124-003', amount: cny('412845.67'), on: today() },
    });
    expect(over.data!.recordPayment.balance).toMatchObject({ due: { amount: '-500.00' }, credit: { amount: '500.00' } });
    const REFUND = `mutation($caseId: ID!, $refund: MoneyMovementInput!) { recordRefund(caseId: $caseId, refund: $refund) { ${BALANCE} } }`;
    expect((await gateway(coordinator, REFUND, { caseId, refund: { reference: 'REFUND-001', amount: cny('600.00'), on: today() } })).errors?.[0]).toMatchObject(
      { message: 'a refund of 600.00 CNY exceeds the credit of 500.00 CNY', extensions: { code: 'CONFLICT' } },
    );
    expect((await gateway(coordinator, REFUND, { caseId, refund: { reference: 'REFUND-001', amount: cny('500.00'), on: today() } })).errors).toBeUndefined();

    const settled = await billing();
    expect(settled.balance).toEqual({
      invoiced: { amount: '712345.67' },
      paid: { amount: '712845.67' },
      refunded: { amount: '500.00' },
      due: { amount: '0.00', currency: 'CNY' },
      credit: { amount: '0.00' },
    });
    expect(settled.payments.map((payment) => payment.reference)).toEqual(['SWIFT-20261124-001', 'SWIFT-20261124-002', 'SWIFT-20261124-003']);
    expect(settled.invoices.map((invoice) => invoice.kind)).toEqual(['DEPOSIT', 'BALANCE']);
  });

  it("prices the next estimate from the centre's own tariff once its office sets it, which needs a new acceptance", async () => {
    // A changed tariff: the next estimate is a new version.
    const tariff = { ...puthTariff(), hotelNight: '480' };
    expect((await gateway(ruijinOffice, TARIFF, { centreId: 'puth', tariff })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gateway(puthOffice, TARIFF, { centreId: 'puth', tariff: { ...tariff, hotelNight: 'cheap' } })).errors?.[0]).toMatchObject({
      message: 'hotelNight: must be a decimal amount like 2800.00',
      extensions: { code: 'BAD_USER_INPUT', field: 'hotelNight' },
    });
    const set = await gateway<{ setCentreTariff: unknown }>(puthOffice, TARIFF, { centreId: 'puth', tariff });
    expect(set.data?.setCentreTariff).toEqual({
      label: 'PUTH international patients 2027',
      hospitalDay: { formatted: '2,800.00 CNY' },
      manufacturing: { high: { formatted: '120,000.00 USD' } },
    });

    const v3 = (
      await gateway<{ prepareCostEstimate: Estimate }>(coordinator, PREPARE, {
        caseId,
        input: { fundingModel: 'PATIENT_PAID', usdToCny: rate('7.1100'), familyStaysDuringManufacturing: true },
      })
    ).data!.prepareCostEstimate;
    expect(v3).toMatchObject({ version: 3, priceList: { illustrative: false } });
    expect(v3.lines[0].high).toEqual({ amount: '853200.00', currency: 'CNY' }); // USD 120,000 at 7.11
    const next = await gateway(coordinator, INVOICE, { caseId, input: { kind: 'BALANCE', amount: cny('1000.00') } });
    expect(next.errors?.[0]).toMatchObject({ message: 'estimate version 3 is not the accepted one (accepted: version 2)', extensions: { code: 'CONFLICT' } });
  });

  it('moves the case into treatment when the patient arrives, after the home team reviewed the plan', async () => {
    const review = await gateway(
      coordinator,
      `mutation($id: ID!, $review: HomeTeamReviewInput!) { recordHomeTeamReview(caseId: $id, review: $review) { id } }`,
      {
        id: caseId,
        review: {
          reviewedOn: today(),
          reviewer: 'Dr A. Bello',
          institution: 'Lagos University Teaching Hospital',
          summary: 'Tumour board agrees with the treatment plan and the travel dates',
        },
      },
    );
    expect(review.errors).toBeUndefined();
    const arrived = await gateway<{ recordArrival: { arrivedOn: string } }>(
      coordinator,
      `mutation($id: ID!, $on: Date!) { recordArrival(caseId: $id, arrivedOn: $on) { arrivedOn } }`,
      { id: caseId, on: today() },
    );
    expect(arrived.data?.recordArrival.arrivedOn).toBe(today());
    await eventually('the case to follow into IN_TREATMENT', async () => (await statusOfCase()) === 'IN_TREATMENT');
  });

  it('tracks the letter to its expiry, announces it once, and lets the coordinator ask for a new one', async () => {
    const REQUEST = `mutation($id: ID!) { requestInvitationLetter(caseId: $id) { id status } }`;
    expect((await gateway(coordinator, REQUEST, { id: caseId })).errors?.[0]).toMatchObject({
      message: 'a letter is already requested or still valid',
      extensions: { code: 'CONFLICT' },
    });
    clock.advanceDays(91); // valid for 90 days
    try {
      const travel = platform.services.find((service) => service.name === 'travel')!.dataSource;
      await eventually('the expiry event', async () => {
        const rows: { count: string }[] = await travel.query(
          `SELECT count(*) FROM travel.outbox WHERE event_type = 'carta.travel.invitation-letter.expired.v1' AND envelope->'data'->>'letterId' = $1`,
          [letterId],
        );
        return rows[0].count === '1';
      });
      const letters = await gateway<{ case: { invitationLetters: { id: string; status: string }[] } }>(
        puthOffice,
        `query($id: ID!) { case(id: $id) { invitationLetters { id status } } }`,
        { id: caseId },
      );
      expect(letters.data?.case.invitationLetters).toEqual([{ id: letterId, status: 'EXPIRED' }]);
      const fresh = await gateway<{ requestInvitationLetter: { id: string; status: string } }>(coordinator, REQUEST, { id: caseId });
      expect(fresh.data?.requestInvitationLetter).toMatchObject({ status: 'REQUESTED' });
      expect(
        (await gateway<{ myInvitationLetters: { status: string }[] }>(puthOffice, `{ myInvitationLetters { status } }`)).data?.myInvitationLetters.map(
          (letter) => letter.status,
        ),
      ).toEqual(['REQUESTED', 'EXPIRED']);
    } finally {
      clock.advanceDays(-91);
    }
  });
});

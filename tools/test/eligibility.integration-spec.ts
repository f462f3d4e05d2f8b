import { createHash, randomUUID } from 'node:crypto';
import { Identity } from '@carta/auth';
import { addDays, todayOf } from '@carta/domain';
import { renderPaper } from '@carta/pdf';
import { loadPlatformConfig } from '@carta/service-kit';
import {
  aDiagnosis,
  anOpenCaseInput,
  aPatient,
  createTestDatabase,
  engineEnvironment,
  eventually,
  identities,
  requireEngines,
  TestClock,
} from '@carta/testing';
import { RunningPlatform, startPlatform } from '../platform';
import { recordConsentWithForm } from './consent-form';
import { gatewayClient } from './gateway-client';

/** The summary fact by fact, manual assessments and dated, explained screening, through the gateway on the real engines. */
const engines = requireEngines();

interface Match {
  trialId: string;
  verdict: string;
  judgedOn: string;
  criteria: { criterionId: string; status: string; explanation: string }[];
}

interface Fact {
  id: string;
  kind: string;
  version: number;
  status: string;
  source: string | null;
  supersedesFactId: string | null;
  supersededByFactId: string | null;
  correctionReason: string | null;
  retractionReason: string | null;
  retractedBy: string | null;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const FACT_FIELDS = 'id kind version status source supersedesFactId supersededByFactId correctionReason retractionReason retractedBy';
const ADD = `mutation($caseId: ID!, $fact: JSON!) { addSummaryFact(caseId: $caseId, fact: $fact) { ${FACT_FIELDS} } }`;
const CORRECT = `mutation($id: ID!, $fact: JSON!, $reason: String!) { correctSummaryFact(factId: $id, fact: $fact, reason: $reason) { ${FACT_FIELDS} } }`;
const RETRACT = `mutation($id: ID!, $reason: String!) { retractSummaryFact(factId: $id, reason: $reason) { ${FACT_FIELDS} } }`;
const ASSESS = `mutation($caseId: ID!, $trialId: ID!, $criterionId: String!, $status: AssessmentStatus!, $doc: ID!) { recordCriterionAssessment(caseId: $caseId, trialId: $trialId, criterionId: $criterionId, status: $status, sourceDocumentId: $doc, note: "PI reviewed the echo") { criteriaVersion status source } }`;

describe('eligibility through the gateway (real engines)', () => {
  const clock = new TestClock();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  let caseId: string;
  let otherCaseId: string;
  /** The case's verified documents, by what they are. */
  const docs: Record<'labs' | 'pathology' | 'clinic' | 'history' | 'other', string> = { labs: '', pathology: '', clinic: '', history: '', other: '' };
  const coordinator = identities.coordinator('coord-3');
  const otherCoordinator = identities.coordinator('coord-4');
  const admin = identities.admin('admin-3');
  const puthOffice = identities.office('puth');

  const gateway = gatewayClient(() => platform);

  const day = (offset: number) => addDays(todayOf(clock), offset);
  const daysAgo = (days: number) => day(-days);
  const BRIEF_TRIALS = ['NCT05277987', 'NCT03720457', 'NCT05181501', 'NCT07003568'];
  const matches = async (asOf?: string) =>
    (
      await gateway<{ case: { trialMatches: Match[] } }>(
        coordinator,
        `query($id: ID!, $asOf: Date) { case(id: $id) { trialMatches(asOf: $asOf) { trialId verdict judgedOn criteria { criterionId status explanation } } } }`,
        { id: caseId, asOf },
      )
    ).data!.case.trialMatches;
  const verdictOf = async (trialId: string, asOf?: string) => (await matches(asOf)).find((match) => match.trialId === trialId);
  const criterionOf = async (trialId: string, criterionId: string, asOf?: string) =>
    (await verdictOf(trialId, asOf))?.criteria.find((criterion) => criterion.criterionId === criterionId);
  const history = async () =>
    (
      await gateway<{ case: { oncologySummary: { version: number; facts: Fact[] } } }>(
        coordinator,
        `query($id: ID!) { case(id: $id) { oncologySummary { version facts(includeHistory: true) { ${FACT_FIELDS} } } } }`,
        { id: caseId },
      )
    ).data!.case.oncologySummary;

  /** A real PDF streamed through the gateway: documents verifies it and announces it. */
  async function upload(owner: Identity, kase: string, kind: string, recordDate: string, options: { stream?: boolean } = {}): Promise<string> {
    const bytes = (
      await renderPaper({
        title: kind,
        footer: 'eligibility spec',
        createdAt: new Date(),
        blocks: [{ kind: 'text', paragraphs: [`A ${kind.toLowerCase()} of ${recordDate}.`] }],
      })
    ).bytes;
    // Documents learns of a new case (and who runs it) from intake's event: wait for it, don't race it.
    const ticket = await eventually('documents to accept the upload request', async () => {
      const answer = await requestTicket();
      return answer.data?.requestDocumentUpload ? answer : null;
    });
    function requestTicket() {
      return gateway<{ requestDocumentUpload: { documentId: string; streamUploadPath: string } }>(
        owner,
        `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { documentId streamUploadPath } }`,
        {
          input: {
            caseId: kase,
            kind,
            fileName: `${kind.toLowerCase()}.pdf`,
            contentType: 'application/pdf',
            sizeBytes: bytes.length,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            language: 'en',
            recordDate,
          },
        },
      );
    }
    const { documentId, streamUploadPath } = ticket.data!.requestDocumentUpload;
    if (options.stream === false) return documentId;
    const put = await fetch(`${platform.gateway.url.replace(/\/graphql$/, '')}${streamUploadPath}`, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${await platform.devIssuer.issue(owner)}` },
    });
    expect(put.status).toBe(200);
    return documentId;
  }

  /** Adds a fact, waiting until eligibility has heard of the case and the cited document. */
  const add = (fact: Record<string, unknown>, as: Identity = coordinator, kase = caseId) =>
    eventually('eligibility to accept the fact', async () => {
      const response = await gateway<{ addSummaryFact: Fact }>(as, ADD, { caseId: kase, fact });
      if (response.errors?.[0].extensions?.code === 'NOT_FOUND' || /no document of this case/.test(response.errors?.[0].message ?? '')) return null;
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.addSummaryFact;
    });

  /** A fact the gastric summary does not hold, for the refusals (so they leave its facts as they are). */
  const probeFact = (sourceDocumentId = docs.clinic) => ({ kind: 'SPO2', value: 97, observedOn: daysAgo(5), sourceDocumentId });
  const ecog = (value: number) => ({ kind: 'ECOG', value, observedOn: daysAgo(5), sourceDocumentId: docs.clinic });

  /** A CLDN18.2-positive gastric adenocarcinoma after two lines, fit, labs drawn five days ago. */
  const gastricFacts = () => [
    // Age is not typed: it derives from the birth month intake sends with CaseOpened (1968-03).
    { kind: 'SEX', sex: 'female', observedOn: daysAgo(5), sourceDocumentId: docs.clinic },
    { kind: 'WEIGHT', value: 61, unit: 'kg', observedOn: daysAgo(5), sourceDocumentId: docs.clinic },
    { kind: 'DIAGNOSIS', icd10: 'C16.9', observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
    ecog(1),
    { kind: 'LVEF', value: 62, observedOn: daysAgo(20), sourceDocumentId: docs.clinic },
    { kind: 'LIFE_EXPECTANCY', weeks: 26, observedOn: daysAgo(5), sourceDocumentId: docs.clinic },
    { kind: 'HER2', status: 'NEGATIVE', observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
    { kind: 'HISTOLOGY', morphology: '8140/3', observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
    { kind: 'STAGE', stage: 'IV', observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
    // Two documented lines: the count of prior lines is derived from them.
    {
      kind: 'LINE_OF_THERAPY',
      drugs: ['oxaliplatin', 'capecitabine'],
      start: '2025-03-01',
      end: '2025-09-01',
      bestResponse: 'PR',
      reasonStopped: 'PROGRESSION',
      observedOn: daysAgo(30),
      sourceDocumentId: docs.history,
    },
    {
      kind: 'LINE_OF_THERAPY',
      drugs: ['nivolumab'],
      start: '2025-10-01',
      end: daysAgo(40),
      bestResponse: 'PD',
      reasonStopped: 'PROGRESSION',
      observedOn: daysAgo(30),
      sourceDocumentId: docs.history,
    },
    { kind: 'SEROLOGY', test: 'HBSAG', result: 'NON_REACTIVE', observedOn: daysAgo(5), sourceDocumentId: docs.labs },
    { kind: 'SEROLOGY', test: 'HCV_AB', result: 'NON_REACTIVE', observedOn: daysAgo(5), sourceDocumentId: docs.labs },
    { kind: 'SEROLOGY', test: 'HIV_AG_AB', result: 'NON_REACTIVE', observedOn: daysAgo(5), sourceDocumentId: docs.labs },
    { kind: 'MARKER', marker: 'CLDN18.2', method: 'IHC', result: 'POSITIVE', percentPositive: 40, observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
    { kind: 'LAB', analyte: 'anc', value: 2.1, unit: '10*3/uL', observedOn: daysAgo(5), sourceDocumentId: docs.labs },
    { kind: 'LAB', analyte: 'alc', value: 0.8, unit: '10*9/L', observedOn: daysAgo(5), sourceDocumentId: docs.labs },
    { kind: 'LAB', analyte: 'haemoglobin', value: 10.8, unit: 'g/dL', observedOn: daysAgo(5), sourceDocumentId: docs.labs },
    { kind: 'LAB', analyte: 'creatinine', value: 0.8, unit: 'mg/dL', referenceRange: { high: 1.1 }, observedOn: daysAgo(5), sourceDocumentId: docs.labs },
  ];

  beforeAll(async () => {
    process.env.CARTA_REFERRAL_SWEEP_MS = '250';
    database = await createTestDatabase(engines.databaseUrl);
    platform = await startPlatform(loadPlatformConfig(engineEnvironment(engines, database.url)), { ports: 'any', clock });
    const open = async (owner: Identity, familyName: string) =>
      (
        await gateway<{ openCase: { id: string } }>(owner, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
          input: anOpenCaseInput({
            patient: aPatient({ familyName }),
            diagnosis: aDiagnosis({ description: 'Gastric adenocarcinoma, CLDN18.2+' }),
            coordinatorId: owner.subject,
          }),
        })
      ).data!.openCase.id;
    caseId = await open(coordinator, 'Tanaka');
    otherCaseId = await open(otherCoordinator, 'Sato');
    await eventually(
      'documents to know both cases',
      async () => {
        const answers = await Promise.all([
          gateway(coordinator, `query($id: ID!) { checklist(caseId: $id) { completeness } }`, { id: caseId }),
          gateway(otherCoordinator, `query($id: ID!) { checklist(caseId: $id) { completeness } }`, { id: otherCaseId }),
        ]);
        return answers.every((answer) => !answer.errors);
      },
      60_000,
    );
    docs.labs = await upload(coordinator, caseId, 'BLOOD_PANEL', daysAgo(5));
    docs.pathology = await upload(coordinator, caseId, 'PATHOLOGY_REPORT', daysAgo(60));
    docs.clinic = await upload(coordinator, caseId, 'OTHER', daysAgo(5));
    docs.history = await upload(coordinator, caseId, 'TREATMENT_HISTORY', daysAgo(30));
    docs.other = await upload(coordinator, caseId, 'IMAGING', daysAgo(10));
  }, 240_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
    delete process.env.CARTA_REFERRAL_SWEEP_MS;
  }, 60_000);

  describe('who may write a fact, about what, citing what', () => {
    it('refuses a fact about a case eligibility has never heard of', async () => {
      const refused = await gateway(admin, ADD, { caseId: randomUUID(), fact: probeFact() });
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'caseId' } });
    });

    it("refuses another coordinator's write on the case", async () => {
      await add(probeFact()); // the case and the document are known: the refusal below is about who writes
      const refused = await gateway(otherCoordinator, ADD, { caseId, fact: probeFact() });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it("refuses a fact citing another case's document, as if it did not exist", async () => {
      const foreign = await upload(otherCoordinator, otherCaseId, 'BLOOD_PANEL', daysAgo(2));
      // Wait until eligibility knows the foreign document, so the refusal is about whose it is.
      await add(probeFact(foreign), otherCoordinator, otherCaseId);
      const refused = await gateway(coordinator, ADD, { caseId, fact: probeFact(foreign) });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'fact.sourceDocumentId: no document of this case has this id',
        extensions: { code: 'BAD_USER_INPUT', field: 'fact.sourceDocumentId' },
      });
    });

    it('refuses a fact citing a document never verified, or deleted', async () => {
      const pending = await upload(coordinator, caseId, 'BLOOD_PANEL', daysAgo(1), { stream: false });
      const unverified = await gateway(coordinator, ADD, { caseId, fact: probeFact(pending) });
      expect(unverified.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'fact.sourceDocumentId' } });

      const doomed = await upload(coordinator, caseId, 'BLOOD_PANEL', daysAgo(1));
      await add(probeFact(doomed)); // verified: accepted
      expect(
        (await gateway(coordinator, `mutation($id: ID!) { deleteDocument(documentId: $id, reason: "wrong patient") { id } }`, { id: doomed })).errors,
      ).toBeUndefined();
      // Wait without writing: the fact resting on the document is marked once eligibility hears of the deletion.
      const SOURCES = `query($id: ID!) { case(id: $id) { oncologySummary { facts { sourceDocumentId sourceDeleted } } } }`;
      await eventually('eligibility to hear of the deletion', async () => {
        const listed = (
          await gateway<{ case: { oncologySummary: { facts: { sourceDocumentId: string; sourceDeleted: boolean }[] } } }>(coordinator, SOURCES, { id: caseId })
        ).data?.case.oncologySummary.facts;
        return listed?.some((fact) => fact.sourceDocumentId === doomed && fact.sourceDeleted);
      });
      const refused = await gateway(coordinator, ADD, { caseId, fact: probeFact(doomed) });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'fact.sourceDocumentId: the document was deleted and can no longer be cited',
        extensions: { code: 'BAD_USER_INPUT', field: 'fact.sourceDocumentId' },
      });
      // The fact resting on it stays in the history, marked, and no longer counts.
      const facts = (
        await gateway<{ case: { oncologySummary: { facts: { sourceDocumentId: string; sourceDeleted: boolean; status: string }[] } } }>(
          coordinator,
          `query($id: ID!) { case(id: $id) { oncologySummary { facts { sourceDocumentId sourceDeleted status } } } }`,
          { id: caseId },
        )
      ).data!.case.oncologySummary.facts;
      expect(facts.filter((fact) => fact.sourceDocumentId === doomed)).toEqual([{ sourceDocumentId: doomed, sourceDeleted: true, status: 'CURRENT' }]);
    });

    it('refuses an implausible fact with the path inside it', async () => {
      const refused = await gateway(coordinator, ADD, { caseId, fact: { ...probeFact(), observedOn: day(3) } });
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^fact\.observedOn: /),
        extensions: { code: 'BAD_USER_INPUT', field: 'fact.observedOn' },
      });
    });
  });

  it('gives a ranked, explained list across centres, citing documents by kind and date', async () => {
    for (const fact of gastricFacts()) await add(fact);
    // The brief gives each trial's key criteria only: the rest of the record is one manual line, checked by the team.
    const checked = await gateway(coordinator, ASSESS, { caseId, trialId: 'NCT05277987', criterionId: 'registry-remainder', status: 'MET', doc: docs.clinic });
    expect(checked.errors).toBeUndefined();
    const ranked = await eventually('all four trials screened', async () => {
      // Only the brief's four trials: a trial another spec registered on the shared broker may reach this platform too.
      const list = (await matches()).filter((match) => BRIEF_TRIALS.includes(match.trialId));
      return list.length === 4 ? list : null;
    });
    expect(ranked.map((match) => [match.trialId, match.verdict])).toEqual([
      ['NCT05277987', 'LIKELY_ELIGIBLE'],
      ['NCT03720457', 'INELIGIBLE'],
      ['NCT05181501', 'INELIGIBLE'],
      ['NCT07003568', 'INELIGIBLE'],
    ]);
    expect(ranked.every((match) => match.judgedOn === day(0))).toBe(true);
    const cldn = ranked[0].criteria.find((criterion) => criterion.criterionId === 'cldn18')!;
    expect(cldn).toMatchObject({ status: 'MET', explanation: expect.stringContaining(`pathology report of ${daysAgo(60)}`) });
    for (const match of ranked) for (const criterion of match.criteria) expect(criterion.explanation).not.toMatch(UUID);
  });

  it('corrects and retracts one fact at a time, keeping the whole history', async () => {
    const before = await history();
    const ecogFact = before.facts.find((fact) => fact.kind === 'ECOG' && fact.status === 'CURRENT')!;
    const corrected = await gateway<{ correctSummaryFact: Fact }>(coordinator, CORRECT, {
      id: ecogFact.id,
      fact: ecog(2),
      reason: 'the clinic note was misread',
    });
    expect(corrected.data?.correctSummaryFact).toMatchObject({
      kind: 'ECOG',
      version: ecogFact.version + 1,
      status: 'CURRENT',
      supersedesFactId: ecogFact.id,
      correctionReason: 'the clinic note was misread',
      source: `document of ${daysAgo(5)}`,
    });
    const newest = corrected.data!.correctSummaryFact;

    // Only the newest version can change, and a correction keeps the kind.
    expect((await gateway(coordinator, CORRECT, { id: ecogFact.id, fact: ecog(1), reason: 'again' })).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      newestFactId: newest.id,
    });
    expect((await gateway(coordinator, CORRECT, { id: newest.id, fact: gastricFacts()[5], reason: 'kind change' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fact.kind',
    });
    expect((await gateway(otherCoordinator, RETRACT, { id: newest.id, reason: 'not mine' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const retracted = await gateway<{ retractSummaryFact: Fact }>(coordinator, RETRACT, { id: newest.id, reason: 'belongs to another admission' });
    expect(retracted.data?.retractSummaryFact).toMatchObject({
      id: newest.id,
      status: 'RETRACTED',
      retractionReason: 'belongs to another admission',
      retractedBy: coordinator.subject,
    });
    expect((await gateway(coordinator, RETRACT, { id: newest.id, reason: 'twice' })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const after = await history();
    expect(after.version).toBe(before.version + 2);
    expect(after.facts.filter((fact) => fact.kind === 'ECOG').map((fact) => [fact.id, fact.status, fact.supersededByFactId])).toEqual(
      expect.arrayContaining([
        [ecogFact.id, 'SUPERSEDED', newest.id],
        [newest.id, 'RETRACTED', null],
      ]),
    );
    // The other facts are untouched, and the summary's current facts no longer hold an ECOG.
    expect(after.facts.filter((fact) => fact.kind !== 'ECOG')).toEqual(before.facts.filter((fact) => fact.kind !== 'ECOG'));
    await eventually('the ECOG criterion to be UNKNOWN', async () => (await criterionOf('NCT05277987', 'ecog'))?.status === 'UNKNOWN');
    await add(ecog(1));
  });

  it('judges as of a planned date: labs drawn today are stale by then; the stored screening stays as of today', async () => {
    const planned = day(30);
    const later = await verdictOf('NCT05181501', planned);
    expect(later?.judgedOn).toBe(planned);
    expect(later?.criteria.find((criterion) => criterion.criterionId === 'anc')).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining(`blood panel of ${daysAgo(5)}`),
    });
    expect(await criterionOf('NCT05181501', 'anc')).toMatchObject({ status: 'MET' });
    expect((await verdictOf('NCT05181501'))?.judgedOn).toBe(day(0));

    const refused = async (asOf: string) =>
      (await gateway(coordinator, `query($id: ID!, $asOf: Date) { case(id: $id) { trialMatches(asOf: $asOf) { trialId } } }`, { id: caseId, asOf }))
        .errors?.[0];
    expect(await refused(day(-400))).toMatchObject({
      message: expect.stringMatching(/^asOf: must not be before the case opened/),
      extensions: { code: 'BAD_USER_INPUT', field: 'asOf' },
    });
    expect(await refused(day(400))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'asOf' } });
    // An impossible day is refused by the Date scalar before the resolver runs.
    expect(await refused('2026-02-30')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  const trialCriteria = async (trialId: string) =>
    JSON.parse(
      (
        await gateway<{ trials: { id: string; criteriaJson: string }[] }>(coordinator, `{ trials(recruitingOnly: false) { id criteriaJson } }`)
      ).data!.trials.find((trial) => trial.id === trialId)!.criteriaJson,
    );
  const updateCriteria = (trialId: string, criteria: unknown) =>
    gateway<{ updateTrialCriteria: { criteriaVersion: number } }>(
      puthOffice,
      `mutation($id: ID!, $criteria: String!) { updateTrialCriteria(trialId: $id, criteria: $criteria) { criteriaVersion } }`,
      { id: trialId, criteria: JSON.stringify(criteria) },
    );

  it('counts an assessment of a manual criterion until its line changes', async () => {
    const criteria = await trialCriteria('NCT05277987');
    criteria.criteria.push({
      id: 'cardiac-fitness',
      kind: 'INCLUSION',
      text: 'Adequate cardiac function in the investigator’s judgement',
      rule: { manual: true },
    });
    const changed = await updateCriteria('NCT05277987', criteria);
    expect(changed.errors).toBeUndefined();
    const version = changed.data!.updateTrialCriteria.criteriaVersion;
    const manual = await eventually('the manual criterion to be screened', async () => criterionOf('NCT05277987', 'cardiac-fitness'));
    expect(manual.status).toBe('UNKNOWN');

    // Only a manual criterion is assessed, by the case's own coordinator, citing a document of the case.
    expect(
      (await gateway(coordinator, ASSESS, { caseId, trialId: 'NCT05277987', criterionId: 'ecog', status: 'MET', doc: docs.other })).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'criterionId' });
    expect(
      (await gateway(otherCoordinator, ASSESS, { caseId, trialId: 'NCT05277987', criterionId: 'cardiac-fitness', status: 'MET', doc: docs.other })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await gateway(puthOffice, ASSESS, { caseId, trialId: 'NCT05277987', criterionId: 'cardiac-fitness', status: 'MET', doc: docs.other })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');

    const assessed = await gateway<{ recordCriterionAssessment: { criteriaVersion: number; status: string; source: string } }>(coordinator, ASSESS, {
      caseId,
      trialId: 'NCT05277987',
      criterionId: 'cardiac-fitness',
      status: 'MET',
      doc: docs.other,
    });
    expect(assessed.data?.recordCriterionAssessment).toEqual({ criteriaVersion: version, status: 'MET', source: `imaging report of ${daysAgo(10)}` });
    expect(await criterionOf('NCT05277987', 'cardiac-fitness')).toMatchObject({
      status: 'MET',
      explanation: expect.stringContaining(`imaging report of ${daysAgo(10)}`),
    });

    // Another line's change makes a new criteria version but leaves this line, and its assessment, as they were.
    criteria.criteria.find((criterion: { id: string }) => criterion.id === 'ecog').text += ' (at screening)';
    const other = await updateCriteria('NCT05277987', criteria);
    expect(other.data?.updateTrialCriteria.criteriaVersion).toBe(version + 1);
    const kept = await eventually('the case to be screened under the new version', async () => {
      const criterion = await criterionOf('NCT05277987', 'cardiac-fitness');
      return criterion?.explanation.includes('unchanged since') ? criterion : null;
    });
    expect(kept).toMatchObject({ status: 'MET', explanation: expect.stringContaining(`(for criteria version ${version}; the line is unchanged since)`) });

    criteria.criteria.find((criterion: { id: string }) => criterion.id === 'cardiac-fitness').text =
      'Adequate cardiac function (LVEF ≥ 45%) in the investigator’s judgement';
    expect((await updateCriteria('NCT05277987', criteria)).errors).toBeUndefined();
    const voided = await eventually('the assessment to be void under the new version', async () => {
      const criterion = await criterionOf('NCT05277987', 'cardiac-fitness');
      return criterion?.status === 'UNKNOWN' ? criterion : null;
    });
    expect(voided.explanation).toContain(`the assessment of criteria version ${version} no longer counts`);
  });

  it("re-screens the case by itself when a trial's threshold changes", async () => {
    const criteria = await trialCriteria('NCT05277987');
    const cldn = criteria.criteria.find((criterion: { id: string }) => criterion.id === 'cldn18');
    cldn.rule.percent = 50;
    cldn.text = 'CLDN18.2 positive by IHC in ≥50% of tumour cells';
    expect((await updateCriteria('NCT05277987', criteria)).errors).toBeUndefined();
    const rescreened = await eventually('the case to be re-screened against the new threshold', async () => {
      const match = await verdictOf('NCT05277987');
      return match?.verdict === 'INELIGIBLE' ? match : null;
    });
    expect(rescreened.criteria.find((criterion) => criterion.criterionId === 'cldn18')).toMatchObject({ status: 'NOT_MET' });
  });

  const recordConsent = (centreId: string) => recordConsentWithForm(() => platform, coordinator, caseId, centreId);
  const SUBMIT = `mutation($caseId: ID!, $centreId: ID!) { submitCase(caseId: $caseId, trialId: "NCT05277987", centreId: $centreId) { id status reviewDueOn completenessAtSubmission } }`;
  const statusOfCase = async () =>
    (await gateway<{ case: { status: string } }>(coordinator, `query($id: ID!) { case(id: $id) { status } }`, { id: caseId })).data?.case.status;

  it('refuses a submission without an active consent for the centre, then submits it to that centre only', async () => {
    const refused = await gateway(coordinator, SUBMIT, { caseId, centreId: 'puth' });
    expect(refused.errors?.[0]).toMatchObject({ message: 'the patient has no active consent to share this case with puth', extensions: { code: 'CONFLICT' } });
    expect((await recordConsent('puth')).errors).toBeUndefined();
    const submitted = await eventually('the consent to reach eligibility', async () => {
      const response = await gateway<{ submitCase: { id: string; status: string; reviewDueOn: string; completenessAtSubmission: string } }>(
        coordinator,
        SUBMIT,
        { caseId, centreId: 'puth' },
      );
      return response.data?.submitCase ?? null;
    });
    expect(submitted).toMatchObject({ status: 'AWAITING_DECISION', completenessAtSubmission: 'PARTIAL' });
    await eventually('the case to be SUBMITTED in intake', async () => (await statusOfCase()) === 'SUBMITTED');

    const REFERRALS = `{ myReferrals { id trialId status case { id oncologySummary { version facts { kind source } } trialMatches { trialId verdict } checklist { completeness } } } }`;
    const seenByPuth = await eventually('the referral to reach the office', async () => {
      const response = await gateway<{
        myReferrals: {
          id: string;
          case: {
            oncologySummary: { version: number; facts: { kind: string; source: string }[] } | null;
            trialMatches: unknown[];
            checklist: { completeness: string } | null;
          };
        }[];
      }>(puthOffice, REFERRALS);
      return response.data?.myReferrals.length === 1 && response.data.myReferrals[0].case.checklist ? response.data.myReferrals : null;
    });
    expect(seenByPuth[0].case.oncologySummary?.facts).toEqual(expect.arrayContaining([{ kind: 'LAB', source: `blood panel of ${daysAgo(5)}` }]));
    expect(seenByPuth[0].case.checklist).toEqual({ completeness: 'PARTIAL' });
    expect(seenByPuth[0].case.trialMatches).toEqual(expect.arrayContaining(BRIEF_TRIALS.map((trialId) => expect.objectContaining({ trialId }))));

    const ruijinOffice = identities.office('ruijin');
    expect((await gateway<{ myReferrals: unknown[] }>(ruijinOffice, REFERRALS)).data?.myReferrals).toEqual([]);
    const DECIDE = `mutation($id: ID!, $decision: PiDecision!, $reason: String) { recordPiDecision(referralId: $id, decision: $decision, reason: $reason) { status decisionReason } }`;
    expect((await gateway(ruijinOffice, DECIDE, { id: submitted.id, decision: 'ACCEPTED' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gateway(puthOffice, DECIDE, { id: submitted.id, decision: 'DECLINED' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });

    const accepted = await gateway<{ recordPiDecision: { status: string } }>(puthOffice, DECIDE, { id: submitted.id, decision: 'ACCEPTED' });
    expect(accepted.data?.recordPiDecision.status).toBe('ACCEPTED');
    await eventually('the case to be ACCEPTED in intake', async () => (await statusOfCase()) === 'ACCEPTED');
    expect((await gateway(puthOffice, DECIDE, { id: submitted.id, decision: 'DECLINED', reason: 'changed mind' })).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
  }, 90_000);

  it('emits an overdue event when a review passes its deadline', async () => {
    expect((await recordConsent('ruijin')).errors).toBeUndefined();
    const submitted = await eventually(
      'a submission to ruijin',
      async () =>
        (await gateway<{ submitCase: { id: string; reviewDueOn: string } }>(coordinator, SUBMIT, { caseId, centreId: 'ruijin' })).data?.submitCase ?? null,
    );
    clock.advanceDays(43); // an incomplete file's review is due within 42 days
    const eligibility = platform.services.find((service) => service.name === 'eligibility')!.dataSource;
    const overdue = await eventually(
      'the overdue event in the outbox',
      async () => {
        const rows: { type: string }[] = await eligibility.query(
          `SELECT envelope->>'type' AS type FROM eligibility.outbox WHERE envelope->'data'->>'referralId' = $1 AND event_type = 'carta.eligibility.referral.review-overdue.v1'`,
          [submitted.id],
        );
        return rows.length === 1 ? rows : null;
      },
      30_000,
    );
    expect(overdue).toEqual([{ type: 'carta.eligibility.referral.review-overdue.v1' }]);
    clock.advanceDays(-43);
  }, 60_000);

  it('turns MET into UNKNOWN when the labs age, on the stored screening too', async () => {
    expect((await criterionOf('NCT05181501', 'anc'))?.status).toBe('MET');
    clock.advanceDays(40);
    expect(await criterionOf('NCT05181501', 'anc')).toMatchObject({ status: 'UNKNOWN', explanation: expect.stringContaining(`blood panel of ${daysAgo(45)}`) });
    clock.advanceDays(-40);
  });
});

import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER, signIdentityAssertion } from '@carta/auth';
import { INTERNAL_SECRET } from '@carta/service-kit';
import { buildEvent, CaseOpened, DocumentVerified, TrialOpened } from '@carta/contracts';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aSummaryFact, aTrialSnapshot, identities, sha256Hex } from '@carta/testing';
import { Screening } from '../src/summaries/eligibility.entities';
import { ScreeningsService } from '../src/summaries/screenings.service';
import { SummaryFactsService } from '../src/summaries/summary-facts.service';
import { SummaryFactRecord } from '../src/summaries/summary-fact.entity';
import { eligibilityService } from '../src/service';
import { CaseProjectionsConsumer } from '../src/cases/case-projections.consumer';
import { CaseRecord } from '../src/cases/case-projections.entities';
import { Referral } from '../src/referrals/referral.entity';
import { ReferralsService } from '../src/referrals/referrals.service';
import { ConsentGranted, ReferralReviewOverdue, ReferralSubmitted } from '@carta/contracts';
import { OncologySummaryResolver, SummariesResolver } from '../src/summaries/summaries.resolver';
import { CaseReferralsResolver } from '../src/referrals/referrals.resolver';
import { TrialMatchSitesResolver } from '../src/trials/trial-match-sites.resolver';

/** Eligibility alone on PGlite: facts citing the documents it has heard of, and screening against the trials it has heard of. */
describe('eligibility (one service on PGlite)', () => {
  let eligibility: ServiceHarness;
  let facts: SummaryFactsService;
  let screenings: ScreeningsService;
  const coordinator = identities.coordinator('coord-eligibility');
  const trial = TrialOpened.schema.parse(aTrialSnapshot({ trialId: 'NCT09990011', registryIds: ['NCT09990011'] }));
  const today = () => eligibility.clock.now().toISOString().slice(0, 10);

  beforeAll(async () => {
    eligibility = await startServiceHarness(eligibilityService);
    facts = eligibility.get(SummaryFactsService);
    screenings = eligibility.get(ScreeningsService);
    await eligibility.deliver(TrialOpened, trial);
  }, 60_000);
  afterAll(() => eligibility?.close());

  /** A case as intake announces it, and a verified clinic letter as documents announces it. */
  async function caseWithLetter(birthYearMonth?: string): Promise<{ caseId: string; letterId: string }> {
    const caseId = randomUUID();
    await eligibility.deliver(CaseOpened, {
      ...(birthYearMonth ? { birthYearMonth } : {}),
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' },
      coordinatorId: coordinator.subject,
      openedAt: eligibility.clock.now().toISOString(),
    });
    const letterId = randomUUID();
    await eligibility.deliver(DocumentVerified, {
      caseId,
      documentId: letterId,
      versionId: randomUUID(),
      version: 1,
      kind: 'TREATMENT_HISTORY',
      contentType: 'application/pdf',
      sizeBytes: 1024,
      sha256: sha256Hex(Buffer.from(letterId)),
      language: 'en',
      translationOfVersionId: null,
      recordDate: today(),
      verifiedAt: eligibility.clock.now().toISOString(),
    });
    return { caseId, letterId };
  }

  it('keeps a batch of opened cases in one statement however many it holds, the last opening of a case winning', async () => {
    const opened = (caseId: string, icd10: string) =>
      buildEvent(CaseOpened, '/carta/test', {
        caseId,
        patientId: 'pt_0123456789abcdef',
        diagnosis: { icd10, description: 'Lymphoma' },
        coordinatorId: coordinator.subject,
        openedAt: eligibility.clock.now().toISOString(),
      });
    const cases = Array.from({ length: 50 }, () => randomUUID());
    const events = [...cases.map((caseId) => opened(caseId, 'C83.3')), opened(cases[0], 'C85.9')];
    const statements = await eligibility.statements((context) => eligibility.get(CaseProjectionsConsumer).onCasesOpened(events, context));
    expect(statements).toBe(1); // no birth month in these: nothing to screen again
    expect(await eligibility.dataSource.getRepository(CaseRecord).countBy(cases.map((caseId) => ({ caseId })))).toBe(50);
    expect(await eligibility.dataSource.getRepository(CaseRecord).findOneBy({ caseId: cases[0] })).toMatchObject({
      diagnosisIcd10: 'C85.9',
      birthYearMonth: null,
    });
  });

  it('screens a batch of opened cases that bring a birth month together, in a fixed number of statements', async () => {
    const opened = (caseId: string) =>
      buildEvent(CaseOpened, '/carta/test', {
        caseId,
        patientId: 'pt_0123456789abcdef',
        diagnosis: { icd10: 'C83.3', description: 'Lymphoma' },
        birthYearMonth: '1970-04',
        coordinatorId: coordinator.subject,
        openedAt: eligibility.clock.now().toISOString(),
      });
    const statementsFor = (caseIds: string[]) =>
      eligibility.statements((context) => eligibility.get(CaseProjectionsConsumer).onCasesOpened(caseIds.map(opened), context));
    const twenty = Array.from({ length: 20 }, () => randomUUID());
    const [forOne, forTwenty] = [await statementsFor([randomUUID()]), await statementsFor(twenty)];
    expect(forTwenty).toBe(forOne);
    // Each case now has its screening against the recruiting trial, its age known.
    const screenings = await eligibility.dataSource.getRepository(Screening).findBy(twenty.map((caseId) => ({ caseId, trialId: trial.trialId })));
    expect(screenings).toHaveLength(20);
  });

  it('adds a fact citing a projected document and screens the case against the recruiting trial', async () => {
    const { caseId, letterId } = await caseWithLetter();
    const written = await facts.add(coordinator, caseId, aSummaryFact('ECOG', { value: 1, observedOn: today(), sourceDocumentId: letterId }));

    expect(written.source).toMatch(/treatment history/i);
    expect(await eligibility.dataSource.getRepository(SummaryFactRecord).findOneByOrFail({ id: written.row.id })).toMatchObject({ kind: 'ECOG', version: 1 });
    expect(await eligibility.dataSource.getRepository(Screening).findOneByOrFail({ caseId, trialId: trial.trialId })).toMatchObject({
      verdict: 'LIKELY_ELIGIBLE',
    });
    const [match] = await screenings.matches(coordinator, caseId);
    expect(match).toMatchObject({
      trialId: trial.trialId,
      verdict: 'LIKELY_ELIGIBLE',
      criteria: [expect.objectContaining({ criterionId: 'ecog', status: 'MET' })],
    });
  });

  it('re-screens on a correction: ECOG 3 fails the criterion, and the old fact stays in the history', async () => {
    const { caseId, letterId } = await caseWithLetter();
    const first = await facts.add(coordinator, caseId, aSummaryFact('ECOG', { value: 1, observedOn: today(), sourceDocumentId: letterId }));
    const corrected = await facts.correct(
      coordinator,
      first.row.id,
      aSummaryFact('ECOG', { value: 3, observedOn: today(), sourceDocumentId: letterId }),
      'misread',
    );

    expect(corrected.row).toMatchObject({ version: 2, supersedesFactId: first.row.id });
    expect(await eligibility.dataSource.getRepository(SummaryFactRecord).countBy({ caseId })).toBe(2);
    const [match] = await screenings.matches(coordinator, caseId);
    expect(match).toMatchObject({ verdict: 'INELIGIBLE', criteria: [expect.objectContaining({ criterionId: 'ecog', status: 'NOT_MET' })] });
  });

  it('refuses a fact citing a document the case does not have, and a fact from someone who does not run the case', async () => {
    const { caseId, letterId } = await caseWithLetter();
    await expect(facts.add(coordinator, caseId, aSummaryFact('ECOG', { observedOn: today(), sourceDocumentId: randomUUID() }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(
      facts.add(identities.coordinator('coord-stranger'), caseId, aSummaryFact('ECOG', { observedOn: today(), sourceDocumentId: letterId })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await eligibility.dataSource.getRepository(SummaryFactRecord).countBy({ caseId })).toBe(0);
  });

  describe('age derived from the birth month intake recorded', () => {
    const adults = TrialOpened.schema.parse(
      aTrialSnapshot({
        trialId: 'NCT09990012',
        registryIds: ['NCT09990012'],
        centreIds: ['puth', 'ruijin'],
        sites: [
          { centreId: 'puth', recruiting: true, openSlots: 2 },
          { centreId: 'ruijin', recruiting: false, openSlots: 0 },
        ],
        criteria: { version: 1, criteria: [{ id: 'adult', kind: 'INCLUSION', text: 'Aged 18 or over', rule: { fact: 'age', op: '>=', value: 18 } }] },
      }),
    );
    // Judged on the 15th of next month: on a month's last day everyone born in it has had their birthday.
    const nextMonthThe15th = () => {
      const day = new Date(`${today().slice(0, 7)}-01T00:00:00Z`);
      day.setUTCMonth(day.getUTCMonth() + 1, 15);
      return day.toISOString().slice(0, 10);
    };
    const ageVerdict = async (caseId: string) =>
      (await screenings.matches(coordinator, caseId, nextMonthThe15th()))
        .find((match) => match.trialId === adults.trialId)!
        .criteria.find((c) => c.criterionId === 'adult')!;

    beforeAll(() => eligibility.deliver(TrialOpened, adults));

    it('meets an age criterion from the birth month alone, citing intake', async () => {
      const { caseId } = await caseWithLetter(`${Number(today().slice(0, 4)) - 40}-06`);
      expect(await ageVerdict(caseId)).toMatchObject({ status: 'MET', explanation: expect.stringMatching(/recorded at intake/) });
    });

    it('is UNKNOWN, saying why, when the boundary falls inside the birth month', async () => {
      const asOf = nextMonthThe15th();
      const { caseId } = await caseWithLetter(`${Number(asOf.slice(0, 4)) - 18}-${asOf.slice(5, 7)}`);
      expect(await ageVerdict(caseId)).toMatchObject({ status: 'UNKNOWN', explanation: expect.stringMatching(/age 17 or 18 .*within the birth month/) });
    });

    it("refuses a fact observed after the date of the record it cites (an old report typed in as today's)", async () => {
      const { caseId } = await caseWithLetter('1970-03');
      const day = (offset: number) => new Date(eligibility.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
      const oldReport = randomUUID();
      await eligibility.deliver(DocumentVerified, {
        caseId,
        documentId: oldReport,
        versionId: randomUUID(),
        version: 1,
        kind: 'OTHER',
        contentType: 'application/pdf',
        sizeBytes: 1024,
        sha256: sha256Hex(Buffer.from(oldReport)),
        language: 'en',
        translationOfVersionId: null,
        recordDate: day(-200),
        verifiedAt: eligibility.clock.now().toISOString(),
      });
      await expect(facts.add(coordinator, caseId, aSummaryFact('LVEF', { value: 58, observedOn: day(-2), sourceDocumentId: oldReport }))).rejects.toMatchObject(
        {
          code: 'BAD_USER_INPUT',
          details: { field: 'fact.observedOn' },
          message: expect.stringContaining(`is after the date of the cited document (${day(-200)})`),
        },
      );
      await expect(
        facts.add(coordinator, caseId, aSummaryFact('LVEF', { value: 58, observedOn: day(-200), sourceDocumentId: oldReport })),
      ).resolves.toBeDefined();
    });

    it('refuses a typed birth date or age, naming the field', async () => {
      const { caseId, letterId } = await caseWithLetter('1970-03');
      for (const kind of ['BIRTH_DATE', 'AGE'])
        await expect(
          facts.add(coordinator, caseId, { kind, birthDate: '1970-03-05', value: 56, observedOn: today(), sourceDocumentId: letterId }),
        ).rejects.toMatchObject({
          code: 'BAD_USER_INPUT',
          details: { field: 'fact.kind' },
          message: expect.stringMatching(/derived from the birth date recorded at intake/),
        });
      expect(await eligibility.dataSource.getRepository(SummaryFactRecord).countBy({ caseId })).toBe(0);
    });

    it('names the centres a match may be submitted to: only the sites that recruit', async () => {
      expect(await eligibility.get(TrialMatchSitesResolver).recruitingCentres({ trialId: adults.trialId })).toEqual([{ __typename: 'Centre', id: 'puth' }]);
    });

    it('shows the summary typed: the birth month, the newest ECOG and each fact’s typed detail', async () => {
      const { caseId, letterId } = await caseWithLetter('1970-03');
      await facts.add(coordinator, caseId, aSummaryFact('ECOG', { value: 1, observedOn: today(), sourceDocumentId: letterId }));
      const summary = await eligibility.get(SummariesResolver).oncologySummary(coordinator, { id: caseId });
      expect(summary).toMatchObject({ birthYearMonth: '1970-03', ecog: 1, labs: [], linesOfTherapy: [] });
      const [fact] = eligibility.get(OncologySummaryResolver).facts(summary, false);
      expect(fact.detail).toEqual({ __typename: 'MeasurementFact', value: 1, unit: null, method: null, roomAir: null });
    });

    it("serves each fact's typed detail over GraphQL, the union resolved by its type", async () => {
      const { caseId, letterId } = await caseWithLetter('1970-03');
      await facts.add(coordinator, caseId, aSummaryFact('ECOG', { value: 1, observedOn: today(), sourceDocumentId: letterId }));
      const response = await fetch(`${eligibility.running.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [IDENTITY_HEADER]: await signIdentityAssertion(coordinator, eligibility.get<string>(INTERNAL_SECRET)),
        },
        body: JSON.stringify({
          query: `query ($representations: [_Any!]!) { _entities(representations: $representations) {
            ... on Case { oncologySummary { facts { kind detail { __typename ... on MeasurementFact { value } } } } } } }`,
          variables: { representations: [{ __typename: 'Case', id: caseId }] },
        }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ _entities: [{ oncologySummary: { facts: [{ kind: 'ECOG', detail: { __typename: 'MeasurementFact', value: 1 } }] } }] });
    });
  });

  it('lists a case’s referrals: all to its coordinator, only its own centre’s to an office', async () => {
    const { caseId } = await caseWithLetter();
    const referral = (centreId: string, minutesAgo: number) => ({
      id: randomUUID(),
      caseId,
      trialId: trial.trialId,
      centreId,
      status: 'AWAITING_DECISION' as const,
      completenessAtSubmission: 'COMPLETE',
      submittedAt: new Date(eligibility.clock.now().getTime() - minutesAgo * 60_000),
      submittedBy: coordinator.subject,
      reviewDueOn: '2030-01-01',
      overdueNoticedAt: null,
      decisionReason: null,
      decidedAt: null,
      decidedBy: null,
    });
    const [older, newer] = [referral('puth', 10), referral('ruijin', 1)];
    await eligibility.dataSource.getRepository(Referral).insert([older, newer]);
    const resolver = eligibility.get(CaseReferralsResolver);
    expect((await resolver.referralsOf(coordinator, { id: caseId })).map((found) => found.id)).toEqual([newer.id, older.id]);
    // PUTH's office has no consent to this case: it is refused, not shown an empty list.
    await expect(resolver.referralsOf(identities.office('puth'), { id: caseId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Once shared with PUTH (consent and its submission), PUTH sees its own referral, not Ruijin's.
    const now = eligibility.clock.now().toISOString();
    await eligibility.deliver(ConsentGranted, {
      consentId: randomUUID(),
      caseId,
      centreId: 'puth',
      purpose: 'ELIGIBILITY_REVIEW',
      categories: ['CLINICAL_SUMMARY'],
      direction: 'TO_CHINA',
      grantedAt: now,
    });
    await eligibility.deliver(ReferralSubmitted, { referralId: older.id, caseId, centreId: 'puth', trialId: trial.trialId, submittedAt: now });
    expect((await resolver.referralsOf(identities.office('puth'), { id: caseId })).map((found) => found.id)).toEqual([older.id]);
  });

  it('announces an overdue review once, however many replicas sweep at the same moment', async () => {
    const caseId = randomUUID();
    await eligibility.dataSource.getRepository(Referral).insert({
      id: randomUUID(),
      caseId,
      trialId: trial.trialId,
      centreId: 'puth',
      status: 'AWAITING_DECISION',
      completenessAtSubmission: 'COMPLETE',
      submittedAt: eligibility.clock.now(),
      submittedBy: coordinator.subject,
      reviewDueOn: '2020-01-01',
      overdueNoticedAt: null,
      decisionReason: null,
      decidedAt: null,
      decidedBy: null,
    });
    const referrals = eligibility.get(ReferralsService);
    // Both read the overdue referral before either writes: only the claim decides who announces it.
    const noticed = await Promise.all([referrals.noticeOverdue(), referrals.noticeOverdue()]);
    expect(noticed[0] + noticed[1]).toBe(1);
    expect(await eligibility.outbox(ReferralReviewOverdue, caseId)).toHaveLength(1);
  });

  // Last: the trials it opens recruit for every later screening in this file.
  it('calls a fitness failure a compassionate-use candidate once another trial runs a patient-paid programme for the antigen', async () => {
    const sponsored = TrialOpened.schema.parse(
      aTrialSnapshot({ trialId: 'NCT09990021', registryIds: ['NCT09990021'], targets: ['BCMA'], fundingModels: ['SPONSOR_FUNDED'] }),
    );
    await eligibility.deliver(TrialOpened, sponsored);
    const { caseId, letterId } = await caseWithLetter();
    await facts.add(coordinator, caseId, aSummaryFact('ECOG', { value: 3, observedOn: today(), sourceDocumentId: letterId }));
    const verdictOf = async (trialId: string) => (await screenings.matches(coordinator, caseId)).find((match) => match.trialId === trialId)?.verdict;
    expect(await verdictOf(sponsored.trialId)).toBe('INELIGIBLE');
    // The programme names the antigen by its official symbol; the trial by the registry's name.
    const programme = aTrialSnapshot({ trialId: 'NCT09990022', registryIds: ['NCT09990022'], targets: ['TNFRSF17'], fundingModels: ['PATIENT_PAID'] });
    await eligibility.deliver(TrialOpened, TrialOpened.schema.parse(programme));
    expect(await verdictOf(sponsored.trialId)).toBe('COMPASSIONATE_USE_CANDIDATE');
    // A patient-paid trial is not its own compassionate route.
    expect(await verdictOf(programme.trialId)).toBe('INELIGIBLE');
  });
});

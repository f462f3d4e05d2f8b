import { randomUUID } from 'node:crypto';
import {
  CASE_REFERENCE,
  CaseOpened,
  CaseProfileChanged,
  CentreProfilePublished,
  ChecklistEvaluated,
  ConsentGranted,
  ConsentWithdrawn,
  DataCategory,
  DocumentDeleted,
  DocumentVerified,
  PiDecisionRecorded,
  ReferralSubmitted,
} from '@carta/contracts';
import { AuditRecord } from '@carta/audit';
import { Identity, IDENTITY_HEADER, signIdentityAssertion } from '@carta/auth';
import { INTERNAL_SECRET } from '@carta/service-kit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aCentreProfile, aConsentInput, aDocumentVerified, anOpenCaseInput, identities } from '@carta/testing';
import { Case } from '../src/cases/case.entity';
import { CaseListService } from '../src/cases/case-list.service';
import { parseCaseList } from '../src/cases/case-list.input';
import { parseCaseProfile } from '../src/cases/case-profile.input';
import { CasesService } from '../src/cases/cases.service';
import { parseOpenCaseInput } from '../src/cases/open-case.input';
import { parseRecordConsent } from '../src/consents/consents.input';
import { ConsentsService } from '../src/consents/consents.service';
import { intakeService } from '../src/service';

/** Listing and searching cases, the case's profile, and consents derived from what other services published. */
describe('intake case list, profile and consent derivation (PGlite)', () => {
  let intake: ServiceHarness;
  let cases: CasesService;
  let list: CaseListService;
  let consents: ConsentsService;

  beforeAll(async () => {
    intake = await startServiceHarness(intakeService);
    cases = intake.get(CasesService);
    list = intake.get(CaseListService);
    consents = intake.get(ConsentsService);
  }, 60_000);
  afterAll(() => intake?.close());

  const open = (coordinator = identities.coordinator(`coord-${randomUUID().slice(0, 8)}`), overrides = {}) =>
    cases.openCase(coordinator, parseOpenCaseInput(anOpenCaseInput(overrides)));
  const page = async (identity: Parameters<CaseListService['list']>[0], filter: object = {}, first = 25, after?: string) =>
    list.list(identity, parseCaseList({ filter, first, after }));
  const ids = (result: { edges: { node: { id: string } }[] }) => result.edges.map((edge) => edge.node.id);
  const refer = (caseId: string, centreId: string, submittedAt = new Date()) =>
    intake.deliver(ReferralSubmitted, { referralId: randomUUID(), caseId, centreId, trialId: 'trial-1', submittedAt: submittedAt.toISOString() });
  const grant = async (caseId: string, centreId: string, categories: DataCategory[] = ['CLINICAL_SUMMARY']) => {
    const consentId = randomUUID();
    await intake.deliver(ConsentGranted, {
      consentId,
      caseId,
      centreId,
      purpose: 'ELIGIBILITY_REVIEW',
      categories,
      direction: 'TO_CHINA',
      grantedAt: new Date().toISOString(),
    });
    return consentId;
  };
  const publish = (centreId: string, contact: { officeEmail: string | null; officePhone: string | null }) =>
    intake.deliver(CentreProfilePublished, aCentreProfile(centreId, contact));
  const verifyForm = async (caseId: string, kind: 'CONSENT_FORM' | 'PASSPORT' = 'CONSENT_FORM') =>
    (await intake.deliver(DocumentVerified, aDocumentVerified(caseId, { kind }))).data.documentId;

  it('gives every case a short random reference, and tells the others its profile without the birth date', async () => {
    const kase = await open(undefined, { priorCellularTherapy: true });
    expect(kase.reference).toMatch(CASE_REFERENCE);
    const [opened] = await intake.outbox(CaseOpened, kase.id);
    expect(opened.data).toMatchObject({ reference: kase.reference, birthYearMonth: '1968-03', priorCellularTherapy: true });
    expect(JSON.stringify(opened.data)).not.toContain('1968-03-03');
    const unknown = await open();
    expect((await intake.outbox(CaseOpened, unknown.id))[0].data.priorCellularTherapy).toBeNull();
    expect(unknown.reference).not.toBe(kase.reference);
  });

  it('corrects the profile (the case writer only) and emits CaseProfileChanged', async () => {
    const coordinator = identities.coordinator('coord-profile');
    const kase = await open(coordinator);
    const profile = parseCaseProfile({ diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' }, priorCellularTherapy: false });
    await expect(cases.updateProfile(identities.coordinator('coord-not-theirs'), kase.id, profile)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const updated = await cases.updateProfile(coordinator, kase.id, profile);
    expect(updated).toMatchObject({ diagnosisIcd10: 'C83.3', priorCellularTherapy: false });
    expect((await intake.outbox(CaseProfileChanged, kase.id)).map((event) => event.data)).toEqual([
      expect.objectContaining({ caseId: kase.id, diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' }, priorCellularTherapy: false }),
    ]);
  });

  it('lists a coordinator their own cases and, for cover, a colleague’s — audited as team cover', async () => {
    const me = identities.coordinator('coord-list-me');
    const colleague = identities.coordinator('coord-list-colleague');
    const mine = await open(me);
    const theirs = await open(colleague);

    expect(ids(await page(me, { mine: true }))).toEqual([mine.id]);
    expect(ids(await page(me, { coordinatorId: colleague.subject }))).toEqual([theirs.id]);
    const both = ids(await page(me, { text: theirs.reference.toLowerCase() }));
    expect(both).toEqual([theirs.id]);
    const audit = intake.dataSource.getRepository(AuditRecord);
    // Listed twice (by coordinator, then by reference): one record per page that showed it.
    expect(await audit.findBy({ caseId: theirs.id, action: 'case.list', actor: me.subject })).toEqual([
      expect.objectContaining({ purpose: 'TEAM_COVER' }),
      expect.objectContaining({ purpose: 'TEAM_COVER' }),
    ]);
    expect(await audit.findBy({ caseId: mine.id, action: 'case.list', actor: me.subject })).toEqual([
      expect.objectContaining({ purpose: 'CARE_COORDINATION' }),
    ]);
    await expect(page(identities.analyst(), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists an office only the cases referred to its centre with consent to its clinical summary, until withdrawn', async () => {
    const office = identities.office('list-centre');
    const shared = await open();
    const notConsented = await open();
    const recordsOnly = await open();
    const elsewhere = await open();
    await refer(shared.id, 'list-centre');
    const consentId = await grant(shared.id, 'list-centre');
    await refer(notConsented.id, 'list-centre');
    await refer(recordsOnly.id, 'list-centre');
    await grant(recordsOnly.id, 'list-centre', ['MEDICAL_RECORDS']);
    await refer(elsewhere.id, 'other-centre');
    await grant(elsewhere.id, 'other-centre');
    // Also referred and consented elsewhere: the office's filter for another centre still shows nothing.
    await refer(shared.id, 'other-centre');
    await grant(shared.id, 'other-centre');

    const inbox = await page(office);
    expect(ids(inbox)).toEqual([shared.id]);
    expect(inbox.totalCount).toBe(1);
    expect(ids(await page(office, { centreId: 'list-centre' }))).toEqual([shared.id]);
    expect(ids(await page(office, { centreId: 'other-centre' }))).toEqual([]);
    expect(ids(await page(identities.admin(), { centreId: 'other-centre' }))).toEqual(expect.arrayContaining([shared.id, elsewhere.id]));

    await intake.deliver(ConsentWithdrawn, { consentId, caseId: shared.id, centreId: 'list-centre', withdrawnAt: new Date().toISOString() });
    expect(await page(office)).toMatchObject({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('pages newest first across pages without duplicates or gaps; a forged or carried-over cursor is bad input', async () => {
    const coordinator = identities.coordinator('coord-pages');
    const opened = [];
    for (let i = 0; i < 7; i++) opened.push(await open(coordinator));
    const filter = { mine: true };
    const seen: string[] = [];
    let after: string | undefined;
    const sizes: number[] = [];
    for (;;) {
      const result = await page(coordinator, filter, 3, after);
      expect(result.totalCount).toBe(7);
      sizes.push(result.edges.length);
      seen.push(...ids(result));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor!;
    }
    expect(sizes).toEqual([3, 3, 1]);
    const newestFirst = [...opened].sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime() || (a.id < b.id ? 1 : -1)).map((kase) => kase.id);
    expect(seen).toEqual(newestFirst);

    const first = await page(coordinator, filter, 3);
    const cursor = first.pageInfo.endCursor!;
    await expect(page(coordinator, { mine: false }, 3, cursor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'after' } });
    await expect(page(identities.coordinator('coord-else'), filter, 3, cursor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const forged = Buffer.from(`${'0'.repeat(16)}2030-01-01T00:00:00.000Z|${opened[0].id}`).toString('base64url');
    await expect(page(coordinator, filter, 3, forged)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'after' } });
    await expect(page(coordinator, filter, 101)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'first' } });
  });

  it('filters by status, text, overdue review and stale records, and shows those facts on each case', async () => {
    const coordinator = identities.coordinator('coord-filters');
    const overdue = await open(coordinator);
    const decided = await open(coordinator);
    const stale = await open(coordinator);
    const monthAgo = new Date(Date.now() - 50 * 86_400_000);
    await refer(overdue.id, 'puth', monthAgo);
    const decidedReferral = await refer(decided.id, 'puth', monthAgo);
    await intake.deliver(PiDecisionRecorded, {
      referralId: decidedReferral.data.referralId,
      caseId: decided.id,
      centreId: 'puth',
      trialId: 'trial-1',
      decision: 'ACCEPTED',
      decidedAt: new Date().toISOString(),
    });
    await intake.deliver(ChecklistEvaluated, {
      caseId: stale.id,
      completeness: 'PARTIAL',
      missing: [],
      stale: ['BLOOD_PANEL'],
      untranslated: [],
      evaluatedAt: new Date().toISOString(),
    });

    expect(ids(await page(coordinator, { mine: true, reviewOverdue: true }))).toEqual([overdue.id]);
    expect(ids(await page(coordinator, { mine: true, reviewOverdue: false }))).toEqual([stale.id, decided.id]);
    expect(ids(await page(coordinator, { mine: true, staleRecords: true }))).toEqual([stale.id]);
    const statusOf = async (id: string) => (await intake.dataSource.getRepository(Case).findOneByOrFail({ id })).status;
    const staleStatus = await statusOf(stale.id);
    const sameStatus = [];
    for (const kase of [stale, decided, overdue]) if ((await statusOf(kase.id)) === staleStatus) sameStatus.push(kase.id);
    expect(ids(await page(coordinator, { mine: true, statuses: [staleStatus] }))).toEqual(sameStatus);
    expect(ids(await page(coordinator, { mine: true, statuses: ['CLOSED'] }))).toEqual([]);
    expect(ids(await page(coordinator, { text: overdue.patientId.slice(0, 10) }))).toEqual([overdue.id]);
    expect(ids(await page(coordinator, { text: stale.id.slice(0, 13).toUpperCase() }))).toEqual([stale.id]);
    expect(ids(await page(coordinator, { mine: true, text: 'CA-' }))).toHaveLength(3);

    const facts = await list.facts(coordinator, overdue.id);
    // Submitted with no checklist known: INCOMPLETE's 42 days after the submission day.
    expect(facts).toEqual({
      reviewDueOn: new Date(monthAgo.getTime() + 42 * 86_400_000).toISOString().slice(0, 10),
      reviewOverdue: true,
      checklistCompleteness: null,
      staleRecordKinds: [],
    });
    expect(await list.facts(coordinator, stale.id)).toMatchObject({ checklistCompleteness: 'PARTIAL', staleRecordKinds: ['BLOOD_PANEL'] });
  });
  it('names the recipient from the centre’s published profile and cites only a verified consent form of this case', async () => {
    const coordinator = identities.coordinator('coord-consent');
    const kase = await open(coordinator);
    const other = await open(coordinator);
    const record = (signedFormDocumentId: string, centreId = 'consent-centre') =>
      consents.record(coordinator, parseRecordConsent(aConsentInput(kase.id, centreId, { signedFormDocumentId })));
    const form = await verifyForm(kase.id);

    await expect(record(form)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('not published its profile') });
    await publish('consent-centre', { officeEmail: null, officePhone: null });
    await expect(record(form)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('no office e-mail or phone') });
    await publish('consent-centre', { officeEmail: 'imd@consent-centre.example', officePhone: '+86 10 8226 6699' });

    const notAForm = { code: 'BAD_USER_INPUT', details: { field: 'signedFormDocumentId' }, message: expect.stringContaining('signedFormDocumentId') };
    await expect(record(randomUUID())).rejects.toMatchObject(notAForm);
    await expect(record(await verifyForm(other.id))).rejects.toMatchObject(notAForm);
    await expect(record(await verifyForm(kase.id, 'PASSPORT'))).rejects.toMatchObject(notAForm);
    const deleted = await verifyForm(kase.id);
    await intake.deliver(DocumentDeleted, { caseId: kase.id, documentId: deleted, kind: 'CONSENT_FORM', deletedAt: new Date().toISOString() });
    await expect(record(deleted)).rejects.toMatchObject(notAForm);

    const consent = await record(form);
    expect(consent).toMatchObject({
      recipientName: 'consent-centre hospital (北京大学第三医院)',
      recipientContact: 'imd@consent-centre.example; +86 10 8226 6699; 49 North Garden Road, Haidian District, Beijing',
      signedFormDocumentId: form,
    });
  });
  it('serves the list, the case facts and the profile correction through the subgraph’s GraphQL, with the roles they declare', async () => {
    const coordinator = identities.coordinator('coord-graphql');
    const kase = await open(coordinator);
    const graphql = async (who: Identity, query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${intake.running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentityAssertion(who, intake.get<string>(INTERNAL_SECRET)) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    };
    const LIST = `query($filter: CaseFilter, $first: Int, $after: String) { cases(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id reference priorCellularTherapy reviewDueOn reviewOverdue checklistCompleteness staleRecordKinds } }
      pageInfo { hasNextPage endCursor } totalCount } }`;

    const listed = await graphql(coordinator, LIST, { filter: { mine: true, text: kase.reference } });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.cases).toMatchObject({
      edges: [
        {
          node: {
            id: kase.id,
            reference: kase.reference,
            priorCellularTherapy: null,
            reviewDueOn: null,
            reviewOverdue: false,
            checklistCompleteness: null,
            staleRecordKinds: [],
          },
        },
      ],
      pageInfo: { hasNextPage: false },
      totalCount: 1,
    });
    expect((await graphql(identities.analyst(), LIST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graphql(coordinator, LIST, { first: 101 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await graphql(coordinator, LIST, { after: 'forged' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const UPDATE = `mutation($id: ID!, $input: CaseProfileInput!) { updateCaseProfile(caseId: $id, input: $input) { priorCellularTherapy diagnosis { icd10 } } }`;
    const input = { diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' }, priorCellularTherapy: true };
    expect((await graphql(identities.office('puth'), UPDATE, { id: kase.id, input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const updated = await graphql(coordinator, UPDATE, { id: kase.id, input });
    expect(updated.data?.updateCaseProfile).toEqual({ priorCellularTherapy: true, diagnosis: { icd10: 'C83.3' } });
  });
});

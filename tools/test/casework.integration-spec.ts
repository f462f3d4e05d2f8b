import { addDays, todayOf } from '@carta/domain';
import { freePort, loadPlatformConfig } from '@carta/service-kit';
import {
  aPdf,
  aTariffInput,
  anUploadRequest,
  createTestDatabase,
  engineEnvironment,
  eventually,
  identities,
  readPaperText,
  requireEngines,
} from '@carta/testing';
import { Identity } from '@carta/auth';
import { RunningPlatform, startPlatform } from '../platform';
import { recordConsentWithForm } from './consent-form';
import { gatewayClient, GraphQLResponse } from './gateway-client';

/**
 * Issue 12's walk, as a coordinator and a hospital office meet Carta from OUTSIDE: the platform's public
 * origin (`localhost`) is not the address its parts listen on (`127.0.0.1`), so a link built from an
 * internal address is caught. Every GraphQL answer is scanned for links; each must be on the public
 * origin (or the object store's public endpoint) and is used as a client would use it. Every paper is
 * read back as text, Chinese included. Real engines, through the gateway.
 */
const engines = requireEngines();

const URL_PATTERN = /\b(?:https?|webcal):\/\/[^\s"'<>\\]+/g;
const TRIAL = 'NCT05277987';

describe('casework through the public origin (real engines)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  let publicOrigin: string;
  /** MinIO as clients reach it: the same server under another name. */
  const s3PublicUrl = engines.s3.endpoint.replace('127.0.0.1', 'localhost');
  const coordinator = identities.coordinator('coord-casework');
  const puthOffice = identities.office('puth');
  const ruijinOffice = identities.office('ruijin');
  const today = () => todayOf({ now: () => new Date() });

  /** Every link any GraphQL answer (or calendar) handed a client, and those the walk then used successfully. */
  const received = new Set<string>();
  const used = new Set<string>();
  const collect = (body: string) => {
    for (const url of body.match(URL_PATTERN) ?? []) received.add(url);
  };
  const send = gatewayClient(() => platform);
  async function gateway<T>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const answer = await send<T>(identity, query, variables);
    collect(JSON.stringify(answer));
    return answer;
  }
  /** Fetches a link as a client would (no credentials); only a 200 counts as a link that works. */
  async function open(url: string): Promise<Response> {
    const response = await fetch(url);
    expect({ url, status: response.status }).toEqual({ url, status: 200 });
    used.add(url);
    return response;
  }
  const paperText = async (url: string) => (await readPaperText(Buffer.from(await (await open(url)).arrayBuffer()))).join('\n');
  /** A table row may wrap a long value; Chinese may wrap anywhere. */
  const spaced = (text: string) => text.replace(/\s+/g, ' ');
  const compact = (text: string) => text.replace(/\s+/g, '');

  interface Ticket {
    documentId: string;
    versionId: string;
    upload: { url: string; method: string; fields: { name: string; value: string }[] };
  }
  /** A record uploaded as a browser does: the ticket's signed form, posted where the ticket says, then completed. */
  async function uploadThroughForm(kind: string, bytes: Buffer): Promise<{ documentId: string; versionId: string }> {
    const ticket = await eventually(`documents to take a ${kind}`, async () => {
      const answer = await gateway<{ requestDocumentUpload: Ticket }>(
        coordinator,
        `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { documentId versionId upload { url method fields { name value } } } }`,
        { input: anUploadRequest(caseId, kind, bytes) },
      );
      return answer.data?.requestDocumentUpload;
    });
    expect(ticket.upload.url.startsWith(`${s3PublicUrl}/`)).toBe(true);
    const form = new FormData();
    for (const { name, value } of ticket.upload.fields) form.append(name, value);
    form.append('file', new Blob([bytes]), `${kind.toLowerCase()}.pdf`);
    const posted = await fetch(ticket.upload.url, { method: ticket.upload.method, body: form });
    expect(posted.status).toBe(204);
    used.add(ticket.upload.url);
    const completed = await gateway<{ completeDocumentUpload: { status: string } }>(
      coordinator,
      `mutation($id: ID!) { completeDocumentUpload(versionId: $id) { status } }`,
      { id: ticket.versionId },
    );
    expect(completed.data?.completeDocumentUpload.status).toBe('VERIFIED');
    return ticket;
  }

  type Feed = {
    notifications: {
      unreadCount: number;
      edges: {
        node: {
          kind: string;
          caseId: string;
          caseReference: string;
          centreId: string | null;
          trialId: string | null;
          summary: string;
          dueOn: string | null;
          amountDue: { formatted: string } | null;
        };
      }[];
    };
  };
  const FEED = `{ notifications(first: 100) { unreadCount edges { node { kind caseId caseReference centreId trialId summary dueOn amountDue { formatted } } } } }`;
  const feedOf = async (who: Identity) => (await gateway<Feed>(who, FEED)).data!.notifications;
  const notified = (who: Identity, kind: string) =>
    eventually(`${who.subject} to be told ${kind}`, async () =>
      (await feedOf(who)).edges.map((edge) => edge.node).find((node) => node.kind === kind && node.caseId === caseId),
    );

  const CASES = `query($filter: CaseFilter) { cases(filter: $filter) { totalCount edges { node { id reference status } } } }`;
  type Cases = { cases: { totalCount: number; edges: { node: { id: string; reference: string; status: string } }[] } };

  let caseId: string;
  let reference: string;
  let letterId: string;
  let centre: { name: string; nameZh: string; address: { en: string; zh: string } };

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    const gatewayPort = await freePort('127.0.0.1');
    publicOrigin = `http://localhost:${gatewayPort}`;
    const config = loadPlatformConfig({ ...engineEnvironment(engines, database.url), CARTA_PUBLIC_URL: publicOrigin, S3_PUBLIC_URL: s3PublicUrl });
    platform = await startPlatform(config, { ports: 'any', gatewayPort });
    // The gateway listens on 127.0.0.1: a client reaching it as localhost is on another origin than any internal address.
    expect(new URL(platform.gateway.url).hostname).toBe('127.0.0.1');
    centre = (await gateway<{ centre: typeof centre }>(coordinator, `{ centre(id: "puth") { name nameZh address { en zh } } }`)).data!.centre;
    expect(centre.nameZh).toBe('北京大学第三医院');
  }, 180_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
  }, 60_000);

  it('opens a gastric-cancer case with the passport once, finds it by its reference, and asks only for the records a solid tumour needs', async () => {
    const opened = await gateway<{ openCase: { id: string; reference: string; priorCellularTherapy: boolean } }>(
      coordinator,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { id reference priorCellularTherapy } }`,
      {
        input: {
          patient: {
            givenName: 'Adaeze',
            familyName: 'Nwosu',
            birthDate: '1972-04-18',
            nationality: 'NGA',
            passportNumber: 'A08813377',
            passportExpiry: addDays(today(), 3650),
          },
          diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma, CLDN18.2 positive' },
          priorCellularTherapy: false,
        },
      },
    );
    expect(opened.errors).toBeUndefined();
    ({ id: caseId, reference } = opened.data!.openCase);
    expect(opened.data!.openCase.priorCellularTherapy).toBe(false);
    expect(reference).toMatch(/^CA-/);
    const companion = await gateway(
      coordinator,
      `mutation($caseId: ID!, $companion: CompanionInput!) { addCompanion(caseId: $caseId, companion: $companion) { id } }`,
      {
        caseId,
        companion: {
          givenName: 'Emeka',
          familyName: 'Nwosu',
          birthDate: '1970-11-02',
          nationality: 'NGA',
          relationship: 'husband',
          passportNumber: 'A05524410',
          passportExpiry: addDays(today(), 3000),
        },
      },
    );
    expect(companion.errors).toBeUndefined();

    const found = (await gateway<Cases>(coordinator, CASES, { filter: { text: reference } })).data!.cases;
    expect(found).toEqual({ totalCount: 1, edges: [{ node: { id: caseId, reference, status: 'NEW' } }] });

    type Checklist = { notRequired: string[]; missing: string[]; items: { kind: string; required: boolean }[] };
    const checklist = await eventually('the checklist to follow the diagnosis', async () => {
      const answer = await gateway<{ case: { checklist: Checklist | null } }>(
        coordinator,
        `query($id: ID!) { case(id: $id) { checklist { notRequired missing items { kind required } } } }`,
        { id: caseId },
      );
      return answer.data?.case.checklist;
    });
    expect([...checklist.notRequired].sort()).toEqual(['FLOW_CYTOMETRY', 'PRIOR_CELLULAR_THERAPY']);
    expect(checklist.missing).not.toContain('FLOW_CYTOMETRY');
    expect(checklist.missing).not.toContain('PRIOR_CELLULAR_THERAPY');
    expect(
      checklist.items
        .filter((item) => !item.required)
        .map((item) => item.kind)
        .sort(),
    ).toEqual(['FLOW_CYTOMETRY', 'PRIOR_CELLULAR_THERAPY']);
    expect(checklist.missing).toEqual(expect.arrayContaining(['PATHOLOGY_REPORT', 'IMAGING']));
  }, 60_000);

  it("uploads a record through the ticket's signed form on the object store's public endpoint, and serves it back from the public origin", async () => {
    const bytes = aPdf('/Title (Gastric biopsy pathology)');
    const { versionId } = await uploadThroughForm('PATHOLOGY_REPORT', bytes);
    await eventually('the checklist to count the pathology report', async () => {
      const answer = await gateway<{ case: { checklist: { missing: string[] } } }>(coordinator, `query($id: ID!) { case(id: $id) { checklist { missing } } }`, {
        id: caseId,
      });
      return answer.data && !answer.data.case.checklist.missing.includes('PATHOLOGY_REPORT');
    });
    const link = await gateway<{ documentDownload: { url: string } }>(coordinator, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, {
      id: versionId,
    });
    expect(link.data!.documentDownload.url.startsWith(`${publicOrigin}/`)).toBe(true);
    expect(Buffer.from(await (await open(link.data!.documentDownload.url)).arrayBuffer()).equals(bytes)).toBe(true);
  }, 60_000);

  it("records the patient's consent for PUTH and submits the case; PUTH's office is told, finds it, and accepts", async () => {
    const form = await uploadThroughForm('CONSENT_FORM', aPdf('/Title (Signed consent)'));
    const consent = await recordConsentWithForm<{ id: string; recipientName: string }>(
      () => platform,
      coordinator,
      caseId,
      'puth',
      {
        signedFormDocumentId: form.documentId,
        purpose: 'TREATMENT',
        categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'IDENTITY', 'TRAVEL', 'FINANCIAL'],
        processingMethod: 'PI review, treatment, visa invitation and billing',
      },
      'id recipientName',
    );
    collect(JSON.stringify(consent));
    expect(consent.errors).toBeUndefined();
    expect(consent.data!.recordConsent.recipientName).toContain(centre.name);
    const referral = await eventually('eligibility to know the consent', async () => {
      const submitted = await gateway<{ submitCase: { id: string; status: string } }>(
        coordinator,
        `mutation($caseId: ID!) { submitCase(caseId: $caseId, trialId: "${TRIAL}", centreId: "puth") { id status } }`,
        { caseId },
      );
      return submitted.data?.submitCase;
    });

    const told = await notified(puthOffice, 'REFERRAL_RECEIVED');
    expect(told).toMatchObject({ caseReference: reference, centreId: 'puth', trialId: TRIAL });
    const listed = await eventually('the office to list the referred case', async () => {
      const cases = (await gateway<Cases>(puthOffice, CASES, { filter: {} })).data?.cases;
      return cases?.edges.some((edge) => edge.node.id === caseId) ? cases : null;
    });
    expect(listed.edges.map((edge) => edge.node.reference)).toContain(reference);
    const mine = await gateway<{ myReferrals: { id: string; trialId: string; case: { id: string } }[] }>(
      puthOffice,
      `{ myReferrals { id trialId case { id } } }`,
    );
    expect(mine.data!.myReferrals).toContainEqual({ id: referral.id, trialId: TRIAL, case: { id: caseId } });
    const decided = await gateway<{ recordPiDecision: { status: string } }>(
      puthOffice,
      `mutation($id: ID!) { recordPiDecision(referralId: $id, decision: ACCEPTED) { status } }`,
      { id: referral.id },
    );
    expect(decided.data?.recordPiDecision.status).toBe('ACCEPTED');
  }, 120_000);

  it('lets the office name its investigator in Chinese, preview a watermarked draft and issue the letter the coordinator then reads', async () => {
    const pi = await gateway(
      puthOffice,
      `mutation { setTrialSiteInvestigator(trialId: "${TRIAL}", principalInvestigator: { name: "Wang Lihua", nameZh: "王丽华" }) { id } }`,
    );
    expect(pi.errors).toBeUndefined();
    letterId = await eventually('the letter request to reach the office', async () => {
      const letters = (await gateway<{ myInvitationLetters: { id: string; case: { id: string } }[] }>(puthOffice, `{ myInvitationLetters { id case { id } } }`))
        .data?.myInvitationLetters;
      return letters?.find((letter) => letter.case.id === caseId)?.id;
    });
    await notified(puthOffice, 'LETTER_REQUESTED');

    const input = { officeReference: '北医三院国际医疗部〔2026〕第15号', validUntil: addDays(today(), 90) };
    type Preview = { missing: string[]; principalInvestigator: { nameZh: string } | null; draft: { url: string } };
    const preview = await eventually('travel to know the investigator', async () => {
      const answer = await gateway<{ previewInvitationLetter: Preview }>(
        puthOffice,
        `query($id: ID!, $input: InvitationLetterDraftInput) { previewInvitationLetter(letterId: $id, input: $input) { missing principalInvestigator { nameZh } draft { url } } }`,
        { id: letterId, input },
      );
      return answer.data?.previewInvitationLetter.principalInvestigator ? answer.data.previewInvitationLetter : null;
    });
    expect(preview.missing).toEqual([]);
    expect(preview.draft.url.startsWith(`${publicOrigin}/`)).toBe(true);
    const draft = compact(await paperText(preview.draft.url));
    for (const shown of ['草稿', 'DRAFT', '无效', 'NOTVALID', '王丽华']) expect(draft).toContain(shown);

    const issued = await gateway<{ issueInvitationLetter: { status: string } }>(
      puthOffice,
      `mutation($id: ID!, $input: IssueInvitationLetterInput!) { issueInvitationLetter(letterId: $id, input: $input) { status } }`,
      { id: letterId, input },
    );
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueInvitationLetter.status).toBe('ISSUED');

    expect(await notified(coordinator, 'LETTER_ISSUED')).toMatchObject({ caseReference: reference, centreId: 'puth' });
    const letters = (
      await gateway<{ case: { invitationLetters: { id: string; status: string }[] } }>(
        coordinator,
        `query($id: ID!) { case(id: $id) { invitationLetters { id status } } }`,
        {
          id: caseId,
        },
      )
    ).data!.case.invitationLetters;
    expect(letters).toEqual([{ id: letterId, status: 'ISSUED' }]);
    const link = await gateway<{ invitationLetterDownload: { url: string } }>(
      coordinator,
      `query($id: ID!) { invitationLetterDownload(letterId: $id) { url } }`,
      {
        id: letterId,
      },
    );
    const text = await paperText(link.data!.invitationLetterDownload.url);
    for (const shown of [centre.name, 'NWOSU, Adaeze', 'A08813377', 'NWOSU, Emeka', 'A05524410', TRIAL, 'Wang Lihua']) expect(spaced(text)).toContain(shown);
    for (const shown of [centre.nameZh, compact(centre.address.zh), '王丽华', '邀请函', compact(input.officeReference)]) expect(compact(text)).toContain(shown);
    expect(compact(text)).not.toContain('草稿');
  }, 120_000);

  it("opens the patient's visa application and gives the family a calendar to download and subscribe to, located at the centre", async () => {
    const travellers = await eventually('travel to derive both travellers', async () => {
      const list = (
        await gateway<{ case: { travellers: { id: string; role: string }[] } }>(coordinator, `query($id: ID!) { case(id: $id) { travellers { id role } } }`, {
          id: caseId,
        })
      ).data?.case.travellers;
      return list?.length === 2 ? list : null;
    });
    const application = await gateway<{ openVisaApplication: { status: string; applicantRole: string; route: { category: string } } }>(
      coordinator,
      `mutation($id: ID!) { openVisaApplication(travellerId: $id) { status applicantRole route { category } } }`,
      { id: travellers.find((traveller) => traveller.role === 'PATIENT')!.id },
    );
    expect(application.errors).toBeUndefined();
    expect(application.data!.openVisaApplication).toMatchObject({ applicantRole: 'PATIENT', route: { category: 'S2' } });

    /** The calendar's LOCATION lines, unfolded and unescaped (RFC 5545 3.1, 3.3.11). */
    const locations = (ics: string) =>
      ics
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .filter((line) => line.startsWith('LOCATION:'))
        .map((line) => line.slice('LOCATION:'.length).replace(/\\([,;\\])/g, '$1'));
    const download = await gateway<{ treatmentCalendarDownload: { url: string } }>(
      coordinator,
      `query($id: ID!) { treatmentCalendarDownload(caseId: $id) { url } }`,
      {
        id: caseId,
      },
    );
    const file = await open(download.data!.treatmentCalendarDownload.url);
    expect(file.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await file.text();
    collect(ics);
    expect(ics).toContain(`UID:${caseId}-infusion@carta`);

    const subscribed = await gateway<{ subscribeTreatmentCalendar: { url: string } }>(
      coordinator,
      `mutation($id: ID!) { subscribeTreatmentCalendar(caseId: $id) { url } }`,
      { id: caseId },
    );
    // What a calendar app does with it: a plain GET, no credentials.
    const polled = await open(subscribed.data!.subscribeTreatmentCalendar.url);
    expect(polled.headers.get('content-type')).toMatch(/^text\/calendar/);
    const subscription = await polled.text();
    collect(subscription);
    for (const calendar of [ics, subscription]) {
      const at = locations(calendar);
      expect(at.length).toBeGreaterThan(0);
      for (const location of at) {
        expect(location).toContain(centre.address.en);
        expect(location).toContain(centre.address.zh);
      }
    }
  }, 60_000);

  it('sets the tariff, estimates, invoices the deposit on a bank-transfer paper, takes a USD payment at a dated rate and tells the coordinator', async () => {
    const tariff = await gateway(puthOffice, `mutation($tariff: CentreTariffInput!) { setCentreTariff(centreId: "puth", tariff: $tariff) { label } }`, {
      tariff: aTariffInput(today()),
    });
    expect(tariff.errors).toBeUndefined();

    type Estimate = { id: string; version: number; priceList: { illustrative: boolean }; total: { high: { formatted: string } } };
    const estimate = await eventually('billing to know the timeline', async () => {
      const answer = await gateway<{ prepareCostEstimate: Estimate }>(
        coordinator,
        `mutation($caseId: ID!, $input: PrepareEstimateInput!) { prepareCostEstimate(caseId: $caseId, input: $input) { id version priceList { illustrative } total { high { formatted } } } }`,
        {
          caseId,
          input: {
            fundingModel: 'PATIENT_PAID',
            usdToCny: { rate: '7.1100', asOf: today(), source: 'PBOC central parity' },
            familyStaysDuringManufacturing: true,
          },
        },
      );
      return answer.data?.prepareCostEstimate;
    });
    expect(estimate).toMatchObject({ version: 1, priceList: { illustrative: false } });
    const estimateLink = await gateway<{ costEstimateDownload: { url: string } }>(
      coordinator,
      `query($id: ID!) { costEstimateDownload(estimateId: $id) { url } }`,
      {
        id: estimate.id,
      },
    );
    const estimateText = spaced(await paperText(estimateLink.data!.costEstimateDownload.url));
    for (const shown of ['Cost estimate, version 1', 'PUTH international patients 2027', estimate.total.high.formatted, '1 USD = 7.1100 CNY']) {
      expect(estimateText).toContain(shown);
    }
    expect(estimateText).not.toContain('ILLUSTRATIVE');
    // Every printed paper prints Chinese: the estimate names the centre as it published itself.
    for (const chinese of ['费用估算', '北京大学第三医院']) expect(compact(estimateText)).toContain(chinese);
    const accepted = await gateway(
      coordinator,
      `mutation($id: ID!) { acceptCostEstimate(estimateId: $id, input: { acceptedBy: "Emeka Nwosu, husband" }) { version } }`,
      {
        id: estimate.id,
      },
    );
    expect(accepted.errors).toBeUndefined();

    type Invoice = { id: string; reference: string; dueOn: string; amount: { formatted: string }; amountUsd: { formatted: string } };
    const deposit = await eventually('billing to know the payer and the payee', async () => {
      const answer = await gateway<{ issueInvoice: Invoice }>(
        coordinator,
        `mutation($caseId: ID!) { issueInvoice(caseId: $caseId, input: { kind: DEPOSIT, amount: { amount: "100000.00", currency: "CNY" } }) { id reference dueOn amount { formatted } amountUsd { formatted } } }`,
        { caseId },
      );
      return answer.data?.issueInvoice;
    });
    expect(deposit).toMatchObject({ reference: expect.stringMatching(/^INV-\d{2}-[0-9A-HJKMNP-TV-Z]{6}$/), dueOn: addDays(today(), 14) });
    expect(deposit.amountUsd.formatted).toBe('14,064.70 USD'); // 100,000 CNY at 7.11, half to even
    const invoiceLink = await gateway<{ invoiceDownload: { url: string } }>(coordinator, `query($id: ID!) { invoiceDownload(invoiceId: $id) { url } }`, {
      id: deposit.id,
    });
    const invoiceText = await paperText(invoiceLink.data!.invoiceDownload.url);
    for (const shown of [deposit.reference, deposit.dueOn, deposit.amount.formatted, deposit.amountUsd.formatted, 'BKCHCNBJ110', 'NWOSU']) {
      expect(spaced(invoiceText).toUpperCase()).toContain(shown.toUpperCase());
    }
    for (const shown of [centre.nameZh, '发票', '付款截止日期']) expect(compact(invoiceText)).toContain(shown);

    const paid = await gateway<{
      recordPayment: {
        payments: {
          reference: string;
          amount: { amount: string; currency: string };
          received: { amount: string; currency: string };
          rate: { rate: string; asOf: string };
        }[];
        balance: { due: { amount: string } };
      };
    }>(
      coordinator,
      `mutation($caseId: ID!, $payment: MoneyMovementInput!) { recordPayment(caseId: $caseId, payment: $payment) { payments { reference amount { amount currency } received { amount currency } rate { rate asOf } } balance { due { amount } } } }`,
      {
        caseId,
        payment: {
          reference: 'SWIFT-CASEWORK-001',
          amount: { amount: '5000.00', currency: 'USD' },
          on: today(),
          rate: { rate: '7.1100', asOf: today(), source: 'Bank of China' },
          invoiceReference: deposit.reference.toLowerCase(),
        },
      },
    );
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.recordPayment).toEqual({
      payments: [
        {
          reference: 'SWIFT-CASEWORK-001',
          amount: { amount: '35550.00', currency: 'CNY' },
          received: { amount: '5000.00', currency: 'USD' },
          rate: { rate: '7.1100', asOf: today() },
        },
      ],
      balance: { due: { amount: '64450.00' } },
    });

    const due = await notified(coordinator, 'INVOICE_DUE');
    expect(due).toMatchObject({ caseReference: reference, dueOn: deposit.dueOn, amountDue: { formatted: '100,000.00 CNY' } });
    const kinds = (await feedOf(coordinator)).edges.filter((edge) => edge.node.caseId === caseId).map((edge) => edge.node.kind);
    expect(kinds).toEqual(expect.arrayContaining(['PI_DECISION', 'LETTER_ISSUED', 'INVOICE_DUE']));
  }, 120_000);

  it("shows another centre's office none of it", async () => {
    expect((await gateway<Cases>(ruijinOffice, CASES, { filter: {} })).data!.cases).toEqual({ totalCount: 0, edges: [] });
    expect((await gateway<Cases>(ruijinOffice, CASES, { filter: { text: reference } })).data!.cases.totalCount).toBe(0);
    expect(await feedOf(ruijinOffice)).toEqual({ unreadCount: 0, edges: [] });
    const letter = await gateway(ruijinOffice, `query($id: ID!) { invitationLetterDownload(letterId: $id) { url } }`, { id: letterId });
    expect(letter.data ?? null).toBeNull();
    expect(letter.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const calendar = await gateway(ruijinOffice, `query($id: ID!) { treatmentCalendarDownload(caseId: $id) { url } }`, { id: caseId });
    expect(calendar.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
  });

  it('handed out every link on the public origin or the object store’s public endpoint, never an internal address, and each one worked', () => {
    const servicePorts = platform.services.map((service) => new URL(service.url).port);
    const links = [...received];
    // Where each came from: the upload form (both uploads post to the bucket), the record, the draft, the letter and the
    // calendar file (travel's objects), the subscription, the estimate and the invoice (billing's objects).
    const routes = links.map((link) => `${new URL(link).origin}${new URL(link).pathname.split('/').slice(0, 3).join('/')}`).sort();
    expect(routes).toEqual(
      [
        `${s3PublicUrl}/${engines.s3.bucket}`,
        `${publicOrigin}/objects/documents`,
        ...Array(3).fill(`${publicOrigin}/objects/travel`),
        `${publicOrigin}/calendars/travel`,
        ...Array(2).fill(`${publicOrigin}/objects/billing`),
      ].sort(),
    );
    for (const link of links) {
      const url = new URL(link);
      expect({ link, public: link.startsWith(`${publicOrigin}/`) || link.startsWith(`${s3PublicUrl}/`) }).toEqual({ link, public: true });
      expect(url.hostname).not.toBe('127.0.0.1');
      expect(servicePorts).not.toContain(url.port);
    }
    expect(links.filter((link) => !used.has(link))).toEqual([]);
  });
});

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DevTokenIssuer, Identity } from '@carta/auth';
import { renderPaper } from '@carta/pdf';
import { eventually } from '@carta/testing';
import { RunningPlatform } from '../../platform';
import { recordConsentWithForm } from '../consent-form';

/** Who sends a request: nobody, a token that is not one, a token from another issuer, or a real identity. */
export type Caller =
  | { label: string; kind: 'anonymous' }
  | { label: string; kind: 'garbage' }
  | { label: string; kind: 'forged' }
  | { label: string; kind: 'identity'; identity: Identity };

export interface Answer {
  status: number;
  /** The raw body: leak checks read what went over the wire, not a parsed view of it. */
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

export const identities = {
  owner: { subject: 'coord-a', roles: ['coordinator'] },
  coordinatorB: { subject: 'coord-b', roles: ['coordinator'] },
  admin: { subject: 'admin-1', roles: ['admin'] },
  puthOffice: { subject: 'office-puth', roles: ['hospital_office'], centreId: 'puth' },
  ruijinOffice: { subject: 'office-ruijin', roles: ['hospital_office'], centreId: 'ruijin' },
  analyst: { subject: 'analyst-1', roles: ['analyst'] },
} satisfies Record<string, Identity>;

export const callerFor = (label: string, identity: Identity): Caller => ({ label: `${label} (${identity.subject})`, kind: 'identity', identity });

/** Sends GraphQL to the gateway as a caller and keeps the raw answer. */
export function gatewaySender(platform: () => RunningPlatform) {
  let forger: DevTokenIssuer | undefined;
  async function authorization(caller: Caller): Promise<Record<string, string>> {
    switch (caller.kind) {
      case 'anonymous':
        return {};
      case 'garbage':
        return { authorization: `Bearer ${randomBytes(24).toString('base64url')}.garbage.${randomBytes(8).toString('hex')}` };
      case 'forged':
        // A well-formed ES256 token for an admin, signed by a key the platform never trusted.
        forger ??= await DevTokenIssuer.create();
        return { authorization: `Bearer ${await forger.issue({ subject: 'admin-1', roles: ['admin'] })}` };
      case 'identity':
        return { authorization: `Bearer ${await platform().devIssuer.issue(caller.identity)}` };
    }
  }
  return async function send(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const response = await fetch(platform().gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authorization(caller)) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: Answer['body'];
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      body = undefined;
    }
    return { status: response.status, text, body };
  };
}

export interface VictimIds {
  caseId: string;
  patientId: string;
  consentId: string;
  documentId: string;
  /** A VERIFIED version of the victim's document. */
  versionId: string;
  /** A version requested but never uploaded: the target of hostile streamed uploads. */
  pendingVersionId: string;
  /** A current fact of the victim's summary, citing the verified document. */
  factId: string;
  referralId: string;
  letterId: string;
  travellerId: string;
  /** The patient's husband, entered at intake. */
  companionId: string;
  applicationId: string;
  estimateId: string;
  invoiceId: string;
}

export interface Scenario {
  /** A unique string in the patient's surname: wherever it appears, identifying data went there. */
  marker: string;
  today: string;
  ids: VictimIds;
  /** The centre the victim is referred to, with consent (not FINANCIAL). */
  centreId: string;
  otherCentreId: string;
  /** A trial only the victim's centre runs and owns (other offices must not touch it). */
  ownedTrialId: string;
  ownedTrialCriteria: string;
  submittedTrialId: string;
  identities: typeof identities;
  /** Steps of the world that could not be built today (their ids are then fresh UUIDs). */
  gaps: string[];
}

/** A valid summary fact of the victim's case, citing one of its documents (the security suite's writes aim with it). */
export const summaryFact = (sourceDocumentId: string, observedOn: string) => ({ kind: 'ECOG', value: 1, observedOn, sourceDocumentId });

/** A real, well-formed PDF (the documents service verifies the structure, not only the magic bytes). */
const pdf = async () =>
  (
    await renderPaper({
      title: 'Pathology report',
      footer: 'security suite',
      createdAt: new Date(),
      blocks: [{ kind: 'text', paragraphs: ['Adenocarcinoma, CLDN18.2 positive in 60% of tumour cells.'] }],
    })
  ).bytes;

/**
 * The victim's world, built on the real engines through the gateway as its owner (coordinator A):
 * a case whose patient carries the marker, a consent for PUTH (clinical summary and medical
 * records, not FINANCIAL), a verified document (streamed) and a pending version, a submission to a PUTH trial
 * accepted by its office, a journey with a letter, a traveller and a visa application, an accepted
 * estimate, an invoice and a payment. Steps past the referral are recorded as gaps if they fail.
 */
export async function buildScenario(platform: () => RunningPlatform): Promise<Scenario> {
  const send = gatewaySender(platform);
  const owner = callerFor('owner', identities.owner);
  const puth = callerFor('PUTH office', identities.puthOffice);
  // Latin letters only: it is also the traveller's passport surname.
  const marker = `Zqxmarker${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
  const today = new Date().toISOString().slice(0, 10);
  const gaps: string[] = [];
  const call = async <T>(
    caller: Caller,
    query: string,
    variables: Record<string, unknown>,
    pick: (data: Record<string, unknown>) => T | undefined,
  ): Promise<T> => {
    const answer = await send(caller, query, variables);
    const value = answer.body?.data ? pick(answer.body.data) : undefined;
    if (value === undefined || value === null) throw new Error(`${query.slice(0, 60)}… as ${caller.label}: ${answer.text.slice(0, 300)}`);
    return value;
  };
  const step = async <T>(what: string, fallback: T, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      gaps.push(`${what}: ${(error as Error).message}`);
      return fallback;
    }
  };

  const opened = await call(
    owner,
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { id patientId } }`,
    {
      input: {
        patient: {
          givenName: 'Ada',
          familyName: marker,
          birthDate: '1969-05-04',
          nationality: 'NGA',
          passportNumber: 'A11223344',
          passportExpiry: '2036-01-01',
          email: `${marker.toLowerCase()}@example.org`,
        },
        diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma, CLDN18.2 positive' },
        coordinatorId: identities.owner.subject,
      },
    },
    (data) => data.openCase as { id: string; patientId: string },
  );
  const caseId = opened.id;

  const trials = await call(
    owner,
    `{ trials(recruitingOnly: false) { id centreIds criteriaJson } }`,
    {},
    (data) => data.trials as { id: string; centreIds: string[]; criteriaJson: string }[],
  );
  const owned = trials.find((trial) => trial.centreIds.length === 1 && trial.centreIds[0] === 'puth');
  if (!owned) throw new Error('the seed has no trial run by PUTH alone');

  // Documents learns of the case from its opening event: wait for its checklist before uploading.
  await eventually(
    'documents to know the case',
    async () => {
      const answer = await send(owner, `query($id: ID!) { checklist(caseId: $id) { completeness } }`, { id: caseId });
      return answer.body?.data?.checklist;
    },
    60_000,
  );
  const companionId = await call(
    owner,
    `mutation($id: ID!) { addCompanion(caseId: $id, companion: { givenName: "Tom", familyName: "${marker}", birthDate: "1967-02-03", nationality: "NGA", relationship: "husband" }) { companions { id } } }`,
    { id: caseId },
    (data) => (data.addCompanion as { companions: { id: string }[] }).companions[0].id,
  );
  const document = await step('upload a document', { documentId: randomUUID(), versionId: randomUUID() }, async () => {
    const bytes = await pdf();
    const ticket = await call(
      owner,
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { documentId versionId streamUploadPath } }`,
      {
        input: {
          caseId,
          kind: 'PATHOLOGY_REPORT',
          fileName: 'pathology.pdf',
          contentType: 'application/pdf',
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          language: 'en',
          recordDate: today,
        },
      },
      (data) => data.requestDocumentUpload as { documentId: string; versionId: string; streamUploadPath: string },
    );
    // Streamed through the gateway: the one upload path that needs nothing but the caller's token.
    const put = await fetch(`${platform().gateway.url.replace(/\/graphql$/, '')}${ticket.streamUploadPath}`, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${await platform().devIssuer.issue(identities.owner)}` },
    });
    const result = (await put.json().catch(() => ({}))) as { status?: string };
    if (put.status !== 200 || result.status !== 'VERIFIED') throw new Error(`streamed upload answered ${put.status} ${JSON.stringify(result)}`);
    return { documentId: ticket.documentId, versionId: ticket.versionId };
  });
  const pendingVersionId = await step('request a second version, never uploaded', randomUUID(), async () => {
    const ticket = await call(
      owner,
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { versionId } }`,
      {
        input: {
          caseId,
          kind: 'PATHOLOGY_REPORT',
          documentId: document.documentId,
          fileName: 'pathology-v2.pdf',
          contentType: 'application/pdf',
          sizeBytes: 10,
          sha256: 'b'.repeat(64),
          language: 'en',
          recordDate: today,
        },
      },
      (data) => data.requestDocumentUpload as { versionId: string },
    );
    return ticket.versionId;
  });

  // The consent cites a verified CONSENT_FORM of the case; its recipient is PUTH as PUTH published itself.
  // Everything but FINANCIAL: the office reviews, and issues the letter that prints the travellers.
  const consented = await recordConsentWithForm(platform, identities.owner, caseId, 'puth', {
    purpose: 'TREATMENT',
    processingMethod: 'Review by the principal investigator for trial eligibility, and the visa invitation',
    categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'IDENTITY', 'TRAVEL'],
  });
  const consentId = consented.data?.recordConsent.id;
  if (!consentId) throw new Error(`recordConsent as owner: ${JSON.stringify(consented.errors)}`);

  const factId = await step('add a summary fact', randomUUID(), () =>
    // Eligibility learns of the verified document from its event: retry until it may be cited.
    eventually(
      'eligibility to accept a fact citing the document',
      async () => {
        const answer = await send(owner, `mutation($id: ID!, $fact: JSON!) { addSummaryFact(caseId: $id, fact: $fact) { id } }`, {
          id: caseId,
          fact: summaryFact(document.documentId, today),
        });
        return (answer.body?.data?.addSummaryFact as { id: string } | undefined)?.id;
      },
      60_000,
    ),
  );

  const submittedTrialId = 'NCT05277987';
  const referralId = await eventually(
    'eligibility to know the trial and the consent',
    async () => {
      const answer = await send(owner, `mutation($caseId: ID!) { submitCase(caseId: $caseId, trialId: "${submittedTrialId}", centreId: "puth") { id } }`, {
        caseId,
      });
      return (answer.body?.data?.submitCase as { id: string } | undefined)?.id;
    },
    60_000,
  );
  await eventually(
    'the referred, consented office to see the case',
    async () => {
      const answer = await send(puth, `query($id: ID!) { case(id: $id) { id checklist { completeness } } }`, { id: caseId });
      return !answer.body?.errors && (answer.body?.data?.case as { checklist?: unknown } | undefined)?.checklist;
    },
    60_000,
  );

  await step('the PUTH office accepts the referral', undefined, async () => {
    await eventually(
      'the office to accept',
      async () => {
        const answer = await send(puth, `mutation($id: ID!) { recordPiDecision(referralId: $id, decision: ACCEPTED) { status } }`, { id: referralId });
        return answer.body?.data?.recordPiDecision;
      },
      30_000,
    );
  });
  const letterId = await step('the journey plans a letter', randomUUID(), () =>
    eventually(
      'travel to request the letter',
      async () => {
        const answer = await send(owner, `query($id: ID!) { case(id: $id) { invitationLetters { id } } }`, { id: caseId });
        return (answer.body?.data?.case as { invitationLetters: { id: string }[] } | undefined)?.invitationLetters[0]?.id;
      },
      30_000,
    ),
  );
  // Travel derives the patient as a traveller from intake's record: nothing is typed twice.
  const travellerId = await step('travel lists the patient as a traveller', randomUUID(), () =>
    eventually(
      'travel to derive the patient as a traveller',
      async () => {
        const answer = await send(owner, `query($id: ID!) { case(id: $id) { travellers { id role } } }`, { id: caseId });
        const travellers = (answer.body?.data?.case as { travellers: { id: string; role: string }[] } | undefined)?.travellers ?? [];
        return travellers.find((traveller) => traveller.role === 'PATIENT')?.id;
      },
      30_000,
    ),
  );
  // A consulate takes a visa application only with the centre's letter: the office names its site's
  // principal investigator, whom the letter prints, and issues it.
  await step('the PUTH office names its investigator', undefined, async () => {
    await call(
      puth,
      `mutation { setTrialSiteInvestigator(trialId: "${submittedTrialId}", principalInvestigator: { name: "Chen Jianmin", nameZh: "陈建民" }) { id } }`,
      {},
      (data) => data.setTrialSiteInvestigator,
    );
  });
  await step('the PUTH office issues the letter', undefined, async () => {
    const validUntil = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    // Travel hears of the investigator from the trial's event: retry until the letter has all it prints.
    await eventually(
      'travel to know the investigator',
      async () => {
        const answer = await send(
          puth,
          `mutation($id: ID!, $input: IssueInvitationLetterInput!) { issueInvitationLetter(letterId: $id, input: $input) { id } }`,
          { id: letterId, input: { officeReference: 'PUTH-SCENARIO-1', validUntil } },
        );
        const waiting = answer.body?.errors?.some((error) => /missing principalInvestigator/.test(error.message));
        if (!waiting && answer.body?.errors) throw new Error(`issueInvitationLetter: ${JSON.stringify(answer.body.errors)}`);
        return !waiting;
      },
      30_000,
    );
  });
  const applicationId = await step('open a visa application', randomUUID(), () =>
    call(
      owner,
      `mutation($id: ID!) { openVisaApplication(travellerId: $id) { id } }`,
      { id: travellerId },
      (data) => (data.openVisaApplication as { id: string }).id,
    ),
  );
  const money = await step('prepare and accept an estimate, invoice and pay', { estimateId: randomUUID(), invoiceId: randomUUID() }, async () => {
    // Nothing is invoiced from the illustrative list: the office sets its tariff and bank account first.
    await call(
      puth,
      `mutation { setCentreTariff(centreId: "puth", tariff: { label: "PUTH scenario tariff", asOf: "${today}", hospitalDay: "2800", monitoringDay: "1200", apheresis: "16000", lymphodepletionDay: "3500", crsIcansReserveLow: "25000", crsIcansReserveHigh: "120000", coordinationFee: "9000", interpreterDay: "700", hotelNight: "450", manufacturingLow: "60000", manufacturingHigh: "120000", manufacturingCurrency: "USD", bank: { accountName: "Peking University Third Hospital", bankName: "Bank of China, Beijing Haidian Branch", accountNumber: "3456789012345678901", swift: "BKCHCNBJ110" } }) { label } }`,
      {},
      (data) => data.setCentreTariff,
    );
    const estimateId = await eventually(
      'billing to know the timeline',
      async () => {
        const answer = await send(
          owner,
          `mutation($caseId: ID!) { prepareCostEstimate(caseId: $caseId, input: { fundingModel: PATIENT_PAID, usdToCny: { rate: "7.1000", asOf: "${today}", source: "PBOC" }, familyStaysDuringManufacturing: true }) { id } }`,
          { caseId },
        );
        return (answer.body?.data?.prepareCostEstimate as { id: string } | undefined)?.id;
      },
      30_000,
    );
    await call(
      owner,
      `mutation($id: ID!) { acceptCostEstimate(estimateId: $id, input: { acceptedBy: "Ada's daughter" }) { version } }`,
      { id: estimateId },
      (data) => data.acceptCostEstimate,
    );
    const invoiceId = await call(
      owner,
      `mutation($caseId: ID!) { issueInvoice(caseId: $caseId, input: { kind: DEPOSIT, amount: { amount: "1000.00", currency: "CNY" } }) { id } }`,
      { caseId },
      (data) => (data.issueInvoice as { id: string }).id,
    );
    await call(
      owner,
      `mutation($caseId: ID!) { recordPayment(caseId: $caseId, payment: { reference: "SWIFT-VICTIM-1", amount: { amount: "1000.00", currency: "CNY" }, on: "${today}" }) { caseId } }`,
      { caseId },
      (data) => data.recordPayment,
    );
    return { estimateId, invoiceId };
  });

  return {
    marker,
    today,
    ids: {
      caseId,
      patientId: opened.patientId,
      consentId,
      documentId: document.documentId,
      versionId: document.versionId,
      pendingVersionId,
      factId,
      referralId,
      letterId,
      travellerId,
      companionId,
      applicationId,
      estimateId: money.estimateId,
      invoiceId: money.invoiceId,
    },
    centreId: 'puth',
    otherCentreId: 'ruijin',
    ownedTrialId: owned.id,
    ownedTrialCriteria: owned.criteriaJson,
    submittedTrialId,
    identities,
    gaps,
  };
}

/**
 * What must not change when someone without the right tries to write: the victim case as an admin
 * reads it, per field (so one refused field cannot hide the others), and PUTH's own records.
 */
export const SNAPSHOT_READS: Record<string, string> = {
  case: `query($id: ID!) { case(id: $id) { status coordinatorId consents { id active categories withdrawnAt } companions { id } patient { familyName passportNumber email } homeTeamReview { reviewer } } }`,
  documents: `query($id: ID!) { case(id: $id) { documents { id versions { id status } } } }`,
  oncologySummary: `query($id: ID!) { case(id: $id) { oncologySummary { version facts(includeHistory: true) { id status } } } }`,
  billing: `query($id: ID!) { case(id: $id) { billing { estimates { id version acceptance { acceptedBy } } invoices { id amount { amount } } payments { reference } refunds { reference } } } }`,
  journey: `query($id: ID!) { case(id: $id) { journey { revision arrivedOn facts { kind } } } }`,
  travellers: `query($id: ID!) { case(id: $id) { travellers { id familyName passportNumber passportExpiry } } }`,
  visaApplications: `query($id: ID!) { case(id: $id) { visaApplications { id status } } }`,
  invitationLetters: `query($id: ID!) { case(id: $id) { invitationLetters { id status officeReference } } }`,
  puthCentre: `{ centre(id: "puth") { languages icuBackup crsIcansManagement hotelMonitoringAfterDay14 contactEmail contactPhone } }`,
  puthTariff: `{ centreTariff(centreId: "puth") { label updatedAt } }`,
  trials: `{ trials(recruitingOnly: false) { id criteriaVersion recruiting openSlots } }`,
};

export async function snapshot(send: ReturnType<typeof gatewaySender>, scenario: Scenario): Promise<Record<string, string>> {
  const admin = callerFor('admin', identities.admin);
  const entries = await Promise.all(
    Object.entries(SNAPSHOT_READS).map(async ([name, query]) => {
      const answer = await send(admin, query, query.includes('$id') ? { id: scenario.ids.caseId } : {});
      return [
        name,
        JSON.stringify(answer.body?.data ?? null) +
          (answer.body?.errors ? ` errors: ${answer.body.errors.map((error) => error.extensions?.code).join(',')}` : ''),
      ] as const;
    }),
  );
  return Object.fromEntries(entries);
}

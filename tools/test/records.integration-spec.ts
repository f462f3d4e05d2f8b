import { createHash, randomUUID } from 'node:crypto';
import { Identity } from '@carta/auth';
import { buildEvent, RECORD_KINDS, RecordKind, ReferralSubmitted } from '@carta/contracts';
import { KafkaBroker, toRecord } from '@carta/messaging';
import { AuditRecord, loadPlatformConfig } from '@carta/service-kit';
import { createTestDatabase, engineEnvironment, eventually, requireEngines, TestClock } from '@carta/testing';
import { RunningPlatform, startPlatform } from '../platform';
import { gatewayClient } from './gateway-client';

/**
 * Records end to end through the gateway on the real engines (PostgreSQL, Kafka, MinIO): consent,
 * uploads by both paths with verification, the ageing checklist, downloads and their revocation.
 */
const engines = requireEngines();


const pdf = (body = '') => Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog ${body} >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(randomUUID())]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('records through the gateway (real engines)', () => {
  const clock = new TestClock();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  const coordinator: Identity = { subject: 'coord-7', roles: ['coordinator'] };
  const puthOffice: Identity = { subject: 'office-puth', roles: ['hospital_office'], centreId: 'puth' };
  const otherCoordinator: Identity = { subject: 'coord-8', roles: ['coordinator'] };
  let caseId: string;
  let consentId: string;
  const verified = new Map<RecordKind, string>();

  const gateway = gatewayClient(() => platform);

  const today = () => clock.now().toISOString().slice(0, 10);

  async function requestUpload(kind: string, bytes: Buffer, contentType: string, extra: Record<string, unknown> = {}) {
    return gateway<{ requestDocumentUpload: { documentId: string; versionId: string; uploadUrl: string; streamUploadPath: string } }>(
      coordinator,
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { documentId versionId uploadUrl streamUploadPath expiresAt } }`,
      { input: { caseId, kind, fileName: `${kind.toLowerCase()}.bin`, contentType, sizeBytes: bytes.length, sha256: sha256(bytes), language: 'en', recordDate: today(), ...extra } },
    );
  }

  /** Path 1: presigned PUT straight to MinIO, then the completion call. */
  async function uploadPresigned(kind: string, bytes: Buffer, contentType: string, extra: Record<string, unknown> = {}) {
    const ticket = (await requestUpload(kind, bytes, contentType, extra)).data!.requestDocumentUpload;
    const put = await fetch(ticket.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': contentType } });
    expect(put.status).toBe(200);
    const completed = await gateway<{ completeDocumentUpload: { id: string; status: string; statusReason: string | null } }>(
      coordinator,
      `mutation($id: ID!) { completeDocumentUpload(versionId: $id) { id status statusReason } }`,
      { id: ticket.versionId },
    );
    expect(completed.errors).toBeUndefined();
    return completed.data!.completeDocumentUpload;
  }

  /** Path 2: the bytes streamed through the gateway and the documents service. */
  async function uploadStreamed(kind: string, bytes: Buffer, contentType: string) {
    const ticket = (await requestUpload(kind, bytes, contentType)).data!.requestDocumentUpload;
    const base = platform.gateway.url.replace(/\/graphql$/, '');
    const response = await fetch(`${base}${ticket.streamUploadPath}`, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': contentType, authorization: `Bearer ${await platform.devIssuer.issue(coordinator)}` },
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { versionId: string; status: string; statusReason: string | null };
    return { id: result.versionId, status: result.status, statusReason: result.statusReason };
  }

  const checklist = async () =>
    (await gateway<{ case: { checklist: { completeness: string; missing: string[]; stale: string[] } } }>(coordinator, `query($id: ID!) { case(id: $id) { checklist { completeness missing stale } } }`, { id: caseId })).data?.case.checklist;

  beforeAll(async () => {
    process.env.CARTA_CHECKLIST_SWEEP_MS = '250';
    database = await createTestDatabase(engines.databaseUrl);
    platform = await startPlatform(loadPlatformConfig(engineEnvironment(engines, database.url)), { ports: 'any', clock });
    const opened = await gateway<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: { patient: { givenName: 'Lina', familyName: 'Haddad', birthDate: '1968-09-12', nationality: 'JOR' }, diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma, relapsed' }, coordinatorId: coordinator.subject },
    });
    caseId = opened.data!.openCase.id;
    await eventually('the checklist to exist', async () => (await checklist())?.completeness === 'INCOMPLETE');
  }, 180_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
    delete process.env.CARTA_CHECKLIST_SWEEP_MS;
  }, 60_000);

  it('records a consent with its disclosures', async () => {
    const consent = await gateway<{ recordConsent: { id: string; active: boolean; categories: string[] } }>(
      coordinator,
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id active categories } }`,
      {
        input: {
          caseId,
          centreId: 'puth',
          purpose: 'ELIGIBILITY_REVIEW',
          categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS'],
          direction: 'TO_CHINA',
          recipientName: 'Peking University Third Hospital, International Medical Department',
          recipientContact: 'international@puth.example',
          processingMethod: 'Review by the principal investigator for trial eligibility',
          rightsContact: 'privacy@carta.example',
          signedFormDocumentId: randomUUID(),
        },
      },
    );
    expect(consent.errors).toBeUndefined();
    expect(consent.data!.recordConsent).toMatchObject({ active: true, categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS'] });
    consentId = consent.data!.recordConsent.id;
  });

  it('rejects a mismatched type and an oversize file, and quarantines a PDF with JavaScript, with clear reasons', async () => {
    const mismatched = await uploadPresigned('PATHOLOGY_REPORT', pdf(), 'image/png');
    expect(mismatched).toMatchObject({ status: 'REJECTED', statusReason: 'declared as PNG but the content is PDF' });

    const oversize = await gateway(coordinator, `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { versionId } }`, {
      input: { caseId, kind: 'IMAGING', fileName: 'ct.dcm', contentType: 'application/dicom', sizeBytes: 300 * 1024 * 1024, sha256: sha256(Buffer.from('x')), language: 'en' },
    });
    expect(oversize.errors?.[0]).toMatchObject({ message: expect.stringMatching(/larger than the 256 MB limit/), extensions: { code: 'BAD_USER_INPUT', field: 'sizeBytes' } });

    const scripted = await uploadStreamed('OTHER', pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'), 'application/pdf');
    expect(scripted.status).toBe('QUARANTINED');
    expect(scripted.statusReason).toMatch(/active content \(\/JavaScript, \/JS, \/OpenAction\)/);
    const served = await gateway(coordinator, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: scripted.id });
    expect(served.errors?.[0].extensions?.code).toBe('CONFLICT');

    const traversal = await gateway(coordinator, `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { versionId } }`, {
      input: { caseId, kind: 'OTHER', fileName: '../../etc/passwd', contentType: 'application/pdf', sizeBytes: 10, sha256: sha256(Buffer.from('x')), language: 'en' },
    });
    expect(traversal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
    expect((await checklist())?.completeness).toBe('INCOMPLETE');
  }, 60_000);

  it('takes the six records by both upload paths: INCOMPLETE → PARTIAL → COMPLETE', async () => {
    const seen: string[] = [];
    for (const [index, kind] of RECORD_KINDS.entries()) {
      const bytes = index % 2 === 0 ? pdf(`/Title (${kind})`) : png();
      const contentType = index % 2 === 0 ? 'application/pdf' : 'image/png';
      const version = index < 3 ? await uploadPresigned(kind, bytes, contentType) : await uploadStreamed(kind, bytes, contentType);
      expect(version).toMatchObject({ status: 'VERIFIED', statusReason: null });
      verified.set(kind, version.id);
      const expected = index === RECORD_KINDS.length - 1 ? 'COMPLETE' : 'PARTIAL';
      await eventually(`the checklist to be ${expected} after ${kind}`, async () => (await checklist())?.completeness === expected);
      seen.push(expected);
    }
    expect(seen).toEqual(['PARTIAL', 'PARTIAL', 'PARTIAL', 'PARTIAL', 'PARTIAL', 'COMPLETE']);
    await eventually('the case to be ready for screening', async () => (await gateway<{ case: { status: string } }>(coordinator, `query($id: ID!) { case(id: $id) { status } }`, { id: caseId })).data?.case.status === 'READY_FOR_SCREENING');
  }, 90_000);

  it('turns PARTIAL again when the blood panel ages past four weeks, with no one touching the case', async () => {
    clock.advanceDays(29);
    await eventually('the sweep to notice the stale blood panel', async () => (await checklist())?.completeness === 'PARTIAL', 30_000);
    expect(await checklist()).toEqual({ completeness: 'PARTIAL', missing: [], stale: ['BLOOD_PANEL'] });
    await eventually('the case to go back to collecting records', async () => (await gateway<{ case: { status: string } }>(coordinator, `query($id: ID!) { case(id: $id) { status } }`, { id: caseId })).data?.case.status === 'COLLECTING_RECORDS');
  }, 60_000);

  it("lets the case's coordinator, and the consented office of the referred centre, fetch a document; nobody else", async () => {
    const versionId = verified.get('PATHOLOGY_REPORT')!;
    const link = await gateway<{ documentDownload: { url: string } }>(coordinator, `query($id: ID!) { documentDownload(versionId: $id) { url expiresAt } }`, { id: versionId });
    expect(link.errors).toBeUndefined();
    const fetched = await fetch(link.data!.documentDownload.url);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).toString('latin1')).toContain('/Title (PATHOLOGY_REPORT)');

    expect((await gateway(otherCoordinator, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: versionId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gateway(puthOffice, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: versionId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The referral is eligibility's contract; publish it as eligibility will.
    const referral = buildEvent(ReferralSubmitted, '/carta/eligibility', { referralId: randomUUID(), caseId, centreId: 'puth', trialId: 'NCT03720457', submittedAt: new Date().toISOString() });
    const producer = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: 'test-eligibility' });
    await producer.publish([toRecord({ topic: ReferralSubmitted.topic, messageKey: referral.subject, eventType: referral.type, eventId: referral.id, envelope: referral })]);
    await producer.close();

    const officeLink = await eventually('the referred office to be allowed', async () => {
      const response = await gateway<{ documentDownload: { url: string } }>(puthOffice, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: versionId });
      return response.data?.documentDownload ? response.data.documentDownload : null;
    });
    expect((await fetch(officeLink.url)).status).toBe(200);

    const withdrawn = await gateway(coordinator, `mutation($id: ID!) { withdrawConsent(consentId: $id, reason: "patient withdrew") { active } }`, { id: consentId });
    expect(withdrawn.errors).toBeUndefined();
    await eventually('the office to lose access once consent is withdrawn', async () => {
      const response = await gateway(puthOffice, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: versionId });
      return response.errors?.[0].extensions?.code === 'FORBIDDEN';
    });

    const documents = platform.services.find((service) => service.name === 'documents')!.dataSource;
    const downloads = await documents.getRepository(AuditRecord).find({ where: { caseId, action: 'document.download' } });
    // Every fetch is audited (the office may have fetched again while the withdrawal travelled).
    expect([...new Set(downloads.map((row) => row.actor))].sort()).toEqual([coordinator.subject, puthOffice.subject].sort());
  }, 90_000);

  it('links an English translation to its original as a version, which the checklist then counts', async () => {
    const original = await uploadPresigned('PATHOLOGY_REPORT', pdf('/Lang (zh)'), 'application/pdf', { language: 'zh' });
    expect(original.status).toBe('VERIFIED');
    const item = async () =>
      (await gateway<{ case: { checklist: { items: { kind: string; status: string; versionId: string }[] } } }>(coordinator, `query($id: ID!) { case(id: $id) { checklist { items { kind status versionId } } } }`, { id: caseId })).data!.case.checklist.items.find((entry) => entry.kind === 'PATHOLOGY_REPORT')!;
    // The newest pathology report is now this Chinese original, not yet translated.
    await eventually('the untranslated report to count', async () => (await item()).status === 'UNTRANSLATED');
    const documents = (await gateway<{ case: { documents: { id: string; versions: { id: string }[] }[] } }>(coordinator, `query($id: ID!) { case(id: $id) { documents { id versions { id } } } }`, { id: caseId })).data!.case.documents;
    const documentId = documents.find((document) => document.versions.some((version) => version.id === original.id))!.id;
    const translation = await uploadPresigned('PATHOLOGY_REPORT', pdf('/Lang (en)'), 'application/pdf', { documentId, translationOfVersionId: original.id, language: 'en' });
    expect(translation.status).toBe('VERIFIED');
    await eventually('the translated report to count as present', async () => (await item()).status === 'PRESENT');
    expect((await item()).versionId).toBe(original.id);
  });

  it('keeps a deleted document for retention but stops counting and serving it', async () => {
    const versionId = verified.get('IMAGING')!;
    const documentId = (await gateway<{ case: { documents: { id: string; kind: string }[] } }>(coordinator, `query($id: ID!) { case(id: $id) { documents { id kind } } }`, { id: caseId })).data!.case.documents.find((document) => document.kind === 'IMAGING')!.id;
    const deleted = await gateway(coordinator, `mutation($id: ID!) { deleteDocument(documentId: $id, reason: "uploaded to the wrong case") { id } }`, { id: documentId });
    expect(deleted.errors).toBeUndefined();
    await eventually('imaging to count as missing', async () => (await checklist())?.missing.includes('IMAGING') ?? false);
    expect((await gateway(coordinator, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: versionId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

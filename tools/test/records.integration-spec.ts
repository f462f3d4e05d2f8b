import { randomUUID } from 'node:crypto';
import { Identity } from '@carta/auth';
import { buildEvent, RECORD_KINDS, RecordKind, ReferralSubmitted } from '@carta/contracts';
import { todayOf } from '@carta/domain';
import { KafkaBroker, toRecord } from '@carta/messaging';
import { AuditRecord } from '@carta/audit';
import { loadPlatformConfig } from '@carta/service-kit';
import { MinioObjectStore } from '@carta/storage';
import { aPdf, aPng, createTestDatabase, engineEnvironment, eventually, identities, requireEngines, sha256Hex, TestClock } from '@carta/testing';
import { RunningPlatform, startPlatform } from '../platform';
import { recordConsentWithForm } from './consent-form';
import { gatewayClient } from './gateway-client';

/**
 * Records end to end through the gateway on the real engines (PostgreSQL, Kafka, MinIO): consent,
 * uploads by both paths with verification, the ageing checklist, downloads and their revocation.
 */
const engines = requireEngines();

describe('records through the gateway (real engines)', () => {
  const clock = new TestClock();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  const coordinator = identities.coordinator('coord-7');
  const puthOffice = identities.office('puth');
  const otherCoordinator = identities.coordinator('coord-8');
  let caseId: string;
  let consentId: string;
  const verified = new Map<RecordKind, string>();

  const gateway = gatewayClient(() => platform);

  const today = () => todayOf(clock);

  interface Ticket {
    documentId: string;
    versionId: string;
    upload: { url: string; method: string; fields: { name: string; value: string }[] };
    streamUploadPath: string;
    expiresAt: string;
  }
  const extension: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'application/dicom': 'dcm' };

  async function requestUpload(kind: string, bytes: Buffer, contentType: string, extra: Record<string, unknown> = {}, as: Identity = coordinator) {
    return gateway<{ requestDocumentUpload: Ticket }>(
      as,
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { documentId versionId upload { url method fields { name value } } streamUploadPath expiresAt } }`,
      {
        input: {
          caseId,
          kind,
          fileName: `${kind.toLowerCase()}.${extension[contentType] ?? 'pdf'}`,
          contentType,
          sizeBytes: bytes.length,
          sha256: sha256Hex(bytes),
          language: 'en',
          recordDate: today(),
          ...extra,
        },
      },
    );
  }

  /** Posts the ticket's signed form as a browser would: every field in order, then the file. */
  function postForm(ticket: Ticket, bytes: Buffer): Promise<Response> {
    const form = new FormData();
    for (const { name, value } of ticket.upload.fields) form.append(name, value);
    form.append('file', new Blob([bytes]), 'upload');
    return fetch(ticket.upload.url, { method: ticket.upload.method, body: form });
  }

  const complete = (versionId: string, as: Identity = coordinator) =>
    gateway<{ completeDocumentUpload: { id: string; status: string; statusReason: string | null } }>(
      as,
      `mutation($id: ID!) { completeDocumentUpload(versionId: $id) { id status statusReason } }`,
      { id: versionId },
    );

  /** Path 1: the signed form posted straight to MinIO, then the completion call. */
  async function uploadPresigned(kind: string, bytes: Buffer, contentType: string, extra: Record<string, unknown> = {}) {
    const ticket = (await requestUpload(kind, bytes, contentType, extra)).data!.requestDocumentUpload;
    expect((await postForm(ticket, bytes)).status).toBe(204);
    const completed = await complete(ticket.versionId);
    expect(completed.errors).toBeUndefined();
    return completed.data!.completeDocumentUpload;
  }

  const base = () => platform.gateway.url.replace(/\/graphql$/, '');

  /** Streams bytes through the gateway to a version; a refused body may also end in a closed connection. */
  async function stream(path: string, bytes: Buffer, headers: Record<string, string>, as: Identity = coordinator): Promise<Response | null> {
    return fetch(`${base()}${path}`, {
      method: 'PUT',
      body: bytes,
      headers: { ...headers, authorization: `Bearer ${await platform.devIssuer.issue(as)}` },
    }).catch(() => null);
  }

  /** Path 2: the bytes streamed through the gateway and the documents service. */
  async function uploadStreamed(kind: string, bytes: Buffer, contentType: string, sentAs = contentType) {
    const ticket = (await requestUpload(kind, bytes, contentType)).data!.requestDocumentUpload;
    const response = (await stream(ticket.streamUploadPath, bytes, { 'content-type': sentAs }))!;
    expect(response.status).toBe(200);
    const result = (await response.json()) as { versionId: string; status: string; statusReason: string | null };
    return { id: result.versionId, status: result.status, statusReason: result.statusReason };
  }

  const versionOf = async (versionId: string) =>
    (
      await gateway<{ case: { documents: { versions: { id: string; status: string; statusReason: string | null }[] }[] } }>(
        coordinator,
        `query($id: ID!) { case(id: $id) { documents { versions { id status statusReason } } } }`,
        { id: caseId },
      )
    )
      .data!.case.documents.flatMap((document) => document.versions)
      .find((version) => version.id === versionId);

  const checklist = async () =>
    (
      await gateway<{ case: { checklist: { completeness: string; missing: string[]; stale: string[] } } }>(
        coordinator,
        `query($id: ID!) { case(id: $id) { checklist { completeness missing stale } } }`,
        { id: caseId },
      )
    ).data?.case.checklist;

  let environment: Record<string, string>;

  beforeAll(async () => {
    process.env.CARTA_CHECKLIST_SWEEP_MS = '250';
    database = await createTestDatabase(engines.databaseUrl);
    environment = engineEnvironment(engines, database.url);
    platform = await startPlatform(loadPlatformConfig(environment), { ports: 'any', clock });
    const opened = await gateway<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: {
        patient: { givenName: 'Lina', familyName: 'Haddad', birthDate: '1968-09-12', nationality: 'JOR' },
        diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma, relapsed' },
        coordinatorId: coordinator.subject,
      },
    });
    caseId = opened.data!.openCase.id;
    await eventually('the checklist to exist', async () => (await checklist())?.completeness === 'INCOMPLETE');
  }, 180_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
    delete process.env.CARTA_CHECKLIST_SWEEP_MS;
  }, 60_000);

  it('records a consent with its disclosures, naming the centre as it published itself', async () => {
    const consent = await recordConsentWithForm<{ id: string; active: boolean; categories: string[]; recipientName: string; recipientContact: string }>(
      () => platform,
      coordinator,
      caseId,
      'puth',
      {},
      'id active categories recipientName recipientContact',
    );
    expect(consent.errors).toBeUndefined();
    expect(consent.data!.recordConsent).toMatchObject({
      active: true,
      categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS'],
      recipientName: expect.stringContaining('Peking University Third Hospital'),
      recipientContact: expect.stringMatching(/\+86/),
    });
    consentId = consent.data!.recordConsent.id;
  });

  it('rejects a mismatched type and an oversize file, and quarantines a PDF with JavaScript, with clear reasons', async () => {
    const mismatched = await uploadPresigned('PATHOLOGY_REPORT', aPdf(), 'image/png');
    expect(mismatched).toMatchObject({ status: 'REJECTED', statusReason: 'declared as PNG but the content is PDF' });

    const oversize = await gateway(coordinator, `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { versionId } }`, {
      input: {
        caseId,
        kind: 'IMAGING',
        fileName: 'ct.dcm',
        contentType: 'application/dicom',
        sizeBytes: 300 * 1024 * 1024,
        sha256: sha256Hex(Buffer.from('x')),
        language: 'en',
      },
    });
    expect(oversize.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/larger than the 256 MB limit/),
      extensions: { code: 'BAD_USER_INPUT', field: 'sizeBytes' },
    });

    const scripted = await uploadStreamed('OTHER', aPdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'), 'application/pdf');
    expect(scripted.status).toBe('QUARANTINED');
    expect(scripted.statusReason).toMatch(/active content \(.*\/JavaScript.*\)/);
    const served = await gateway(coordinator, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: scripted.id });
    expect(served.errors?.[0].extensions?.code).toBe('CONFLICT');

    const traversal = await gateway(coordinator, `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { versionId } }`, {
      input: {
        caseId,
        kind: 'OTHER',
        fileName: '../../etc/passwd',
        contentType: 'application/pdf',
        sizeBytes: 10,
        sha256: sha256Hex(Buffer.from('x')),
        language: 'en',
      },
    });
    expect(traversal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
    expect((await checklist())?.completeness).toBe('INCOMPLETE');
  }, 60_000);

  it('takes the six records by both upload paths: INCOMPLETE → PARTIAL → COMPLETE', async () => {
    const seen: string[] = [];
    for (const [index, kind] of RECORD_KINDS.entries()) {
      const bytes = index % 2 === 0 ? aPdf(`/Title (${kind})`) : aPng();
      const contentType = index % 2 === 0 ? 'application/pdf' : 'image/png';
      const version = index < 3 ? await uploadPresigned(kind, bytes, contentType) : await uploadStreamed(kind, bytes, contentType);
      expect(version).toMatchObject({ status: 'VERIFIED', statusReason: null });
      verified.set(kind, version.id);
      const expected = index === RECORD_KINDS.length - 1 ? 'COMPLETE' : 'PARTIAL';
      await eventually(`the checklist to be ${expected} after ${kind}`, async () => (await checklist())?.completeness === expected);
      seen.push(expected);
    }
    expect(seen).toEqual(['PARTIAL', 'PARTIAL', 'PARTIAL', 'PARTIAL', 'PARTIAL', 'COMPLETE']);
    await eventually(
      'the case to be ready for screening',
      async () =>
        (await gateway<{ case: { status: string } }>(coordinator, `query($id: ID!) { case(id: $id) { status } }`, { id: caseId })).data?.case.status ===
        'READY_FOR_SCREENING',
    );
  }, 90_000);

  it('survives a body far beyond its declared size: the platform answers and the version is REJECTED with a clear reason', async () => {
    const declared = Buffer.concat([aPng(), Buffer.alloc(100)]).subarray(0, 100);
    const streamed = (await requestUpload('OTHER', declared, 'image/png')).data!.requestDocumentUpload;
    const answer = await stream(streamed.streamUploadPath, Buffer.alloc(5 * 1024, 1), { 'content-type': 'image/png' });
    if (answer?.status === 200) expect(await answer.json()).toMatchObject({ status: 'REJECTED' });
    expect((await fetch(`${base()}/health`)).status).toBe(200);
    expect(await versionOf(streamed.versionId)).toMatchObject({ status: 'REJECTED', statusReason: 'received more than the 100 bytes declared' });

    // The signed form binds the size: MinIO itself refuses 2 MiB for a 100-byte declaration.
    const posted = (await requestUpload('OTHER', declared, 'image/png')).data!.requestDocumentUpload;
    const refused = await postForm(posted, Buffer.alloc(2 * 1024 * 1024, 1));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('EntityTooLarge');
    expect((await complete(posted.versionId)).errors?.[0]).toMatchObject({
      message: 'nothing has been uploaded for this version yet',
      extensions: { code: 'CONFLICT' },
    });
  }, 60_000);

  it('serves what was verified, as an attachment of the verified type, and nothing else', async () => {
    const bytes = aPng();
    const ticket = (await requestUpload('OTHER', bytes, 'image/png', { fileName: 'Scan «1».png' })).data!.requestDocumentUpload;
    expect((await postForm(ticket, bytes)).status).toBe(204);
    expect((await complete(ticket.versionId)).data!.completeDocumentUpload.status).toBe('VERIFIED');

    // The form is still valid: posting again reaches only the staging key, never what is served.
    const swapped = Buffer.from(bytes);
    swapped.write('<script>alert(1)</script>', 8, 'latin1');
    expect((await postForm(ticket, swapped)).status).toBe(204);
    expect((await complete(ticket.versionId)).errors?.[0].extensions?.code).toBe('CONFLICT');

    const link = (
      await gateway<{ documentDownload: { url: string } }>(coordinator, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, {
        id: ticket.versionId,
      })
    ).data!.documentDownload;
    expect(new URL(link.url).origin).toBe(new URL(base()).origin);
    const fetched = await fetch(link.url);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(bytes)).toBe(true);
    expect(
      Object.fromEntries(
        ['content-type', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'cache-control'].map((name) => [
          name,
          fetched.headers.get(name),
        ]),
      ),
    ).toEqual({
      'content-type': 'image/png',
      'content-disposition': `attachment; filename="Scan _1_.png"; filename*=UTF-8''Scan%20%C2%AB1%C2%BB.png`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'no-store',
    });
    const repointed = new URL(link.url);
    repointed.searchParams.set('type', 'text/html');
    expect((await fetch(repointed)).status).toBe(403);

    // A PNG streamed as text/html is served as what its bytes are.
    const streamed = await uploadStreamed('OTHER', aPng(), 'image/png', 'text/html');
    expect(streamed.status).toBe('VERIFIED');
    const streamedLink = (
      await gateway<{ documentDownload: { url: string } }>(coordinator, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: streamed.id })
    ).data!.documentDownload;
    expect((await fetch(streamedLink.url)).headers.get('content-type')).toBe('image/png');

    // Defence in depth: bytes changed behind Carta's back (the checksum no longer matches) are not served.
    const store = new MinioObjectStore(engines.s3);
    await store.put(`cases/${caseId}/${ticket.documentId}/v1`, swapped, { contentType: 'image/png', metadata: { sha256: sha256Hex(swapped) } });
    expect((await fetch(link.url)).status).toBe(409);
  }, 60_000);

  it("lets only the case's coordinator who asked for an upload send and complete it", async () => {
    const bytes = aPng();
    expect((await requestUpload('OTHER', bytes, 'image/png', {}, otherCoordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ticket = (await requestUpload('OTHER', bytes, 'image/png')).data!.requestDocumentUpload;
    expect((await stream(ticket.streamUploadPath, bytes, { 'content-type': 'image/png' }, otherCoordinator))?.status).toBe(403);
    expect((await postForm(ticket, bytes)).status).toBe(204);
    expect((await complete(ticket.versionId, otherCoordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const deleted = await gateway(otherCoordinator, `mutation($id: ID!) { deleteDocument(documentId: $id, reason: "not mine to delete") { id } }`, {
      id: ticket.documentId,
    });
    expect(deleted.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await complete(ticket.versionId)).data!.completeDocumentUpload.status).toBe('VERIFIED');
  }, 60_000);

  it('turns PARTIAL again when the blood panel ages past four weeks, with no one touching the case', async () => {
    clock.advanceDays(29);
    await eventually('the sweep to notice the stale blood panel', async () => (await checklist())?.completeness === 'PARTIAL', 30_000);
    expect(await checklist()).toEqual({ completeness: 'PARTIAL', missing: [], stale: ['BLOOD_PANEL'] });
    await eventually(
      'the case to go back to collecting records',
      async () =>
        (await gateway<{ case: { status: string } }>(coordinator, `query($id: ID!) { case(id: $id) { status } }`, { id: caseId })).data?.case.status ===
        'COLLECTING_RECORDS',
    );
  }, 60_000);

  it("lets the case's coordinator, and the consented office of the referred centre, fetch a document; nobody else", async () => {
    const versionId = verified.get('PATHOLOGY_REPORT')!;
    const link = await gateway<{ documentDownload: { url: string } }>(coordinator, `query($id: ID!) { documentDownload(versionId: $id) { url expiresAt } }`, {
      id: versionId,
    });
    expect(link.errors).toBeUndefined();
    const fetched = await fetch(link.data!.documentDownload.url);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).toString('latin1')).toContain('/Title (PATHOLOGY_REPORT)');

    expect(
      (await gateway(otherCoordinator, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: versionId })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await gateway(puthOffice, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: versionId })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    // The referral is eligibility's contract; publish it as eligibility will.
    const referral = buildEvent(ReferralSubmitted, '/carta/eligibility', {
      referralId: randomUUID(),
      caseId,
      centreId: 'puth',
      trialId: 'NCT03720457',
      submittedAt: new Date().toISOString(),
    });
    const producer = new KafkaBroker({ brokers: engines.kafkaBrokers, clientId: 'test-eligibility', topicPrefix: environment.KAFKA_TOPIC_PREFIX });
    await producer.publish([
      toRecord({ topic: ReferralSubmitted.topic, messageKey: referral.subject, eventType: referral.type, eventId: referral.id, envelope: referral }),
    ]);
    await producer.close();

    const officeLink = await eventually('the referred office to be allowed', async () => {
      const response = await gateway<{ documentDownload: { url: string } }>(puthOffice, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, {
        id: versionId,
      });
      return response.data?.documentDownload ? response.data.documentDownload : null;
    });
    expect((await fetch(officeLink.url)).status).toBe(200);

    const withdrawn = await gateway(coordinator, `mutation($id: ID!) { withdrawConsent(consentId: $id, reason: "patient withdrew") { active } }`, {
      id: consentId,
    });
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
    const original = await uploadPresigned('PATHOLOGY_REPORT', aPdf('/Lang (zh)'), 'application/pdf', { language: 'zh' });
    expect(original.status).toBe('VERIFIED');
    const item = async () =>
      (
        await gateway<{ case: { checklist: { items: { kind: string; status: string; versionId: string }[] } } }>(
          coordinator,
          `query($id: ID!) { case(id: $id) { checklist { items { kind status versionId } } } }`,
          { id: caseId },
        )
      ).data!.case.checklist.items.find((entry) => entry.kind === 'PATHOLOGY_REPORT')!;
    // The newest pathology report is now this Chinese original, not yet translated.
    await eventually('the untranslated report to count', async () => (await item()).status === 'UNTRANSLATED');
    const documents = (
      await gateway<{ case: { documents: { id: string; versions: { id: string }[] }[] } }>(
        coordinator,
        `query($id: ID!) { case(id: $id) { documents { id versions { id } } } }`,
        { id: caseId },
      )
    ).data!.case.documents;
    const documentId = documents.find((document) => document.versions.some((version) => version.id === original.id))!.id;
    const translation = await uploadPresigned('PATHOLOGY_REPORT', aPdf('/Lang (en)'), 'application/pdf', {
      documentId,
      translationOfVersionId: original.id,
      language: 'en',
    });
    expect(translation.status).toBe('VERIFIED');
    await eventually('the translated report to count as present', async () => (await item()).status === 'PRESENT');
    expect((await item()).versionId).toBe(original.id);
  });

  it('keeps a deleted document for retention but stops counting and serving it', async () => {
    const versionId = verified.get('IMAGING')!;
    const documentId = (
      await gateway<{ case: { documents: { id: string; kind: string }[] } }>(coordinator, `query($id: ID!) { case(id: $id) { documents { id kind } } }`, {
        id: caseId,
      })
    ).data!.case.documents.find((document) => document.kind === 'IMAGING')!.id;
    const deleted = await gateway(coordinator, `mutation($id: ID!) { deleteDocument(documentId: $id, reason: "uploaded to the wrong case") { id } }`, {
      id: documentId,
    });
    expect(deleted.errors).toBeUndefined();
    await eventually('imaging to count as missing', async () => (await checklist())?.missing.includes('IMAGING') ?? false);
    expect((await gateway(coordinator, `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: versionId })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
  it('caps the uploads waiting for their files per case, and lets unused tickets lapse', async () => {
    const bytes = aPng();
    const tickets: Ticket[] = [];
    let refused: { message: string; extensions?: Record<string, unknown> } | undefined;
    while (!refused && tickets.length < 25) {
      const answer = await requestUpload('OTHER', bytes, 'image/png');
      if (answer.errors) refused = answer.errors[0];
      else tickets.push(answer.data!.requestDocumentUpload);
    }
    expect(refused).toMatchObject({ message: expect.stringMatching(/already has 20 uploads waiting for their files/), extensions: { code: 'CONFLICT' } });

    clock.advanceDays(16 / 1440); // past the tickets' 15 minutes: they no longer count
    expect((await requestUpload('OTHER', bytes, 'image/png')).errors).toBeUndefined();
    clock.advanceDays(15 / 1440); // and past the time to complete them
    expect((await complete(tickets[0].versionId)).data!.completeDocumentUpload).toMatchObject({
      status: 'REJECTED',
      statusReason: expect.stringMatching(/ticket expired/),
    });
  }, 60_000);
});

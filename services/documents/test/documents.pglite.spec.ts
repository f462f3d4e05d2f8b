import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { CaseOpened, ChecklistEvaluated, DocumentQuarantined, DocumentVerified } from '@carta/contracts';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aPdf, anUploadRequest, identities } from '@carta/testing';
import { Checklist, ChecklistItem } from '../src/checklists/checklist.entity';
import { DocumentVersion } from '../src/documents/document.entity';
import { DocumentsService } from '../src/documents/documents.service';
import { parseUploadRequest } from '../src/documents/upload-request.input';
import { documentsService } from '../src/service';

/** Documents alone on PGlite (files under a temp dir): a checklist from CaseOpened, uploads verified by structure, the checklist following them. */
describe('documents (one service on PGlite)', () => {
  let documents: ServiceHarness;
  let service: DocumentsService;
  const coordinator = identities.coordinator('coord-documents');

  beforeAll(async () => {
    documents = await startServiceHarness(documentsService);
    service = documents.get(DocumentsService);
  }, 60_000);
  afterAll(() => documents?.close());

  /** A case as intake announces it: documents starts its checklist and learns who runs the case. */
  async function openedCase(caseId: string = randomUUID()): Promise<string> {
    await documents.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' },
      coordinatorId: coordinator.subject,
      openedAt: new Date().toISOString(),
    });
    return caseId;
  }

  async function upload(caseId: string, kind: string, bytes: Buffer): Promise<DocumentVersion> {
    const ticket = await service.requestUpload(
      coordinator,
      parseUploadRequest(anUploadRequest(caseId, kind, bytes, { recordDate: documents.clock.now().toISOString().slice(0, 10) })),
    );
    return service.streamUpload(coordinator, ticket.versionId, Readable.from(bytes));
  }

  it('starts an incomplete checklist when a case opens, once however often the event comes', async () => {
    const caseId = await openedCase();
    expect(await documents.dataSource.getRepository(Checklist).findOneByOrFail({ caseId })).toMatchObject({ completeness: 'INCOMPLETE' });
    const items = await documents.dataSource.getRepository(ChecklistItem).findBy({ caseId });
    expect(items.map((item) => item.status)).toEqual(items.map(() => 'MISSING'));
    const [evaluated] = await documents.outbox(ChecklistEvaluated, caseId);
    expect(evaluated.data).toMatchObject({ completeness: 'INCOMPLETE', missing: expect.arrayContaining(['PATHOLOGY_REPORT', 'BLOOD_PANEL']) });

    await openedCase(caseId); // the same case announced again (a replay): nothing new
    expect(await documents.dataSource.getRepository(Checklist).countBy({ caseId })).toBe(1);
    expect(await documents.outbox(ChecklistEvaluated, caseId)).toHaveLength(1);
  });

  it('verifies a real PDF, announces it and re-evaluates the checklist in the same transaction', async () => {
    const caseId = await openedCase();
    const version = await upload(caseId, 'PATHOLOGY_REPORT', aPdf('/Title (pathology)'));

    expect(version.status).toBe('VERIFIED');
    const [verified] = await documents.outbox(DocumentVerified, caseId);
    expect(verified.data).toMatchObject({ versionId: version.id, kind: 'PATHOLOGY_REPORT', contentType: 'application/pdf' });
    expect(await documents.dataSource.getRepository(ChecklistItem).findOneByOrFail({ caseId, kind: 'PATHOLOGY_REPORT' })).toMatchObject({
      status: 'PRESENT',
      versionId: version.id,
    });
    const evaluations = await documents.outbox(ChecklistEvaluated, caseId);
    expect(evaluations.at(-1)!.data.missing).not.toContain('PATHOLOGY_REPORT');
  });

  it('quarantines a PDF with active content: it never counts and is never announced as verified', async () => {
    const caseId = await openedCase();
    const version = await upload(caseId, 'BLOOD_PANEL', aPdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'));

    expect(version).toMatchObject({ status: 'QUARANTINED', statusReason: expect.stringMatching(/active content \(.*\/JavaScript.*\)/) });
    expect(await documents.outbox(DocumentVerified, caseId)).toEqual([]);
    expect(await documents.outbox(DocumentQuarantined, caseId)).toHaveLength(1);
    expect(await documents.dataSource.getRepository(ChecklistItem).findOneByOrFail({ caseId, kind: 'BLOOD_PANEL' })).toMatchObject({ status: 'MISSING' });
  });

  it('refuses an upload to a case the caller does not run', async () => {
    const caseId = await openedCase();
    const other = identities.coordinator('coord-not-assigned');
    const bytes = aPdf();
    await expect(service.requestUpload(other, parseUploadRequest(anUploadRequest(caseId, 'IMAGING', bytes)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await documents.dataSource.getRepository(DocumentVersion).findBy({ caseId })).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { AuditRecord } from '@carta/audit';
import { CaseOpened, CaseProfileChanged, ChecklistEvaluated, DocumentQuarantined, DocumentVerified } from '@carta/contracts';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aPdf, anUploadRequest, identities } from '@carta/testing';
import { CaseProfileRecord, Checklist, ChecklistItem } from '../src/checklists/checklist.entity';
import { ChecklistsService } from '../src/checklists/checklists.service';
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
  async function openedCase(caseId: string = randomUUID(), profile: { icd10?: string; priorCellularTherapy?: boolean | null } = {}): Promise<string> {
    const icd10 = profile.icd10 ?? 'C83.3';
    await documents.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10, description: icd10 === 'C16.9' ? 'Gastric cancer' : 'Diffuse large B-cell lymphoma' },
      coordinatorId: coordinator.subject,
      openedAt: new Date().toISOString(),
      ...('priorCellularTherapy' in profile ? { priorCellularTherapy: profile.priorCellularTherapy } : {}),
    });
    return caseId;
  }

  const itemOf = (caseId: string, kind: string) => documents.dataSource.getRepository(ChecklistItem).findOneByOrFail({ caseId, kind: kind as never });

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

  it('opens a batch of cases at once as one by one would: each its own profile and one announced checklist, an open case re-evaluated, a repeated case once', async () => {
    const checklists = documents.get(ChecklistsService);
    const reopened = await openedCase(randomUUID(), { icd10: 'C83.3' }); // already open, as a lymphoma
    const [lymphoma, gastric] = [randomUUID(), randomUUID()];
    const at = documents.clock.now();
    const later = new Date(at.getTime() + 60_000);
    await documents.dataSource.transaction((manager) =>
      checklists.openCases(manager, [
        { caseId: lymphoma, profile: { icd10: 'C83.3', priorCellularTherapy: false }, statedAt: at },
        { caseId: reopened, profile: { icd10: 'C16.9', priorCellularTherapy: false }, statedAt: later },
        { caseId: gastric, profile: { icd10: 'C16.9', priorCellularTherapy: false }, statedAt: at },
      ]),
    );
    expect(await itemOf(lymphoma, 'FLOW_CYTOMETRY')).toMatchObject({ status: 'MISSING', required: true });
    expect(await itemOf(gastric, 'FLOW_CYTOMETRY')).toMatchObject({ status: 'NOT_REQUIRED', required: false });
    expect(await itemOf(reopened, 'FLOW_CYTOMETRY')).toMatchObject({ status: 'NOT_REQUIRED', required: false }); // follows the newer profile
    expect(await documents.outbox(ChecklistEvaluated, lymphoma)).toHaveLength(1);
    expect(await documents.outbox(ChecklistEvaluated, gastric)).toHaveLength(1);
    expect(await documents.outbox(ChecklistEvaluated, reopened)).toHaveLength(2); // opened, then changed by the profile
    // An older statement of an open case's profile changes nothing: the newer one is kept, nothing re-evaluated.
    const earlier = new Date(at.getTime() - 60_000);
    await documents.dataSource.transaction((manager) =>
      checklists.openCases(manager, [{ caseId: reopened, profile: { icd10: 'C83.3', priorCellularTherapy: null }, statedAt: earlier }]),
    );
    expect(await documents.dataSource.getRepository(CaseProfileRecord).findOneByOrFail({ caseId: reopened })).toMatchObject({
      icd10: 'C16.9',
      priorCellularTherapy: false,
      statedAt: later,
    });
    expect(await itemOf(reopened, 'FLOW_CYTOMETRY')).toMatchObject({ status: 'NOT_REQUIRED' });
    expect(await documents.outbox(ChecklistEvaluated, reopened)).toHaveLength(2);

    // A case whose profile was stated after its opening, and heard first: its new checklist follows that later profile.
    const profiledFirst = randomUUID();
    await documents.dataSource.transaction((manager) =>
      checklists.recordProfile(manager, profiledFirst, { icd10: 'C16.9', priorCellularTherapy: false }, later),
    );
    await documents.dataSource.transaction((manager) =>
      checklists.openCases(manager, [{ caseId: profiledFirst, profile: { icd10: 'C83.3', priorCellularTherapy: null }, statedAt: at }]),
    );
    expect(await itemOf(profiledFirst, 'FLOW_CYTOMETRY')).toMatchObject({ status: 'NOT_REQUIRED', required: false });
    expect(await itemOf(profiledFirst, 'PRIOR_CELLULAR_THERAPY')).toMatchObject({ status: 'NOT_REQUIRED' });
    expect(await documents.outbox(ChecklistEvaluated, profiledFirst)).toHaveLength(1);

    const twice = randomUUID();
    await documents.dataSource.transaction((manager) =>
      checklists.openCases(manager, [
        { caseId: twice, profile: { icd10: 'C83.3', priorCellularTherapy: null }, statedAt: at },
        { caseId: twice, profile: { icd10: 'C16.9', priorCellularTherapy: false }, statedAt: later },
      ]),
    );
    expect(await documents.dataSource.getRepository(Checklist).countBy({ caseId: twice })).toBe(1);
    expect(await itemOf(twice, 'FLOW_CYTOMETRY')).toMatchObject({ status: 'NOT_REQUIRED' });
  });

  it('opens a batch of fresh cases in a fixed number of statements, however many it holds', async () => {
    const checklists = documents.get(ChecklistsService);
    const batch = (size: number) =>
      Array.from({ length: size }, () => ({ caseId: randomUUID(), profile: { icd10: 'C83.3', priorCellularTherapy: false }, statedAt: documents.clock.now() }));
    const statementsFor = (cases: ReturnType<typeof batch>) => documents.statements((context) => checklists.openCases(context.manager, cases));
    const fifty = batch(50);
    const [forOne, forFifty] = [await statementsFor(batch(1)), await statementsFor(fifty)];
    expect(forFifty).toBe(forOne);
    // profiles kept, checklists and their items inserted (one statement), outbox
    expect(forFifty).toBe(2);
    expect(await documents.dataSource.getRepository(ChecklistItem).countBy(fifty.map(({ caseId }) => ({ caseId, kind: 'FLOW_CYTOMETRY' as const })))).toBe(50);
    expect(await documents.outbox(ChecklistEvaluated, fifty[49].caseId)).toHaveLength(1);
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

  it("hands out an upload form on the platform's public origin, never the service's own port", async () => {
    const caseId = await openedCase();
    const bytes = aPdf();
    const ticket = await service.requestUpload(coordinator, parseUploadRequest(anUploadRequest(caseId, 'IMAGING', bytes)));
    // The harness leaves CARTA_PUBLIC_URL unset: the default public origin is the gateway's.
    expect(ticket.upload.url).toBe('http://127.0.0.1:4000/objects/documents');
    expect(ticket.upload.url).not.toContain(new URL(documents.running.url).host);
  });

  it('refuses an upload to a case the caller does not run', async () => {
    const caseId = await openedCase();
    const other = identities.coordinator('coord-not-assigned');
    const bytes = aPdf();
    await expect(service.requestUpload(other, parseUploadRequest(anUploadRequest(caseId, 'IMAGING', bytes)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await documents.dataSource.getRepository(DocumentVersion).findBy({ caseId })).toEqual([]);
  });

  describe('the checklist follows the disease', () => {
    it('asks a gastric cancer (C16.9) without prior cellular therapy for neither flow cytometry nor a prior-therapy record', async () => {
      const caseId = await openedCase(randomUUID(), { icd10: 'C16.9', priorCellularTherapy: false });
      expect(await itemOf(caseId, 'FLOW_CYTOMETRY')).toMatchObject({
        status: 'NOT_REQUIRED',
        required: false,
        requirementReason: expect.stringContaining('solid tumour'),
      });
      expect(await itemOf(caseId, 'PRIOR_CELLULAR_THERAPY')).toMatchObject({ status: 'NOT_REQUIRED', required: false });
      const [evaluated] = await documents.outbox(ChecklistEvaluated, caseId);
      expect(evaluated.data.missing).toEqual(['PATHOLOGY_REPORT', 'TREATMENT_HISTORY', 'BLOOD_PANEL', 'IMAGING']);
      expect(evaluated.data.notRequired).toEqual(['FLOW_CYTOMETRY', 'PRIOR_CELLULAR_THERAPY']);
    });

    it('asks a lymphoma for flow cytometry, and asks for the prior-therapy record while it is not known whether there was one', async () => {
      const caseId = await openedCase(randomUUID(), { icd10: 'C83.3' });
      expect(await itemOf(caseId, 'FLOW_CYTOMETRY')).toMatchObject({
        status: 'MISSING',
        required: true,
        requirementReason: expect.stringContaining('blood cancer'),
      });
      expect(await itemOf(caseId, 'PRIOR_CELLULAR_THERAPY')).toMatchObject({
        status: 'MISSING',
        required: true,
        requirementReason: 'whether the patient had a cellular therapy is not known yet',
      });
      // Intake corrects the profile: the checklist follows and says so.
      await documents.deliver(CaseProfileChanged, {
        caseId,
        diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' },
        priorCellularTherapy: false,
        changedAt: documents.clock.now().toISOString(),
      });
      expect(await itemOf(caseId, 'PRIOR_CELLULAR_THERAPY')).toMatchObject({ status: 'NOT_REQUIRED' });
      expect((await documents.outbox(ChecklistEvaluated, caseId)).at(-1)!.data.notRequired).toEqual(['PRIOR_CELLULAR_THERAPY']);
    });
  });

  describe('not applicable, with a reason', () => {
    let checklists: ChecklistsService;
    beforeAll(() => {
      checklists = documents.get(ChecklistsService);
    });

    it('lets the writer mark an item not applicable: it is shown with reason, by and at, never missing and never stale; clearing restores it', async () => {
      const caseId = await openedCase();
      await upload(caseId, 'IMAGING', aPdf('/Title (scan)'));
      const view = await checklists.markNotApplicable(coordinator, caseId, 'IMAGING', 'bone-marrow disease only: the site screens on marrow, not CT');
      expect(view.items.find((item) => item.kind === 'IMAGING')).toMatchObject({
        status: 'NOT_APPLICABLE',
        staleOn: null,
        notApplicable: { reason: 'bone-marrow disease only: the site screens on marrow, not CT', markedBy: coordinator.subject, markedAt: expect.any(Date) },
      });
      expect(view.notApplicable).toEqual(['IMAGING']);
      expect(view.missing).not.toContain('IMAGING');
      expect((await documents.outbox(ChecklistEvaluated, caseId)).at(-1)!.data.notApplicable).toEqual(['IMAGING']);
      expect(await documents.dataSource.getRepository(AuditRecord).findBy({ caseId, action: 'checklist.mark-not-applicable' })).toEqual([
        expect.objectContaining({ actor: coordinator.subject, targetType: 'checklist-item', targetId: 'IMAGING', outcome: 'ALLOWED' }),
      ]);

      documents.clock.advanceDays(90); // long past imaging's eight weeks
      await checklists.reevaluateDue();
      await documents.handle(({ manager }) => checklists.reevaluate(manager, caseId));
      expect(await itemOf(caseId, 'IMAGING')).toMatchObject({ status: 'NOT_APPLICABLE', staleOn: null });

      const cleared = await checklists.clearNotApplicable(coordinator, caseId, 'IMAGING');
      expect(cleared.items.find((item) => item.kind === 'IMAGING')).toMatchObject({ status: 'STALE', notApplicable: null });
      await expect(checklists.clearNotApplicable(coordinator, caseId, 'IMAGING')).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('lets only the case writer mark or clear, and refuses kinds every site reads', async () => {
      const caseId = await openedCase();
      const reason = 'no prior cellular therapy of any kind';
      await expect(checklists.markNotApplicable(identities.coordinator('coord-other'), caseId, 'PRIOR_CELLULAR_THERAPY', reason)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(checklists.markNotApplicable(identities.office('puth'), caseId, 'PRIOR_CELLULAR_THERAPY', reason)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(checklists.markNotApplicable(coordinator, caseId, 'PATHOLOGY_REPORT', reason)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await itemOf(caseId, 'FLOW_CYTOMETRY')).toMatchObject({ status: 'MISSING' });

      await checklists.markNotApplicable(coordinator, caseId, 'FLOW_CYTOMETRY', 'flow done abroad, not available; the site accepted IHC');
      await expect(checklists.clearNotApplicable(identities.coordinator('coord-other'), caseId, 'FLOW_CYTOMETRY')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await itemOf(caseId, 'FLOW_CYTOMETRY')).toMatchObject({ status: 'NOT_APPLICABLE' });
    });
  });
});

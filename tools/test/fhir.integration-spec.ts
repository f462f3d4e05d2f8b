import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Bundle, Observation } from 'fhir/r4';
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
import { buildFhirValidator, validateFhirFiles } from '../fhir-validator/validate';
import { RunningPlatform, startPlatform } from '../platform';
import { gatewayClient } from './gateway-client';

/**
 * FHIR R4 / mCODE export and import of the oncology summary, through the gateway on the real
 * engines; the export is validated by the HAPI FHIR validator offline (tools/fhir-validator).
 */
const engines = requireEngines();

const EXPORT = `query($id: ID!) { case(id: $id) { oncologySummaryFhir } }`;
const IMPORT = `mutation($caseId: ID!, $doc: ID!, $bundle: JSON!) { importSummaryFhir(caseId: $caseId, sourceDocumentId: $doc, bundle: $bundle) { id kind sourceReference sourceDocumentId source fact } }`;

describe('FHIR export and import through the gateway (real engines)', () => {
  const clock = new TestClock();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  let caseId: string;
  let work: string;
  const docs: Record<'labs' | 'pathology' | 'clinic' | 'history', string> = { labs: '', pathology: '', clinic: '', history: '' };
  const coordinator = identities.coordinator('coord-fhir');
  const colleague = identities.coordinator('coord-fhir-2');
  const admin = identities.admin('admin-fhir');
  const gateway = gatewayClient(() => platform);
  const daysAgo = (days: number) => addDays(todayOf(clock), -days);

  async function upload(kind: string, recordDate: string): Promise<string> {
    const bytes = (
      await renderPaper({ title: kind, footer: 'fhir spec', createdAt: new Date(), blocks: [{ kind: 'text', paragraphs: [`A ${kind.toLowerCase()}.`] }] })
    ).bytes;
    const ticket = await eventually('documents to accept the upload request', async () => {
      const answer = await gateway<{ requestDocumentUpload: { documentId: string; streamUploadPath: string } }>(
        coordinator,
        `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { documentId streamUploadPath } }`,
        {
          input: {
            caseId,
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
      return answer.data?.requestDocumentUpload ?? null;
    });
    const put = await fetch(`${platform.gateway.url.replace(/\/graphql$/, '')}${ticket.streamUploadPath}`, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${await platform.devIssuer.issue(coordinator)}` },
    });
    expect(put.status).toBe(200);
    return ticket.documentId;
  }

  /** Adds a fact once eligibility knows the case and the cited document. */
  const add = (fact: Record<string, unknown>) =>
    eventually('eligibility to accept the fact', async () => {
      const response = await gateway<{ addSummaryFact: { id: string } }>(
        coordinator,
        `mutation($caseId: ID!, $fact: JSON!) { addSummaryFact(caseId: $caseId, fact: $fact) { id } }`,
        {
          caseId,
          fact,
        },
      );
      if (response.errors?.[0].extensions?.code === 'NOT_FOUND' || /no document of this case/.test(response.errors?.[0].message ?? '')) return null;
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.addSummaryFact;
    });

  /** The test patient: a CLDN18.2-positive gastric adenocarcinoma after two lines (as eligibility.integration-spec). */
  const testPatient = () => [
    { kind: 'SEX', sex: 'female', observedOn: daysAgo(5), sourceDocumentId: docs.clinic },
    { kind: 'WEIGHT', value: 61, unit: 'kg', observedOn: daysAgo(5), sourceDocumentId: docs.clinic },
    { kind: 'DIAGNOSIS', icd10: 'C16.9', description: 'Gastric adenocarcinoma', observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
    { kind: 'HISTOLOGY', morphology: '8140/3', observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
    { kind: 'STAGE', stage: 'IV', system: 'AJCC 8', observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
    { kind: 'ECOG', value: 1, observedOn: daysAgo(5), sourceDocumentId: docs.clinic },
    { kind: 'LVEF', value: 62, observedOn: daysAgo(20), sourceDocumentId: docs.clinic },
    { kind: 'HER2', status: 'NEGATIVE', ihcScore: '1+', observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
    { kind: 'MARKER', marker: 'CLDN18.2', method: 'IHC', result: 'POSITIVE', percentPositive: 40, observedOn: daysAgo(60), sourceDocumentId: docs.pathology },
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
    {
      kind: 'PRIOR_THERAPY_EVENT',
      therapy: 'MAJOR_SURGERY',
      status: 'RECEIVED',
      date: '2024-12-01',
      agent: 'partial gastrectomy',
      observedOn: daysAgo(30),
      sourceDocumentId: docs.history,
    },
    { kind: 'CONDITION', condition: 'HEART_FAILURE', status: 'ABSENT', observedOn: daysAgo(5), sourceDocumentId: docs.clinic },
    { kind: 'SEROLOGY', test: 'HBSAG', result: 'NON_REACTIVE', observedOn: daysAgo(5), sourceDocumentId: docs.labs },
    { kind: 'LAB', analyte: 'anc', value: 2.1, unit: '10*3/uL', observedOn: daysAgo(5), sourceDocumentId: docs.labs },
    { kind: 'LAB', analyte: 'haemoglobin', value: 10.8, unit: 'g/dL', observedOn: daysAgo(5), sourceDocumentId: docs.labs },
    { kind: 'LAB', analyte: 'creatinine', value: 0.8, unit: 'mg/dL', referenceRange: { high: 1.1 }, observedOn: daysAgo(5), sourceDocumentId: docs.labs },
  ];

  beforeAll(async () => {
    // A fresh machine builds the validator here (Maven Central, the npm registry); later runs find it built.
    buildFhirValidator();
    work = mkdtempSync(path.join(tmpdir(), 'carta-fhir-'));
    database = await createTestDatabase(engines.databaseUrl);
    platform = await startPlatform(loadPlatformConfig(engineEnvironment(engines, database.url)), { ports: 'any', clock });
    caseId = (
      await gateway<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
        input: anOpenCaseInput({
          patient: aPatient({ familyName: 'Tanaka' }),
          diagnosis: aDiagnosis({ description: 'Gastric adenocarcinoma' }),
          coordinatorId: coordinator.subject,
        }),
      })
    ).data!.openCase.id;
    await eventually(
      'documents to know the case',
      async () => !(await gateway(coordinator, `query($id: ID!) { checklist(caseId: $id) { completeness } }`, { id: caseId })).errors,
      60_000,
    );
    docs.labs = await upload('BLOOD_PANEL', daysAgo(5));
    docs.pathology = await upload('PATHOLOGY_REPORT', daysAgo(60));
    docs.clinic = await upload('OTHER', daysAgo(5));
    docs.history = await upload('TREATMENT_HISTORY', daysAgo(30));
    for (const fact of testPatient()) await add(fact);
  }, 600_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('exports the test patient as an mCODE bundle the HAPI validator passes with no error beyond the allow-list', async () => {
    const answer = await gateway<{ case: { oncologySummaryFhir: Bundle } }>(coordinator, EXPORT, { id: caseId });
    expect(answer.errors).toBeUndefined();
    const bundle = answer.data!.case.oncologySummaryFhir;
    const kinds = bundle.entry!.map((entry) => entry.resource!.resourceType);
    expect(kinds.filter((kind) => kind === 'MedicationAdministration')).toHaveLength(3);
    expect(bundle.entry!.flatMap((entry) => entry.resource!.meta?.profile ?? [])).toEqual(
      expect.arrayContaining(
        ['cancer-patient', 'primary-cancer-condition', 'tnm-stage-group', 'tumor-marker-test', 'ecog-performance-status', 'cancer-disease-status'].map(
          (name) => `http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-${name}`,
        ),
      ),
    );
    // Pseudonymous: the case id, never the name or birth date intake holds.
    expect(JSON.stringify(bundle)).not.toMatch(/Tanaka|Mei/);

    // A control the validator must fail: a wrong ECOG code (mCODE's pattern) and a unit that is not UCUM.
    const broken = structuredClone(bundle);
    for (const entry of broken.entry!) {
      const resource = entry.resource as Observation;
      if (resource.meta?.profile?.[0]?.endsWith('mcode-ecog-performance-status')) resource.code = { coding: [{ system: 'http://loinc.org', code: '8480-6' }] };
      if (resource.valueQuantity?.code === 'mg/dL') resource.valueQuantity = { ...resource.valueQuantity, code: 'mg/decilitre' };
    }
    const exported = path.join(work, 'export.json');
    const control = path.join(work, 'control.json');
    writeFileSync(exported, JSON.stringify(bundle, null, 2));
    writeFileSync(control, JSON.stringify(broken, null, 2));

    const [report, controlReport] = validateFhirFiles([exported, control], (printed) => console.log(`HAPI FHIR validator printed:\n${printed}`));
    const count = (severity: string) => report.messages.filter((message) => message.severity === severity).length;
    console.log(
      `export: ${count('error')} errors (${report.allowListedErrors.length} allow-listed), ${count('warning')} warnings, ${count('information')} information; control: ${controlReport.unexplainedErrors.length} unexplained errors`,
    );
    expect(report.unexplainedErrors).toEqual([]);
    expect(controlReport.unexplainedErrors.map((message) => message.location)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Observation.*\.code/), expect.stringMatching(/valueQuantity|value\.ofType\(Quantity\)/)]),
    );
  }, 300_000);

  it('exports only to whoever may read the summary, and audits each export', async () => {
    const cover = await gateway<{ case: { oncologySummaryFhir: Bundle | null } }>(colleague, EXPORT, { id: caseId });
    expect(cover.data?.case.oncologySummaryFhir?.resourceType).toBe('Bundle');
    const office = await gateway<{ case: { oncologySummaryFhir: Bundle | null } }>(identities.office('puth'), EXPORT, { id: caseId });
    expect(office.data?.case?.oncologySummaryFhir ?? null).toBeNull();
    expect(office.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const analyst = await gateway(identities.analyst('analyst-fhir'), EXPORT, { id: caseId });
    expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const trail = await gateway<{ auditTrail: { eligibility: { action: string; actor: string; outcome: string }[] } }>(
      admin,
      `query($id: ID!) { auditTrail(caseId: $id) { eligibility { action actor outcome } } }`,
      { id: caseId },
    );
    const exports = trail.data!.auditTrail.eligibility.filter((entry) => entry.action === 'summary.fhir-export');
    expect(exports).toEqual(
      expect.arrayContaining([
        { action: 'summary.fhir-export', actor: coordinator.subject, outcome: 'ALLOWED' },
        { action: 'summary.fhir-export', actor: colleague.subject, outcome: 'ALLOWED' },
      ]),
    );
  });

  it('imports a bundle of labs and conditions as facts citing the document and keeping their source', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'Observation',
            identifier: [{ system: 'urn:lab:accession', value: 'PLT-7' }],
            status: 'final',
            code: { coding: [{ system: 'http://loinc.org', code: '777-3' }] },
            effectiveDateTime: `${daysAgo(3)}T07:00:00Z`,
            valueQuantity: { value: 182, unit: '10*9/L', system: 'http://unitsofmeasure.org', code: '10*9/L' },
          },
        },
        {
          resource: {
            resourceType: 'Condition',
            id: 'htn-1',
            clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
            code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'I10' }] },
            recordedDate: daysAgo(3),
          },
        },
      ],
    };
    const imported = await gateway<{ importSummaryFhir: { id: string; kind: string; sourceReference: string; sourceDocumentId: string; source: string }[] }>(
      coordinator,
      IMPORT,
      {
        caseId,
        doc: docs.labs,
        bundle,
      },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importSummaryFhir.map(({ kind, sourceReference, sourceDocumentId }) => ({ kind, sourceReference, sourceDocumentId }))).toEqual([
      { kind: 'LAB', sourceReference: 'urn:lab:accession|PLT-7', sourceDocumentId: docs.labs },
      { kind: 'CONDITION', sourceReference: 'Condition/htn-1', sourceDocumentId: docs.labs },
    ]);
    const summary = await gateway<{
      case: { oncologySummary: { labs: { analyte: string; value: number }[]; facts: { kind: string; sourceReference: string | null }[] } };
    }>(coordinator, `query($id: ID!) { case(id: $id) { oncologySummary { labs { analyte value } facts { kind sourceReference } } } }`, { id: caseId });
    expect(summary.data!.case.oncologySummary.labs).toContainEqual({ analyte: 'platelets', value: 182 });
    expect(
      summary
        .data!.case.oncologySummary.facts.filter((fact) => fact.sourceReference)
        .map((fact) => fact.sourceReference)
        .sort(),
    ).toEqual(['Condition/htn-1', 'urn:lab:accession|PLT-7']);

    // The same resource again is CONFLICT; nothing of that bundle is written.
    const again = await gateway(coordinator, IMPORT, { caseId, doc: docs.labs, bundle });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'bundle.entry[0].resource' });
  });

  it('refuses bad bundles with a path and a stable code, and anyone but the case’s writers', async () => {
    const lab = (valueQuantity: Record<string, unknown>) => ({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'Observation',
            id: randomUUID(),
            status: 'final',
            code: { coding: [{ system: 'http://loinc.org', code: '2160-0' }] },
            effectiveDateTime: daysAgo(2),
            valueQuantity,
          },
        },
      ],
    });
    // The domain's own check (a unit creatinine is not measured in), named where it is in the bundle.
    const wrongUnit = await gateway(coordinator, IMPORT, {
      caseId,
      doc: docs.labs,
      bundle: lab({ value: 1, system: 'http://unitsofmeasure.org', code: 'kg' }),
    });
    expect(wrongUnit.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^bundle\.entry\[0\]\.resource\.valueQuantity\.code: /),
      extensions: { code: 'BAD_USER_INPUT', field: 'bundle.entry[0].resource.valueQuantity.code' },
    });
    const notABundle = await gateway(coordinator, IMPORT, { caseId, doc: docs.labs, bundle: { resourceType: 'Patient' } });
    expect(notABundle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bundle' });
    const unverified = await gateway(coordinator, IMPORT, { caseId, doc: randomUUID(), bundle: lab({ value: 1, code: 'mg/dL' }) });
    expect(unverified.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceDocumentId' });
    const colleagueWrite = await gateway(colleague, IMPORT, { caseId, doc: docs.labs, bundle: lab({ value: 1, code: 'mg/dL' }) });
    expect(colleagueWrite.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

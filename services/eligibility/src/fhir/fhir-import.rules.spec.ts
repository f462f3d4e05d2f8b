import type { Bundle, FhirResource } from 'fhir/r4';
import { DomainError } from '@carta/domain';
import { parseSummaryFact } from '../screening/oncology-summary.rules';
import { CASE_ID, exportedFacts } from './fhir.fixture';
import { bundlePathOf, factsFromFhirBundle, InvalidFhirBundle, MAX_IMPORT_ENTRIES } from './fhir-import.rules';
import { oncologySummaryBundle } from './oncology-fhir.rules';

const DOCUMENT = '22222222-2222-4222-8222-222222222222';
const TODAY = '2026-11-22';

const lab = (overrides: Record<string, unknown> = {}) => ({
  resourceType: 'Observation',
  id: 'lab-1',
  identifier: [{ system: 'urn:lab:accession', value: 'A-1' }],
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '2160-0' }] },
  effectiveDateTime: '2026-11-10T08:30:00Z',
  valueQuantity: { value: 1.1, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
  referenceRange: [{ high: { value: 1.2, system: 'http://unitsofmeasure.org', code: 'mg/dL' } }],
  ...overrides,
});
const bundle = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

/** The refusal's field, or fails the test when nothing was refused. */
function refusal(run: () => unknown): { field: unknown; message: string; code: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidFhirBundle);
    const domain = error as DomainError;
    return { field: domain.details?.field, message: domain.message, code: domain.code };
  }
  throw new Error('expected a refusal');
}

describe('factsFromFhirBundle', () => {
  it('reads a lab as a LAB fact citing the document and keeping the resource’s identifier', () => {
    const [imported] = factsFromFhirBundle(bundle(lab()), DOCUMENT);
    expect(imported.sourceReference).toBe('urn:lab:accession|A-1');
    expect(parseSummaryFact(imported.raw, { today: TODAY })).toEqual({
      kind: 'LAB',
      analyte: 'creatinine',
      value: 1.1,
      unit: 'mg/dL',
      referenceRange: { high: 1.2 },
      observedOn: '2026-11-10',
      sourceDocumentId: DOCUMENT,
    });
  });

  it('falls back to <type>/<id> when the resource has no identifier', () => {
    const [imported] = factsFromFhirBundle(bundle(lab({ identifier: undefined })), DOCUMENT);
    expect(imported.sourceReference).toBe('Observation/lab-1');
  });

  it('reads back every lab and the diagnosis of Carta’s own export', () => {
    const facts = exportedFacts();
    const exported = oncologySummaryBundle({
      caseId: CASE_ID,
      facts,
      birthYearMonth: null,
      caseDiagnosisIcd10: 'C16.9',
      exportedAt: `${TODAY}T00:00:00Z`,
    }) as Bundle<FhirResource>;
    const labsOnly = {
      ...exported,
      entry: exported.entry!.filter(
        (entry) =>
          entry.resource?.resourceType === 'Patient' ||
          (entry.resource?.resourceType === 'Observation' &&
            entry.resource.category?.[0].coding?.[0].code === 'laboratory' &&
            entry.resource.valueQuantity !== undefined &&
            !entry.resource.meta?.profile),
      ),
    };
    const imported = factsFromFhirBundle(labsOnly, DOCUMENT).map((item) => parseSummaryFact(item.raw, { today: TODAY }));
    const originalLabs = facts.filter((item) => item.fact.kind === 'LAB').map((item) => ({ ...item.fact, sourceDocumentId: DOCUMENT }));
    expect(imported).toEqual(expect.arrayContaining(originalLabs));
    expect(imported).toHaveLength(originalLabs.length);

    const primary = exported.entry!.find((entry) => entry.resource?.meta?.profile?.some((profile) => profile.endsWith('primary-cancer-condition')))!;
    const fromCondition = factsFromFhirBundle(bundle(primary.resource), DOCUMENT).map((item) => item.raw);
    expect(fromCondition).toEqual([
      { kind: 'DIAGNOSIS', icd10: 'C16.9', description: 'Gastric adenocarcinoma', observedOn: '2026-10-01', sourceDocumentId: DOCUMENT },
      { kind: 'HISTOLOGY', morphology: '8140/3', observedOn: '2026-10-01', sourceDocumentId: DOCUMENT },
    ]);
  });

  it('reads a refuted comorbidity as ABSENT and a resolved one as HISTORY', () => {
    const condition = (id: string, extra: Record<string, unknown>) => ({
      resourceType: 'Condition',
      id,
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I50.9' }] },
      recordedDate: '2026-11-01',
      ...extra,
    });
    const facts = factsFromFhirBundle(
      bundle(
        condition('a', { verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'refuted' }] } }),
        condition('b', {
          clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'resolved' }] },
          onsetDateTime: '2020-01-01',
        }),
      ),
      DOCUMENT,
    ).map((item) => item.raw);
    expect(facts).toEqual([
      { kind: 'CONDITION', icd10: 'I50.9', status: 'ABSENT', observedOn: '2026-11-01', sourceDocumentId: DOCUMENT },
      { kind: 'CONDITION', icd10: 'I50.9', status: 'HISTORY', onset: '2020-01-01', observedOn: '2026-11-01', sourceDocumentId: DOCUMENT },
    ]);
  });

  it.each([
    ['not a bundle', { resourceType: 'Patient' }, 'bundle'],
    ['no entries', { resourceType: 'Bundle', type: 'collection', entry: [] }, 'bundle.entry'],
    ['a bad type', { ...bundle(lab()), type: 'pile' }, 'bundle.type'],
    [
      'too many entries',
      bundle(...Array.from({ length: MAX_IMPORT_ENTRIES + 1 }, (_, index) => lab({ id: `l${index}`, identifier: undefined }))),
      'bundle.entry',
    ],
    ['a medication', bundle({ resourceType: 'MedicationRequest', id: 'm' }), 'bundle.entry[0].resource.resourceType'],
    ['a preliminary result', bundle(lab({ status: 'preliminary' })), 'bundle.entry[0].resource.status'],
    ['no LOINC code', bundle(lab({ code: { coding: [{ system: 'urn:local', code: 'CREA' }] } })), 'bundle.entry[0].resource.code'],
    ['an unknown LOINC code', bundle(lab({ code: { coding: [{ system: 'http://loinc.org', code: '1-8' }] } })), 'bundle.entry[0].resource.code'],
    ['a non-UCUM unit', bundle(lab({ valueQuantity: { value: 1, system: 'urn:local', code: 'mgdl' } })), 'bundle.entry[0].resource.valueQuantity.system'],
    ['a range in another unit', bundle(lab({ referenceRange: [{ high: { value: 110, code: 'umol/L' } }] })), 'bundle.entry[0].resource.referenceRange[0].high'],
    ['no date', bundle(lab({ effectiveDateTime: undefined })), 'bundle.entry[0].resource.effectiveDateTime'],
    ['a month-only date', bundle(lab({ effectiveDateTime: '2026-11' })), 'bundle.entry[0].resource.effectiveDateTime'],
    ['no identifier nor id', bundle(lab({ identifier: undefined, id: undefined })), 'bundle.entry[0].resource.identifier'],
    ['the same resource twice', bundle(lab(), lab()), 'bundle.entry[1].resource.identifier'],
    [
      'a condition without ICD-10',
      bundle({ resourceType: 'Condition', id: 'c', code: { coding: [{ system: 'http://snomed.info/sct', code: '363349007' }] } }),
      'bundle.entry[0].resource.code',
    ],
  ])('refuses %s with its path', (_, input, field) => {
    const refused = refusal(() => factsFromFhirBundle(input, DOCUMENT));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(refused.message.startsWith(`${field}: `)).toBe(true);
  });

  it('refuses a bundle over the size limit', () => {
    const huge = bundle(lab({ code: { coding: [{ system: 'http://loinc.org', code: '2160-0' }], text: 'x'.repeat(300 * 1024) } }));
    expect(refusal(() => factsFromFhirBundle(huge, DOCUMENT)).field).toBe('bundle');
  });

  it('skips Patient entries but refuses a bundle with nothing to import', () => {
    expect(refusal(() => factsFromFhirBundle(bundle({ resourceType: 'Patient', id: 'p' }), DOCUMENT)).field).toBe('bundle.entry');
    expect(factsFromFhirBundle(bundle({ resourceType: 'Patient', id: 'p' }, lab()), DOCUMENT)).toHaveLength(1);
  });

  it('names a field the summary refuses where it is in the bundle', () => {
    const [imported] = factsFromFhirBundle(
      bundle({ resourceType: 'Patient', id: 'p' }, lab({ valueQuantity: { value: 1, code: 'kg' }, referenceRange: undefined })),
      DOCUMENT,
    );
    expect(() => parseSummaryFact(imported.raw, { today: TODAY })).toThrow(expect.objectContaining({ path: 'lab.unit' }));
    expect(bundlePathOf(imported, 'lab.unit')).toBe('bundle.entry[1].resource.valueQuantity.code');
    expect(bundlePathOf(imported, 'lab.referenceRange.high')).toBe('bundle.entry[1].resource.referenceRange[0]');
  });
});

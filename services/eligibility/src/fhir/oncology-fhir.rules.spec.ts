import type { BundleEntry, Condition, FhirResource, MedicationAdministration, Observation, Patient } from 'fhir/r4';
import { DOCS, fact } from '../screening/facts.fixture';
import { CASE_ID, exportedFacts } from './fhir.fixture';
import { LINE_OF_THERAPY_EXTENSION, MCODE } from './fhir-codes';
import { derivedId, ExportedFact, oncologySummaryBundle } from './oncology-fhir.rules';

const EXPORTED_AT = '2026-11-22T10:00:00.000Z';
const bundleOf = (facts: ExportedFact[] = exportedFacts(), extra: { birthYearMonth?: string | null; caseDiagnosisIcd10?: string | null } = {}) =>
  oncologySummaryBundle({
    caseId: CASE_ID,
    facts,
    birthYearMonth: extra.birthYearMonth === undefined ? '1968-03' : extra.birthYearMonth,
    caseDiagnosisIcd10: extra.caseDiagnosisIcd10 === undefined ? 'C16.9' : extra.caseDiagnosisIcd10,
    exportedAt: EXPORTED_AT,
  });
const resources = (facts?: ExportedFact[], extra?: Parameters<typeof bundleOf>[1]) =>
  (bundleOf(facts, extra).entry ?? []).map((entry: BundleEntry<FhirResource>) => entry.resource!);
const profiled = <T>(profile: string, facts?: ExportedFact[]) => resources(facts).filter((resource) => resource.meta?.profile?.includes(MCODE(profile))) as T[];
const withId = (items: ReturnType<typeof fact>[]) => items.map((item, index) => ({ id: derivedId('test', index), fact: item }));

describe('oncologySummaryBundle', () => {
  it('is an mCODE patient bundle of type collection, every reference resolving inside it', () => {
    const bundle = bundleOf();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: EXPORTED_AT, meta: { profile: [MCODE('patient-bundle')] } });
    const fullUrls = new Set(bundle.entry!.map((entry) => entry.fullUrl));
    expect(fullUrls.size).toBe(bundle.entry!.length);
    const references = JSON.stringify(bundle)
      .match(/"reference":"[^"]+"/g)!
      .map((match) => match.slice(13, -1));
    expect(references.length).toBeGreaterThan(20);
    for (const reference of references) expect(fullUrls).toContain(reference);
  });

  it('makes the patient pseudonymous: the case id, a masked name, sex and birth month only', () => {
    const [patient] = profiled<Patient>('cancer-patient');
    expect(patient).toEqual({
      resourceType: 'Patient',
      id: CASE_ID,
      meta: { profile: [MCODE('cancer-patient')] },
      identifier: [{ system: 'urn:carta:case', value: CASE_ID }],
      name: [{ extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'masked' }] }],
      gender: 'female',
      birthDate: '1968-03',
    });
  });

  it('cuts a full birth date to its month and says unknown for an unrecorded sex', () => {
    const facts = withId([fact('BIRTH_DATE', { birthDate: '1970-05-17' }, '2026-10-01', DOCS.passport)]);
    const [patient] = resources(facts, { birthYearMonth: null }) as Patient[];
    expect(patient.birthDate).toBe('1970-05');
    expect(patient.gender).toBe('unknown');
  });

  it('gives the primary cancer its ICD-10 code, ICD-O-3 histology and stage', () => {
    const [condition] = profiled<Condition>('primary-cancer-condition');
    expect(condition.code).toEqual({ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'C16.9' }], text: 'Gastric adenocarcinoma' });
    expect(condition.extension).toEqual([
      {
        url: MCODE('histology-morphology-behavior'),
        valueCodeableConcept: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/icd-o-3', code: '8140/3' }], text: 'Adenocarcinoma, NOS' },
      },
    ]);
    const [stage] = profiled<Observation>('tnm-stage-group');
    expect(condition.stage).toEqual([{ summary: { text: 'IV' }, assessment: [{ reference: `urn:uuid:${stage.id}` }] }]);
    expect(stage.method?.coding?.[0].code).toBe('897275008');
    expect(stage.focus).toEqual([{ reference: `urn:uuid:${condition.id}` }]);
  });

  it('falls back to the case diagnosis, and stages other systems as CancerStage', () => {
    const facts = withId([fact('STAGE', { stage: 'R-ISS III', system: 'R-ISS' }, '2026-10-01', DOCS.pathology)]);
    const [condition] = profiled<Condition>('primary-cancer-condition', facts);
    expect(condition.code?.coding).toEqual([{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'C16.9' }]);
    expect(profiled('tnm-stage-group', facts)).toHaveLength(0);
    const [stage] = profiled<Observation>('cancer-stage', facts);
    expect(stage).toMatchObject({ valueCodeableConcept: { text: 'R-ISS III' }, method: { text: 'R-ISS' }, focus: [{ reference: `urn:uuid:${condition.id}` }] });
  });

  it('codes labs in LOINC with UCUM quantities and the lab’s range in the same unit', () => {
    const creatinine = resources().find((resource) => resource.resourceType === 'Observation' && resource.code.coding?.[0]?.code === '2160-0') as Observation;
    expect(creatinine).toMatchObject({
      status: 'final',
      category: [{ coding: [{ code: 'laboratory' }] }],
      effectiveDateTime: '2026-11-18',
      valueQuantity: { value: 0.9, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
      referenceRange: [{ high: { value: 1.2, system: 'http://unitsofmeasure.org', code: 'mg/dL' } }],
      meta: { source: `urn:carta:document:${DOCS.labs}` },
    });
    expect(creatinine.identifier?.[0].system).toBe('urn:carta:summary-fact');
  });

  it('records tumour markers with a SNOMED CT result and their share positive', () => {
    const markers = profiled<Observation>('tumor-marker-test');
    const cldn = markers.find((marker) => marker.code.coding?.[0].code === 'CLDN18.2')!;
    expect(cldn.valueCodeableConcept?.coding).toEqual([{ system: 'http://snomed.info/sct', code: '10828004', display: 'Positive' }]);
    expect(cldn.component?.[0].valueQuantity).toMatchObject({ value: 40, code: '%' });
    const her2 = markers.find((marker) => marker.code.coding?.[0].code === 'ERBB2')!;
    expect(her2.valueCodeableConcept?.coding?.[0].code).toBe('260385009');
  });

  it('gives ECOG its mCODE profile and LOINC code', () => {
    const [ecog] = profiled<Observation>('ecog-performance-status');
    expect(ecog).toMatchObject({ code: { coding: [{ system: 'http://loinc.org', code: '89247-1' }] }, valueInteger: 1 });
  });

  it('makes each line of therapy one administration per drug, numbered by start date, carrying the line extension', () => {
    const administrations = profiled<MedicationAdministration>('cancer-related-medication-administration');
    expect(administrations.map((item) => item.medicationCodeableConcept?.text)).toEqual(['oxaliplatin', 'capecitabine', 'nivolumab']);
    const line = (item: MedicationAdministration) => item.extension?.find((extension) => extension.url === LINE_OF_THERAPY_EXTENSION)?.extension;
    expect(administrations.map((item) => line(item)?.find((part) => part.url === 'number')?.valuePositiveInt)).toEqual([1, 1, 2]);
    expect(line(administrations[2])?.find((part) => part.url === 'bestResponse')?.valueCodeableConcept?.coding?.[0].code).toBe('PD');
    expect(administrations[0]).toMatchObject({
      status: 'stopped',
      statusReason: [{ coding: [{ code: '266721009' }] }],
      effectivePeriod: { start: '2025-01-10', end: '2025-06-20' },
    });
    expect(new Set(administrations.map((item) => item.id)).size).toBe(3);
  });

  it('derives the disease status from the last line: worsened, refractory', () => {
    const [status] = profiled<Observation>('cancer-disease-status');
    expect(status.valueCodeableConcept?.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '271299001', display: "Patient's condition worsened (finding)" },
      { system: 'urn:carta:disease-status', code: 'REFRACTORY' },
    ]);
    expect(status.effectiveDateTime).toBe('2025-12-01');
  });

  it('leaves out what has no FHIR home: life expectancy, a therapy never received', () => {
    const all = resources();
    const sources = all.flatMap((resource) =>
      'identifier' in resource && Array.isArray(resource.identifier) ? resource.identifier.map((item) => item.value) : [],
    );
    const lifeExpectancy = exportedFacts().find((item) => item.fact.kind === 'LIFE_EXPECTANCY')!;
    const neverCarT = exportedFacts().find((item) => item.fact.kind === 'PRIOR_THERAPY_EVENT' && item.fact.status === 'NEVER_RECEIVED')!;
    expect(sources).not.toContain(lifeExpectancy.id);
    expect(sources).not.toContain(neverCarT.id);
    expect(all.filter((resource) => resource.resourceType === 'Procedure')).toHaveLength(1);
  });

  it('exports a refuted comorbidity without a clinical status', () => {
    const absent = resources().find(
      (resource) => resource.resourceType === 'Condition' && resource.verificationStatus?.coding?.[0].code === 'refuted',
    ) as Condition;
    expect(absent.clinicalStatus).toBeUndefined();
    expect(absent.code?.coding).toEqual([{ system: 'urn:carta:condition', code: 'HEART_FAILURE' }]);
  });
});

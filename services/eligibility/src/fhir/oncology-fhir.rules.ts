import { createHash } from 'node:crypto';
import type {
  Bundle,
  CodeableConcept,
  Coding,
  Condition,
  Extension,
  FhirResource,
  MedicationAdministration,
  Observation,
  ObservationComponent,
  Patient,
  Procedure,
  Quantity,
  Reference,
} from 'fhir/r4';
import { analyteDefinition, MARKERS, SEROLOGY_TESTS, UNITS, UcumUnit, VIRAL_LOAD_ANALYTE } from '@carta/domain';
import { diseaseStatus, FactOf, SummaryFact } from '../screening/oncology-summary.rules';
import {
  AJCC_EDITIONS,
  carta,
  CONDITION_CATEGORY,
  CONDITION_CLINICAL,
  CONDITION_VERIFICATION,
  DATA_ABSENT_REASON,
  ICD10,
  ICD_O_3,
  LINE_OF_THERAPY_EXTENSION,
  LOINC,
  MCODE,
  MEASUREMENT_LOINC,
  OBSERVATION_CATEGORY,
  SNOMED_CODES,
  UCUM,
} from './fhir-codes';

/** One current fact of the summary with the id of its row (the resources it becomes are named after it). */
export interface ExportedFact {
  id: string;
  fact: SummaryFact;
}

export interface OncologyExportInput {
  caseId: string;
  /** The facts that count (current, their document not deleted). */
  facts: readonly ExportedFact[];
  /** YYYY-MM recorded at intake, or null. */
  birthYearMonth: string | null;
  /** The diagnosis the case was opened with: the primary cancer when no DIAGNOSIS fact was recorded. */
  caseDiagnosisIcd10: string | null;
  /** ISO instant of the export (Bundle.timestamp). */
  exportedAt: string;
}

const ref = (id: string, display?: string): Reference => ({ reference: `urn:uuid:${id}`, ...(display ? { display } : {}) });

/** A stable UUID for the n-th resource made from one fact (a line of therapy gives one per drug). */
export function derivedId(seed: string, n: number): string {
  const hex = createHash('sha256').update(`${seed}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const quantity = (value: number, unit: string): Quantity => ({
  value,
  unit: unit in UNITS ? UNITS[unit as UcumUnit].display || unit : unit,
  system: UCUM,
  code: unit,
});

const category = (code: string): CodeableConcept[] => [{ coding: [{ system: OBSERVATION_CATEGORY, code }] }];
const cartaConcept = (name: string, code: string, text?: string): CodeableConcept => ({ coding: [{ system: carta(name), code }], ...(text ? { text } : {}) });
const newestFirst = <T extends ExportedFact>(facts: T[]) => [...facts].sort((a, b) => b.fact.observedOn.localeCompare(a.fact.observedOn));

/**
 * A case's oncology summary as a FHIR R4 Bundle (type collection) conforming to mCODE STU4's
 * patient bundle: a pseudonymous CancerPatient (no name, only `urn:carta:case`; sex; birth month),
 * the PrimaryCancerCondition (ICD-10, ICD-O-3 histology), its stage (TNMStageGroup for AJCC/TNM,
 * CancerStage otherwise), TumorMarkerTests, ECOG / Karnofsky, labs with LOINC and UCUM, each line of
 * therapy as CancerRelatedMedicationAdministrations (one per drug) carrying Carta's line-of-therapy
 * extension, prior therapies as Procedures, comorbidities as Conditions, and CancerDiseaseStatus.
 * Every resource names its fact (`identifier` urn:carta:summary-fact) and document (`meta.source`).
 */
export function oncologySummaryBundle(input: OncologyExportInput): Bundle<FhirResource> {
  const byKind = <K extends SummaryFact['kind']>(kind: K) =>
    newestFirst(input.facts.filter((item) => item.fact.kind === kind)) as { id: string; fact: FactOf<K> }[];
  const patientId = input.caseId;
  const subject = ref(patientId);
  const resources: FhirResource[] = [];
  const provenance = ({ id, fact }: ExportedFact) => ({
    meta: { source: carta(`document:${fact.sourceDocumentId}`) },
    identifier: [{ system: carta('summary-fact'), value: id }],
  });
  const withProfile = <T extends { meta?: { source?: string } }>(resource: T, profile: string | undefined): T =>
    profile ? { ...resource, meta: { ...resource.meta, profile: [profile] } } : resource;

  // Patient: pseudonymous. US Core requires a name: it is present only as "masked".
  const sex = byKind('SEX')[0]?.fact.sex;
  const birth = input.birthYearMonth ?? byKind('BIRTH_DATE')[0]?.fact.birthDate.slice(0, 7);
  const patient: Patient = {
    resourceType: 'Patient',
    id: patientId,
    meta: { profile: [MCODE('cancer-patient')] },
    identifier: [{ system: carta('case'), value: input.caseId }],
    name: [{ extension: [{ url: DATA_ABSENT_REASON, valueCode: 'masked' }] }],
    gender: sex ?? 'unknown',
    ...(birth ? { birthDate: birth } : {}),
  };
  resources.push(patient);

  // The primary cancer: the newest DIAGNOSIS fact, else the case's own diagnosis.
  const diagnosis = byKind('DIAGNOSIS')[0];
  const histology = byKind('HISTOLOGY')[0];
  const icd10 = diagnosis?.fact.icd10 ?? input.caseDiagnosisIcd10;
  const conditionId = icd10 ? (diagnosis ? diagnosis.id : derivedId(`${input.caseId}:diagnosis`, 0)) : undefined;
  const stageFact = byKind('STAGE')[0];
  const stageId = stageFact ? stageFact.id : undefined;
  if (icd10 && conditionId) {
    const condition: Condition = {
      resourceType: 'Condition',
      id: conditionId,
      ...(diagnosis ? provenance(diagnosis) : { identifier: [{ system: carta('case-diagnosis'), value: input.caseId }] }),
      ...(histology
        ? {
            extension: [
              {
                url: MCODE('histology-morphology-behavior'),
                valueCodeableConcept: {
                  coding: [{ system: ICD_O_3, code: histology.fact.morphology }],
                  ...(histology.fact.description ? { text: histology.fact.description } : {}),
                },
              },
            ],
          }
        : {}),
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'active' }] },
      verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed' }] },
      category: [{ coding: [{ system: CONDITION_CATEGORY, code: 'problem-list-item' }] }],
      code: { coding: [{ system: ICD10, code: icd10 }], ...(diagnosis?.fact.description ? { text: diagnosis.fact.description } : {}) },
      subject,
      ...(diagnosis ? { recordedDate: diagnosis.fact.observedOn } : {}),
      ...(stageFact && stageId ? { stage: [{ summary: { text: stageFact.fact.stage }, assessment: [ref(stageId)] }] } : {}),
    };
    resources.push(withProfile(condition, MCODE('primary-cancer-condition')));
  }

  if (stageFact && stageId) resources.push(stageObservation(stageFact, subject, conditionId, provenance(stageFact)));

  for (const item of [...byKind('MARKER'), ...byKind('HER2')]) resources.push(markerObservation(item, subject, provenance(item)));

  for (const item of byKind('ECOG'))
    resources.push(
      withProfile(
        measurement(item, subject, provenance(item), { loinc: MEASUREMENT_LOINC.ECOG, text: 'ECOG performance status', category: 'survey' }),
        MCODE('ecog-performance-status'),
      ),
    );
  for (const item of byKind('KARNOFSKY'))
    resources.push(
      withProfile(
        measurement(item, subject, provenance(item), { loinc: MEASUREMENT_LOINC.KARNOFSKY, text: 'Karnofsky performance status', category: 'survey' }),
        MCODE('karnofsky-performance-status'),
      ),
    );
  for (const item of byKind('LVEF'))
    resources.push(
      measurement(item, subject, provenance(item), {
        loinc: MEASUREMENT_LOINC.LVEF,
        text: 'Left ventricular ejection fraction',
        category: 'imaging',
        unit: '%',
      }),
    );
  for (const item of byKind('SPO2'))
    resources.push(
      measurement(item, subject, provenance(item), { loinc: MEASUREMENT_LOINC.SPO2, text: 'Oxygen saturation (SpO2)', category: 'vital-signs', unit: '%' }),
    );
  for (const item of byKind('WEIGHT'))
    resources.push(
      measurement(item, subject, provenance(item), { loinc: MEASUREMENT_LOINC.WEIGHT, text: 'Body weight', category: 'vital-signs', unit: item.fact.unit }),
    );
  for (const item of byKind('HEIGHT'))
    resources.push(
      measurement(item, subject, provenance(item), { loinc: MEASUREMENT_LOINC.HEIGHT, text: 'Body height', category: 'vital-signs', unit: item.fact.unit }),
    );

  for (const item of byKind('LAB')) resources.push(labObservation(item, subject, provenance(item)));
  for (const item of byKind('SEROLOGY')) resources.push(serologyObservation(item, subject, provenance(item)));
  for (const item of byKind('VIRAL_LOAD')) resources.push(viralLoadObservation(item, subject, provenance(item)));

  const lines = [...byKind('LINE_OF_THERAPY')].sort((a, b) => a.fact.start.localeCompare(b.fact.start) || a.id.localeCompare(b.id));
  lines.forEach((line, index) => resources.push(...lineOfTherapy(line, index + 1, subject, conditionId, icd10, provenance(line))));

  for (const item of byKind('PRIOR_THERAPY_EVENT')) {
    const procedure = priorTherapy(item, subject, provenance(item));
    if (procedure) resources.push(procedure);
  }
  for (const item of byKind('CONDITION')) resources.push(comorbidity(item, subject, provenance(item)));

  if (lines.length > 0) resources.push(diseaseStatusObservation(lines, subject, conditionId, input.caseId));

  return {
    resourceType: 'Bundle',
    meta: { profile: [MCODE('patient-bundle')] },
    identifier: { system: carta('fhir-export'), value: input.caseId },
    type: 'collection',
    timestamp: input.exportedAt,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}

type Provenance = { meta: { source: string }; identifier: { system: string; value: string }[] };

/** TNM (AJCC/UICC) as mCODE's TNMStageGroup with its edition when known; any other system (R-ISS, Ann Arbor, …) as CancerStage. */
function stageObservation(item: { id: string; fact: FactOf<'STAGE'> }, subject: Reference, conditionId: string | undefined, source: Provenance): Observation {
  const { stage, system, observedOn } = item.fact;
  const tnm = conditionId !== undefined && (system === undefined || /\b(AJCC|TNM|UICC)\b/i.test(system));
  const edition = system?.match(/\b(?:AJCC|TNM|UICC)\s*(?:v|ed\.?|edition)?\s*([678])\b/i)?.[1];
  const method: CodeableConcept | undefined = edition ? { coding: [AJCC_EDITIONS[edition]], text: system } : { text: system ?? 'TNM (edition not recorded)' };
  return {
    resourceType: 'Observation',
    id: item.id,
    ...source,
    meta: { ...source.meta, profile: [MCODE(tnm ? 'tnm-stage-group' : 'cancer-stage')] },
    status: 'final',
    category: category('survey'),
    code: tnm ? { coding: [SNOMED_CODES.tnmStageGrouping] } : { text: `${system ?? 'Disease'} stage` },
    subject,
    ...(conditionId ? { focus: [ref(conditionId)] } : {}),
    effectiveDateTime: observedOn,
    valueCodeableConcept: { text: stage },
    ...(tnm || system ? { method } : {}),
  };
}

const MARKER_VALUE = { POSITIVE: SNOMED_CODES.positive, NEGATIVE: SNOMED_CODES.negative, EQUIVOCAL: SNOMED_CODES.equivocal } as const;

/** A tumour marker or target antigen (and HER2) as mCODE's TumorMarkerTest: the result coded in SNOMED CT, its share and intensity as components. */
function markerObservation(item: { id: string; fact: FactOf<'MARKER'> | FactOf<'HER2'> }, subject: Reference, source: Provenance): Observation {
  const { fact } = item;
  const marker = fact.kind === 'HER2' ? 'ERBB2' : fact.marker;
  const method = fact.kind === 'HER2' ? 'IHC' : fact.method;
  const alias = MARKERS.find((definition) => definition.id === marker)?.aliases[0];
  const result = fact.kind === 'HER2' ? fact.status : fact.result;
  const components: ObservationComponent[] = [];
  if (fact.kind === 'MARKER' && fact.percentPositive !== undefined)
    components.push({ code: cartaConcept('marker-measure', 'percent-positive', 'Cells positive'), valueQuantity: quantity(fact.percentPositive, '%') });
  if (fact.kind === 'MARKER' && fact.intensity !== undefined)
    components.push({ code: cartaConcept('marker-measure', 'intensity', 'Staining intensity (1–3)'), valueInteger: fact.intensity });
  if (fact.kind === 'HER2' && fact.ihcScore !== undefined)
    components.push({ code: cartaConcept('marker-measure', 'ihc-score', 'HER2 IHC score'), valueString: fact.ihcScore });
  return {
    resourceType: 'Observation',
    id: item.id,
    ...source,
    meta: { ...source.meta, profile: [MCODE('tumor-marker-test')] },
    status: 'final',
    category: category('laboratory'),
    code: cartaConcept('marker', marker, `${alias && alias !== marker ? `${marker} (${alias})` : marker} by ${method}`),
    subject,
    effectiveDateTime: fact.observedOn,
    valueCodeableConcept: { coding: [MARKER_VALUE[result]] },
    method: cartaConcept('marker-method', method),
    ...(components.length > 0 ? { component: components } : {}),
  };
}

function measurement(
  item: { id: string; fact: FactOf<'ECOG' | 'KARNOFSKY' | 'LVEF' | 'SPO2' | 'WEIGHT' | 'HEIGHT'> },
  subject: Reference,
  source: Provenance,
  how: { loinc: string; text: string; category: string; unit?: string },
): Observation {
  const { fact } = item;
  return {
    resourceType: 'Observation',
    id: item.id,
    ...source,
    status: 'final',
    category: category(how.category),
    code: { coding: [{ system: LOINC, code: how.loinc }], text: how.text },
    subject,
    effectiveDateTime: fact.observedOn,
    ...(how.unit ? { valueQuantity: quantity(fact.value, how.unit) } : { valueInteger: fact.value }),
  };
}

/** A lab result: the analyte's preferred LOINC code, the value in its UCUM unit and the reporting lab's range in the same unit. */
function labObservation(item: { id: string; fact: FactOf<'LAB'> }, subject: Reference, source: Provenance): Observation {
  const { fact } = item;
  const definition = analyteDefinition(fact.analyte);
  const range = fact.referenceRange;
  return {
    resourceType: 'Observation',
    id: item.id,
    ...source,
    status: 'final',
    category: category('laboratory'),
    code: { coding: [{ system: LOINC, code: definition.loinc[0] }], text: definition.name },
    subject,
    effectiveDateTime: fact.observedOn,
    valueQuantity: quantity(fact.value, fact.unit),
    ...(range
      ? {
          referenceRange: [
            {
              ...(range.low !== undefined ? { low: quantity(range.low, fact.unit) } : {}),
              ...(range.high !== undefined ? { high: quantity(range.high, fact.unit) } : {}),
            },
          ],
        }
      : {}),
  };
}

const SEROLOGY_VALUE = { REACTIVE: SNOMED_CODES.reactive, NON_REACTIVE: SNOMED_CODES.nonReactive, INDETERMINATE: SNOMED_CODES.indeterminate } as const;

function serologyObservation(item: { id: string; fact: FactOf<'SEROLOGY'> }, subject: Reference, source: Provenance): Observation {
  const test = SEROLOGY_TESTS[item.fact.test];
  return {
    resourceType: 'Observation',
    id: item.id,
    ...source,
    status: 'final',
    category: category('laboratory'),
    code: { coding: [{ system: LOINC, code: test.loinc }], text: test.name },
    subject,
    effectiveDateTime: item.fact.observedOn,
    valueCodeableConcept: { coding: [SEROLOGY_VALUE[item.fact.result]] },
  };
}

function viralLoadObservation(item: { id: string; fact: FactOf<'VIRAL_LOAD'> }, subject: Reference, source: Provenance): Observation {
  const { fact } = item;
  const definition = analyteDefinition(VIRAL_LOAD_ANALYTE[fact.virus]);
  return {
    resourceType: 'Observation',
    id: item.id,
    ...source,
    status: 'final',
    category: category('laboratory'),
    code: { coding: [{ system: LOINC, code: definition.loinc[0] }], text: definition.name },
    subject,
    effectiveDateTime: fact.observedOn,
    ...(fact.value !== undefined && fact.unit
      ? { valueQuantity: quantity(fact.value, fact.unit) }
      : { valueCodeableConcept: { coding: [fact.detected ? SNOMED_CODES.detected : SNOMED_CODES.notDetected] } }),
  };
}

/**
 * One line of therapy as one CancerRelatedMedicationAdministration per drug, over the line's
 * dates (mCODE STU4 records cancer medications as administrations or requests; a summary knows the
 * line, not each dose). mCODE has no line of therapy: Carta's extension carries the line's number,
 * best response and targets on each of them, so a reader groups the drugs back into the line. How
 * it ended maps to the status: ONGOING in-progress, COMPLETED completed, PROGRESSION and TOXICITY
 * stopped with mCODE's termination reasons, OTHER stopped with the reason in words.
 */
function lineOfTherapy(
  line: { id: string; fact: FactOf<'LINE_OF_THERAPY'> },
  number: number,
  subject: Reference,
  conditionId: string | undefined,
  icd10: string | null | undefined,
  source: Provenance,
): MedicationAdministration[] {
  const { fact } = line;
  const extension: Extension = {
    url: LINE_OF_THERAPY_EXTENSION,
    extension: [
      { url: 'number', valuePositiveInt: number },
      { url: 'bestResponse', valueCodeableConcept: cartaConcept('best-response', fact.bestResponse) },
      ...(fact.targets ?? []).map((target) => ({ url: 'target', valueCodeableConcept: cartaConcept('marker', target) })),
    ],
  };
  const ending: Pick<MedicationAdministration, 'status' | 'statusReason'> =
    fact.reasonStopped === 'ONGOING'
      ? { status: 'in-progress' }
      : fact.reasonStopped === 'COMPLETED'
        ? { status: 'completed' }
        : fact.reasonStopped === 'PROGRESSION'
          ? { status: 'stopped', statusReason: [{ coding: [SNOMED_CODES.absentResponse] }] }
          : fact.reasonStopped === 'TOXICITY'
            ? { status: 'stopped', statusReason: [{ coding: [SNOMED_CODES.notTolerated] }] }
            : { status: 'stopped', statusReason: [{ text: 'other reason' }] };
  const reason = conditionId ? { reasonReference: [ref(conditionId)] } : icd10 ? { reasonCode: [{ coding: [{ system: ICD10, code: icd10 }] }] } : {};
  return fact.drugs.map((drug, index) => ({
    resourceType: 'MedicationAdministration',
    id: index === 0 ? line.id : derivedId(line.id, index),
    ...source,
    meta: { ...source.meta, profile: [MCODE('cancer-related-medication-administration')] },
    extension: [extension],
    ...ending,
    medicationCodeableConcept: { text: drug },
    subject,
    effectivePeriod: { start: fact.start, ...(fact.end ? { end: fact.end } : {}) },
    ...reason,
  }));
}

/** A therapy received (CAR-T, transplant, radiotherapy, …) as a Procedure; one documented as never received is not a procedure and is left out. */
function priorTherapy(item: { id: string; fact: FactOf<'PRIOR_THERAPY_EVENT'> }, subject: Reference, source: Provenance): Procedure | undefined {
  const { fact } = item;
  if (fact.status !== 'RECEIVED') return undefined;
  return {
    resourceType: 'Procedure',
    id: item.id,
    ...source,
    status: 'completed',
    code: cartaConcept('therapy', fact.therapy, fact.agent ?? fact.therapy.toLowerCase().replace(/_/g, ' ')),
    subject,
    ...(fact.date ? { performedDateTime: fact.date } : {}),
    ...(fact.targets && fact.targets.length > 0 ? { usedCode: fact.targets.map((target) => cartaConcept('marker', target)) } : {}),
  };
}

/** A comorbidity; ABSENT is a refuted condition (no clinical status), HISTORY an inactive one. */
function comorbidity(item: { id: string; fact: FactOf<'CONDITION'> }, subject: Reference, source: Provenance): Condition {
  const { fact } = item;
  const coding: Coding[] = [
    ...(fact.icd10 ? [{ system: ICD10, code: fact.icd10 }] : []),
    ...(fact.condition ? [{ system: carta('condition'), code: fact.condition }] : []),
  ];
  return {
    resourceType: 'Condition',
    id: item.id,
    ...source,
    ...(fact.status === 'ABSENT'
      ? { verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'refuted' }] } }
      : {
          clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: fact.status === 'ACTIVE' ? 'active' : 'inactive' }] },
          verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed' }] },
        }),
    category: [{ coding: [{ system: CONDITION_CATEGORY, code: 'problem-list-item' }] }],
    code: { coding },
    subject,
    ...(fact.onset ? { onsetDateTime: fact.onset } : {}),
    ...(fact.nyhaClass ? { stage: [{ summary: { text: `NYHA class ${fact.nyhaClass}` } }] } : {}),
    recordedDate: fact.observedOn,
  };
}

/**
 * CancerDiseaseStatus from the last line: its trend in mCODE's SNOMED CT values (progression or
 * progressive disease → worsened, CR/PR → improved, SD → stable, not evaluable → undetermined), and
 * Carta's relapsed / refractory classification (the screening's) as a second coding.
 */
function diseaseStatusObservation(
  lines: { id: string; fact: FactOf<'LINE_OF_THERAPY'> }[],
  subject: Reference,
  conditionId: string | undefined,
  caseId: string,
): Observation {
  const last = lines.at(-1)!.fact;
  const trend =
    last.reasonStopped === 'PROGRESSION' || last.bestResponse === 'PD'
      ? SNOMED_CODES.worsened
      : last.bestResponse === 'CR' || last.bestResponse === 'PR'
        ? SNOMED_CODES.improved
        : last.bestResponse === 'SD'
          ? SNOMED_CODES.stable
          : SNOMED_CODES.undetermined;
  const status = diseaseStatus(lines.map((line) => line.fact));
  return {
    resourceType: 'Observation',
    id: derivedId(`${caseId}:disease-status`, 0),
    meta: { profile: [MCODE('cancer-disease-status')] },
    identifier: lines.map((line) => ({ system: carta('summary-fact'), value: line.id })),
    status: 'final',
    category: category('survey'),
    code: { coding: [{ system: LOINC, code: MEASUREMENT_LOINC.DISEASE_STATUS }], text: 'Cancer disease status' },
    subject,
    ...(conditionId ? { focus: [ref(conditionId)] } : {}),
    effectiveDateTime: last.end ?? last.observedOn,
    valueCodeableConcept: { coding: [trend, { system: carta('disease-status'), code: status }], text: status.toLowerCase() },
  };
}

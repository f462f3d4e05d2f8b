/**
 * The code systems, profiles and Carta's own definitions the FHIR export and import share
 * (docs/fhir.md). Carta's own codes are `urn:carta:*` systems, as in the audit trail's AuditEvents.
 */
export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
/** WHO ICD-10, the classification cases are opened with (not the US clinical modification). */
export const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
/** ICD-10-CM: accepted on import (its codes share ICD-10's categories). */
export const ICD10_CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const ICD_O_3 = 'http://terminology.hl7.org/CodeSystem/icd-o-3';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
export const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
export const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const DATA_ABSENT_REASON = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

/** mCODE STU4 (hl7.fhir.us.mcode 4.0.0) profiles and extensions. */
export const MCODE = (name: string) => `http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-${name}`;

/** Carta's own code systems and identifiers. */
export const carta = (name: string) => `urn:carta:${name}`;

/**
 * Carta's line-of-therapy extension (mCODE has no line of therapy; docs/fhir.md): on every
 * CancerRelatedMedicationAdministration of a line, `number` (1 = first line, by start date),
 * `bestResponse` (the line's best response, urn:carta:best-response) and `target` (each antigen the
 * line aimed at). Its StructureDefinition is tools/fhir-validator/carta/package/StructureDefinition-carta-line-of-therapy.json.
 */
export const LINE_OF_THERAPY_EXTENSION = 'https://carta.invalid/fhir/StructureDefinition/line-of-therapy';

/** SNOMED CT qualifier values the export and import use. */
export const SNOMED_CODES = {
  positive: { system: SNOMED, code: '10828004', display: 'Positive' },
  negative: { system: SNOMED, code: '260385009', display: 'Negative' },
  equivocal: { system: SNOMED, code: '42425007', display: 'Equivocal' },
  reactive: { system: SNOMED, code: '11214006', display: 'Reactive' },
  nonReactive: { system: SNOMED, code: '131194007', display: 'Non-Reactive' },
  indeterminate: { system: SNOMED, code: '82334004', display: 'Indeterminate' },
  detected: { system: SNOMED, code: '260373001', display: 'Detected' },
  notDetected: { system: SNOMED, code: '260415000', display: 'Not detected' },
  tnmStageGrouping: { system: SNOMED, code: '399390009', display: 'Tumor-node-metastasis (TNM) stage grouping (observable entity)' },
  improved: { system: SNOMED, code: '268910001', display: "Patient's condition improved (finding)" },
  stable: { system: SNOMED, code: '359746009', display: "Patient's condition stable (finding)" },
  worsened: { system: SNOMED, code: '271299001', display: "Patient's condition worsened (finding)" },
  undetermined: { system: SNOMED, code: '709137006', display: 'Patient condition undetermined (finding)' },
  absentResponse: { system: SNOMED, code: '266721009', display: 'Absent response to treatment (situation)' },
  notTolerated: { system: SNOMED, code: '407563006', display: 'Treatment not tolerated (situation)' },
} as const;

/** AJCC editions by the SNOMED CT staging-system concept mCODE's TNM staging method value set lists. */
export const AJCC_EDITIONS: Record<string, { system: string; code: string; display: string }> = {
  '6': {
    system: SNOMED,
    code: '444256004',
    display: 'American Joint Commission on Cancer, Cancer Staging Manual, 6th edition neoplasm staging system (tumor staging)',
  },
  '7': {
    system: SNOMED,
    code: '443830009',
    display: 'American Joint Commission on Cancer, Cancer Staging Manual, 7th edition neoplasm staging system (tumor staging)',
  },
  '8': {
    system: SNOMED,
    code: '897275008',
    display: 'American Joint Commission on Cancer, Cancer Staging Manual, 8th edition neoplasm staging system (tumor staging)',
  },
};

/** LOINC codes of the measurements that are not laboratory analytes. */
export const MEASUREMENT_LOINC = {
  ECOG: '89247-1',
  KARNOFSKY: '89243-0',
  LVEF: '10230-1',
  SPO2: '59408-5',
  WEIGHT: '29463-7',
  HEIGHT: '8302-2',
  DISEASE_STATUS: '97509-4',
} as const;

import { DomainError, resolveAnalyte } from '@carta/domain';
import { ICD10, ICD10_CM, ICD_O_3, LOINC, MCODE, UCUM } from './fhir-codes';

/** A bundle of at most this many entries, and this many bytes as JSON, is imported (docs/fhir.md). */
export const MAX_IMPORT_ENTRIES = 100;
export const MAX_IMPORT_BYTES = 256 * 1024;
const MAX_SOURCE_REFERENCE = 200;

/** One summary fact read from a bundle, still to be checked by parseSummaryFact, with where it came from. */
export interface ImportedFact {
  /** The fact as addSummaryFact takes it. */
  raw: Record<string, unknown>;
  /** The resource it came from: `<identifier.system>|<identifier.value>`, or `<resourceType>/<id>`. */
  sourceReference: string;
  /** The resource's path in the bundle, e.g. `bundle.entry[3].resource`. */
  path: string;
  /** The resource's element each fact field was read from (`value` → `valueQuantity.value`), to name a refused field. */
  elements: Record<string, string>;
}

/** A bundle refused at a path (`bundle.entry[2].resource.valueQuantity.unit`); the message never repeats a value. */
export class InvalidFhirBundle extends DomainError {
  constructor(path: string, problem: string) {
    super('BAD_USER_INPUT', `${path}: ${problem}`, { field: path });
    this.name = 'InvalidFhirBundle';
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const BUNDLE_TYPES = ['collection', 'batch', 'transaction', 'searchset', 'document', 'message', 'history', 'batch-response', 'transaction-response'];
const FINAL_STATUSES = ['final', 'amended', 'corrected'];
const FHIR_DATE = /^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Reads the labs and conditions of a FHIR R4 Bundle as summary facts citing `sourceDocumentId`
 * (the verified document of the case the bundle came from). Observations with a LOINC code Carta
 * knows as a lab analyte and a UCUM quantity become LAB facts (with the lab's reference range);
 * Conditions coded in ICD-10 (or ICD-10-CM) become the DIAGNOSIS when they carry mCODE's
 * PrimaryCancerCondition profile (and its ICD-O-3 histology a HISTOLOGY fact), a comorbidity
 * (CONDITION) otherwise. Patient entries are skipped; any other resource, a preliminary result, a
 * code Carta does not know or a bundle over the limits is refused with its path.
 */
export function factsFromFhirBundle(bundle: unknown, sourceDocumentId: string): ImportedFact[] {
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') throw new InvalidFhirBundle('bundle', 'must be a FHIR R4 Bundle (resourceType Bundle)');
  if (JSON.stringify(bundle).length > MAX_IMPORT_BYTES) throw new InvalidFhirBundle('bundle', `is larger than ${MAX_IMPORT_BYTES / 1024} KiB: split it`);
  if (typeof bundle.type !== 'string' || !BUNDLE_TYPES.includes(bundle.type))
    throw new InvalidFhirBundle('bundle.type', 'must be a Bundle type (e.g. collection)');
  const entries = bundle.entry;
  if (!Array.isArray(entries) || entries.length === 0) throw new InvalidFhirBundle('bundle.entry', 'must list at least one entry');
  if (entries.length > MAX_IMPORT_ENTRIES) throw new InvalidFhirBundle('bundle.entry', `at most ${MAX_IMPORT_ENTRIES} entries per import: split the bundle`);

  const facts: ImportedFact[] = [];
  const seen = new Map<string, string>();
  entries.forEach((entry, index) => {
    const path = `bundle.entry[${index}].resource`;
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource)) throw new InvalidFhirBundle(path, 'is required (an Observation or a Condition)');
    if (resource.resourceType === 'Patient') return;
    const reader = new ResourceReader(resource, path);
    const sourceReference = reader.sourceReference();
    const earlier = seen.get(sourceReference);
    if (earlier) throw new InvalidFhirBundle(`${path}.identifier`, `names the same resource as ${earlier}`);
    seen.set(sourceReference, path);
    if (resource.resourceType === 'Observation') facts.push(observationFact(reader, sourceReference, sourceDocumentId));
    else if (resource.resourceType === 'Condition') facts.push(...conditionFacts(reader, sourceReference, sourceDocumentId));
    else throw new InvalidFhirBundle(`${path}.resourceType`, 'only Observation (labs) and Condition are imported; Patient entries are skipped');
  });
  if (facts.length === 0) throw new InvalidFhirBundle('bundle.entry', 'holds no Observation or Condition to import');
  return facts;
}

class ResourceReader {
  constructor(
    readonly resource: Json,
    readonly path: string,
  ) {}

  fail(element: string, problem: string): never {
    throw new InvalidFhirBundle(`${this.path}.${element}`, problem);
  }

  /** The resource's first identifier, else its id: what the fact keeps as its source. */
  sourceReference(): string {
    const identifier = Array.isArray(this.resource.identifier) ? this.resource.identifier[0] : undefined;
    let reference: string | undefined;
    if (isObject(identifier) && typeof identifier.value === 'string' && identifier.value.trim())
      reference = typeof identifier.system === 'string' ? `${identifier.system}|${identifier.value}` : identifier.value;
    else if (typeof this.resource.id === 'string' && /^[A-Za-z0-9\-.]{1,64}$/.test(this.resource.id))
      reference = `${this.resource.resourceType}/${this.resource.id}`;
    if (!reference) this.fail('identifier', 'an identifier (system and value) or an id is required: the fact keeps it as its source');
    if (reference.length > MAX_SOURCE_REFERENCE) this.fail('identifier', `must be at most ${MAX_SOURCE_REFERENCE} characters`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(reference)) this.fail('identifier', 'must not contain control characters');
    return reference;
  }

  /** The codes of a CodeableConcept in one of `systems`, in order. */
  codes(element: string, systems: string[]): string[] {
    const concept = this.resource[element];
    if (!isObject(concept) || !Array.isArray(concept.coding)) this.fail(element, 'a coded concept (coding) is required');
    return (concept.coding as unknown[])
      .filter(
        (coding): coding is Json => isObject(coding) && typeof coding.system === 'string' && systems.includes(coding.system) && typeof coding.code === 'string',
      )
      .map((coding) => (coding.code as string).trim());
  }

  /** YYYY-MM-DD of a FHIR date or dateTime element, or undefined when absent. */
  date(element: string, value: unknown = this.resource[element]): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || !FHIR_DATE.test(value)) this.fail(element, 'must be a FHIR date or dateTime to the day (YYYY-MM-DD…)');
    return value.slice(0, 10);
  }

  profiles(): string[] {
    const meta = this.resource.meta;
    return isObject(meta) && Array.isArray(meta.profile) ? meta.profile.filter((profile): profile is string => typeof profile === 'string') : [];
  }
}

function observationFact(reader: ResourceReader, sourceReference: string, sourceDocumentId: string): ImportedFact {
  const { resource } = reader;
  if (typeof resource.status !== 'string' || !FINAL_STATUSES.includes(resource.status))
    reader.fail('status', 'only final (or amended, corrected) results are imported');
  const loinc = reader.codes('code', [LOINC]);
  if (loinc.length === 0) reader.fail('code', 'a LOINC coding (http://loinc.org) is required');
  const analyte = loinc.map((code) => resolveAnalyte(code)).find((found) => found !== undefined);
  if (!analyte) reader.fail('code', 'no LOINC code Carta knows as a lab analyte (see the criteria language, "Labs")');
  const effective = isObject(resource.effectivePeriod) ? resource.effectivePeriod.start : resource.effectiveDateTime;
  const observedOn = reader.date(isObject(resource.effectivePeriod) ? 'effectivePeriod.start' : 'effectiveDateTime', effective);
  if (!observedOn) reader.fail('effectiveDateTime', 'when the sample was taken is required (effectiveDateTime)');
  const quantity = resource.valueQuantity;
  if (!isObject(quantity)) reader.fail('valueQuantity', 'a quantity is required (value and UCUM unit)');
  const unit = unitOf(reader, quantity, 'valueQuantity');
  const raw: Json = { kind: 'LAB', analyte, value: quantity.value, unit, observedOn, sourceDocumentId };
  const range = Array.isArray(resource.referenceRange) ? resource.referenceRange[0] : undefined;
  if (isObject(range)) {
    const bound = (key: 'low' | 'high') => {
      const limit = range[key];
      if (limit === undefined) return undefined;
      if (!isObject(limit)) reader.fail(`referenceRange[0].${key}`, 'must be a quantity');
      if (unitOf(reader, limit, `referenceRange[0].${key}`) !== unit) reader.fail(`referenceRange[0].${key}`, 'must be in the unit of the value');
      return limit.value;
    };
    const low = bound('low');
    const high = bound('high');
    if (low !== undefined || high !== undefined) raw.referenceRange = { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
  }
  return {
    raw,
    sourceReference,
    path: reader.path,
    elements: {
      analyte: 'code',
      value: 'valueQuantity.value',
      unit: 'valueQuantity.code',
      referenceRange: 'referenceRange[0]',
      observedOn: 'effectiveDateTime',
    },
  };
}

/** A quantity's unit: its UCUM code when it has one, else the unit as printed (parseSummaryFact maps known spellings). */
function unitOf(reader: ResourceReader, quantity: Json, element: string): string {
  if (quantity.system !== undefined && quantity.system !== UCUM) reader.fail(`${element}.system`, 'units must be UCUM (http://unitsofmeasure.org)');
  const unit = typeof quantity.code === 'string' ? quantity.code : quantity.unit;
  if (typeof unit !== 'string' || unit.trim().length === 0) reader.fail(`${element}.code`, 'a UCUM unit is required');
  return unit;
}

const CLINICAL_ACTIVE = ['active', 'recurrence', 'relapse'];
const CLINICAL_PAST = ['inactive', 'remission', 'resolved'];

function conditionFacts(reader: ResourceReader, sourceReference: string, sourceDocumentId: string): ImportedFact[] {
  const { resource } = reader;
  const verification = isObject(resource.verificationStatus)
    ? reader.codes('verificationStatus', ['http://terminology.hl7.org/CodeSystem/condition-ver-status'])[0]
    : undefined;
  if (verification === 'entered-in-error') reader.fail('verificationStatus', 'an entered-in-error condition is not imported');
  const icd10 = [...reader.codes('code', [ICD10]), ...reader.codes('code', [ICD10_CM])][0];
  if (!icd10) reader.fail('code', 'an ICD-10 coding (http://hl7.org/fhir/sid/icd-10 or icd-10-cm) is required');
  const observedOn = reader.date('recordedDate') ?? reader.date('onsetDateTime');
  if (!observedOn) reader.fail('recordedDate', 'when the condition was recorded is required (recordedDate or onsetDateTime)');
  const description = isObject(resource.code) && typeof resource.code.text === 'string' ? resource.code.text : undefined;
  const base = { sourceReference, path: reader.path };

  if (reader.profiles().some((profile) => profile.split('|')[0] === MCODE('primary-cancer-condition'))) {
    const facts: ImportedFact[] = [
      {
        ...base,
        raw: { kind: 'DIAGNOSIS', icd10, ...(description ? { description } : {}), observedOn, sourceDocumentId },
        elements: { icd10: 'code', description: 'code.text', observedOn: 'recordedDate' },
      },
    ];
    const histology = (Array.isArray(resource.extension) ? resource.extension : []).find(
      (extension): extension is Json => isObject(extension) && extension.url === MCODE('histology-morphology-behavior'),
    );
    if (histology) {
      const concept = histology.valueCodeableConcept;
      const coding = isObject(concept) && Array.isArray(concept.coding) ? concept.coding.find((item) => isObject(item) && item.system === ICD_O_3) : undefined;
      if (!isObject(coding) || typeof coding.code !== 'string') reader.fail('extension', 'the histology must be coded in ICD-O-3');
      facts.push({
        sourceReference: `${sourceReference}#histology`,
        path: reader.path,
        raw: { kind: 'HISTOLOGY', morphology: coding.code, observedOn, sourceDocumentId },
        elements: { morphology: 'extension', observedOn: 'recordedDate' },
      });
    }
    return facts;
  }

  const clinical = isObject(resource.clinicalStatus)
    ? reader.codes('clinicalStatus', ['http://terminology.hl7.org/CodeSystem/condition-clinical'])[0]
    : undefined;
  const status =
    verification === 'refuted'
      ? 'ABSENT'
      : clinical && CLINICAL_PAST.includes(clinical)
        ? 'HISTORY'
        : !clinical || CLINICAL_ACTIVE.includes(clinical)
          ? 'ACTIVE'
          : undefined;
  if (!status) reader.fail('clinicalStatus', 'must be a condition-clinical code');
  const onset = status === 'ABSENT' ? undefined : reader.date('onsetDateTime');
  return [
    {
      ...base,
      raw: { kind: 'CONDITION', icd10, status, ...(onset ? { onset } : {}), observedOn, sourceDocumentId },
      elements: { icd10: 'code', status: 'clinicalStatus', onset: 'onsetDateTime', observedOn: 'recordedDate' },
    },
  ];
}

/** A field parseSummaryFact refused (`lab.unit`), named where it is in the bundle (`bundle.entry[2].resource.valueQuantity.code`). */
export function bundlePathOf(imported: ImportedFact, factPath: string): string {
  const field = factPath.includes('.') ? factPath.slice(factPath.indexOf('.') + 1).split('.')[0] : '';
  const element = imported.elements[field];
  return element ? `${imported.path}.${element}` : imported.path;
}

import {
  Analyte,
  analyteDefinition,
  CONDITION_CODES,
  ConditionCode,
  CriterionLine,
  DomainError,
  DRUG_CLASSES,
  formatAnalyte,
  DrugClass,
  isCalendarDate,
  MARKER_METHODS,
  MarkerMethod,
  normaliseUnit,
  plausibilityProblem,
  plausibilityProblemIn,
  resolveAnalyte,
  resolveMarker,
  Score,
  scoreProblem,
  SCORES,
  SEROLOGY_TESTS,
  SerologyTest,
  THERAPIES,
  Therapy,
  toCanonical,
  unitProblem,
  Virus,
  VIRAL_LOAD_ANALYTE,
  wholeYearsBetween,
} from '@carta/domain';
import { ICD10_PATTERN } from '@carta/contracts';

/**
 * The structured oncology summary as a set of facts, each a small mCODE/FHIR-aligned observation
 * with the date it was observed and the document it comes from. Facts are added, corrected and
 * retracted one at a time (the service keeps their versions); the summary of a case is assembled
 * from its current facts. mCODE mapping: BIRTH_DATE/SEX → Patient; DIAGNOSIS → PrimaryCancerCondition
 * (ICD-10), HISTOLOGY → its histologyMorphologyBehavior (ICD-O-3); STAGE → CancerStageGroup; ECOG /
 * KARNOFSKY → ECOGPerformanceStatus / KarnofskyPerformanceStatus; LAB, SEROLOGY, VIRAL_LOAD →
 * Observation (LOINC + UCUM); MARKER, HER2 → TumorMarkerTest; LINE_OF_THERAPY → Carta's extension
 * (mCODE has no line of therapy); PRIOR_THERAPY_EVENT → CancerRelatedMedicationAdministration /
 * CancerRelatedSurgicalProcedure / RadiotherapyCourseSummary; CONDITION → Condition (comorbidity);
 * LVEF (LOINC 10230-1), SPO2 (59408-5), WEIGHT (29463-7), HEIGHT (8302-2) → vital-sign Observations.
 */
interface FactBase {
  /** YYYY-MM-DD: when the fact was observed (sample taken, examination done, report issued). */
  observedOn: string;
  /** The verified document of the case the fact comes from. */
  sourceDocumentId: string;
}

export type Sex = 'female' | 'male';
export type SerologyResult = 'REACTIVE' | 'NON_REACTIVE' | 'INDETERMINATE';
export type ConditionStatus = 'ACTIVE' | 'HISTORY' | 'ABSENT';

export type SummaryFact = FactBase &
  (
    | { kind: 'BIRTH_DATE'; birthDate: string }
    | { kind: 'SEX'; sex: Sex }
    | { kind: 'WEIGHT'; value: number; unit: 'kg' | 'g' | '[lb_av]' }
    | { kind: 'HEIGHT'; value: number; unit: 'cm' | 'm' | '[in_i]' }
    | { kind: 'DIAGNOSIS'; icd10: string; description?: string; discrepancyNote?: string }
    | { kind: 'HISTOLOGY'; morphology: string; description?: string }
    | { kind: 'STAGE'; stage: string; system?: string }
    | { kind: 'ECOG'; value: number }
    | { kind: 'KARNOFSKY'; value: number }
    | { kind: 'LVEF'; value: number; method?: 'ECHO' | 'MUGA' | 'MRI' }
    | { kind: 'SPO2'; value: number; roomAir?: boolean }
    | { kind: 'LIFE_EXPECTANCY'; weeks: number; months?: never }
    | { kind: 'LIFE_EXPECTANCY'; months: number; weeks?: never }
    | { kind: 'LAB'; analyte: Analyte; value: number; unit: string; referenceRange?: { low?: number; high?: number } }
    | { kind: 'MARKER'; marker: string; method: MarkerMethod; result: 'POSITIVE' | 'NEGATIVE' | 'EQUIVOCAL'; percentPositive?: number; intensity?: 1 | 2 | 3 }
    | { kind: 'HER2'; status: 'POSITIVE' | 'NEGATIVE' | 'EQUIVOCAL'; ihcScore?: '0' | '1+' | '2+' | '3+' }
    | {
        kind: 'LINE_OF_THERAPY';
        drugs: string[];
        drugClasses?: DrugClass[];
        targets?: string[];
        start: string;
        end?: string;
        bestResponse: 'CR' | 'PR' | 'SD' | 'PD' | 'NOT_EVALUABLE';
        reasonStopped: 'COMPLETED' | 'PROGRESSION' | 'TOXICITY' | 'OTHER' | 'ONGOING';
      }
    | { kind: 'PRIOR_THERAPY_EVENT'; therapy: Therapy; status: 'RECEIVED' | 'NEVER_RECEIVED'; date?: string; targets?: string[]; agent?: string }
    | { kind: 'CONDITION'; condition?: ConditionCode; icd10?: string; status: ConditionStatus; onset?: string; nyhaClass?: 1 | 2 | 3 | 4 }
    | { kind: 'SEROLOGY'; test: SerologyTest; result: SerologyResult }
    | { kind: 'VIRAL_LOAD'; virus: Virus; detected: boolean; value?: number; unit?: string }
    | { kind: 'SCORE'; score: Score; value: number }
    | { kind: 'TRANSFUSION'; product: 'PLATELETS' | 'RED_CELLS' | 'PLASMA' | 'OTHER'; date: string }
    | { kind: 'IMAGING'; modality: 'CT' | 'PET_CT' | 'MRI' | 'OTHER'; measurableDisease: boolean }
  );

export type FactKind = SummaryFact['kind'];
export type FactOf<K extends FactKind> = Extract<SummaryFact, { kind: K }>;

/** A fact refused with the field at fault (`lab.value`); the message never repeats the value. */
export class InvalidSummaryFact extends DomainError {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super('BAD_USER_INPUT', `${path}: ${problem}`, { field: path });
    this.name = 'InvalidSummaryFact';
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The path prefix of a kind: LAB → lab, PRIOR_THERAPY_EVENT → priorTherapyEvent. */
const prefixOf = (kind: string) => kind.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** Fields of each kind beyond kind / observedOn / sourceDocumentId (docs/criteria-language.md, "Summary facts"). */
export const FACT_FIELDS: Record<FactKind, string[]> = {
  BIRTH_DATE: ['birthDate'],
  SEX: ['sex'],
  WEIGHT: ['value', 'unit'],
  HEIGHT: ['value', 'unit'],
  DIAGNOSIS: ['icd10', 'description', 'discrepancyNote'],
  HISTOLOGY: ['morphology', 'description'],
  STAGE: ['stage', 'system'],
  ECOG: ['value'],
  KARNOFSKY: ['value'],
  LVEF: ['value', 'method'],
  SPO2: ['value', 'roomAir'],
  LIFE_EXPECTANCY: ['weeks', 'months'],
  LAB: ['analyte', 'value', 'unit', 'referenceRange'],
  MARKER: ['marker', 'method', 'result', 'percentPositive', 'intensity'],
  HER2: ['status', 'ihcScore'],
  LINE_OF_THERAPY: ['drugs', 'drugClasses', 'targets', 'start', 'end', 'bestResponse', 'reasonStopped'],
  PRIOR_THERAPY_EVENT: ['therapy', 'status', 'date', 'targets', 'agent'],
  CONDITION: ['condition', 'icd10', 'status', 'onset', 'nyhaClass'],
  SEROLOGY: ['test', 'result'],
  VIRAL_LOAD: ['virus', 'detected', 'value', 'unit'],
  SCORE: ['score', 'value'],
  TRANSFUSION: ['product', 'date'],
  IMAGING: ['modality', 'measurableDisease'],
};
export const FACT_KINDS = Object.keys(FACT_FIELDS) as FactKind[];
/** The kinds a person adds: the birth date comes from intake, never typed. */
export const TYPED_FACT_KINDS = FACT_KINDS.filter((kind) => kind !== 'BIRTH_DATE');

const WEIGHT_KG = { kg: 1, g: 0.001, '[lb_av]': 0.45359237 } as const;
const HEIGHT_CM = { cm: 1, m: 100, '[in_i]': 2.54 } as const;

export const weightInKg = (fact: FactOf<'WEIGHT'>) => fact.value * WEIGHT_KG[fact.unit];

class FactReader {
  constructor(
    private readonly raw: Json,
    private readonly prefix: string,
    private readonly today: string,
  ) {}

  fail(field: string, problem: string): never {
    throw new InvalidSummaryFact(`${this.prefix}.${field}`, problem);
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  date(field: string, { optional = false, notAfter = this.today, notAfterLabel = 'today' } = {}): string | undefined {
    if (!this.has(field)) return optional ? undefined : this.fail(field, 'is required (YYYY-MM-DD)');
    const value = this.raw[field];
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) this.fail(field, 'must be a date YYYY-MM-DD');
    if (!isCalendarDate(value)) this.fail(field, 'is not a calendar date');
    if (value < '1900-01-01') this.fail(field, 'is before 1900');
    if (value > notAfter) this.fail(field, `is after ${notAfterLabel}`);
    return value;
  }

  number(
    field: string,
    { min, max, integer = false, optional = false, what = field }: { min: number; max: number; integer?: boolean; optional?: boolean; what?: string },
  ): number | undefined {
    if (!this.has(field)) return optional ? undefined : this.fail(field, 'is required');
    const value = this.raw[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(field, 'must be a number');
    if (integer && !Number.isInteger(value)) this.fail(field, `${what} must be a whole number`);
    if (value < min || value > max) this.fail(field, `${what} must be between ${min} and ${max}`);
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], optional = false): T | undefined {
    if (!this.has(field)) return optional ? undefined : this.fail(field, `is required: one of ${allowed.join(', ')}`);
    if (!allowed.includes(this.raw[field] as T)) this.fail(field, `must be one of ${allowed.join(', ')}`);
    return this.raw[field] as T;
  }

  text(
    field: string,
    { max = 500, optional = false, pattern, hint }: { max?: number; optional?: boolean; pattern?: RegExp; hint?: string } = {},
  ): string | undefined {
    if (!this.has(field)) return optional ? undefined : this.fail(field, 'is required');
    const value = this.raw[field];
    if (typeof value !== 'string' || value.trim().length === 0 || value.length > max) this.fail(field, `must be text of 1–${max} characters`);
    if (pattern && !pattern.test(value)) this.fail(field, hint ?? 'has the wrong format');
    return value.trim();
  }

  boolean(field: string, optional = false): boolean | undefined {
    if (!this.has(field)) return optional ? undefined : this.fail(field, 'is required (true or false)');
    if (typeof this.raw[field] !== 'boolean') this.fail(field, 'must be true or false');
    return this.raw[field] as boolean;
  }

  markers(field: string): string[] | undefined {
    if (!this.has(field)) return undefined;
    const list = this.raw[field];
    if (!Array.isArray(list) || list.length > 10) this.fail(field, 'must be a list of at most 10 antigens');
    return list.map((name, index) => {
      const marker = typeof name === 'string' ? resolveMarker(name) : undefined;
      if (!marker) this.fail(`${field}[${index}]`, 'unknown antigen or gene; use its HGNC symbol or a known alias');
      return marker.id;
    });
  }
}

/**
 * Validates one fact. Refuses unknown kinds and fields, units that do not fit the analyte, values
 * outside plausibility (in canonical units), dates in the future or impossible, and a diagnosis in
 * another ICD-10 category than the case's unless it says why (`discrepancyNote`).
 */
export function parseSummaryFact(raw: unknown, context: { today: string; caseDiagnosisIcd10?: string }): SummaryFact {
  if (!isObject(raw)) throw new InvalidSummaryFact('fact', 'must be an object');
  const kind = raw.kind as FactKind;
  if (typeof kind !== 'string' || !(kind in FACT_FIELDS)) throw new InvalidSummaryFact('kind', `unknown kind; use one of ${TYPED_FACT_KINDS.join(', ')}`);
  const prefix = prefixOf(kind);
  for (const key of Object.keys(raw)) {
    if (!['kind', 'observedOn', 'sourceDocumentId', ...FACT_FIELDS[kind]].includes(key))
      throw new InvalidSummaryFact(`${prefix}.${key}`, `unknown field for a ${kind} fact; its fields: ${FACT_FIELDS[kind].join(', ')}`);
  }
  const read: FactReader = new FactReader(raw, prefix, context.today);
  const observedOn = read.date('observedOn')!;
  if (typeof raw.sourceDocumentId !== 'string' || !UUID.test(raw.sourceDocumentId))
    read.fail('sourceDocumentId', 'must be the id (UUID) of a document of the case');
  const base = { kind, observedOn, sourceDocumentId: (raw.sourceDocumentId as string).toLowerCase() };
  const notAfterObserved = { notAfter: observedOn, notAfterLabel: 'observedOn' };
  const clean = <T extends object>(fact: T): T => Object.fromEntries(Object.entries(fact).filter(([, value]) => value !== undefined)) as T;

  switch (kind) {
    case 'BIRTH_DATE': {
      const birthDate = read.date('birthDate', notAfterObserved)!;
      if (wholeYearsBetween(birthDate, context.today) > 120) read.fail('birthDate', 'gives an age above 120');
      return { ...base, kind, birthDate };
    }
    case 'SEX':
      return { ...base, kind, sex: read.oneOf('sex', ['female', 'male'] as const)! };
    case 'WEIGHT': {
      const unit = read.oneOf('unit', Object.keys(WEIGHT_KG) as (keyof typeof WEIGHT_KG)[])!;
      const value = read.number('value', { min: 0, max: 1e6 })!;
      const kg = value * WEIGHT_KG[unit];
      if (kg < 1 || kg > 400) read.fail('value', 'weight must be between 1 and 400 kg');
      return { ...base, kind, value, unit };
    }
    case 'HEIGHT': {
      const unit = read.oneOf('unit', Object.keys(HEIGHT_CM) as (keyof typeof HEIGHT_CM)[])!;
      const value = read.number('value', { min: 0, max: 1e4 })!;
      const cm = value * HEIGHT_CM[unit];
      if (cm < 30 || cm > 250) read.fail('value', 'height must be between 30 and 250 cm');
      return { ...base, kind, value, unit };
    }
    case 'DIAGNOSIS': {
      const icd10 = read.text('icd10', { max: 10, pattern: ICD10_PATTERN, hint: 'must be an ICD-10 code like C16.9' })!;
      const discrepancyNote = read.text('discrepancyNote', { optional: true, max: 1000 });
      const caseCode = context.caseDiagnosisIcd10;
      if (caseCode && caseCode.slice(0, 3) !== icd10.slice(0, 3) && !discrepancyNote) {
        read.fail('icd10', "is in another ICD-10 category than the case's diagnosis; correct it, or say why in discrepancyNote");
      }
      return clean({ ...base, kind, icd10, description: read.text('description', { optional: true }), discrepancyNote });
    }
    case 'HISTOLOGY':
      return clean({
        ...base,
        kind,
        morphology: read.text('morphology', { max: 6, pattern: /^[0-9]{4}\/[0-9]$/, hint: 'must be an ICD-O-3 morphology code like 8140/3' })!,
        description: read.text('description', { optional: true }),
      });
    case 'STAGE':
      return clean({ ...base, kind, stage: read.text('stage', { max: 30 })!, system: read.text('system', { optional: true, max: 40 }) });
    case 'ECOG':
      return { ...base, kind, value: read.number('value', { min: 0, max: 5, integer: true, what: 'ECOG' })! };
    case 'KARNOFSKY': {
      const value = read.number('value', { min: 0, max: 100, integer: true, what: 'Karnofsky' })!;
      if (value % 10 !== 0) read.fail('value', 'Karnofsky moves in steps of 10');
      return { ...base, kind, value };
    }
    case 'LVEF':
      return clean({
        ...base,
        kind,
        value: read.number('value', { min: 5, max: 90, what: 'LVEF (%)' })!,
        method: read.oneOf('method', ['ECHO', 'MUGA', 'MRI'] as const, true),
      });
    case 'SPO2':
      return clean({ ...base, kind, value: read.number('value', { min: 50, max: 100, what: 'SpO₂ (%)' })!, roomAir: read.boolean('roomAir', true) });
    case 'LIFE_EXPECTANCY':
      // The estimate as the letter words it: in weeks or in months, never both.
      if (read.has('weeks') === read.has('months')) read.fail('weeks', 'give the estimate in weeks or in months (one of them)');
      return read.has('months')
        ? { ...base, kind, months: read.number('months', { min: 0, max: 120, what: 'life expectancy (months)' })! }
        : { ...base, kind, weeks: read.number('weeks', { min: 0, max: 520, what: 'life expectancy (weeks)' })! };
    case 'LAB':
      return parseLab(read, raw, base);
    case 'MARKER': {
      const marker = typeof raw.marker === 'string' ? resolveMarker(raw.marker) : undefined;
      if (!marker) read.fail('marker', 'unknown antigen or gene; use its HGNC symbol or a known alias');
      const result = read.oneOf('result', ['POSITIVE', 'NEGATIVE', 'EQUIVOCAL'] as const)!;
      const percentPositive = read.number('percentPositive', { min: 0, max: 100, optional: true, what: 'percent positive' });
      if (result === 'NEGATIVE' && percentPositive !== undefined && percentPositive > 50) read.fail('percentPositive', 'contradicts a NEGATIVE result');
      const intensity = read.number('intensity', { min: 1, max: 3, integer: true, optional: true, what: 'intensity' }) as 1 | 2 | 3 | undefined;
      return clean({ ...base, kind, marker: marker.id, method: read.oneOf('method', MARKER_METHODS)!, result, percentPositive, intensity });
    }
    case 'HER2':
      return clean({
        ...base,
        kind,
        status: read.oneOf('status', ['POSITIVE', 'NEGATIVE', 'EQUIVOCAL'] as const)!,
        ihcScore: read.oneOf('ihcScore', ['0', '1+', '2+', '3+'] as const, true),
      });
    case 'LINE_OF_THERAPY': {
      const drugs = raw.drugs;
      if (
        !Array.isArray(drugs) ||
        drugs.length === 0 ||
        drugs.length > 20 ||
        !drugs.every((drug) => typeof drug === 'string' && drug.trim().length > 0 && drug.length <= 80)
      ) {
        read.fail('drugs', 'must list 1–20 drug names (each 1–80 characters)');
      }
      let drugClasses: DrugClass[] | undefined;
      if (read.has('drugClasses')) {
        if (!Array.isArray(raw.drugClasses)) read.fail('drugClasses', 'must be a list');
        drugClasses = (raw.drugClasses as unknown[]).map((value, index) => {
          if (!DRUG_CLASSES.includes(value as DrugClass)) read.fail(`drugClasses[${index}]`, `must be one of ${DRUG_CLASSES.join(', ')}`);
          return value as DrugClass;
        });
      }
      const start = read.date('start', notAfterObserved)!;
      const end = read.date('end', { optional: true, ...notAfterObserved });
      if (end && end < start) read.fail('end', 'is before start');
      return clean({
        ...base,
        kind,
        drugs: (drugs as string[]).map((drug) => drug.trim()),
        drugClasses,
        targets: read.markers('targets'),
        start,
        end,
        bestResponse: read.oneOf('bestResponse', ['CR', 'PR', 'SD', 'PD', 'NOT_EVALUABLE'] as const)!,
        reasonStopped: read.oneOf('reasonStopped', ['COMPLETED', 'PROGRESSION', 'TOXICITY', 'OTHER', 'ONGOING'] as const)!,
      });
    }
    case 'PRIOR_THERAPY_EVENT': {
      const status = read.oneOf('status', ['RECEIVED', 'NEVER_RECEIVED'] as const)!;
      const date = read.date('date', { optional: status === 'NEVER_RECEIVED', ...notAfterObserved });
      if (status === 'NEVER_RECEIVED' && (date || read.has('targets') || read.has('agent')))
        read.fail('status', 'NEVER_RECEIVED takes no date, targets or agent');
      return clean({
        ...base,
        kind,
        therapy: read.oneOf('therapy', THERAPIES)!,
        status,
        date,
        targets: read.markers('targets'),
        agent: read.text('agent', { optional: true, max: 120 }),
      });
    }
    case 'CONDITION': {
      const condition = read.oneOf('condition', CONDITION_CODES, true);
      const icd10 = read.text('icd10', { optional: true, max: 10, pattern: ICD10_PATTERN, hint: 'must be an ICD-10 code like I50.9' });
      if (!condition && !icd10) read.fail('condition', 'name the condition by code or by icd10');
      const nyhaClass = read.number('nyhaClass', { min: 1, max: 4, integer: true, optional: true, what: 'NYHA class' }) as 1 | 2 | 3 | 4 | undefined;
      if (nyhaClass !== undefined && condition !== 'HEART_FAILURE') read.fail('nyhaClass', 'only HEART_FAILURE has a NYHA class');
      const status = read.oneOf('status', ['ACTIVE', 'HISTORY', 'ABSENT'] as const)!;
      const onset = read.date('onset', { optional: true, ...notAfterObserved });
      if (status === 'ABSENT' && (onset || nyhaClass)) read.fail('status', 'an ABSENT condition takes no onset or NYHA class');
      return clean({ ...base, kind, condition, icd10, status, onset, nyhaClass });
    }
    case 'SEROLOGY':
      return {
        ...base,
        kind,
        test: read.oneOf('test', Object.keys(SEROLOGY_TESTS) as SerologyTest[])!,
        result: read.oneOf('result', ['REACTIVE', 'NON_REACTIVE', 'INDETERMINATE'] as const)!,
      };
    case 'VIRAL_LOAD': {
      const virus = read.oneOf('virus', Object.keys(VIRAL_LOAD_ANALYTE) as Virus[])!;
      const detected = read.boolean('detected')!;
      const analyte = VIRAL_LOAD_ANALYTE[virus];
      if (read.has('value') !== read.has('unit')) read.fail(read.has('value') ? 'unit' : 'value', 'a viral load value and its unit go together');
      if (!read.has('value')) return { ...base, kind, virus, detected };
      if (!detected) read.fail('value', 'a load that was not detected has no value');
      const unit = read.text('unit', { max: 20 })!;
      const problem = unitProblem(analyte, unit);
      if (problem) read.fail('unit', problem);
      const value = read.number('value', { min: 0, max: 1e12 })!;
      const implausible = plausibilityProblemIn(analyte, value, unit);
      if (implausible) read.fail('value', implausible);
      return { ...base, kind, virus, detected, value, unit: normaliseUnit(unit)! };
    }
    case 'SCORE': {
      const score = read.oneOf('score', Object.keys(SCORES) as Score[])!;
      const value = read.number('value', { min: -1e6, max: 1e6 })!;
      const problem = scoreProblem(score, value);
      if (problem) read.fail('value', problem);
      return { ...base, kind, score, value };
    }
    case 'TRANSFUSION':
      return {
        ...base,
        kind,
        product: read.oneOf('product', ['PLATELETS', 'RED_CELLS', 'PLASMA', 'OTHER'] as const)!,
        date: read.date('date', notAfterObserved)!,
      };
    case 'IMAGING':
      return {
        ...base,
        kind,
        modality: read.oneOf('modality', ['CT', 'PET_CT', 'MRI', 'OTHER'] as const)!,
        measurableDisease: read.boolean('measurableDisease')!,
      };
  }
}

function parseLab(read: FactReader, raw: Json, base: { observedOn: string; sourceDocumentId: string }): SummaryFact {
  const analyte = typeof raw.analyte === 'string' ? resolveAnalyte(raw.analyte) : undefined;
  if (!analyte) read.fail('analyte', 'unknown analyte; name it by Carta name or LOINC code');
  const definition = analyteDefinition(analyte);
  if (definition.factKind === 'VIRAL_LOAD') read.fail('analyte', 'viral loads are VIRAL_LOAD facts (detected or not, with the load)');
  const unit = read.text('unit', { max: 30 })!;
  const problem = unitProblem(analyte, unit);
  if (problem) read.fail('unit', problem);
  const value = read.number('value', { min: 0, max: Number.MAX_SAFE_INTEGER })!;
  const implausible = plausibilityProblem(analyte, toCanonical(analyte, value, unit));
  if (implausible) read.fail('value', implausible);
  let referenceRange: { low?: number; high?: number } | undefined;
  if (read.has('referenceRange')) {
    const range = raw.referenceRange;
    if (!isObject(range) || Object.keys(range).some((key) => key !== 'low' && key !== 'high'))
      read.fail('referenceRange', 'must be { low?, high? } in the unit of the value');
    const bound = (key: 'low' | 'high'): number | undefined => {
      const value = range[key];
      if (value === undefined || value === null) return undefined;
      if (typeof value !== 'number' || !Number.isFinite(value)) read.fail(`referenceRange.${key}`, 'must be a number');
      if (value < 0 || (key === 'high' && value === 0))
        read.fail(`referenceRange.${key}`, key === 'high' ? 'the upper limit of normal must be above zero' : 'must not be negative');
      // A range in another unit than the value (ULN 110 beside a value in mg/dL) is caught here.
      if (value > 0 && plausibilityProblem(analyte, toCanonical(analyte, value, unit)))
        read.fail(`referenceRange.${key}`, `implausible for ${definition.name} in the unit of the value`);
      // Labs' ranges differ, but not fivefold: a ULN of 41 beside ALT in µkat/L is the U/L column's figure.
      const usual = definition.reference[key];
      const limit = value > 0 ? toCanonical(analyte, value, unit) : undefined;
      if (usual !== undefined && limit !== undefined && (limit > usual * 5 || limit < usual / 5))
        read.fail(
          `referenceRange.${key}`,
          `implausible as the ${key === 'high' ? 'upper' : 'lower'} limit of normal for ${definition.name}: ${formatAnalyte(analyte, limit)}, where labs give about ${formatAnalyte(analyte, usual)} (is it in the unit of the value?)`,
        );
      return value;
    };
    const low = bound('low');
    const high = bound('high');
    if (low !== undefined && high !== undefined && low > high) read.fail('referenceRange', 'low is above high');
    if (low !== undefined || high !== undefined) referenceRange = { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
  }
  return { ...base, kind: 'LAB', analyte, value, unit: normaliseUnit(unit)!, ...(referenceRange ? { referenceRange } : {}) };
}

/** The source a derived birth fact cites: intake's record of the case, not a document. */
export const INTAKE_SOURCE_ID = '00000000-0000-0000-0000-000000000000';
export const INTAKE_SOURCE_LABEL = 'recorded at intake';

/**
 * The birth fact a case's intake record gives: month precision (YYYY-MM), never typed by a
 * coordinator. Observed when the case opened, so every screening of the case sees it.
 */
export function birthFactFromIntake(birthYearMonth: string, openedOn: string): FactOf<'BIRTH_DATE'> {
  return {
    kind: 'BIRTH_DATE',
    birthDate: birthYearMonth,
    observedOn: openedOn < `${birthYearMonth}-01` ? `${birthYearMonth}-01` : openedOn,
    sourceDocumentId: INTAKE_SOURCE_ID,
  };
}

/**
 * Whole years of age on a day, as [youngest, oldest]: one value for a full birth date, and for a
 * birth month the ages of someone born on its last and on its first day.
 */
export function ageBounds(birthDate: string, asOf: string): [number, number] {
  if (birthDate.length === 10) {
    const age = wholeYearsBetween(birthDate, asOf);
    return [age, age];
  }
  const [year, month] = birthDate.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [wholeYearsBetween(`${birthDate}-${String(lastDay).padStart(2, '0')}`, asOf), wholeYearsBetween(`${birthDate}-01`, asOf)];
}

/** A case's current summary: its (non-retracted) facts, newest observation first. */
export interface OncologySummary {
  caseId: string;
  facts: readonly SummaryFact[];
}

/** Assembles the summary from the current facts. Age is not a fact: it follows BIRTH_DATE as of the screening date. */
export function summaryOf(caseId: string, facts: SummaryFact[]): OncologySummary {
  return { caseId, facts: [...facts].sort((a, b) => b.observedOn.localeCompare(a.observedOn)) };
}

/** An assessment of a MANUAL criterion by the team, citing a document of the case. */
export interface ManualAssessment {
  criterionId: string;
  criteriaVersion: number;
  /** The line as it read when assessed; the assessment still counts in a later version that left it unchanged. */
  criterion?: CriterionLine;
  /** In the criterion's convention: MET = the line does not stand in the way (an exclusion that does not apply). */
  status: 'MET' | 'NOT_MET';
  assessedBy: string;
  /** ISO timestamp. */
  assessedAt: string;
  sourceDocumentId: string;
  note?: string;
}

/**
 * Relapsed or refractory, derived from the lines: refractory when the last line never responded (SD or PD),
 * relapsed when it responded and the disease then progressed (its reasonStopped PROGRESSION). A response
 * with no progression on file, or a response that could not be evaluated, is UNDETERMINED — a remission
 * is never read as a relapse.
 */
export function diseaseStatus(lines: FactOf<'LINE_OF_THERAPY'>[]): 'REFRACTORY' | 'RELAPSED' | 'NO_PRIOR_THERAPY' | 'UNDETERMINED' {
  if (lines.length === 0) return 'NO_PRIOR_THERAPY';
  const last = lastLine(lines);
  if (last.bestResponse === 'SD' || last.bestResponse === 'PD') return 'REFRACTORY';
  return last.bestResponse !== 'NOT_EVALUABLE' && last.reasonStopped === 'PROGRESSION' ? 'RELAPSED' : 'UNDETERMINED';
}

/**
 * What a fact reads (an analyte, a marker by method and intensity, a test, a score, a condition, or the kind
 * itself): the newest fact of a key is the one screening uses, so two of one key observed the same day must
 * agree. Undefined for kinds a day may hold many of (lines of therapy, transfusions, treatment events).
 */
export function readingKey(fact: SummaryFact): string | undefined {
  switch (fact.kind) {
    case 'LAB':
      return `LAB:${fact.analyte}`;
    case 'MARKER':
      return `MARKER:${fact.marker}:${fact.method}:${fact.intensity ?? 1}`;
    case 'SEROLOGY':
      return `SEROLOGY:${fact.test}`;
    case 'VIRAL_LOAD':
      return `VIRAL_LOAD:${fact.virus}`;
    case 'SCORE':
      return `SCORE:${fact.score}`;
    case 'CONDITION':
      return `CONDITION:${fact.condition ?? fact.icd10}`;
    case 'LINE_OF_THERAPY':
    case 'TRANSFUSION':
    case 'PRIOR_THERAPY_EVENT':
      return undefined;
    default:
      return fact.kind;
  }
}

/** Whether two facts of one key say the same: the same quantity in any unit (88.4 µmol/L is 1.0 mg/dL), else the same fields. */
export function sameReading(a: SummaryFact, b: SummaryFact): boolean {
  if (a.kind === 'LAB' && b.kind === 'LAB') {
    const [valueA, valueB] = [toCanonical(a.analyte, a.value, a.unit), toCanonical(b.analyte, b.value, b.unit)];
    const [highA, highB] = [a.referenceRange?.high, b.referenceRange?.high].map((high, index) =>
      high === undefined ? undefined : toCanonical(a.analyte, high, index === 0 ? a.unit : b.unit),
    );
    return valueA === valueB && (highA === undefined || highB === undefined || highA === highB);
  }
  if (a.kind === 'WEIGHT' && b.kind === 'WEIGHT') return Math.abs(weightInKg(a) - weightInKg(b)) < 0.05;
  const fields = (fact: SummaryFact) =>
    JSON.stringify(
      Object.entries(fact)
        .filter(([key]) => key !== 'observedOn' && key !== 'sourceDocumentId')
        .sort(),
    );
  return fields(a) === fields(b);
}

/** The line begun last. */
export const lastLine = (lines: FactOf<'LINE_OF_THERAPY'>[]) => [...lines].sort((a, b) => a.start.localeCompare(b.start)).at(-1)!;

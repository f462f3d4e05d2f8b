import { ICD10_PATTERN } from '@carta/contracts';
import {
  Analyte,
  analyteDefinition,
  isAssayUnit,
  plausibilityProblemIn,
  resolveAnalyte,
  resolveSerologyTest,
  SEROLOGY_TESTS,
  SerologyTest,
  toCanonical,
  unitProblem,
  Virus,
  VIRAL_LOAD_ANALYTE,
} from './analytes';
import { resolveMarker } from './markers';
import { Score, scoreProblem, SCORES } from './scores';
import { hasForbiddenCharacter } from '../text';
import { normaliseUnit, tidy, UcumUnit } from './units';

/**
 * The criteria language (docs/criteria-language.md): a trial's criteria as versioned data (JSON),
 * one criterion per registry line. A criterion is STRUCTURED (a rule the engine evaluates on the
 * oncology summary) or MANUAL (`rule: { manual: true }`: the team assesses it, citing a document).
 * Conditions compare facts, labs (thresholds carry UCUM units and are converted to the analyte's
 * canonical unit when parsed), markers by official symbol, infection status, time since a therapy,
 * coded conditions, scores, and combine with all / any / not in three-valued logic.
 */
export type Comparator = '>' | '>=' | '<' | '<=';

/** Numeric facts of the summary and their bounds (a threshold outside them is refused). */
export const NUMERIC_FACTS = {
  /** Years, computed from the birth date as of the screening date. */
  age: { min: 0, max: 120, integer: false },
  ecog: { min: 0, max: 5, integer: true },
  /** Karnofsky performance status, 0–100 in steps of 10. */
  karnofsky: { min: 0, max: 100, integer: true },
  /** Left-ventricular ejection fraction, %. */
  lvef: { min: 0, max: 100, integer: false },
  /** Oxygen saturation by pulse oximetry, %. */
  spo2: { min: 0, max: 100, integer: false },
  /** Count of LINE_OF_THERAPY facts. */
  priorLines: { min: 0, max: 30, integer: true },
  lifeExpectancyWeeks: { min: 0, max: 520, integer: false },
  /** As registries write it ("expected survival > 3 months"); compared with an estimate in weeks only where the calendar months' lengths (3 months: 89–92 days) cannot change the answer. */
  lifeExpectancyMonths: { min: 0, max: 120, integer: false },
  weightKg: { min: 0, max: 400, integer: false },
} as const;
export type NumericFact = keyof typeof NUMERIC_FACTS;
/** @deprecated name kept for callers of the first language: a numeric fact. */
export type FactName = NumericFact;

/** Therapies a PRIOR_THERAPY_EVENT fact records (mCODE: CancerRelatedMedicationAdministration / Procedure). */
export const THERAPIES = [
  'CHEMOTHERAPY',
  'RADIOTHERAPY',
  'AUTOLOGOUS_TRANSPLANT',
  'ALLOGENEIC_TRANSPLANT',
  'CAR_T',
  'OTHER_CELL_THERAPY',
  'DONOR_LYMPHOCYTE_INFUSION',
  'ANTIBODY_THERAPY',
  'BISPECIFIC_ANTIBODY',
  'ANTIBODY_DRUG_CONJUGATE',
  'CHECKPOINT_INHIBITOR',
  'TARGETED_THERAPY',
  'SYSTEMIC_STEROIDS',
  'IMMUNOSUPPRESSANT',
  'INVESTIGATIONAL_AGENT',
  'MAJOR_SURGERY',
  'LIVE_VACCINE',
] as const;
export type Therapy = (typeof THERAPIES)[number];

/** `since` anchors: the newest event among these therapies. */
export const SINCE_EVENTS = {
  LAST_CHEMOTHERAPY: ['CHEMOTHERAPY'],
  LAST_RADIOTHERAPY: ['RADIOTHERAPY'],
  TRANSPLANT: ['AUTOLOGOUS_TRANSPLANT', 'ALLOGENEIC_TRANSPLANT'],
  AUTOLOGOUS_TRANSPLANT: ['AUTOLOGOUS_TRANSPLANT'],
  ALLOGENEIC_TRANSPLANT: ['ALLOGENEIC_TRANSPLANT'],
  PRIOR_CAR_T: ['CAR_T'],
  LAST_CELL_THERAPY: ['CAR_T', 'OTHER_CELL_THERAPY', 'DONOR_LYMPHOCYTE_INFUSION'],
  LAST_DONOR_LYMPHOCYTE_INFUSION: ['DONOR_LYMPHOCYTE_INFUSION'],
  LAST_ANTIBODY_THERAPY: ['ANTIBODY_THERAPY', 'BISPECIFIC_ANTIBODY', 'ANTIBODY_DRUG_CONJUGATE', 'CHECKPOINT_INHIBITOR'],
  LAST_CHECKPOINT_INHIBITOR: ['CHECKPOINT_INHIBITOR'],
  LAST_TARGETED_THERAPY: ['TARGETED_THERAPY'],
  LAST_SYSTEMIC_STEROIDS: ['SYSTEMIC_STEROIDS'],
  LAST_IMMUNOSUPPRESSANT: ['IMMUNOSUPPRESSANT'],
  LAST_INVESTIGATIONAL_AGENT: ['INVESTIGATIONAL_AGENT'],
  LAST_MAJOR_SURGERY: ['MAJOR_SURGERY'],
  LAST_LIVE_VACCINE: ['LIVE_VACCINE'],
  LAST_ANTICANCER_THERAPY: [
    'CHEMOTHERAPY',
    'RADIOTHERAPY',
    'CAR_T',
    'OTHER_CELL_THERAPY',
    'ANTIBODY_THERAPY',
    'BISPECIFIC_ANTIBODY',
    'ANTIBODY_DRUG_CONJUGATE',
    'CHECKPOINT_INHIBITOR',
    'TARGETED_THERAPY',
    'INVESTIGATIONAL_AGENT',
  ],
} as const satisfies Record<string, readonly Therapy[]>;
export type SinceEvent = keyof typeof SINCE_EVENTS;

/** Coded conditions (comorbidities, complications) a CONDITION fact records; any other by ICD-10. */
export const CONDITION_CODES = [
  'AUTOIMMUNE_DISEASE',
  'CNS_INVOLVEMENT',
  'CNS_DISORDER',
  'SEIZURE_DISORDER',
  'HEART_FAILURE',
  'MYOCARDIAL_INFARCTION',
  'UNSTABLE_ANGINA',
  'CARDIAC_ARRHYTHMIA',
  'UNCONTROLLED_HYPERTENSION',
  'SYSTEMIC_INFECTION',
  'TUBERCULOSIS',
  'GVHD',
  'SECOND_MALIGNANCY',
  'PRIMARY_IMMUNODEFICIENCY',
  'INTERSTITIAL_LUNG_DISEASE',
  'VENOUS_THROMBOEMBOLISM',
  'BLEEDING_DISORDER',
  'LIVER_CIRRHOSIS',
  'SOLID_ORGAN_TRANSPLANT',
  'PREGNANCY',
  'BREASTFEEDING',
  'PSYCHIATRIC_DISORDER',
  'HYPERSENSITIVITY_TO_STUDY_AGENTS',
] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

/** Drug classes a LINE_OF_THERAPY fact lists (for "triple-class exposed" and the like). */
export const DRUG_CLASSES = [
  'PROTEASOME_INHIBITOR',
  'IMMUNOMODULATORY_DRUG',
  'ANTI_CD38',
  'ANTI_CD20',
  'ANTI_CD19',
  'ANTI_BCMA',
  'BTK_INHIBITOR',
  'BCL2_INHIBITOR',
  'ALKYLATING_AGENT',
  'ANTHRACYCLINE',
  'PLATINUM',
  'FLUOROPYRIMIDINE',
  'TAXANE',
  'CHECKPOINT_INHIBITOR',
  'ANTI_HER2',
  'ANTI_VEGF',
  'TYROSINE_KINASE_INHIBITOR',
  'HYPOMETHYLATING_AGENT',
  'BISPECIFIC_ANTIBODY',
  'ANTIBODY_DRUG_CONJUGATE',
  'CAR_T',
  'STEM_CELL_TRANSPLANT',
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

/**
 * The treatment a drug class on a line of therapy is, for washouts and prior-therapy lines: a line ending on a
 * day is that treatment received that day. Classes that name no one treatment (a proteasome inhibitor, an IMiD,
 * anti-BCMA of any form, a transplant of either kind) count only as anticancer therapy.
 */
export const THERAPY_OF_DRUG_CLASS: Partial<Record<DrugClass, Therapy>> = {
  ALKYLATING_AGENT: 'CHEMOTHERAPY',
  ANTHRACYCLINE: 'CHEMOTHERAPY',
  PLATINUM: 'CHEMOTHERAPY',
  FLUOROPYRIMIDINE: 'CHEMOTHERAPY',
  TAXANE: 'CHEMOTHERAPY',
  HYPOMETHYLATING_AGENT: 'CHEMOTHERAPY',
  ANTI_CD38: 'ANTIBODY_THERAPY',
  ANTI_CD20: 'ANTIBODY_THERAPY',
  ANTI_CD19: 'ANTIBODY_THERAPY',
  ANTI_HER2: 'ANTIBODY_THERAPY',
  ANTI_VEGF: 'ANTIBODY_THERAPY',
  BISPECIFIC_ANTIBODY: 'BISPECIFIC_ANTIBODY',
  ANTIBODY_DRUG_CONJUGATE: 'ANTIBODY_DRUG_CONJUGATE',
  CHECKPOINT_INHIBITOR: 'CHECKPOINT_INHIBITOR',
  TYROSINE_KINASE_INHIBITOR: 'TARGETED_THERAPY',
  BTK_INHIBITOR: 'TARGETED_THERAPY',
  BCL2_INHIBITOR: 'TARGETED_THERAPY',
  CAR_T: 'CAR_T',
};

export const INFECTION_STATUSES = ['ACTIVE', 'CHRONIC_CONTROLLED', 'RESOLVED', 'NEGATIVE'] as const;
export type InfectionStatus = (typeof INFECTION_STATUSES)[number];
export const MARKER_METHODS = ['IHC', 'FLOW', 'PCR', 'NGS', 'FISH', 'ISH'] as const;
export type MarkerMethod = (typeof MARKER_METHODS)[number];
export const DISEASE_STATUSES = ['RELAPSED', 'REFRACTORY', 'NO_PRIOR_THERAPY'] as const;
export type DiseaseStatus = (typeof DISEASE_STATUSES)[number];

/**
 * How long a fact counts after it was observed, by fact kind, unless a clause says `withinDays`.
 * Kinds without an entry (birth date, sex, diagnosis, histology, lines of therapy) do not age.
 * Positive history (a transfusion, a CAR-T given) never ages; a statement that something did NOT
 * happen (no chemotherapy since…, no active autoimmune disease) is current only within its window.
 */
export const RECENCY_DAYS = {
  LAB: 28,
  VIRAL_LOAD: 28,
  SEROLOGY: 28,
  ECOG: 28,
  KARNOFSKY: 28,
  SPO2: 28,
  WEIGHT: 28,
  LIFE_EXPECTANCY: 28,
  LVEF: 90,
  MARKER: 180,
  HER2: 180,
  CONDITION: 90,
  SCORE: 28,
  IMAGING: 56,
  STAGE: 90,
  /** Treatment-history statements (never received / nothing since). */
  PRIOR_THERAPY_EVENT: 28,
} as const;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: NumericFact; op: Comparator; value: number; withinDays?: number }
  | { sex: 'female' | 'male' }
  | { diagnosisIn: string[] }
  | { histologyIn: string[] }
  | { stageIn: string[]; withinDays?: number }
  | { her2: 'NEGATIVE' | 'POSITIVE'; withinDays?: number }
  | { lab: Analyte | string; op: Comparator; value: number; unit: UcumUnit | string; withinDays?: number; noTransfusionWithinDays?: number }
  | { lab: Analyte | string; op: Comparator; timesUpperLimit: number; withinDays?: number }
  | { marker: string; method?: MarkerMethod; op: Comparator; percent: number; minIntensity?: 1 | 2 | 3; withinDays?: number }
  | { marker: string; method?: MarkerMethod; result: 'POSITIVE' | 'NEGATIVE'; withinDays?: number }
  | { infection: Virus; status: InfectionStatus | InfectionStatus[]; withinDays?: number }
  | { serology: SerologyTest; result: 'REACTIVE' | 'NON_REACTIVE'; withinDays?: number }
  | { viralLoad: Virus; op: Comparator; value: number; unit: UcumUnit | string; withinDays?: number }
  | { since: SinceEvent; op: Comparator; days: number; withinDays?: number }
  | { received: Therapy | Therapy[]; target?: string; withinDays?: number }
  | { condition: ConditionCode; includeHistory?: boolean; nyhaClassAtLeast?: 1 | 2 | 3 | 4; onsetWithinDays?: number; withinDays?: number }
  | { conditionIcd10: string[]; includeHistory?: boolean; withinDays?: number }
  | { score: Score; op: Comparator; value: number; withinDays?: number }
  | { score: 'CHILD_PUGH'; classIn: ('A' | 'B' | 'C')[]; withinDays?: number }
  | { diseaseStatusIn: DiseaseStatus[] }
  | { exposedTo: DrugClass | DrugClass[] }
  | { measurableDisease: true; withinDays?: number };

/** The whole rule of a MANUAL criterion: the team decides, citing a document. */
export interface ManualRule {
  manual: true;
}

export interface Criterion {
  id: string;
  kind: 'INCLUSION' | 'EXCLUSION';
  /** The registry's wording of the line, shown beside every verdict. */
  text: string;
  appliesWhen?: Condition;
  rule: Condition | ManualRule;
  /** The encoder's note (why a line is manual, which reading was taken). */
  note?: string;
}

export interface TrialCriteria {
  version: number;
  criteria: Criterion[];
}

export type CriterionMode = 'STRUCTURED' | 'MANUAL';
export const isManualRule = (rule: Criterion['rule']): rule is ManualRule => 'manual' in rule;
export const criterionMode = (criterion: Criterion): CriterionMode => (isManualRule(criterion.rule) ? 'MANUAL' : 'STRUCTURED');

/** What a criterion asks, without the encoder's note: the part an assessment judged. */
export type CriterionLine = Pick<Criterion, 'kind' | 'text' | 'appliesWhen' | 'rule'>;

const canonicalJson = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonicalJson).join(',')}]`
    : typeof value === 'object' && value !== null
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
          .join(',')}}`
      : JSON.stringify(value);

/** The line as an assessment keeps it (key order and the note do not matter). */
export function criterionLine(criterion: CriterionLine): CriterionLine {
  const { kind, text, appliesWhen, rule } = criterion;
  return appliesWhen === undefined ? { kind, text, rule } : { kind, text, appliesWhen, rule };
}

/** Whether two criteria ask the same thing: same list, words, condition and rule. */
export function sameCriterionLine(a: CriterionLine, b: CriterionLine): boolean {
  return canonicalJson(criterionLine(a)) === canonicalJson(criterionLine(b));
}

export class InvalidCriteria extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InvalidCriteria';
  }
}

const COMPARATORS: Comparator[] = ['>', '>=', '<', '<='];
/** all / any / not groups inside one another; real registry lines need three or four. */
const MAX_NESTING = 16;
const WITHIN = ['withinDays'];
/** Each clause form: its key and every field it may carry. */
const SHAPES: [string, string[]][] = [
  ['all', ['all']],
  ['any', ['any']],
  ['not', ['not']],
  ['manual', ['manual']],
  ['fact', ['fact', 'op', 'value', ...WITHIN]],
  ['sex', ['sex']],
  ['diagnosisIn', ['diagnosisIn']],
  ['histologyIn', ['histologyIn']],
  ['stageIn', ['stageIn', ...WITHIN]],
  ['her2', ['her2', ...WITHIN]],
  ['lab', ['lab', 'op', 'value', 'unit', 'timesUpperLimit', 'noTransfusionWithinDays', ...WITHIN]],
  ['marker', ['marker', 'method', 'op', 'percent', 'minIntensity', 'result', ...WITHIN]],
  ['infection', ['infection', 'status', ...WITHIN]],
  ['serology', ['serology', 'result', ...WITHIN]],
  ['viralLoad', ['viralLoad', 'op', 'value', 'unit', ...WITHIN]],
  ['since', ['since', 'op', 'days', ...WITHIN]],
  ['received', ['received', 'target', ...WITHIN]],
  ['conditionIcd10', ['conditionIcd10', 'includeHistory', ...WITHIN]],
  ['condition', ['condition', 'includeHistory', 'nyhaClassAtLeast', 'onsetWithinDays', ...WITHIN]],
  ['score', ['score', 'op', 'value', 'classIn', ...WITHIN]],
  ['diseaseStatusIn', ['diseaseStatusIn']],
  ['exposedTo', ['exposedTo']],
  ['measurableDisease', ['measurableDisease', ...WITHIN]],
  // The first language's forms, refused with a pointer to their replacement.
  ['derived', ['derived']],
  ['flag', ['flag']],
];

const MORPHOLOGY = /^[0-9]{3,4}(\/[0-9])?$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Canonical thresholds worked out when criteria are parsed, read by the engine. */
const canonicalThresholds = new WeakMap<object, number>();

/** A lab / viral-load threshold in the analyte's canonical unit (converted once, when parsed); not for an assay-dependent unit. */
export function canonicalThreshold(clause: { value: number; unit: string; lab?: string; viralLoad?: Virus }): number {
  let value = canonicalThresholds.get(clause);
  if (value === undefined) {
    const analyte = clause.viralLoad ? VIRAL_LOAD_ANALYTE[clause.viralLoad] : (resolveAnalyte(clause.lab!) as Analyte);
    value = toCanonical(analyte, clause.value, clause.unit);
    canonicalThresholds.set(clause, value);
  }
  return value;
}

class Checker {
  number(node: Json, key: string, path: string, bounds: { min?: number; max?: number; integer?: boolean; positive?: boolean; what?: string } = {}): number {
    const value = node[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidCriteria(`${path}.${key}`, 'must be a number');
    const what = bounds.what ?? key;
    if (bounds.integer && !Number.isInteger(value)) throw new InvalidCriteria(`${path}.${key}`, `${what} must be a whole number`);
    if (bounds.positive && value <= 0) throw new InvalidCriteria(`${path}.${key}`, `${what} must be above zero`);
    if (bounds.min !== undefined && value < bounds.min) throw new InvalidCriteria(`${path}.${key}`, `${what} must be at least ${bounds.min}`);
    if (bounds.max !== undefined && value > bounds.max) throw new InvalidCriteria(`${path}.${key}`, `${what} must be at most ${bounds.max}`);
    return value;
  }

  days(node: Json, key: string, path: string): void {
    if (key in node) this.number(node, key, path, { integer: true, positive: true, max: 36_500, what: key });
  }

  list<T extends string>(node: Json, key: string, path: string, allowed: readonly T[] | null, pattern?: RegExp, hint?: string): T[] {
    const list = node[key];
    if (!Array.isArray(list) || list.length === 0) throw new InvalidCriteria(`${path}.${key}`, 'must be a non-empty list');
    list.forEach((item, index) => {
      if (typeof item !== 'string' || (allowed && !allowed.includes(item as T)) || (pattern && !pattern.test(item))) {
        throw new InvalidCriteria(`${path}.${key}[${index}]`, hint ?? `must be one of ${allowed!.join(', ')}`);
      }
    });
    return list as T[];
  }

  oneOf<T extends string>(node: Json, key: string, path: string, allowed: readonly T[]): T {
    if (!allowed.includes(node[key] as T)) throw new InvalidCriteria(`${path}.${key}`, `must be one of ${allowed.join(', ')}`);
    return node[key] as T;
  }

  op(node: Json, path: string): void {
    if (!COMPARATORS.includes(node.op as Comparator)) throw new InvalidCriteria(`${path}.op`, `must be one of ${COMPARATORS.join(' ')}`);
  }

  /** Validates a condition and returns it normalised (analyte names, marker symbols, UCUM units). */
  condition(node: unknown, path: string, depth = 0): Condition {
    if (depth > MAX_NESTING) throw new InvalidCriteria(path, `conditions nest at most ${MAX_NESTING} groups deep`);
    if (!isObject(node)) throw new InvalidCriteria(path, 'must be an object');
    const shape = SHAPES.find(([key]) => key in node);
    if (!shape)
      throw new InvalidCriteria(
        path,
        `unknown condition; use one of ${SHAPES.slice(0, -2)
          .map(([key]) => key)
          .join(', ')}`,
      );
    const [kind, allowed] = shape;
    for (const key of Object.keys(node)) if (!allowed.includes(key)) throw new InvalidCriteria(path, `unknown field "${key}" in a ${kind} condition`);
    if (allowed.includes('op') && (kind !== 'marker' || !('result' in node)) && (kind !== 'score' || !('classIn' in node))) this.op(node, path);
    this.days(node, 'withinDays', path);
    switch (kind) {
      case 'all':
      case 'any': {
        const list = node[kind];
        if (!Array.isArray(list) || list.length === 0) throw new InvalidCriteria(`${path}.${kind}`, 'must be a non-empty list');
        return { [kind]: list.map((child, index) => this.condition(child, `${path}.${kind}[${index}]`, depth + 1)) } as Condition;
      }
      case 'not':
        return { not: this.condition(node.not, `${path}.not`, depth + 1) };
      case 'manual':
        throw new InvalidCriteria(path, 'manual is a whole rule ({ "manual": true }), not a part of a condition');
      case 'derived':
        throw new InvalidCriteria(`${path}.derived`, 'derived values are labs now: { "lab": "crcl", "op": ">=", "value": 40, "unit": "mL/min" }');
      case 'flag':
        throw new InvalidCriteria(`${path}.flag`, 'flags are gone: use received, condition, infection or diseaseStatusIn (docs/criteria-language.md)');
      case 'fact': {
        const fact = node.fact as NumericFact;
        if (!(fact in NUMERIC_FACTS)) throw new InvalidCriteria(`${path}.fact`, `unknown fact; known: ${Object.keys(NUMERIC_FACTS).join(', ')}`);
        this.number(node, 'value', path, { ...NUMERIC_FACTS[fact], what: fact });
        if (fact === 'karnofsky' && (node.value as number) % 10 !== 0) throw new InvalidCriteria(`${path}.value`, 'karnofsky moves in steps of 10');
        return { ...node } as Condition;
      }
      case 'sex':
        this.oneOf(node, 'sex', path, ['female', 'male']);
        return { sex: node.sex } as Condition;
      case 'diagnosisIn':
        return { diagnosisIn: this.list(node, 'diagnosisIn', path, null, ICD10_PATTERN, 'must be an ICD-10 code or prefix like C16 or C16.0') };
      case 'histologyIn':
        return { histologyIn: this.list(node, 'histologyIn', path, null, MORPHOLOGY, 'must be an ICD-O-3 morphology code or prefix like 9680/3, 9680 or 968') };
      case 'stageIn':
        this.list(node, 'stageIn', path, null, /^[0-9A-Za-z ._-]{1,30}$/, 'must name stage groups like IV, IIIB or R-ISS III');
        return { ...node } as Condition;
      case 'her2':
        this.oneOf(node, 'her2', path, ['NEGATIVE', 'POSITIVE']);
        return { ...node } as Condition;
      case 'lab':
        return this.lab(node, path);
      case 'marker':
        return this.marker(node, path);
      case 'infection': {
        this.oneOf(node, 'infection', path, Object.keys(VIRAL_LOAD_ANALYTE) as Virus[]);
        if (Array.isArray(node.status)) this.list(node, 'status', path, INFECTION_STATUSES);
        else this.oneOf(node, 'status', path, INFECTION_STATUSES);
        return { ...node } as Condition;
      }
      case 'serology': {
        const test = typeof node.serology === 'string' ? resolveSerologyTest(node.serology) : undefined;
        if (!test)
          throw new InvalidCriteria(
            `${path}.serology`,
            `unknown serology test; use one of ${Object.keys(SEROLOGY_TESTS).join(', ')} (or its name or LOINC code)`,
          );
        this.oneOf(node, 'result', path, ['REACTIVE', 'NON_REACTIVE']);
        return { ...node, serology: test } as Condition;
      }
      case 'viralLoad': {
        const virus = this.oneOf(node, 'viralLoad', path, Object.keys(VIRAL_LOAD_ANALYTE) as Virus[]);
        return this.threshold(node, path, VIRAL_LOAD_ANALYTE[virus], { ...node, viralLoad: virus });
      }
      case 'since':
        this.oneOf(node, 'since', path, Object.keys(SINCE_EVENTS) as SinceEvent[]);
        this.number(node, 'days', path, { integer: true, positive: true, max: 36_500, what: 'days' });
        return { ...node } as Condition;
      case 'received': {
        if (Array.isArray(node.received)) this.list(node, 'received', path, THERAPIES);
        else this.oneOf(node, 'received', path, THERAPIES);
        const normalised: Json = { ...node };
        if ('target' in node) normalised.target = this.markerId(node.target, `${path}.target`);
        return normalised as Condition;
      }
      case 'condition':
        this.oneOf(node, 'condition', path, CONDITION_CODES);
        if ('includeHistory' in node && typeof node.includeHistory !== 'boolean') throw new InvalidCriteria(`${path}.includeHistory`, 'must be true or false');
        if ('nyhaClassAtLeast' in node) this.number(node, 'nyhaClassAtLeast', path, { integer: true, min: 1, max: 4, what: 'NYHA class' });
        if ('nyhaClassAtLeast' in node && node.condition !== 'HEART_FAILURE')
          throw new InvalidCriteria(`${path}.nyhaClassAtLeast`, 'only HEART_FAILURE has a NYHA class');
        this.days(node, 'onsetWithinDays', path);
        return { ...node } as Condition;
      case 'conditionIcd10':
        this.list(node, 'conditionIcd10', path, null, ICD10_PATTERN, 'must be an ICD-10 code or prefix like I50 or I21.4');
        if ('includeHistory' in node && typeof node.includeHistory !== 'boolean') throw new InvalidCriteria(`${path}.includeHistory`, 'must be true or false');
        return { ...node } as Condition;
      case 'score': {
        const score = this.oneOf(node, 'score', path, Object.keys(SCORES) as Score[]);
        if ('classIn' in node) {
          if (score !== 'CHILD_PUGH') throw new InvalidCriteria(`${path}.classIn`, 'only CHILD_PUGH has classes');
          if ('op' in node || 'value' in node) throw new InvalidCriteria(path, 'a score condition takes either classIn or op and value');
          this.list(node, 'classIn', path, ['A', 'B', 'C']);
          return { ...node } as Condition;
        }
        this.number(node, 'value', path);
        const problem = scoreProblem(score, node.value as number);
        if (problem) throw new InvalidCriteria(`${path}.value`, problem);
        return { ...node } as Condition;
      }
      case 'diseaseStatusIn':
        return { diseaseStatusIn: this.list(node, 'diseaseStatusIn', path, DISEASE_STATUSES) };
      case 'exposedTo':
        if (Array.isArray(node.exposedTo)) this.list(node, 'exposedTo', path, DRUG_CLASSES);
        else this.oneOf(node, 'exposedTo', path, DRUG_CLASSES);
        return { exposedTo: node.exposedTo } as Condition;
      case 'measurableDisease':
        if (node.measurableDisease !== true) throw new InvalidCriteria(`${path}.measurableDisease`, 'must be true (use not for its absence)');
        return { ...node } as Condition;
    }
    throw new InvalidCriteria(path, 'unknown condition');
  }

  markerId(name: unknown, path: string): string {
    if (typeof name !== 'string' || name.trim().length === 0) throw new InvalidCriteria(path, 'must name an antigen or gene');
    const marker = resolveMarker(name);
    if (!marker) throw new InvalidCriteria(path, 'unknown antigen or gene; use its HGNC symbol or a known alias (docs/criteria-language.md, Antigens)');
    return marker.id;
  }

  marker(node: Json, path: string): Condition {
    const normalised: Json = { ...node, marker: this.markerId(node.marker, `${path}.marker`) };
    if ('method' in node) this.oneOf(node, 'method', path, MARKER_METHODS);
    if ('result' in node) {
      if ('op' in node || 'percent' in node || 'minIntensity' in node)
        throw new InvalidCriteria(path, 'a marker condition takes either result or op and percent');
      this.oneOf(node, 'result', path, ['POSITIVE', 'NEGATIVE']);
      return normalised as Condition;
    }
    this.number(node, 'percent', path, { min: 0, max: 100, what: 'percent' });
    if ('minIntensity' in node) this.number(node, 'minIntensity', path, { integer: true, min: 1, max: 3, what: 'minIntensity' });
    return normalised as Condition;
  }

  lab(node: Json, path: string): Condition {
    if (typeof node.lab !== 'string') throw new InvalidCriteria(`${path}.lab`, 'must name an analyte by Carta name or LOINC code');
    const analyte = resolveAnalyte(node.lab);
    if (!analyte) throw new InvalidCriteria(`${path}.lab`, 'unknown analyte; name it by Carta name or LOINC code (docs/criteria-language.md, Labs)');
    if (analyteDefinition(analyte).factKind === 'VIRAL_LOAD')
      throw new InvalidCriteria(`${path}.lab`, 'viral loads take { "viralLoad": "HBV" | "HCV" | "HIV", … }');
    if ('value' in node === 'timesUpperLimit' in node)
      throw new InvalidCriteria(path, 'a lab condition takes exactly one of value (with unit) or timesUpperLimit');
    this.days(node, 'noTransfusionWithinDays', path);
    if ('timesUpperLimit' in node) {
      if ('unit' in node) throw new InvalidCriteria(`${path}.unit`, 'a multiple of the upper limit of normal has no unit');
      this.number(node, 'timesUpperLimit', path, { positive: true, max: 100, what: 'a multiple of the upper limit of normal' });
      return { ...node, lab: analyte } as Condition;
    }
    return this.threshold(node, path, analyte, { ...node, lab: analyte });
  }

  /** A value with its unit: the unit must fit the analyte and the converted value be plausible. */
  threshold(node: Json, path: string, analyte: Analyte, normalised: Json): Condition {
    this.number(node, 'value', path);
    if (typeof node.unit !== 'string')
      throw new InvalidCriteria(`${path}.unit`, `a threshold needs its unit (UCUM), e.g. ${Object.keys(analyteDefinition(analyte).units).join(' or ')}`);
    const problem = unitProblem(analyte, node.unit);
    if (problem) throw new InvalidCriteria(`${path}.unit`, problem);
    normalised.unit = normaliseUnit(node.unit);
    const implausible = plausibilityProblemIn(analyte, node.value as number, node.unit);
    if (implausible) throw new InvalidCriteria(`${path}.value`, `${implausible} (is the unit right?)`);
    // A threshold in an assay-dependent unit (HBV DNA copies/mL) stays in it: the engine compares across units as an interval.
    if (!isAssayUnit(analyte, node.unit)) canonicalThresholds.set(normalised, tidy(toCanonical(analyte, node.value as number, node.unit)));
    return normalised as Condition;
  }
}

/**
 * Validates criteria data and returns them normalised (analytes by Carta name, markers by official
 * symbol, units as UCUM codes; thresholds converted to canonical units). The error points at the
 * bad clause, e.g. `criteria[3].rule.all[1].unit`. Parsing parsed criteria returns equal criteria.
 */
export function parseCriteria(input: unknown): TrialCriteria {
  if (!isObject(input)) throw new InvalidCriteria('criteria', 'must be an object with version and criteria');
  for (const key of Object.keys(input)) if (key !== 'version' && key !== 'criteria') throw new InvalidCriteria('criteria', `unknown field "${key}"`);
  if (!Number.isInteger(input.version) || (input.version as number) < 1) throw new InvalidCriteria('version', 'must be a positive integer');
  if (!Array.isArray(input.criteria) || input.criteria.length === 0) throw new InvalidCriteria('criteria', 'must be a non-empty list');
  const check = new Checker();
  const ids = new Set<string>();
  const criteria = input.criteria.map((criterion: unknown, index: number): Criterion => {
    const path = `criteria[${index}]`;
    if (!isObject(criterion)) throw new InvalidCriteria(path, 'must be an object');
    for (const key of Object.keys(criterion))
      if (!['id', 'kind', 'text', 'appliesWhen', 'rule', 'note'].includes(key)) throw new InvalidCriteria(path, `unknown field "${key}"`);
    if (typeof criterion.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(criterion.id))
      throw new InvalidCriteria(`${path}.id`, 'must be 1–64 letters, digits, dots, dashes or underscores');
    if (ids.has(criterion.id)) throw new InvalidCriteria(`${path}.id`, `"${criterion.id}" is used twice`);
    ids.add(criterion.id);
    if (criterion.kind !== 'INCLUSION' && criterion.kind !== 'EXCLUSION') throw new InvalidCriteria(`${path}.kind`, 'must be INCLUSION or EXCLUSION');
    if (typeof criterion.text !== 'string' || criterion.text.trim().length === 0 || criterion.text.length > 2000)
      throw new InvalidCriteria(`${path}.text`, 'must quote the registry line (1–2000 characters)');
    if ('note' in criterion && (typeof criterion.note !== 'string' || criterion.note.length > 2000))
      throw new InvalidCriteria(`${path}.note`, 'must be text (at most 2000 characters)');
    for (const field of ['text', 'note'] as const)
      if (typeof criterion[field] === 'string' && hasForbiddenCharacter(criterion[field] as string))
        throw new InvalidCriteria(`${path}.${field}`, 'must not contain control characters');
    const parsed: Criterion = { id: criterion.id, kind: criterion.kind, text: criterion.text, rule: undefined as never };
    if (criterion.appliesWhen !== undefined) parsed.appliesWhen = check.condition(criterion.appliesWhen, `${path}.appliesWhen`);
    const rule = criterion.rule;
    if (isObject(rule) && 'manual' in rule) {
      if (rule.manual !== true || Object.keys(rule).length !== 1) throw new InvalidCriteria(`${path}.rule`, 'a manual rule is exactly { "manual": true }');
      parsed.rule = { manual: true };
    } else {
      parsed.rule = check.condition(rule, `${path}.rule`);
    }
    if (criterion.note !== undefined) parsed.note = criterion.note as string;
    return parsed;
  });
  return { version: input.version as number, criteria };
}

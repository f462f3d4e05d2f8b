import { Analyte, ANALYTES } from './lab-standardisation';

/**
 * The criteria language: trial criteria as versioned data (JSON), not code. A criterion is an
 * inclusion or exclusion rule, optionally applying only when a condition holds (e.g. HER2 only for
 * GEJ tumours). Conditions compare summary facts, lab values (absolute in the canonical unit, or
 * as multiples of the lab's upper limit of normal), derived values, marker expression by method,
 * and combine with all / any / not. Labs count only within a window (default 28 days).
 */
export type Comparator = '>' | '>=' | '<' | '<=';
export type SummaryFact = 'age' | 'ecog' | 'lvef' | 'priorLines' | 'lifeExpectancyWeeks' | 'spo2';
/** Yes/no facts of the summary, mostly used in exclusions (e.g. prior CAR-T, active infection). */
export const SUMMARY_FLAGS = ['priorCarT', 'priorTransplant', 'autoimmuneDisease', 'cardiacDisease', 'activeInfection', 'cnsInvolvement', 'relapsedOrRefractory'] as const;
export type SummaryFlag = (typeof SUMMARY_FLAGS)[number];

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: SummaryFact; op: Comparator; value: number }
  | { diagnosisIn: string[] }
  | { her2: 'NEGATIVE' | 'POSITIVE' }
  | { flag: SummaryFlag }
  | { lab: Analyte; op: Comparator; value: number; withinDays?: number; noTransfusionWithinDays?: number }
  | { lab: Analyte; op: Comparator; timesUpperLimit: number; withinDays?: number }
  | { derived: 'crclCockcroftGault'; op: Comparator; value: number; withinDays?: number }
  | { marker: string; method: 'IHC' | 'FLOW'; op: Comparator; percent: number };

export interface Criterion {
  id: string;
  kind: 'INCLUSION' | 'EXCLUSION';
  /** The registry's wording, shown beside every verdict. */
  text: string;
  appliesWhen?: Condition;
  rule: Condition;
}

export interface TrialCriteria {
  version: number;
  criteria: Criterion[];
}

export class InvalidCriteria extends Error {
  constructor(readonly path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'InvalidCriteria';
  }
}

const COMPARATORS = ['>', '>=', '<', '<='];
const FACTS = ['age', 'ecog', 'lvef', 'priorLines', 'lifeExpectancyWeeks', 'spo2'];
const ALLOWED_KEYS: [string, string[]][] = [
  ['all', ['all']],
  ['any', ['any']],
  ['not', ['not']],
  ['fact', ['fact', 'op', 'value']],
  ['diagnosisIn', ['diagnosisIn']],
  ['her2', ['her2']],
  ['flag', ['flag']],
  ['derived', ['derived', 'op', 'value', 'withinDays']],
  ['marker', ['marker', 'method', 'op', 'percent']],
  ['lab', ['lab', 'op', 'value', 'timesUpperLimit', 'withinDays', 'noTransfusionWithinDays']],
];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function number(node: Json, key: string, path: string): void {
  if (typeof node[key] !== 'number' || !Number.isFinite(node[key])) throw new InvalidCriteria(`${path}.${key}`, 'must be a number');
}

function checkCondition(node: unknown, path: string): void {
  if (!isObject(node)) throw new InvalidCriteria(path, 'must be an object');
  const shape = ALLOWED_KEYS.find(([key]) => key in node);
  if (!shape) throw new InvalidCriteria(path, `unknown condition; use one of ${ALLOWED_KEYS.map(([key]) => key).join(', ')}`);
  const [kind, allowed] = shape;
  for (const key of Object.keys(node)) if (!allowed.includes(key)) throw new InvalidCriteria(path, `unknown field "${key}" in a ${kind} condition`);
  if ('op' in node || allowed.includes('op')) {
    if (!COMPARATORS.includes(node.op as string)) throw new InvalidCriteria(`${path}.op`, `must be one of ${COMPARATORS.join(' ')}`);
  }
  switch (kind) {
    case 'all':
    case 'any': {
      const list = node[kind];
      if (!Array.isArray(list) || list.length === 0) throw new InvalidCriteria(`${path}.${kind}`, 'must be a non-empty list');
      list.forEach((child, index) => checkCondition(child, `${path}.${kind}[${index}]`));
      return;
    }
    case 'not':
      return checkCondition(node.not, `${path}.not`);
    case 'fact':
      if (!FACTS.includes(node.fact as string)) throw new InvalidCriteria(`${path}.fact`, `unknown fact "${String(node.fact)}"; known: ${FACTS.join(', ')}`);
      return number(node, 'value', path);
    case 'diagnosisIn':
      if (!Array.isArray(node.diagnosisIn) || !node.diagnosisIn.every((code) => typeof code === 'string' && /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/.test(code))) {
        throw new InvalidCriteria(`${path}.diagnosisIn`, 'must list ICD-10 codes or prefixes like C16 or C16.0');
      }
      return;
    case 'her2':
      if (node.her2 !== 'NEGATIVE' && node.her2 !== 'POSITIVE') throw new InvalidCriteria(`${path}.her2`, 'must be NEGATIVE or POSITIVE');
      return;
    case 'flag':
      if (!(SUMMARY_FLAGS as readonly string[]).includes(node.flag as string)) throw new InvalidCriteria(`${path}.flag`, `unknown flag "${String(node.flag)}"; known: ${SUMMARY_FLAGS.join(', ')}`);
      return;
    case 'derived':
      if (node.derived !== 'crclCockcroftGault') throw new InvalidCriteria(`${path}.derived`, 'the only derived value is crclCockcroftGault');
      return number(node, 'value', path);
    case 'marker':
      if (typeof node.marker !== 'string' || node.marker.length === 0) throw new InvalidCriteria(`${path}.marker`, 'must name an antigen');
      if (node.method !== 'IHC' && node.method !== 'FLOW') throw new InvalidCriteria(`${path}.method`, 'must be IHC or FLOW');
      return number(node, 'percent', path);
    case 'lab':
      if (!(String(node.lab) in ANALYTES)) throw new InvalidCriteria(`${path}.lab`, `unknown analyte "${String(node.lab)}"`);
      if (('value' in node) === ('timesUpperLimit' in node)) throw new InvalidCriteria(path, 'a lab condition takes exactly one of value or timesUpperLimit');
      number(node, 'value' in node ? 'value' : 'timesUpperLimit', path);
      if ('withinDays' in node) number(node, 'withinDays', path);
      if ('noTransfusionWithinDays' in node) number(node, 'noTransfusionWithinDays', path);
      return;
  }
}

/** Validates criteria data; the error points at the bad clause, e.g. `criteria[3].rule.all[1].op`. */
export function parseCriteria(input: unknown): TrialCriteria {
  if (!isObject(input)) throw new InvalidCriteria('criteria', 'must be an object with version and criteria');
  if (!Number.isInteger(input.version) || (input.version as number) < 1) throw new InvalidCriteria('version', 'must be a positive integer');
  if (!Array.isArray(input.criteria) || input.criteria.length === 0) throw new InvalidCriteria('criteria', 'must be a non-empty list');
  const ids = new Set<string>();
  input.criteria.forEach((criterion: unknown, index: number) => {
    const path = `criteria[${index}]`;
    if (!isObject(criterion)) throw new InvalidCriteria(path, 'must be an object');
    for (const key of Object.keys(criterion)) if (!['id', 'kind', 'text', 'appliesWhen', 'rule'].includes(key)) throw new InvalidCriteria(path, `unknown field "${key}"`);
    if (typeof criterion.id !== 'string' || criterion.id.length === 0) throw new InvalidCriteria(`${path}.id`, 'must be a non-empty string');
    if (ids.has(criterion.id)) throw new InvalidCriteria(`${path}.id`, `"${criterion.id}" is used twice`);
    ids.add(criterion.id);
    if (criterion.kind !== 'INCLUSION' && criterion.kind !== 'EXCLUSION') throw new InvalidCriteria(`${path}.kind`, 'must be INCLUSION or EXCLUSION');
    if (typeof criterion.text !== 'string' || criterion.text.length === 0) throw new InvalidCriteria(`${path}.text`, 'must quote the criterion');
    if (criterion.appliesWhen !== undefined) checkCondition(criterion.appliesWhen, `${path}.appliesWhen`);
    checkCondition(criterion.rule, `${path}.rule`);
  });
  return input as unknown as TrialCriteria;
}

// The criteria editor's live reading of a criteria JSON (docs/criteria-language.md) as it is typed:
// each criterion and each clause as words the page translates (an i18n key and its values), so the
// office sees what a line checks before saving. The API's parser stays the judge: this only reads
// what it can and names the rest; the API's refusal, with its path, is shown beside it.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** A clause in words: `office.criteria.clause.<kind>` filled with `values`; `terms` are values the page translates first. */
export interface ClauseWords {
  kind: ClauseKind;
  values: Record<string, string>;
  /** Values that are codes the page names in the reader's language (i18n key), or shows as written when it has no name. */
  terms?: Record<string, { key: string; raw: string }>;
  /** Qualifiers (method, window, history…), each `office.criteria.modifier.<kind>` with its values. */
  modifiers: { kind: ModifierKind; values: Record<string, string> }[];
}

export const CLAUSE_KINDS = [
  'fact',
  'sex',
  'diagnosisIn',
  'histologyIn',
  'stageIn',
  'her2',
  'lab',
  'labUln',
  'markerPercent',
  'markerResult',
  'infection',
  'serology',
  'viralLoad',
  'since',
  'received',
  'condition',
  'conditionIcd10',
  'score',
  'scoreClass',
  'diseaseStatusIn',
  'exposedTo',
  'measurableDisease',
  'unknown',
] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

export const MODIFIER_KINDS = [
  'method',
  'minIntensity',
  'withinDays',
  'noTransfusionWithinDays',
  'target',
  'includeHistory',
  'nyhaClassAtLeast',
  'onsetWithinDays',
] as const;
export type ModifierKind = (typeof MODIFIER_KINDS)[number];

/** The numeric facts of the language (named in both languages, with their unit). */
export const FACTS = ['age', 'ecog', 'karnofsky', 'lvef', 'spo2', 'priorLines', 'lifeExpectancyWeeks', 'lifeExpectancyMonths', 'weightKg'] as const;

/** jsonc-parser's error names, each named in both languages (office.criteria.parseError.<code>). */
export const PARSE_ERROR_CODES = [
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
] as const;

/** One row of a rule: a group (all / any / not) or a clause, with its depth for indenting. */
export interface RuleRow {
  path: string;
  depth: number;
  logic?: 'all' | 'any' | 'not';
  clause?: ClauseWords;
}

export interface CriterionView {
  index: number;
  id: string;
  kind: string;
  text: string;
  note?: string;
  /** Automatic: the engine checks the rule on the oncology summary; manual: the team assesses it. */
  mode: 'automatic' | 'manual';
  appliesWhen: RuleRow[];
  rule: RuleRow[];
}

export interface JsonProblem {
  /** jsonc-parser's name of the error (office.criteria.parseError.<code>). */
  code: string;
  offset: number;
  line: number;
  column: number;
}

export type CriteriaReading = { kind: 'parseError'; errors: JsonProblem[] } | { kind: 'notCriteria' } | { kind: 'criteria'; criteria: CriterionView[] };

const OPS: Record<string, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };
/** The comparison as people write it (≥ rather than >=); anything else as typed, for the API to refuse. */
export const opSymbol = (op: unknown): string => OPS[String(op)] ?? String(op);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(', ') : String(value));
const text = (value: unknown): string => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/** Line and column (both from 1) of an offset in the text. */
export function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Reads a criteria document as typed: JSON errors with their position, else each criterion in words. */
export function readCriteria(source: string): CriteriaReading {
  const errors: ParseError[] = [];
  const document: unknown = parse(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length)
    return {
      kind: 'parseError',
      errors: errors.map((error) => ({ code: printParseErrorCode(error.error), offset: error.offset, ...position(source, error.offset) })),
    };
  if (!isObject(document) || !Array.isArray(document.criteria)) return { kind: 'notCriteria' };
  return {
    kind: 'criteria',
    criteria: document.criteria.map((criterion: unknown, index): CriterionView => {
      const line = isObject(criterion) ? criterion : {};
      const path = `criteria[${index}]`;
      const manual = isObject(line.rule) && line.rule.manual === true;
      return {
        index,
        id: text(line.id),
        kind: text(line.kind),
        text: text(line.text),
        note: line.note === undefined ? undefined : text(line.note),
        mode: manual ? 'manual' : 'automatic',
        appliesWhen: line.appliesWhen === undefined ? [] : rows(line.appliesWhen, `${path}.appliesWhen`, 0),
        rule: manual || line.rule === undefined ? [] : rows(line.rule, `${path}.rule`, 0),
      };
    }),
  };
}

/** A condition tree flattened depth first, groups included (as the API's `checks` are). */
export function rows(condition: unknown, path: string, depth: number): RuleRow[] {
  if (isObject(condition)) {
    for (const logic of ['all', 'any'] as const)
      if (Array.isArray(condition[logic]))
        return [{ path, depth, logic }, ...(condition[logic] as unknown[]).flatMap((part, index) => rows(part, `${path}.${logic}[${index}]`, depth + 1))];
    if ('not' in condition) return [{ path, depth, logic: 'not' }, ...rows(condition.not, `${path}.not`, depth + 1)];
  }
  return [{ path, depth, clause: describeClause(condition) }];
}

const term = (group: string, value: unknown) => ({ key: `office.criteria.${group}.${text(value)}`, raw: text(value) });

/** One clause in words (the criteria language's clause table). */
export function describeClause(clause: unknown): ClauseWords {
  if (!isObject(clause)) return { kind: 'unknown', values: { json: text(clause) }, modifiers: [] };
  const modifiers = modifiersOf(clause);
  const words = (kind: ClauseKind, values: Record<string, string>, terms?: ClauseWords['terms']): ClauseWords => ({ kind, values, terms, modifiers });
  const op = opSymbol(clause.op);
  if ('fact' in clause) return words('fact', { op, value: text(clause.value) }, { fact: term('facts', clause.fact) });
  if ('sex' in clause) return words('sex', {}, { sex: term('sex', clause.sex) });
  if ('diagnosisIn' in clause) return words('diagnosisIn', { codes: list(clause.diagnosisIn) });
  if ('histologyIn' in clause) return words('histologyIn', { codes: list(clause.histologyIn) });
  if ('stageIn' in clause) return words('stageIn', { stages: list(clause.stageIn) });
  if ('her2' in clause) return words('her2', {}, { result: term('result', clause.her2) });
  if ('lab' in clause && 'timesUpperLimit' in clause) return words('labUln', { lab: text(clause.lab), op, value: text(clause.timesUpperLimit) });
  if ('lab' in clause) return words('lab', { lab: text(clause.lab), op, value: text(clause.value), unit: text(clause.unit) });
  if ('marker' in clause && 'percent' in clause) return words('markerPercent', { marker: text(clause.marker), op, value: text(clause.percent) });
  if ('marker' in clause) return words('markerResult', { marker: text(clause.marker) }, { result: term('result', clause.result) });
  if ('infection' in clause) return words('infection', { virus: text(clause.infection), statuses: list(clause.status) });
  if ('serology' in clause) return words('serology', { test: text(clause.serology) }, { result: term('serologyResult', clause.result) });
  if ('viralLoad' in clause) return words('viralLoad', { virus: text(clause.viralLoad), op, value: text(clause.value), unit: text(clause.unit) });
  if ('since' in clause) return words('since', { event: text(clause.since), op, value: text(clause.days) });
  if ('received' in clause) return words('received', { therapies: list(clause.received) });
  if ('conditionIcd10' in clause) return words('conditionIcd10', { codes: list(clause.conditionIcd10) });
  if ('condition' in clause) return words('condition', { condition: text(clause.condition) });
  if ('score' in clause && 'classIn' in clause) return words('scoreClass', { score: text(clause.score), classes: list(clause.classIn) });
  if ('score' in clause) return words('score', { score: text(clause.score), op, value: text(clause.value) });
  if ('diseaseStatusIn' in clause) return words('diseaseStatusIn', { statuses: list(clause.diseaseStatusIn) });
  if ('exposedTo' in clause) return words('exposedTo', { classes: list(clause.exposedTo) });
  if ('measurableDisease' in clause) return words('measurableDisease', {});
  return words('unknown', { json: JSON.stringify(clause) });
}

function modifiersOf(clause: Json): ClauseWords['modifiers'] {
  const found: ClauseWords['modifiers'] = [];
  if (clause.method !== undefined) found.push({ kind: 'method', values: { method: text(clause.method) } });
  if (clause.minIntensity !== undefined) found.push({ kind: 'minIntensity', values: { value: text(clause.minIntensity) } });
  if (clause.target !== undefined) found.push({ kind: 'target', values: { target: text(clause.target) } });
  if (clause.includeHistory === true) found.push({ kind: 'includeHistory', values: {} });
  if (clause.nyhaClassAtLeast !== undefined) found.push({ kind: 'nyhaClassAtLeast', values: { value: text(clause.nyhaClassAtLeast) } });
  if (clause.onsetWithinDays !== undefined) found.push({ kind: 'onsetWithinDays', values: { days: text(clause.onsetWithinDays) } });
  if (clause.noTransfusionWithinDays !== undefined) found.push({ kind: 'noTransfusionWithinDays', values: { days: text(clause.noTransfusionWithinDays) } });
  if (clause.withinDays !== undefined) found.push({ kind: 'withinDays', values: { days: text(clause.withinDays) } });
  return found;
}

/** The criterion an API refusal names ("… criteria[2].rule.unit: …" → 2), to mark it in the rendering. */
export function refusedCriterion(message: string): number | null {
  const match = /\bcriteria\[(\d+)\]/.exec(message);
  return match ? Number(match[1]) : null;
}

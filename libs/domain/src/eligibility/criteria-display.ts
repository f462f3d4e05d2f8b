import { Condition, Criterion, isManualRule } from './criteria';
import { SEROLOGY_TESTS } from './analytes';
import { markerLabel } from './markers';

/**
 * A criterion as an office's console shows it: every clause of its rule (and of its appliesWhen) as
 * one row — what is checked, how, against what — in a flat list where all / any / not groups are rows
 * too and each clause names the group it belongs to. Read-only: the JSON stays the source.
 */
export type CheckLogic = 'ALL' | 'ANY' | 'NOT';

export interface CriterionCheck {
  /** Where the clause sits: `rule`, `rule.all.1`, `appliesWhen.any.0`. */
  path: string;
  /** The all / any / not group it belongs to; null at the top of the rule or the condition. */
  groupPath: string | null;
  /** A group's logic; null for a clause. */
  logic: CheckLogic | null;
  /** What a clause checks (`age`, `lab creatinine`, `marker TNFRSF17`, `diagnosis`); null for a group. */
  fact: string | null;
  /** `>=`, `in`, `is`, `since`…; null for a group. */
  operator: string | null;
  /** The threshold or the accepted values, as written (`1.5`, `C90.0, C90.1`, `POSITIVE`). */
  value: string | null;
  /** The threshold's unit (UCUM), when it has one (`mg/dL`, `%`, `d`). */
  unit: string | null;
  /** A window overriding the kind's default recency, in days. */
  withinDays: number | null;
  /** The clause, or the group, in words. */
  text: string;
}

export interface CriterionDisplay {
  id: string;
  kind: Criterion['kind'];
  text: string;
  manual: boolean;
  note: string | null;
  /** The rule in words; "assessed by the team" for a manual one. */
  ruleText: string;
  /** The condition under which the line applies, in words; null when it always applies. */
  appliesWhenText: string | null;
  /** appliesWhen's rows first, then the rule's, depth first. */
  checks: CriterionCheck[];
}

const SIGN: Record<string, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };
const list = (value: string | readonly string[]) => (Array.isArray(value) ? value.join(', ') : (value as string));

type Row = Omit<CriterionCheck, 'path' | 'groupPath' | 'logic'>;
const row = (fact: string, operator: string, value: string | number, unit: string | null, withinDays: number | undefined, text: string): Row => ({
  fact,
  operator,
  value: String(value),
  unit,
  withinDays: withinDays ?? null,
  text: withinDays ? `${text} (within ${withinDays} days)` : text,
});

/** One clause (not a group) as a row. */
function clauseRow(condition: Condition): Row {
  const c = condition as Record<string, unknown> & { withinDays?: number };
  if ('fact' in condition)
    return row(condition.fact, condition.op, condition.value, null, c.withinDays, `${condition.fact} ${SIGN[condition.op]} ${condition.value}`);
  if ('sex' in condition) return row('sex', 'is', condition.sex, null, undefined, `sex is ${condition.sex}`);
  if ('diagnosisIn' in condition)
    return row('diagnosis', 'in', list(condition.diagnosisIn), null, undefined, `diagnosis in ${list(condition.diagnosisIn)} (ICD-10)`);
  if ('histologyIn' in condition)
    return row('histology', 'in', list(condition.histologyIn), null, undefined, `histology in ${list(condition.histologyIn)} (ICD-O-3)`);
  if ('stageIn' in condition) return row('stage', 'in', list(condition.stageIn), null, c.withinDays, `stage in ${list(condition.stageIn)}`);
  if ('her2' in condition) return row('HER2', 'is', condition.her2, null, c.withinDays, `HER2 ${condition.her2.toLowerCase()}`);
  if ('lab' in condition) {
    if ('timesUpperLimit' in condition)
      return row(
        `lab ${condition.lab}`,
        condition.op,
        condition.timesUpperLimit,
        '× ULN',
        c.withinDays,
        `${condition.lab} ${SIGN[condition.op]} ${condition.timesUpperLimit} × ULN`,
      );
    const transfusion = condition.noTransfusionWithinDays ? `, no transfusion within ${condition.noTransfusionWithinDays} days before the sample` : '';
    return row(
      `lab ${condition.lab}`,
      condition.op,
      condition.value,
      condition.unit,
      c.withinDays,
      `${condition.lab} ${SIGN[condition.op]} ${condition.value} ${condition.unit}${transfusion}`,
    );
  }
  if ('marker' in condition) {
    const label = `${markerLabel(condition.marker)}${condition.method ? ` by ${condition.method}` : ''}`;
    if ('percent' in condition) {
      const intensity = condition.minIntensity ? ` at ≥ ${condition.minIntensity}+ intensity` : '';
      return row(
        `marker ${condition.marker}`,
        condition.op,
        condition.percent,
        '%',
        c.withinDays,
        `${label} ${SIGN[condition.op]} ${condition.percent}% of cells${intensity}`,
      );
    }
    return row(`marker ${condition.marker}`, 'is', condition.result, null, c.withinDays, `${label} ${condition.result.toLowerCase()}`);
  }
  if ('infection' in condition)
    return row(
      `infection ${condition.infection}`,
      'in',
      list(condition.status),
      null,
      c.withinDays,
      `${condition.infection} status ${list(condition.status).toLowerCase()}`,
    );
  if ('serology' in condition)
    return row(
      `serology ${condition.serology}`,
      'is',
      condition.result,
      null,
      c.withinDays,
      `${SEROLOGY_TESTS[condition.serology].name} ${condition.result === 'REACTIVE' ? 'reactive' : 'non-reactive'}`,
    );
  if ('viralLoad' in condition)
    return row(
      `viral load ${condition.viralLoad}`,
      condition.op,
      condition.value,
      condition.unit,
      c.withinDays,
      `${condition.viralLoad} viral load ${SIGN[condition.op]} ${condition.value} ${condition.unit}`,
    );
  if ('since' in condition)
    return row(
      `days since ${condition.since}`,
      condition.op,
      condition.days,
      'd',
      c.withinDays,
      `days since ${condition.since.toLowerCase().replaceAll('_', ' ')} ${SIGN[condition.op]} ${condition.days}`,
    );
  if ('received' in condition) {
    const target = condition.target ? ` aimed at ${condition.target}` : '';
    return row('received', 'any of', list(condition.received), null, c.withinDays, `ever received ${list(condition.received)}${target}`);
  }
  if ('conditionIcd10' in condition)
    return row(
      'condition',
      'in',
      list(condition.conditionIcd10),
      null,
      c.withinDays,
      `${condition.includeHistory ? 'has or had' : 'has'} a condition in ${list(condition.conditionIcd10)} (ICD-10)`,
    );
  if ('condition' in condition) {
    const nyha = condition.nyhaClassAtLeast ? ` of NYHA class ≥ ${condition.nyhaClassAtLeast}` : '';
    const onset = condition.onsetWithinDays ? ` with onset within ${condition.onsetWithinDays} days` : '';
    return row(
      'condition',
      'is',
      condition.condition,
      null,
      c.withinDays,
      `${condition.includeHistory ? 'has or had' : 'has'} ${condition.condition}${nyha}${onset}`,
    );
  }
  if ('score' in condition) {
    if ('classIn' in condition)
      return row(`score ${condition.score}`, 'class in', list(condition.classIn), null, c.withinDays, `${condition.score} class ${list(condition.classIn)}`);
    return row(`score ${condition.score}`, condition.op, condition.value, null, c.withinDays, `${condition.score} ${SIGN[condition.op]} ${condition.value}`);
  }
  if ('diseaseStatusIn' in condition)
    return row('disease status', 'in', list(condition.diseaseStatusIn), null, undefined, `disease ${list(condition.diseaseStatusIn).toLowerCase()}`);
  if ('exposedTo' in condition) return row('exposed to', 'all of', list(condition.exposedTo), null, undefined, `exposed to ${list(condition.exposedTo)}`);
  if ('measurableDisease' in condition) return row('measurable disease', 'is', 'true', null, c.withinDays, 'measurable disease on imaging');
  return row('unknown', '?', '', null, undefined, 'a clause this console cannot show');
}

const GROUP_WORD: Record<CheckLogic, string> = { ALL: 'all of', ANY: 'any of', NOT: 'not' };

/** The rows of one condition tree, depth first, and the tree in words. */
function flatten(condition: Condition, path: string, groupPath: string | null, rows: CriterionCheck[]): string {
  const group = (logic: CheckLogic, parts: Condition[], key: string) => {
    const self: CriterionCheck = { path, groupPath, logic, fact: null, operator: null, value: null, unit: null, withinDays: null, text: '' };
    rows.push(self);
    const texts = parts.map((part, index) => flatten(part, logic === 'NOT' ? `${path}.${key}` : `${path}.${key}.${index}`, path, rows));
    self.text = logic === 'NOT' ? `not (${texts[0]})` : `${GROUP_WORD[logic]} (${texts.join('; ')})`;
    return self.text;
  };
  if ('all' in condition) return group('ALL', condition.all, 'all');
  if ('any' in condition) return group('ANY', condition.any, 'any');
  if ('not' in condition) return group('NOT', [condition.not], 'not');
  const clause = clauseRow(condition);
  rows.push({ path, groupPath, logic: null, ...clause });
  return clause.text;
}

/** A parsed criterion as typed rows and words. */
export function displayCriterion(criterion: Criterion): CriterionDisplay {
  const checks: CriterionCheck[] = [];
  const appliesWhenText = criterion.appliesWhen ? flatten(criterion.appliesWhen, 'appliesWhen', null, checks) : null;
  const manual = isManualRule(criterion.rule);
  const ruleText = manual ? 'assessed by the team against the case’s documents' : flatten(criterion.rule as Condition, 'rule', null, checks);
  return { id: criterion.id, kind: criterion.kind, text: criterion.text, manual, note: criterion.note ?? null, ruleText, appliesWhenText, checks };
}

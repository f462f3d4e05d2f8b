import { Comparator, Condition, Criterion, isManualRule, TrialCriteria } from '../criteria';
import { Analyte } from '../analytes';
import { SeedTrial } from '../seed-trials';

/**
 * Real trials are written in the criteria language itself (docs/criteria-language.md): one criterion
 * per registry line, STRUCTURED when the language checks the line exactly, MANUAL (`rule: { manual:
 * true }` with a `note` saying why) otherwise — never dropped. These helpers only shorten the files.
 */
export interface RealTrial extends Omit<SeedTrial, 'criteria'> {
  /** Where the registry text was read, and whether that source carried the whole record. */
  source: { url: string; readOn: string; complete: boolean };
  criteria: TrialCriteria;
}

const line = (
  kind: Criterion['kind'],
  id: string,
  text: string,
  rule: Criterion['rule'],
  extra: { appliesWhen?: Condition; note?: string } = {},
): Criterion => ({
  id,
  kind,
  text,
  ...(extra.appliesWhen ? { appliesWhen: extra.appliesWhen } : {}),
  rule,
  ...(extra.note ? { note: extra.note } : {}),
});

export const include = (id: string, text: string, rule: Condition, extra?: { appliesWhen?: Condition; note?: string }): Criterion =>
  line('INCLUSION', id, text, rule, extra);
export const exclude = (id: string, text: string, rule: Condition, extra?: { appliesWhen?: Condition; note?: string }): Criterion =>
  line('EXCLUSION', id, text, rule, extra);
/** A line the language cannot check exactly: UNKNOWN until the team assesses it; `note` says what is missing. */
export const manualInclusion = (id: string, text: string, note: string): Criterion => line('INCLUSION', id, text, { manual: true }, { note });
export const manualExclusion = (id: string, text: string, note: string): Criterion => line('EXCLUSION', id, text, { manual: true }, { note });

/** The part of a record a truncated source did not carry: one manual line, so the trial can never screen as complete. */
export const unreadRemainder = (after: string): Criterion =>
  manualExclusion(
    'registry-remainder',
    `Every registry line after ${after} (not carried by the source read; check the registry record)`,
    'the source read was truncated here: the remaining lines are unknown, never assumed',
  );

/** A lab threshold in the unit the registry published; parseCriteria converts it to the canonical unit. */
export const lab = (analyte: Analyte, op: Comparator, value: number, unit: string): Condition => ({ lab: analyte, op, value, unit });
export const uln = (analyte: Analyte, op: Comparator, times: number): Condition => ({ lab: analyte, op, timesUpperLimit: times });
export const ageBetween = (min: number, max: number): Condition => ({
  all: [
    { fact: 'age', op: '>=', value: min },
    { fact: 'age', op: '<=', value: max },
  ],
});
/** "Antigen detected / positive" with no cut-off: a POSITIVE result, by the named method or by any. */
export const antigenPositive = (antigen: string, method?: 'IHC' | 'FLOW'): Condition => ({
  marker: antigen,
  ...(method ? { method } : {}),
  result: 'POSITIVE',
});
export const relapsedOrRefractory: Condition = { diseaseStatusIn: ['RELAPSED', 'REFRACTORY'] };
/** Pregnancy / lactation exclusions apply to women only. */
export const femaleOnly = { appliesWhen: { sex: 'female' } as Condition };

export const isManual = (criterion: Criterion): boolean => isManualRule(criterion.rule);

/** Lines total / structured / manual, and the structured share (0–1, two decimals). */
export function lineCounts(trial: RealTrial): { total: number; structured: number; manual: number; structuredShare: number } {
  const total = trial.criteria.criteria.length;
  const manual = trial.criteria.criteria.filter(isManual).length;
  return { total, structured: total - manual, manual, structuredShare: Math.round(((total - manual) / total) * 100) / 100 };
}

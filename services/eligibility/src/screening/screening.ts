import { cockcroftGault, Comparator, Condition, Criterion, LabResult, standardiseLab, TrialCriteria } from '@carta/domain';
import { diseaseStatus, OncologySummary } from './oncology-summary';

export type CriterionStatus = 'MET' | 'NOT_MET' | 'UNKNOWN';
export type TrialVerdict = 'LIKELY_ELIGIBLE' | 'NEEDS_INFORMATION' | 'INELIGIBLE' | 'COMPASSIONATE_USE_CANDIDATE';

export interface CriterionVerdict {
  criterionId: string;
  kind: Criterion['kind'];
  text: string;
  status: CriterionStatus;
  /** Names the fact, its value and its source, or what is missing or stale. */
  explanation: string;
}

export interface TrialScreening {
  trialId: string;
  verdict: TrialVerdict;
  criteria: CriterionVerdict[];
}

interface Outcome {
  status: CriterionStatus;
  explanation: string;
}

/** Labs older than this at screening time no longer count (DOMAIN.md: labs within 4 weeks). */
export const DEFAULT_LAB_WINDOW_DAYS = 28;
const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / DAY);

function compare(value: number, op: Comparator, threshold: number): boolean {
  switch (op) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
  }
}

const OP_WORDS: Record<Comparator, string> = { '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most' };
const cite = (source: string, on?: string) => `(${source}${on ? `, ${on}` : ''})`;
const judged = (label: string, shown: string, source: string, on: string | undefined, ok: boolean, op: Comparator, threshold: string): Outcome => ({
  status: ok ? 'MET' : 'NOT_MET',
  explanation: `${label} ${shown} ${cite(source, on)} ${ok ? 'meets' : 'fails'} the required ${OP_WORDS[op]} ${threshold}`,
});
const unknown = (explanation: string): Outcome => ({ status: 'UNKNOWN', explanation });

/** Per summary, the newest result of each analyte: worked out once, read by every criterion of every trial. */
const newestLabs = new WeakMap<OncologySummary, Map<string, LabResult>>();
function newestLab(summary: OncologySummary, analyte: string): LabResult | undefined {
  let byAnalyte = newestLabs.get(summary);
  if (!byAnalyte) {
    byAnalyte = new Map();
    for (const lab of summary.labs) {
      const current = byAnalyte.get(lab.analyte);
      if (!current || lab.collectedOn > current.collectedOn) byAnalyte.set(lab.analyte, lab);
    }
    newestLabs.set(summary, byAnalyte);
  }
  return byAnalyte.get(analyte);
}

/** The same lab is standardised once, however many criteria read it. */
const standardised = new WeakMap<LabResult, ReturnType<typeof standardiseLab>>();
function standardisedLab(lab: LabResult) {
  let result = standardised.get(lab);
  if (!result) standardised.set(lab, (result = standardiseLab(lab)));
  return result;
}

/** The newest result of an analyte, if it is recent enough. */
function recentLab(summary: OncologySummary, analyte: string, withinDays: number, today: string): LabResult | Outcome {
  const newest = newestLab(summary, analyte);
  if (!newest) return unknown(`no ${analyte} result on file`);
  const age = daysBetween(newest.collectedOn, today);
  if (age > withinDays) return unknown(`${analyte} ${cite(newest.sourceDocumentId, newest.collectedOn)} is ${age} days old: stale, results within ${withinDays} days are needed`);
  return newest;
}

const isOutcome = (value: unknown): value is Outcome => typeof value === 'object' && value !== null && 'status' in value;

function evaluate(condition: Condition, summary: OncologySummary, today: string): Outcome {
  if ('all' in condition) {
    const parts = condition.all.map((part) => evaluate(part, summary, today));
    const failed = parts.find((part) => part.status === 'NOT_MET');
    if (failed) return failed;
    const open = parts.filter((part) => part.status === 'UNKNOWN');
    return open.length > 0 ? unknown(open.map((part) => part.explanation).join('; ')) : { status: 'MET', explanation: parts.map((part) => part.explanation).join('; ') };
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => evaluate(part, summary, today));
    const met = parts.find((part) => part.status === 'MET');
    if (met) return met;
    const open = parts.filter((part) => part.status === 'UNKNOWN');
    return open.length > 0 ? unknown(open.map((part) => part.explanation).join('; ')) : { status: 'NOT_MET', explanation: parts.map((part) => part.explanation).join('; or ') };
  }
  if ('not' in condition) {
    const inner = evaluate(condition.not, summary, today);
    return inner.status === 'UNKNOWN' ? inner : { status: inner.status === 'MET' ? 'NOT_MET' : 'MET', explanation: inner.explanation };
  }
  if ('fact' in condition) {
    const fact = summary[condition.fact];
    if (!fact) return unknown(`${condition.fact} is not in the summary`);
    return judged(condition.fact, String(fact.value), fact.source, fact.on, compare(fact.value, condition.op, condition.value), condition.op, String(condition.value));
  }
  if ('diagnosisIn' in condition) {
    const diagnosis = summary.diagnosis;
    if (!diagnosis) return unknown('the diagnosis is not in the summary');
    // `C16` covers every C16.x; `C16.0` only itself (and its subcodes).
    const ok = condition.diagnosisIn.some((code) => diagnosis.value === code || diagnosis.value.startsWith(code.includes('.') ? code : `${code}.`));
    return { status: ok ? 'MET' : 'NOT_MET', explanation: `diagnosis ${diagnosis.value} ${cite(diagnosis.source)} ${ok ? 'is' : 'is not'} among ${condition.diagnosisIn.join(', ')}` };
  }
  if ('her2' in condition) {
    if (!summary.her2) return unknown('HER2 status is not in the summary');
    const ok = summary.her2.value === condition.her2;
    return { status: ok ? 'MET' : 'NOT_MET', explanation: `HER2 ${summary.her2.value} ${cite(summary.her2.source, summary.her2.on)}` };
  }
  if ('flag' in condition) {
    if (condition.flag === 'relapsedOrRefractory') {
      const lines = summary.linesOfTherapy;
      if (!lines || lines.length === 0) return unknown('no lines of therapy in the summary to tell relapsed or refractory disease');
      const status = diseaseStatus(lines);
      return { status: status === 'NO_PRIOR_THERAPY' ? 'NOT_MET' : 'MET', explanation: `disease is ${status.toLowerCase().replaceAll('_', ' ')} after ${lines.length} line(s) ${cite(lines.map((line) => line.source).join(', '))}` };
    }
    const fact = summary[condition.flag];
    if (!fact) return unknown(`${condition.flag} is not in the summary`);
    const present = typeof fact.value === 'boolean' ? fact.value : fact.value.hbv || fact.value.hcv || fact.value.hiv;
    return { status: present ? 'MET' : 'NOT_MET', explanation: `${condition.flag}: ${present ? 'yes' : 'no'} ${cite(fact.source, fact.on)}` };
  }
  if ('marker' in condition) {
    const tests = summary.markers.filter((marker) => marker.antigen === condition.marker && marker.method === condition.method).sort((a, b) => b.on.localeCompare(a.on));
    if (tests.length === 0) return unknown(`no ${condition.marker} ${condition.method} result on file`);
    const test = tests[0];
    return judged(`${condition.marker} by ${condition.method}`, `${test.percentPositive}%`, test.source, test.on, compare(test.percentPositive, condition.op, condition.percent), condition.op, `${condition.percent}%`);
  }
  if ('derived' in condition) {
    const window = condition.withinDays ?? DEFAULT_LAB_WINDOW_DAYS;
    const creatinine = recentLab(summary, 'creatinine', window, today);
    if (isOutcome(creatinine)) return creatinine;
    if (!summary.age || !summary.weightKg || !summary.sex) return unknown('Cockcroft–Gault needs age, weight and sex');
    const clearance = cockcroftGault({ ageYears: summary.age.value, weightKg: summary.weightKg.value, sex: summary.sex.value, creatinine });
    return judged('CrCl (Cockcroft–Gault)', `${clearance} mL/min`, creatinine.sourceDocumentId, creatinine.collectedOn, compare(clearance, condition.op, condition.value), condition.op, `${condition.value} mL/min`);
  }
  // lab
  const window = condition.withinDays ?? DEFAULT_LAB_WINDOW_DAYS;
  const lab = recentLab(summary, condition.lab, window, today);
  if (isOutcome(lab)) return lab;
  const normalised = standardisedLab(lab);
  if ('timesUpperLimit' in condition) {
    if (normalised.timesUpperLimit === null) return unknown(`${condition.lab} ${cite(lab.sourceDocumentId, lab.collectedOn)} has no upper limit of normal to compare with`);
    return judged(condition.lab, `${normalised.timesUpperLimit}×ULN`, lab.sourceDocumentId, lab.collectedOn, compare(normalised.timesUpperLimit, condition.op, condition.timesUpperLimit), condition.op, `${condition.timesUpperLimit}×ULN`);
  }
  if (condition.noTransfusionWithinDays !== undefined) {
    const transfused = summary.transfusions.find((transfusion) => Math.abs(daysBetween(transfusion.on, lab.collectedOn)) <= condition.noTransfusionWithinDays!);
    if (transfused) return { status: 'NOT_MET', explanation: `${condition.lab} ${cite(lab.sourceDocumentId, lab.collectedOn)} follows a transfusion ${cite(transfused.source, transfused.on)} within ${condition.noTransfusionWithinDays} days` };
  }
  const shown = `${normalised.normalisedValue} ${normalised.normalisedUnit}`;
  return judged(condition.lab, shown, lab.sourceDocumentId, lab.collectedOn, compare(normalised.normalisedValue, condition.op, condition.value), condition.op, `${condition.value} ${normalised.normalisedUnit}`);
}

/** Screens one criterion: an exclusion is MET (passes) when its rule does NOT hold. */
export function screenCriterion(criterion: Criterion, summary: OncologySummary, today: string): CriterionVerdict | null {
  if (criterion.appliesWhen) {
    const applies = evaluate(criterion.appliesWhen, summary, today);
    if (applies.status === 'NOT_MET') return null;
    if (applies.status === 'UNKNOWN') return { criterionId: criterion.id, kind: criterion.kind, text: criterion.text, status: 'UNKNOWN', explanation: `cannot tell whether it applies: ${applies.explanation}` };
  }
  const outcome = evaluate(criterion.rule, summary, today);
  const status: CriterionStatus = criterion.kind === 'INCLUSION' || outcome.status === 'UNKNOWN' ? outcome.status : outcome.status === 'MET' ? 'NOT_MET' : 'MET';
  return { criterionId: criterion.id, kind: criterion.kind, text: criterion.text, status, explanation: outcome.explanation };
}

/**
 * Screens a summary against a trial. Never LIKELY_ELIGIBLE on missing or stale data; a failed
 * strict criterion with a compassionate programme for the trial's target makes a compassionate candidate.
 */
export function screenTrial(trial: { id: string; targets: string[]; criteria: TrialCriteria }, summary: OncologySummary, today: string, compassionateTargets: string[] = []): TrialScreening {
  const criteria = trial.criteria.criteria.map((criterion) => screenCriterion(criterion, summary, today)).filter((verdict): verdict is CriterionVerdict => verdict !== null);
  const failed = criteria.filter((item) => item.status === 'NOT_MET');
  let verdict: TrialVerdict = failed.length > 0 ? 'INELIGIBLE' : criteria.some((item) => item.status === 'UNKNOWN') ? 'NEEDS_INFORMATION' : 'LIKELY_ELIGIBLE';
  // Compassionate use relaxes fitness and history criteria, never the disease or the target itself.
  const definingFailed = failed.some((item) => isDefining(trial.criteria.criteria.find((criterion) => criterion.id === item.criterionId)!));
  if (verdict === 'INELIGIBLE' && !definingFailed && trial.targets.some((target) => compassionateTargets.includes(target))) verdict = 'COMPASSIONATE_USE_CANDIDATE';
  return { trialId: trial.id, verdict, criteria };
}

/** Criteria about the disease or the antigen, which no programme relaxes. */
function isDefining(criterion: Criterion): boolean {
  return 'diagnosisIn' in criterion.rule || 'marker' in criterion.rule;
}

const RANK: Record<TrialVerdict, number> = { LIKELY_ELIGIBLE: 0, COMPASSIONATE_USE_CANDIDATE: 1, NEEDS_INFORMATION: 2, INELIGIBLE: 3 };

/** Best matches first; among those needing information, the fewest unknowns first. */
export function rankScreenings(screenings: TrialScreening[]): TrialScreening[] {
  const unknowns = (screening: TrialScreening) => screening.criteria.filter((item) => item.status === 'UNKNOWN').length;
  return [...screenings].sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || unknowns(a) - unknowns(b) || a.trialId.localeCompare(b.trialId));
}

/** Screens a summary against every recruiting trial, ranked. */
export function rankMatches(trials: { id: string; targets: string[]; criteria: TrialCriteria }[], summary: OncologySummary, today: string, compassionateTargets: string[] = []): TrialScreening[] {
  return rankScreenings(trials.map((trial) => screenTrial(trial, summary, today, compassionateTargets)));
}

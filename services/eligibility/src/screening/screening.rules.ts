import {
  analyteDefinition,
  Analyte,
  canonicalThreshold,
  childPugh,
  childPughClass,
  Comparator,
  Condition,
  Criterion,
  criterionMode,
  CriterionMode,
  dayOf,
  daysBetween,
  formatAnalyte,
  formatNumber,
  formatQuantity,
  formatReported,
  inUnit,
  InfectionStatus,
  isManualRule,
  markerLabel,
  normaliseUnit,
  RECENCY_DAYS,
  SCORES,
  sameAntigen,
  sameCriterionLine,
  SEROLOGY_TESTS,
  SINCE_EVENTS,
  THERAPY_OF_DRUG_CLASS,
  Therapy,
  toCanonical,
  TrialCriteria,
  UcumUnit,
  Virus,
  VIRAL_LOAD_ANALYTE,
} from '@carta/domain';
import {
  ageBounds,
  diseaseStatus,
  FactKind,
  FactOf,
  lastLine,
  ManualAssessment,
  OncologySummary,
  readingKey,
  sameReading,
  SummaryFact,
  weightInKg,
} from './oncology-summary.rules';

export type CriterionStatus = 'MET' | 'NOT_MET' | 'UNKNOWN';
export type TrialVerdict = 'LIKELY_ELIGIBLE' | 'NEEDS_INFORMATION' | 'INELIGIBLE' | 'COMPASSIONATE_USE_CANDIDATE';

export interface CriterionVerdict {
  criterionId: string;
  kind: Criterion['kind'];
  /** The registry line. */
  text: string;
  mode: CriterionMode;
  /** False when the criterion's appliesWhen does not hold (then it is MET: it does not stand in the way). */
  applicable: boolean;
  /** MET = the line does not stand in the patient's way (for an exclusion: it does not apply). */
  status: CriterionStatus;
  /** Names the fact, its value and its source, or exactly what is missing or stale. */
  explanation: string;
}

export interface TrialScreening {
  trialId: string;
  criteriaVersion: number;
  /** The date the facts were judged on (YYYY-MM-DD). */
  judgedOn: string;
  verdict: TrialVerdict;
  criteria: CriterionVerdict[];
}

export interface ScreeningOptions {
  /** YYYY-MM-DD: facts observed later are not seen; windows count back from it. */
  asOf: string;
  assessments: ManualAssessment[];
  /** "pathology report of 2026-10-02" for a document id; without it documents are "a cited document". */
  describeDocument?: (documentId: string) => string | undefined;
  /** Targets with a patient-paid programme: a failed fitness criterion makes a compassionate-use candidate. */
  compassionateTargets?: string[];
}

export interface ScreenedTrial {
  trialId: string;
  criteria: TrialCriteria;
  targets?: string[];
}

interface Outcome {
  status: CriterionStatus;
  explanation: string;
}

const met = (explanation: string): Outcome => ({ status: 'MET', explanation });
const notMet = (explanation: string): Outcome => ({ status: 'NOT_MET', explanation });
const unknown = (explanation: string): Outcome => ({ status: 'UNKNOWN', explanation });
const holds = (ok: boolean, explanation: string): Outcome => (ok ? met(explanation) : notMet(explanation));

/** @deprecated the default of LAB in RECENCY_DAYS. */
export const DEFAULT_LAB_WINDOW_DAYS = RECENCY_DAYS.LAB;

const SIGN: Record<Comparator, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };

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

/** A value known only to lie in [low, high]: decided when every value in it gives the same answer. */
function decideInterval(low: number, high: number, op: Comparator, threshold: number): boolean | undefined {
  const atLow = compare(low, op, threshold);
  return atLow === compare(high, op, threshold) ? atLow : undefined;
}

/** Two facts of one reading observed the same day that disagree: neither is "the newest", so nothing is decided. */
class SameDayConflict extends Error {
  constructor(readonly facts: [SummaryFact, SummaryFact]) {
    super('two facts of one reading disagree on the same day');
  }
}

const monthSpans = new Map<number, [number, number]>();
/** The fewest and most days a number of consecutive calendar months can hold (3 months: 89–92), a part month as 28–31 days. */
function monthSpan(months: number): [number, number] {
  let span = monthSpans.get(months);
  if (!span) {
    const whole = Math.floor(months);
    const part = months - whole;
    let [fewest, most] = [Number.POSITIVE_INFINITY, 0];
    // Every start month over a leap-year cycle.
    for (let start = 0; start < 48; start += 1) {
      let days = 0;
      for (let month = start; month < start + whole; month += 1) days += new Date(Date.UTC(2024 + Math.floor(month / 12), (month % 12) + 1, 0)).getUTCDate();
      [fewest, most] = [Math.min(fewest, days), Math.max(most, days)];
    }
    span = [fewest + part * 28, most + part * 31];
    monthSpans.set(months, span);
  }
  return span;
}

/** A code in words as clinicians write it: CAR_T → CAR-T, ANTI_CD20 → anti-CD20, LAST_CHEMOTHERAPY → last chemotherapy. */
function codeInWords(code: string): string {
  return code
    .toLowerCase()
    .replaceAll('_', ' ')
    .replace(/\bcar t\b/g, 'CAR-T')
    .replace(/\banti (cd\d+|bcma|her2|vegf|hbc|hbs|hcv)\b/g, (_, target: string) => `anti-${target.toUpperCase()}`)
    .replace(/\b(cns|gvhd|hiv|hbv|hcv|nyha)\b/g, (word: string) => word.toUpperCase());
}

/** What a reading is called in an explanation: the analyte's name, else the kind and what it reads. */
function readingName(fact: SummaryFact): string {
  if (fact.kind === 'LAB') return analyteDefinition(fact.analyte).name;
  const [, ...parts] = readingKey(fact)!.split(':');
  return [codeInWords(fact.kind), ...parts].join(' ');
}

/** A reading's own value(s), as short as it can be said. */
function readingShown(fact: SummaryFact): string {
  if (fact.kind === 'LAB')
    return `${formatReported(fact.analyte, fact.value, fact.unit)}${fact.referenceRange?.high ? ` (ULN ${fact.referenceRange.high})` : ''}`;
  const key = readingKey(fact)!.split(':');
  return Object.entries(fact)
    .filter(([field, value]) => !['kind', 'observedOn', 'sourceDocumentId'].includes(field) && !key.includes(String(value)))
    .map(([field, value]) => `${field} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');
}

/** The facts of a summary as seen on one date, grouped by kind, newest first. */
class FactsAsOf {
  private readonly byKind = new Map<FactKind, SummaryFact[]>();
  constructor(summary: OncologySummary, asOf: string) {
    const sorted = [...summary.facts].filter((fact) => fact.observedOn <= asOf).sort((a, b) => b.observedOn.localeCompare(a.observedOn));
    for (const fact of sorted) {
      const list = this.byKind.get(fact.kind) ?? [];
      list.push(fact);
      this.byKind.set(fact.kind, list);
    }
  }
  all<K extends FactKind>(kind: K): FactOf<K>[] {
    return (this.byKind.get(kind) ?? []) as FactOf<K>[];
  }
  /** The newest fact of a kind that passes the filter; throws SameDayConflict when another of its reading that day disagrees. */
  newest<K extends FactKind>(kind: K, filter: (fact: FactOf<K>) => boolean = () => true): FactOf<K> | undefined {
    const found = this.all(kind).filter(filter);
    const newest = found[0];
    const key = newest && readingKey(newest);
    const other =
      key && found.find((fact) => fact !== newest && fact.observedOn === newest.observedOn && readingKey(fact) === key && !sameReading(fact, newest));
    if (other) throw new SameDayConflict([newest, other]);
    return newest;
  }
}

const views = new WeakMap<OncologySummary, Map<string, FactsAsOf>>();
function factsAsOf(summary: OncologySummary, asOf: string): FactsAsOf {
  let byDate = views.get(summary);
  if (!byDate) views.set(summary, (byDate = new Map()));
  let view = byDate.get(asOf);
  if (!view) byDate.set(asOf, (view = new FactsAsOf(summary, asOf)));
  return view;
}

type Windowed = keyof typeof RECENCY_DAYS;

class Judge {
  constructor(
    readonly facts: FactsAsOf,
    readonly asOf: string,
    private readonly describe?: (documentId: string) => string | undefined,
  ) {}

  /** "(laboratory report of 2026-11-18)", never the raw id. */
  cite(fact: { sourceDocumentId: string; observedOn: string }): string {
    const described = this.describe?.(fact.sourceDocumentId);
    return described ? `(${described})` : `(a cited document, ${fact.observedOn})`;
  }

  age(fact: { observedOn: string }): number {
    return daysBetween(fact.observedOn, this.asOf);
  }

  /** Undefined when fresh; else the UNKNOWN saying how old the fact is and the window. */
  stale(fact: SummaryFact, label: string, kind: Windowed, withinDays?: number): Outcome | undefined {
    const window = withinDays ?? RECENCY_DAYS[kind];
    const age = this.age(fact);
    return age > window ? unknown(`${label} ${this.cite(fact)} is ${age} days old on ${this.asOf}; the window is ${window} days`) : undefined;
  }

  fresh(fact: SummaryFact | undefined, kind: Windowed, withinDays?: number): boolean {
    return fact !== undefined && this.age(fact) <= (withinDays ?? RECENCY_DAYS[kind]);
  }

  judged(label: string, shown: string, fact: SummaryFact, ok: boolean, op: Comparator, threshold: string): Outcome {
    return holds(ok, `${label} ${shown} ${this.cite(fact)} ${ok ? 'meets' : 'fails'} ${SIGN[op]} ${threshold}`);
  }

  evaluate(condition: Condition): Outcome {
    if ('all' in condition || 'any' in condition || 'not' in condition) return this.group(condition);
    try {
      return this.clause(condition);
    } catch (error) {
      if (!(error instanceof SameDayConflict)) throw error;
      const [newer, other] = error.facts;
      return unknown(
        `two ${readingName(newer)} results of ${newer.observedOn} disagree: ${readingShown(newer)} ${this.cite(newer)} and ${readingShown(other)} ${this.cite(other)}; correct or retract one`,
      );
    }
  }

  group(condition: Extract<Condition, { all: unknown } | { any: unknown } | { not: unknown }>): Outcome {
    if ('all' in condition) {
      const parts = condition.all.map((part) => this.evaluate(part));
      const failed = parts.find((part) => part.status === 'NOT_MET');
      if (failed) return failed;
      const open = parts.filter((part) => part.status === 'UNKNOWN');
      return open.length > 0 ? unknown(open.map((part) => part.explanation).join('; ')) : met(parts.map((part) => part.explanation).join('; '));
    }
    if ('any' in condition) {
      const parts = condition.any.map((part) => this.evaluate(part));
      const passed = parts.find((part) => part.status === 'MET');
      if (passed) return passed;
      const open = parts.filter((part) => part.status === 'UNKNOWN');
      return open.length > 0 ? unknown(open.map((part) => part.explanation).join('; or ')) : notMet(parts.map((part) => part.explanation).join('; or '));
    }
    const inner = this.evaluate(condition.not);
    return inner.status === 'UNKNOWN' ? inner : { status: inner.status === 'MET' ? 'NOT_MET' : 'MET', explanation: inner.explanation };
  }

  /** One clause (not a group). */
  clause(condition: Condition): Outcome {
    if ('fact' in condition) return this.numericFact(condition);
    if ('sex' in condition) {
      const sex = this.facts.newest('SEX');
      return sex ? holds(sex.sex === condition.sex, `sex ${sex.sex} ${this.cite(sex)}`) : unknown('sex is not in the summary');
    }
    if ('diagnosisIn' in condition) {
      const diagnosis = this.facts.newest('DIAGNOSIS');
      if (!diagnosis) return unknown('the diagnosis is not in the summary');
      // `C16` covers every C16.x; `C16.0` only itself (and its subcodes).
      const ok = condition.diagnosisIn.some((code) => diagnosis.icd10 === code || diagnosis.icd10.startsWith(code.includes('.') ? code : `${code}.`));
      return holds(ok, `diagnosis ${diagnosis.icd10} ${this.cite(diagnosis)} ${ok ? 'is' : 'is not'} among ${condition.diagnosisIn.join(', ')}`);
    }
    if ('histologyIn' in condition) {
      const histology = this.facts.newest('HISTOLOGY');
      if (!histology) return unknown('the histology (ICD-O-3 morphology) is not in the summary');
      const ok = condition.histologyIn.some((code) => histology.morphology.startsWith(code));
      return holds(ok, `histology ${histology.morphology} ${this.cite(histology)} ${ok ? 'is' : 'is not'} among ${condition.histologyIn.join(', ')}`);
    }
    if ('stageIn' in condition) {
      const stage = this.facts.newest('STAGE');
      if (!stage) return unknown('the stage is not in the summary');
      const stale = this.stale(stage, `stage ${stage.stage}`, 'STAGE', condition.withinDays);
      if (stale) return stale;
      const norm = (value: string) => value.toUpperCase().replace(/[\s_-]+/g, '');
      const ok = condition.stageIn.some((wanted) => norm(wanted) === norm(stage.stage));
      return holds(ok, `stage ${stage.stage} ${this.cite(stage)} ${ok ? 'is' : 'is not'} among ${condition.stageIn.join(', ')}`);
    }
    if ('her2' in condition) {
      const her2 = this.facts.newest('HER2');
      if (!her2) return unknown('HER2 status is not in the summary');
      const stale = this.stale(her2, `HER2 ${her2.status}`, 'HER2', condition.withinDays);
      if (stale) return stale;
      if (her2.status === 'EQUIVOCAL') return unknown(`HER2 is equivocal ${this.cite(her2)}: needs ISH to decide`);
      return holds(her2.status === condition.her2, `HER2 ${her2.status.toLowerCase()} ${this.cite(her2)}`);
    }
    if ('lab' in condition) return 'timesUpperLimit' in condition ? this.labTimesUln(condition) : this.labValue(condition);
    if ('marker' in condition) return this.marker(condition);
    if ('infection' in condition) return this.infection(condition);
    if ('serology' in condition) return this.serologyResult(condition);
    if ('viralLoad' in condition) return this.viralLoad(condition);
    if ('since' in condition) return this.since(condition);
    if ('received' in condition) return this.received(condition);
    if ('conditionIcd10' in condition) return this.conditionByIcd10(condition);
    if ('condition' in condition) return this.codedCondition(condition);
    if ('score' in condition) return this.score(condition);
    if ('diseaseStatusIn' in condition) {
      const lines = this.facts.all('LINE_OF_THERAPY');
      if (lines.length === 0) return unknown('no lines of therapy in the summary to tell relapsed or refractory disease');
      const status = diseaseStatus(lines);
      if (status === 'UNDETERMINED') {
        const last = lastLine(lines);
        return unknown(
          `neither relapse nor refractory disease is shown: the last line (${last.drugs.join(', ')}, best response ${last.bestResponse}) stopped ${last.reasonStopped.toLowerCase()} with no progression on file — a progression after it is recorded as the line's reasonStopped PROGRESSION`,
        );
      }
      return holds(condition.diseaseStatusIn.includes(status), `disease is ${codeInWords(status)} after ${lines.length} line(s) of therapy`);
    }
    if ('exposedTo' in condition) return this.exposedTo(condition);
    if ('measurableDisease' in condition) {
      const imaging = this.facts.newest('IMAGING');
      if (!imaging) return unknown('no imaging in the summary to show measurable disease');
      const stale = this.stale(imaging, `${imaging.modality} imaging`, 'IMAGING', condition.withinDays);
      if (stale) return stale;
      return holds(
        imaging.measurableDisease,
        `${imaging.modality} ${this.cite(imaging)} ${imaging.measurableDisease ? 'shows' : 'shows no'} measurable disease`,
      );
    }
    return unknown('this clause is not understood by the engine');
  }

  numericFact(condition: Extract<Condition, { fact: string }>): Outcome {
    const threshold = formatNumber(condition.value, [0, 2]);
    switch (condition.fact) {
      case 'age': {
        const birth = this.facts.newest('BIRTH_DATE');
        if (!birth) return unknown('age needs the birth date (missing)');
        const [youngest, oldest] = ageBounds(birth.birthDate, this.asOf);
        const decided = decideInterval(youngest, oldest, condition.op, condition.value);
        // Only the birth month is known: a boundary inside that month is not guessed.
        if (decided === undefined)
          return unknown(
            `age ${youngest} or ${oldest} on ${this.asOf} (born ${birth.birthDate} ${this.cite(birth)}): the ${SIGN[condition.op]} ${threshold} boundary falls within the birth month, so it cannot be decided from the month alone`,
          );
        const shown = youngest === oldest ? String(youngest) : `${youngest}–${oldest}`;
        return holds(
          decided,
          `age ${shown} on ${this.asOf} (birth date ${this.cite(birth)}) ${decided ? 'meets' : 'fails'} ${SIGN[condition.op]} ${threshold}`,
        );
      }
      case 'lifeExpectancyWeeks':
      case 'lifeExpectancyMonths':
        return this.lifeExpectancy(condition, condition.fact === 'lifeExpectancyMonths' ? 'months' : 'weeks');
      case 'priorLines': {
        const lines = this.facts.all('LINE_OF_THERAPY');
        if (lines.length === 0) return unknown('no lines of therapy in the summary');
        const ok = compare(lines.length, condition.op, condition.value);
        return holds(ok, `${lines.length} prior line(s) of therapy ${ok ? 'meets' : 'fails'} ${SIGN[condition.op]} ${threshold}`);
      }
    }
    const spec = {
      ecog: { kind: 'ECOG', label: 'ECOG', read: (fact: SummaryFact) => (fact as FactOf<'ECOG'>).value, unit: '' },
      karnofsky: { kind: 'KARNOFSKY', label: 'Karnofsky', read: (fact: SummaryFact) => (fact as FactOf<'KARNOFSKY'>).value, unit: '%' },
      lvef: { kind: 'LVEF', label: 'LVEF', read: (fact: SummaryFact) => (fact as FactOf<'LVEF'>).value, unit: '%' },
      spo2: { kind: 'SPO2', label: 'SpO₂', read: (fact: SummaryFact) => (fact as FactOf<'SPO2'>).value, unit: '%' },
      weightKg: { kind: 'WEIGHT', label: 'weight', read: (fact: SummaryFact) => weightInKg(fact as FactOf<'WEIGHT'>), unit: ' kg' },
    }[condition.fact] as { kind: Windowed & FactKind; label: string; read: (fact: SummaryFact) => number; unit: string };
    const fact = this.facts.newest(spec.kind);
    if (!fact) return unknown(`${spec.label} is not in the summary`);
    const value = spec.read(fact);
    const shown = `${formatNumber(value, [0, 1])}${spec.unit}`;
    return (
      this.stale(fact, `${spec.label} ${shown}`, spec.kind, condition.withinDays) ??
      this.judged(spec.label, shown, fact, compare(value, condition.op, condition.value), condition.op, `${threshold}${spec.unit}`)
    );
  }

  /**
   * Life expectancy against a threshold in weeks or months. The same unit compares exactly; weeks against
   * months only where every run of calendar months gives the same answer (3 months are 89–92 days) — "> 3
   * months" is not guessed from "13 weeks" (91 days).
   */
  lifeExpectancy(condition: Extract<Condition, { fact: string }>, wanted: 'weeks' | 'months'): Outcome {
    const fact = this.facts.newest('LIFE_EXPECTANCY');
    if (!fact) return unknown('life expectancy is not in the summary');
    const [value, unit] = fact.months !== undefined ? [fact.months, 'months' as const] : [fact.weeks, 'weeks' as const];
    const shown = `${formatNumber(value, [0, 1])} ${unit}`;
    const stale = this.stale(fact, `life expectancy ${shown}`, 'LIFE_EXPECTANCY', condition.withinDays);
    if (stale) return stale;
    const required = `${formatNumber(condition.value, [0, 2])} ${wanted}`;
    const days = (amount: number, of: 'weeks' | 'months'): [number, number] => (of === 'weeks' ? [amount * 7, amount * 7] : monthSpan(amount));
    let decided: boolean | undefined;
    if (unit === wanted) decided = compare(value, condition.op, condition.value);
    else {
      const [low, high] = days(value, unit);
      const [thresholdLow, thresholdHigh] = days(condition.value, wanted);
      const atLow = decideInterval(low, high, condition.op, thresholdLow);
      decided = atLow === decideInterval(low, high, condition.op, thresholdHigh) ? atLow : undefined;
    }
    if (decided === undefined)
      return unknown(
        `life expectancy ${shown} ${this.cite(fact)} against ${SIGN[condition.op]} ${required}: the calendar months' lengths decide it, so it is not guessed`,
      );
    return holds(decided, `life expectancy ${shown} ${this.cite(fact)} ${decided ? 'meets' : 'fails'} ${SIGN[condition.op]} ${required}`);
  }

  /** The newest result of an analyte, or the UNKNOWN saying it is missing or stale. */
  recentLab(analyte: Analyte, withinDays?: number): FactOf<'LAB'> | Outcome {
    const lab = this.facts.newest('LAB', (fact) => fact.analyte === analyte);
    const name = analyteDefinition(analyte).name;
    if (!lab) return unknown(`no ${name} result in the summary`);
    return this.stale(lab, `${name} ${formatReported(analyte, lab.value, lab.unit)}`, 'LAB', withinDays) ?? lab;
  }

  labValue(condition: Extract<Condition, { lab: string; value: number }>): Outcome {
    const analyte = condition.lab as Analyte;
    const definition = analyteDefinition(analyte);
    const threshold = canonicalThreshold(condition);
    const unit = normaliseUnit(condition.unit) as UcumUnit;
    const thresholdShown =
      unit === definition.canonical ? formatAnalyte(analyte, threshold) : `${formatQuantity(condition.value, unit)} (${formatAnalyte(analyte, threshold)})`;
    if (analyte === 'crcl') return this.creatinineClearance(condition, threshold, thresholdShown);
    const lab = this.recentLab(analyte, condition.withinDays);
    if (isOutcome(lab)) return lab;
    const value = toCanonical(analyte, lab.value, lab.unit);
    if (condition.noTransfusionWithinDays !== undefined) {
      const products = analyte === 'platelets' ? ['PLATELETS'] : analyte === 'haemoglobin' ? ['RED_CELLS'] : ['PLATELETS', 'RED_CELLS', 'PLASMA', 'OTHER'];
      const transfused = this.facts
        .all('TRANSFUSION')
        .find(
          (transfusion) =>
            products.includes(transfusion.product) &&
            transfusion.date <= lab.observedOn &&
            daysBetween(transfusion.date, lab.observedOn) <= condition.noTransfusionWithinDays!,
        );
      if (transfused)
        return notMet(
          `${definition.name} ${this.cite(lab)} follows a transfusion on ${transfused.date} ${this.cite(transfused)}, within ${condition.noTransfusionWithinDays} days`,
        );
    }
    return this.judged(
      definition.name,
      formatReported(analyte, lab.value, lab.unit),
      lab,
      compare(value, condition.op, threshold),
      condition.op,
      thresholdShown,
    );
  }

  labTimesUln(condition: Extract<Condition, { timesUpperLimit: number }>): Outcome {
    const analyte = condition.lab as Analyte;
    const definition = analyteDefinition(analyte);
    const lab = this.recentLab(analyte, condition.withinDays);
    if (isOutcome(lab)) return lab;
    const high = lab.referenceRange?.high;
    const usual = definition.reference.high !== undefined ? `; the usual upper limit is ${formatAnalyte(analyte, definition.reference.high)}` : '';
    if (high === undefined || high <= 0)
      return unknown(
        `${definition.name} ${formatReported(analyte, lab.value, lab.unit)} ${this.cite(lab)} has no upper limit of normal from the reporting lab${usual}`,
      );
    const times = lab.value / high;
    const uln = formatQuantity(high, lab.unit as UcumUnit);
    return this.judged(
      definition.name,
      `${formatNumber(times, [0, 2])} × ULN (${formatReported(analyte, lab.value, lab.unit)}, ULN ${uln})`,
      lab,
      compare(times, condition.op, condition.timesUpperLimit),
      condition.op,
      `${formatNumber(condition.timesUpperLimit, [1, 2])} × ULN`,
    );
  }

  /** A measured clearance when on file; else Cockcroft–Gault, naming each missing part. */
  creatinineClearance(condition: Extract<Condition, { lab: string; value: number }>, threshold: number, thresholdShown: string): Outcome {
    const measured = this.facts.newest('LAB', (fact) => fact.analyte === 'crcl');
    if (measured && this.fresh(measured, 'LAB', condition.withinDays)) {
      const value = toCanonical('crcl', measured.value, measured.unit);
      return this.judged(
        'CrCl (measured)',
        formatReported('crcl', measured.value, measured.unit),
        measured,
        compare(value, condition.op, threshold),
        condition.op,
        thresholdShown,
      );
    }
    const creatinine = this.facts.newest('LAB', (fact) => fact.analyte === 'creatinine');
    const weight = this.facts.newest('WEIGHT');
    const birth = this.facts.newest('BIRTH_DATE');
    const sex = this.facts.newest('SEX');
    const known: string[] = [];
    const lacking: string[] = [];
    const part = <T extends SummaryFact>(name: string, fact: T | undefined, kind: Windowed | null, shown: (fact: T) => string) => {
      if (!fact) return lacking.push(`${name} (missing)`);
      if (kind && !this.fresh(fact, kind, kind === 'LAB' ? condition.withinDays : undefined))
        return lacking.push(
          `${name} (${shown(fact)} ${this.cite(fact)} is ${this.age(fact)} days old; the window is ${kind === 'LAB' ? (condition.withinDays ?? RECENCY_DAYS.LAB) : RECENCY_DAYS[kind]} days)`,
        );
      known.push(`${name} ${shown(fact)}`);
    };
    part('creatinine', creatinine, 'LAB', (fact) => formatReported('creatinine', fact.value, fact.unit));
    part('weight', weight, 'WEIGHT', (fact) => `${formatNumber(weightInKg(fact), [0, 1])} kg`);
    part('age', birth, null, (fact) => String(ageBounds(fact.birthDate, this.asOf)[0]));
    // Without the sex both factors are tried, as both ages are: decided when they agree.
    if (sex) known.push(`sex ${sex.sex}`);
    const and = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
    if (lacking.length > 0)
      return unknown(`Cockcroft–Gault needs ${and(lacking)}${known.length > 0 ? ` — ${and(known)} ${known.length === 1 ? 'is' : 'are'} known` : ''}`);
    const creatinineMgDl = toCanonical('creatinine', creatinine!.value, creatinine!.unit) / 88.4;
    // With only a birth month the age is one of two: the older gives the lower clearance; a woman's is 0.85 of a man's.
    const [youngest, oldest] = ageBounds(birth!.birthDate, this.asOf);
    const clearanceAt = (age: number, factor: number) => Math.round((((140 - age) * weightInKg(weight!) * factor) / (72 * creatinineMgDl)) * 10) / 10;
    const [lowestFactor, highestFactor] = sex ? Array(2).fill(sex.sex === 'female' ? 0.85 : 1) : [0.85, 1];
    const [lowest, highest] = [clearanceAt(oldest, lowestFactor), clearanceAt(youngest, highestFactor)];
    const ok = decideInterval(lowest, highest, condition.op, threshold);
    const age = youngest === oldest ? String(youngest) : `${youngest}–${oldest}`;
    const shown = lowest === highest ? formatNumber(highest, [0, 0]) : `${formatNumber(lowest, [0, 0])}–${formatNumber(highest, [0, 0])}`;
    const sexShown = sex ? `sex ${sex.sex}` : 'sex not on file (either)';
    if (ok === undefined)
      return unknown(
        `CrCl (Cockcroft–Gault) ${shown} mL/min with age ${age}, ${sexShown}: the ${SIGN[condition.op]} ${thresholdShown} boundary falls within that range`,
      );
    return holds(
      ok,
      `CrCl (Cockcroft–Gault) ${shown} mL/min from creatinine ${formatReported('creatinine', creatinine!.value, creatinine!.unit)} ${this.cite(creatinine!)}, weight ${formatNumber(weightInKg(weight!), [0, 1])} kg, age ${age}, ${sexShown} ${ok ? 'meets' : 'fails'} ${SIGN[condition.op]} ${thresholdShown}`,
    );
  }

  marker(condition: Extract<Condition, { marker: string }>): Outcome {
    const label = `${markerLabel(condition.marker)}${condition.method ? ` by ${condition.method}` : ''}`;
    const test = this.facts.newest('MARKER', (fact) => fact.marker === condition.marker && (!condition.method || fact.method === condition.method));
    if (!test) return unknown(`no ${label} result in the summary`);
    const stale = this.stale(test, `${label} ${test.result.toLowerCase()}`, 'MARKER', condition.withinDays);
    if (stale) return stale;
    const shownMethod = condition.method ? '' : ` by ${test.method}`;
    if ('result' in condition) {
      if (test.result === 'EQUIVOCAL') return unknown(`${label}${shownMethod} is equivocal ${this.cite(test)}`);
      return holds(test.result === condition.result, `${label}${shownMethod} ${test.result.toLowerCase()} ${this.cite(test)}`);
    }
    if (test.percentPositive === undefined)
      return unknown(`${label}${shownMethod} is reported ${test.result.toLowerCase()} ${this.cite(test)} without a percentage of positive cells`);
    // Each result of that day says "p% of cells stain at ≥ i+": exact at the wanted intensity, a lower bound from a
    // stronger one, an upper bound from a weaker one ("30% at ≥ 2+" and "0% at ≥ 3+" together settle "> 25% at ≥ 3+").
    const wanted = condition.minIntensity ?? 1;
    const sameDay = this.facts
      .all('MARKER')
      .filter(
        (fact) => fact.marker === test.marker && fact.method === test.method && fact.observedOn === test.observedOn && fact.percentPositive !== undefined,
      );
    let [low, high] = [0, 100];
    for (const fact of sameDay) {
      const reported = fact.intensity ?? 1;
      if (reported >= wanted) low = Math.max(low, fact.percentPositive!);
      if (reported <= wanted) high = Math.min(high, fact.percentPositive!);
    }
    const intensity = (level: number) => (level > 1 ? ` at ≥ ${level}+` : '');
    // Several results of the day each name their intensity, 1+ too.
    const shown = sameDay
      .map((fact) => `${formatNumber(fact.percentPositive!, [0, 1])}%${sameDay.length > 1 ? ` at ≥ ${fact.intensity ?? 1}+` : intensity(fact.intensity ?? 1)}`)
      .join(' and ');
    const required = `${SIGN[condition.op]} ${formatNumber(condition.percent, [0, 1])}%${intensity(wanted)}`;
    if (low > high) return unknown(`${label}${shownMethod} ${shown} ${this.cite(test)} contradict one another: correct or retract one`);
    const decided = decideInterval(low, high, condition.op, condition.percent);
    if (decided === undefined) return unknown(`${label}${shownMethod} ${shown} ${this.cite(test)} cannot tell whether ${required} holds`);
    return holds(decided, `${label}${shownMethod} ${shown} ${this.cite(test)} ${decided ? 'meets' : 'fails'} ${required}`);
  }

  /** The statuses an infection may have given the serologies and viral load on file. */
  infection(condition: Extract<Condition, { infection: Virus }>): Outcome {
    const virus = condition.infection;
    const wanted = Array.isArray(condition.status) ? condition.status : [condition.status];
    const used: string[] = [];
    const missing: string[] = [];
    const serology = (test: keyof typeof SEROLOGY_TESTS) => {
      const fact = this.facts.newest('SEROLOGY', (candidate) => candidate.test === test);
      const name = SEROLOGY_TESTS[test].name;
      if (!fact) return (missing.push(`${name} (missing)`), undefined);
      if (!this.fresh(fact, 'SEROLOGY', condition.withinDays)) return (missing.push(`${name} (${this.age(fact)} days old ${this.cite(fact)})`), undefined);
      if (fact.result === 'INDETERMINATE') return (missing.push(`${name} (indeterminate ${this.cite(fact)})`), undefined);
      used.push(`${name} ${fact.result === 'REACTIVE' ? 'reactive' : 'non-reactive'} ${this.cite(fact)}`);
      return fact.result === 'REACTIVE';
    };
    const loadFact = this.facts.newest('VIRAL_LOAD', (fact) => fact.virus === virus);
    const loadName = analyteDefinition(VIRAL_LOAD_ANALYTE[virus]).name;
    let detected: boolean | undefined;
    if (!loadFact) missing.push(`${loadName} (missing)`);
    else if (!this.fresh(loadFact, 'VIRAL_LOAD', condition.withinDays)) missing.push(`${loadName} (${this.age(loadFact)} days old ${this.cite(loadFact)})`);
    else {
      detected = loadFact.detected;
      used.push(`${loadName} ${detected ? 'detected' : 'not detected'} ${this.cite(loadFact)}`);
    }
    const ALL: InfectionStatus[] = ['ACTIVE', 'CHRONIC_CONTROLLED', 'RESOLVED', 'NEGATIVE'];
    const byLoad = (positive: InfectionStatus[], ifDetected: InfectionStatus, ifNot: InfectionStatus): InfectionStatus[] =>
      detected === undefined ? positive : [detected ? ifDetected : ifNot];
    let possible: InfectionStatus[];
    if (virus === 'HBV') {
      const surface = serology('HBSAG');
      const core = surface === true ? undefined : serology('ANTI_HBC');
      if (surface === true) possible = byLoad(['ACTIVE', 'CHRONIC_CONTROLLED'], 'ACTIVE', 'CHRONIC_CONTROLLED');
      else if (detected) possible = ['ACTIVE'];
      else if (surface === false && core === true) possible = byLoad(['ACTIVE', 'RESOLVED'], 'ACTIVE', 'RESOLVED');
      else if (surface === false && core === false) possible = ['NEGATIVE'];
      // HBsAg non-reactive rules out a chronic infection whatever anti-HBc would say.
      else if (surface === false) possible = detected === false ? ['RESOLVED', 'NEGATIVE'] : ['ACTIVE', 'RESOLVED', 'NEGATIVE'];
      else possible = detected === false ? ['CHRONIC_CONTROLLED', 'RESOLVED', 'NEGATIVE'] : ALL;
    } else {
      const antibody = serology(virus === 'HCV' ? 'HCV_AB' : 'HIV_AG_AB');
      const controlled: InfectionStatus = virus === 'HCV' ? 'RESOLVED' : 'CHRONIC_CONTROLLED';
      if (detected) possible = ['ACTIVE'];
      else if (antibody === false) possible = ['NEGATIVE'];
      else if (antibody === true) possible = byLoad(['ACTIVE', controlled], 'ACTIVE', controlled);
      else possible = detected === false ? [controlled, 'NEGATIVE'] : ALL;
    }
    const shown =
      possible.length === 1
        ? possible[0].toLowerCase().replace('_', ' ')
        : `one of ${possible.map((status) => status.toLowerCase().replace('_', ' ')).join(', ')}`;
    const basis = used.length > 0 ? ` from ${used.join(', ')}` : '';
    if (possible.every((status) => wanted.includes(status))) return met(`${virus} ${shown}${basis}`);
    if (!possible.some((status) => wanted.includes(status))) return notMet(`${virus} ${shown}${basis}`);
    return unknown(`${virus} status undecided (${shown})${basis}; needs ${missing.join(', ')}`);
  }

  /** One test's result as the lab reported it ("HBsAg positive", "syphilis antibody positive"). */
  serologyResult(condition: Extract<Condition, { serology: string }>): Outcome {
    const name = SEROLOGY_TESTS[condition.serology].name;
    const fact = this.facts.newest('SEROLOGY', (candidate) => candidate.test === condition.serology);
    if (!fact) return unknown(`no ${name} result in the summary`);
    const stale = this.stale(fact, name, 'SEROLOGY', condition.withinDays);
    if (stale) return stale;
    if (fact.result === 'INDETERMINATE') return unknown(`${name} indeterminate ${this.cite(fact)}: needs a repeat or a confirmatory test`);
    return holds(fact.result === condition.result, `${name} ${fact.result === 'REACTIVE' ? 'reactive' : 'non-reactive'} ${this.cite(fact)}`);
  }

  /**
   * A viral load against a threshold, in the threshold's own unit. Copies/mL and IU/mL differ by assay: across
   * them the load is an interval, decided only where every factor gives the same answer.
   */
  viralLoad(condition: Extract<Condition, { viralLoad: Virus }>): Outcome {
    const analyte = VIRAL_LOAD_ANALYTE[condition.viralLoad];
    const name = analyteDefinition(analyte).name;
    const load = this.facts.newest('VIRAL_LOAD', (fact) => fact.virus === condition.viralLoad);
    if (!load) return unknown(`no ${name} result in the summary`);
    const stale = this.stale(load, name, 'VIRAL_LOAD', condition.withinDays);
    if (stale) return stale;
    const thresholdShown = formatReported(analyte, condition.value, condition.unit);
    const required = `${SIGN[condition.op]} ${thresholdShown}`;
    if (!load.detected) return this.judged(name, 'not detected', load, compare(0, condition.op, condition.value), condition.op, thresholdShown);
    if (load.value === undefined) {
      const decided = decideInterval(Number.MIN_VALUE, Number.MAX_VALUE, condition.op, condition.value);
      return decided === undefined
        ? unknown(`${name} detected ${this.cite(load)} without a quantity: cannot tell whether ${required} holds`)
        : holds(decided, `${name} detected ${this.cite(load)}`);
    }
    const shown = formatReported(analyte, load.value, load.unit!);
    const [low, high] = inUnit(analyte, load.value, load.unit!, condition.unit);
    const decided = decideInterval(low, high, condition.op, condition.value);
    if (decided === undefined) {
      const [fewest, most] = analyteDefinition(analyte).assayUnit!.perCanonical;
      return unknown(
        `${name} ${shown} ${this.cite(load)} against ${required}: copies and IU differ by assay (${fewest}–${most} copies per IU), and this load falls within that range of the threshold`,
      );
    }
    return this.judged(name, shown, load, decided, condition.op, thresholdShown);
  }

  /** Therapy events of a set; the history is current when its newest statement is within the window. */
  history(therapies: readonly Therapy[], withinDays?: number, everyLine = false) {
    const events = this.facts.all('PRIOR_THERAPY_EVENT').filter((event) => therapies.includes(event.therapy));
    // The lines of therapy show treatments received too, but never that nothing followed: they add events, not statements.
    const received = [...events.filter((event) => event.status === 'RECEIVED'), ...this.lineEvents(therapies, everyLine)]
      .filter((event) => event.date! <= this.asOf)
      .sort((a, b) => b.date!.localeCompare(a.date!));
    // Every therapy of the set needs a current statement for "nothing since" to hold.
    const current = therapies.every((therapy) =>
      this.fresh(
        events.find((event) => event.therapy === therapy),
        'PRIOR_THERAPY_EVENT',
        withinDays,
      ),
    );
    return { events, received, current };
  }

  /** The lines of therapy as RECEIVED events of the therapies their drug classes are, on the line's last day. */
  lineEvents(therapies: readonly Therapy[], everyLine: boolean): FactOf<'PRIOR_THERAPY_EVENT'>[] {
    return this.facts.all('LINE_OF_THERAPY').flatMap((line) => {
      const shown = therapies.filter((therapy) => (line.drugClasses ?? []).some((drugClass) => THERAPY_OF_DRUG_CLASS[drugClass] === therapy));
      return (shown.length > 0 ? shown : everyLine ? therapies.slice(0, 1) : []).map((therapy) => ({
        kind: 'PRIOR_THERAPY_EVENT' as const,
        therapy,
        status: 'RECEIVED' as const,
        // A line still running (or with no end on file) was received at least up to the day it was recorded.
        date: line.end ?? line.observedOn,
        ...(line.targets ? { targets: line.targets } : {}),
        agent: line.drugs.join(', '),
        observedOn: line.observedOn,
        sourceDocumentId: line.sourceDocumentId,
      }));
    });
  }

  since(condition: Extract<Condition, { since: string }>): Outcome {
    const therapies = SINCE_EVENTS[condition.since];
    const name = codeInWords(condition.since);
    // Every line of therapy is anticancer therapy, whatever its drug classes.
    const { events, received, current } = this.history(therapies, condition.withinDays, condition.since === 'LAST_ANTICANCER_THERAPY');
    const last = received[0];
    const elapsed = last ? daysBetween(last.date!, this.asOf) : Number.POSITIVE_INFINITY;
    // Without a current history, an unrecorded newer event may exist: the time since is only bounded above.
    const decided = current ? compare(elapsed, condition.op, condition.days) : decideInterval(0, elapsed, condition.op, condition.days);
    const required = `${SIGN[condition.op]} ${condition.days} days`;
    const shown = last
      ? `${name}: ${last.date}${last.agent ? ` (${last.agent})` : ''} ${this.cite(last)}, ${elapsed} days before ${this.asOf}`
      : events.length > 0
        ? `${name}: never received ${this.cite(events[0])}`
        : name;
    if (decided === undefined) {
      if (events.length === 0 && received.length === 0)
        return unknown(
          `no treatment history for ${therapies.map((therapy) => codeInWords(therapy)).join(', ')} in the summary (time since ${required} needed)`,
        );
      return unknown(
        `${shown}; no treatment-history statement of the last ${condition.withinDays ?? RECENCY_DAYS.PRIOR_THERAPY_EVENT} days says nothing followed (a statement's observedOn is the day the history was taken), so a later treatment cannot be ruled out for ${required}`,
      );
    }
    return holds(decided, `${shown} ${decided ? 'meets' : 'fails'} ${required}`);
  }

  received(condition: Extract<Condition, { received: unknown }>): Outcome {
    const therapies = (Array.isArray(condition.received) ? condition.received : [condition.received]) as Therapy[];
    const names = therapies.map((therapy) => codeInWords(therapy)).join(' or ');
    const target = condition.target ? ` targeting ${markerLabel(condition.target)}` : '';
    const { events, received, current } = this.history(therapies, condition.withinDays);
    const hit = received.find((event) => !condition.target || event.targets?.includes(condition.target));
    if (hit) return met(`received ${codeInWords(hit.therapy)}${target} on ${hit.date} ${this.cite(hit)}`);
    const untargeted = condition.target ? received.find((event) => event.targets === undefined) : undefined;
    if (untargeted)
      return unknown(
        `received ${codeInWords(untargeted.therapy)} on ${untargeted.date} ${this.cite(untargeted)} without its target: needed to tell ${names}${target}`,
      );
    if (current) return notMet(`no ${names}${target} in a current treatment history ${events.length > 0 ? this.cite(events[0]) : ''}`.trimEnd());
    if (events.length === 0) return unknown(`the summary does not say whether ${names}${target} was ever received`);
    return unknown(
      `no ${names}${target} recorded, but the treatment history ${this.cite(events[0])} is older than ${condition.withinDays ?? RECENCY_DAYS.PRIOR_THERAPY_EVENT} days`,
    );
  }

  codedCondition(condition: Extract<Condition, { condition: string }>): Outcome {
    const name = codeInWords(condition.condition);
    const fact = this.facts.newest('CONDITION', (candidate) => candidate.condition === condition.condition);
    return this.conditionOutcome(fact, name, condition.includeHistory ?? false, condition.withinDays, condition.nyhaClassAtLeast, condition.onsetWithinDays);
  }

  conditionOutcome(
    fact: FactOf<'CONDITION'> | undefined,
    name: string,
    includeHistory: boolean,
    withinDays?: number,
    nyhaAtLeast?: number,
    onsetWithinDays?: number,
  ): Outcome {
    if (!fact) return unknown(`the summary does not say whether there is ${name}`);
    const current = this.fresh(fact, 'CONDITION', withinDays);
    const staleNote = `${this.cite(fact)} is ${this.age(fact)} days old; the window is ${withinDays ?? RECENCY_DAYS.CONDITION} days`;
    // Evidence of the condition keeps counting; its absence (or a milder state) must be current.
    const absent = (why: string) => (current ? notMet(`${why} ${this.cite(fact)}`) : unknown(`${why}, but the statement ${staleNote}`));
    if (fact.status === 'ABSENT') return absent(`no ${name}`);
    if (fact.status === 'HISTORY' && !includeHistory) return absent(`${name} in the past only, not active`);
    const state = fact.status === 'ACTIVE' ? 'active' : 'in the history';
    if (nyhaAtLeast !== undefined) {
      if (fact.nyhaClass === undefined) return unknown(`${name} ${state} ${this.cite(fact)} without a NYHA class`);
      if (fact.nyhaClass < nyhaAtLeast) return absent(`${name} NYHA class ${fact.nyhaClass}, below ${nyhaAtLeast}`);
    }
    if (onsetWithinDays !== undefined) {
      if (!fact.onset) return unknown(`${name} ${state} ${this.cite(fact)} without an onset date`);
      const since = daysBetween(fact.onset, this.asOf);
      if (since > onsetWithinDays) return absent(`${name} began on ${fact.onset}, ${since} days ago (more than ${onsetWithinDays})`);
    }
    return met(`${name} ${state}${fact.nyhaClass ? ` (NYHA ${fact.nyhaClass})` : ''} ${this.cite(fact)}`);
  }

  conditionByIcd10(condition: Extract<Condition, { conditionIcd10: string[] }>): Outcome {
    const matches = (code: string, prefix: string) =>
      code === prefix || code.startsWith(prefix.includes('.') ? prefix : `${prefix}.`) || code.startsWith(prefix);
    const facts = this.facts.all('CONDITION').filter((fact) => fact.icd10);
    const present = facts.find(
      (fact) =>
        condition.conditionIcd10.some((prefix) => matches(fact.icd10!, prefix)) &&
        (fact.status === 'ACTIVE' || (fact.status === 'HISTORY' && condition.includeHistory)),
    );
    const name = `a condition in ${condition.conditionIcd10.join(', ')}`;
    if (present) return this.conditionOutcome(present, `${present.icd10}`, condition.includeHistory ?? false, condition.withinDays);
    // Absence needs, for every prefix, a current statement covering it (an ABSENT I50 covers I50.1).
    const covered = condition.conditionIcd10.every((prefix) =>
      facts.some(
        (fact) =>
          (fact.status === 'ABSENT' || (fact.status === 'HISTORY' && !condition.includeHistory)) &&
          matches(prefix, fact.icd10!) &&
          this.fresh(fact, 'CONDITION', condition.withinDays),
      ),
    );
    return covered ? notMet(`no ${name} (current statements in the summary)`) : unknown(`the summary does not say (currently) whether there is ${name}`);
  }

  score(condition: Extract<Condition, { score: string }>): Outcome {
    const definition = SCORES[condition.score];
    let value: number | undefined;
    let basis = '';
    if (condition.score === 'CHILD_PUGH') {
      const computed = this.childPughFromParts(condition.withinDays);
      if (typeof computed === 'object') {
        value = computed.points;
        basis = computed.basis;
      } else {
        const graded = this.facts.newest('SCORE', (fact) => fact.score === 'CHILD_PUGH');
        if (!graded) return unknown(`Child–Pugh needs ${computed} (or a graded Child–Pugh score)`);
        const stale = this.stale(graded, `Child–Pugh ${graded.value}`, 'SCORE', condition.withinDays);
        if (stale) return stale;
        value = graded.value;
        basis = this.cite(graded);
      }
    } else {
      const fact = this.facts.newest('SCORE', (candidate) => candidate.score === condition.score);
      if (!fact) return unknown(`${definition.name} is not in the summary`);
      const stale = this.stale(fact, `${definition.name} ${fact.value}`, 'SCORE', condition.withinDays);
      if (stale) return stale;
      value = fact.value;
      basis = this.cite(fact);
    }
    if ('classIn' in condition) {
      const cls = childPughClass(value);
      return holds(
        condition.classIn.includes(cls),
        `Child–Pugh ${value} (class ${cls}) ${basis} ${condition.classIn.includes(cls) ? 'is' : 'is not'} class ${condition.classIn.join(' or ')}`,
      );
    }
    const ok = compare(value, condition.op, condition.value);
    return holds(ok, `${definition.name} ${value} ${basis} ${ok ? 'meets' : 'fails'} ${SIGN[condition.op]} ${condition.value}`);
  }

  /** Child–Pugh points from fresh parts, each cited; else the list of missing parts. */
  childPughFromParts(withinDays?: number): { points: number; basis: string } | string {
    const missing: string[] = [];
    const lab = (analyte: Analyte) => {
      const fact = this.facts.newest('LAB', (candidate) => candidate.analyte === analyte);
      if (!fact || !this.fresh(fact, 'LAB', withinDays)) return (missing.push(`${analyteDefinition(analyte).name} (${fact ? 'stale' : 'missing'})`), undefined);
      return fact;
    };
    const grade = (score: 'ASCITES' | 'HEPATIC_ENCEPHALOPATHY') => {
      const fact = this.facts.newest('SCORE', (candidate) => candidate.score === score);
      if (!fact || !this.fresh(fact, 'SCORE', withinDays)) return (missing.push(`${SCORES[score].name} (${fact ? 'stale' : 'missing'})`), undefined);
      return fact;
    };
    const bilirubin = lab('bilirubin');
    const albumin = lab('albumin');
    const inr = lab('inr');
    const ascites = grade('ASCITES');
    const encephalopathy = grade('HEPATIC_ENCEPHALOPATHY');
    if (missing.length > 0) return missing.join(', ');
    const { points } = childPugh({
      bilirubinUmolL: toCanonical('bilirubin', bilirubin!.value, bilirubin!.unit),
      albuminGL: toCanonical('albumin', albumin!.value, albumin!.unit),
      inr: inr!.value,
      ascites: ascites!.value,
      encephalopathy: encephalopathy!.value,
    });
    const basis = `computed from bilirubin ${formatReported('bilirubin', bilirubin!.value, bilirubin!.unit)} ${this.cite(bilirubin!)}, albumin ${formatReported('albumin', albumin!.value, albumin!.unit)} ${this.cite(albumin!)}, INR ${formatNumber(inr!.value, [1, 2])} ${this.cite(inr!)}, ascites grade ${ascites!.value} ${this.cite(ascites!)}, encephalopathy grade ${encephalopathy!.value} ${this.cite(encephalopathy!)}`;
    return { points, basis };
  }

  exposedTo(condition: Extract<Condition, { exposedTo: unknown }>): Outcome {
    const classes = (Array.isArray(condition.exposedTo) ? condition.exposedTo : [condition.exposedTo]) as string[];
    const lines = this.facts.all('LINE_OF_THERAPY');
    const names = classes.map((name) => codeInWords(name));
    if (lines.length === 0) return unknown(`no lines of therapy in the summary to show exposure to ${names.join(', ')}`);
    const absent = classes.filter((name) => !lines.some((line) => line.drugClasses?.includes(name as never)));
    if (absent.length === 0) return met(`exposed to ${names.join(', ')} across ${lines.length} line(s) of therapy`);
    const unclassified = lines.filter((line) => line.drugClasses === undefined);
    if (unclassified.length > 0)
      return unknown(
        `no ${absent.map((name) => codeInWords(name)).join(', ')} among the classified lines; ${unclassified.length} line(s) (${unclassified.map((line) => line.drugs.join(' + ')).join('; ')}) have no drug classes recorded`,
      );
    return notMet(`no ${absent.map((name) => codeInWords(name)).join(', ')} in ${lines.length} line(s) of therapy`);
  }
}

const isOutcome = (value: unknown): value is Outcome => typeof value === 'object' && value !== null && 'status' in value && 'explanation' in value;

/** Screens one criterion. An exclusion is MET (passes) when its rule does NOT hold. */
export function screenCriterion(criterion: Criterion, summary: OncologySummary, options: ScreeningOptions & { criteriaVersion: number }): CriterionVerdict {
  const judge = new Judge(factsAsOf(summary, options.asOf), options.asOf, options.describeDocument);
  const base = { criterionId: criterion.id, kind: criterion.kind, text: criterion.text, mode: criterionMode(criterion) };
  const applies = criterion.appliesWhen ? judge.evaluate(criterion.appliesWhen) : undefined;
  if (applies?.status === 'NOT_MET') return { ...base, applicable: false, status: 'MET', explanation: `does not apply: ${applies.explanation}` };
  const ruled = ruleOutcome(criterion, judge, options);
  // Whether the line applies matters only when it would stand in the way: MET if it applies, MET if it does not.
  if (applies?.status === 'UNKNOWN')
    return ruled.status === 'MET'
      ? { ...base, applicable: true, status: 'MET', explanation: `${ruled.explanation}; met whether or not the line applies` }
      : { ...base, applicable: true, status: 'UNKNOWN', explanation: `cannot tell whether it applies: ${applies.explanation}` };
  return { ...base, applicable: true, ...ruled };
}

/** The rule alone, in the criterion's convention (an exclusion whose rule holds is NOT_MET). */
function ruleOutcome(criterion: Criterion, judge: Judge, options: ScreeningOptions & { criteriaVersion: number }): Outcome {
  if (isManualRule(criterion.rule)) return manualOutcome(criterion, judge, options);
  const outcome = judge.evaluate(criterion.rule);
  if (criterion.kind === 'INCLUSION' || outcome.status === 'UNKNOWN') return outcome;
  // An exclusion's rule "meets" when the patient is excluded: say so, so that nobody has to invert "meets".
  return outcome.status === 'MET'
    ? { status: 'NOT_MET', explanation: `${outcome.explanation}: the exclusion applies` }
    : { status: 'MET', explanation: `${outcome.explanation}: the exclusion does not apply` };
}

/**
 * UNKNOWN until an assessment of this criterion, made by the screening date, for this criteria version —
 * or for an earlier one in which the line read exactly as now (another line's change does not void it).
 */
function manualOutcome(criterion: Criterion, judge: Judge, options: ScreeningOptions & { criteriaVersion: number }): Outcome {
  const assessedOn = (assessment: ManualAssessment) => dayOf(new Date(assessment.assessedAt));
  const mine = options.assessments.filter((assessment) => assessment.criterionId === criterion.id && assessedOn(assessment) <= options.asOf);
  const current = (assessment: ManualAssessment) =>
    assessment.criteriaVersion === options.criteriaVersion || (assessment.criterion !== undefined && sameCriterionLine(assessment.criterion, criterion));
  const latest = mine.filter(current).sort((a, b) => b.assessedAt.localeCompare(a.assessedAt))[0];
  if (!latest) {
    const void_ = mine.find((assessment) => !current(assessment));
    const voided = void_
      ? `; the assessment of criteria version ${void_.criteriaVersion} no longer counts: the line changed (now version ${options.criteriaVersion})`
      : '';
    return unknown(`needs an assessment by the team (registry text: "${criterion.text}")${voided}`);
  }
  const cited = judge.cite({ sourceDocumentId: latest.sourceDocumentId, observedOn: assessedOn(latest) });
  const carried = latest.criteriaVersion === options.criteriaVersion ? '' : ` (for criteria version ${latest.criteriaVersion}; the line is unchanged since)`;
  return {
    status: latest.status,
    explanation: `assessed ${latest.status} by ${latest.assessedBy} on ${assessedOn(latest)} ${cited}${latest.note ? `: ${latest.note}` : ''}${carried}`,
  };
}

/**
 * Screens a summary against a trial as of a date. LIKELY_ELIGIBLE only when every criterion is MET;
 * a NOT_MET makes INELIGIBLE (or a compassionate-use candidate when no disease or antigen line
 * failed and a patient-paid programme exists for the target); otherwise NEEDS_INFORMATION.
 */
export function screenTrial(summary: OncologySummary, trial: ScreenedTrial, options: ScreeningOptions): TrialScreening {
  const scoped = { ...options, criteriaVersion: trial.criteria.version };
  const criteria = trial.criteria.criteria.map((criterion) => screenCriterion(criterion, summary, scoped));
  const failed = trial.criteria.criteria.filter((_, index) => criteria[index].status === 'NOT_MET');
  let verdict: TrialVerdict = failed.length > 0 ? 'INELIGIBLE' : criteria.every((item) => item.status === 'MET') ? 'LIKELY_ELIGIBLE' : 'NEEDS_INFORMATION';
  const compassionate = options.compassionateTargets ?? [];
  if (verdict === 'INELIGIBLE' && !failed.some(isDefining) && (trial.targets ?? []).some((target) => compassionate.some((other) => sameAntigen(target, other))))
    verdict = 'COMPASSIONATE_USE_CANDIDATE';
  return { trialId: trial.trialId, criteriaVersion: trial.criteria.version, judgedOn: options.asOf, verdict, criteria };
}

/** Criteria about the disease or the antigen, which no programme relaxes. */
function isDefining(criterion: Criterion): boolean {
  const defining = (condition: Condition): boolean =>
    'all' in condition
      ? condition.all.some(defining)
      : 'any' in condition
        ? condition.any.some(defining)
        : 'not' in condition
          ? defining(condition.not)
          : 'diagnosisIn' in condition || 'histologyIn' in condition || 'marker' in condition;
  return !isManualRule(criterion.rule) && defining(criterion.rule);
}

const RANK: Record<TrialVerdict, number> = { LIKELY_ELIGIBLE: 0, COMPASSIONATE_USE_CANDIDATE: 1, NEEDS_INFORMATION: 2, INELIGIBLE: 3 };

/** Best matches first; among those needing information, the fewest unknowns first. */
export function rankScreenings<T extends Pick<TrialScreening, 'trialId' | 'verdict' | 'criteria'>>(screenings: T[]): T[] {
  const unknowns = (screening: T) => screening.criteria.filter((item) => item.status === 'UNKNOWN').length;
  return [...screenings].sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || unknowns(a) - unknowns(b) || a.trialId.localeCompare(b.trialId));
}

/** Screens a summary against every recruiting trial, ranked. */
export function rankMatches(summary: OncologySummary, trials: ScreenedTrial[], options: ScreeningOptions): TrialScreening[] {
  return rankScreenings(trials.map((trial) => screenTrial(summary, trial, options)));
}

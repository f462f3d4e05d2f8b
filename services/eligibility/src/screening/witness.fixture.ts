/**
 * Builds, for any trial in the criteria language, a summary meeting every criterion (a "witness"),
 * independently of the engine: the criteria are solved as constraints on facts (all / any / not
 * with backtracking), then facts are written that satisfy them. The property test screens the
 * witness with the engine (it must be LIKELY_ELIGIBLE) and mutates it (it must then never be
 * LIKELY_ELIGIBLE while anything is missing, stale, unknown, failing or unassessed).
 */
import { ICD10_PATTERN } from '@carta/contracts';
import {
  addDays,
  addYears,
  analyteDefinition,
  Analyte,
  canonicalThreshold,
  Comparator,
  Condition,
  CONDITION_CODES,
  Criterion,
  DrugClass,
  InfectionStatus,
  inUnit,
  isAssayUnit,
  isManualRule,
  NUMERIC_FACTS,
  SCORES,
  SEROLOGY_TESTS,
  SerologyTest,
  SINCE_EVENTS,
  Therapy,
  TrialCriteria,
  VIRAL_LOAD_ANALYTE,
  Virus,
} from '@carta/domain';
import { FactOf, ManualAssessment, SummaryFact } from './oncology-summary.rules';

interface Range {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}
interface Choice {
  allowed?: Set<string>;
  forbidden: Set<string>;
}
interface State {
  ranges: Map<string, Range>;
  choices: Map<string, Choice>;
  dxGroups: string[][];
  dxForbidden: string[];
  histoGroups: string[][];
  histoForbidden: string[];
  exposed: Set<string>;
  notExposed: Set<string>;
  targets: Map<string, string>;
}

const clone = (state: State): State => ({
  ranges: new Map([...state.ranges].map(([key, range]) => [key, { ...range }])),
  choices: new Map(
    [...state.choices].map(([key, choice]) => [key, { allowed: choice.allowed && new Set(choice.allowed), forbidden: new Set(choice.forbidden) }]),
  ),
  dxGroups: [...state.dxGroups],
  dxForbidden: [...state.dxForbidden],
  histoGroups: [...state.histoGroups],
  histoForbidden: [...state.histoForbidden],
  exposed: new Set(state.exposed),
  notExposed: new Set(state.notExposed),
  targets: new Map(state.targets),
});

const NEGATE: Record<Comparator, Comparator> = { '>': '<=', '>=': '<', '<': '>=', '<=': '>' };
const INF = Number.POSITIVE_INFINITY;

function bound(state: State, key: string, op: Comparator, value: number): boolean {
  const range = state.ranges.get(key) ?? { lo: -INF, loOpen: false, hi: INF, hiOpen: false };
  if (op === '>' || op === '>=') {
    if (value > range.lo || (value === range.lo && op === '>')) Object.assign(range, { lo: value, loOpen: op === '>' });
  } else if (value < range.hi || (value === range.hi && op === '<')) Object.assign(range, { hi: value, hiOpen: op === '<' });
  state.ranges.set(key, range);
  return range.lo < range.hi || (range.lo === range.hi && !range.loOpen && !range.hiOpen);
}

function choose(state: State, key: string, values: string[], want: boolean): boolean {
  const choice = state.choices.get(key) ?? { forbidden: new Set<string>() };
  if (want) choice.allowed = new Set(values.filter((value) => !choice.allowed || choice.allowed.has(value)));
  else values.forEach((value) => choice.forbidden.add(value));
  state.choices.set(key, choice);
  return !choice.allowed || [...choice.allowed].some((value) => !choice.forbidden.has(value));
}

const rangeOf = (state: State, key: string) => state.ranges.get(key);
const inRange = (range: Range | undefined, value: number) =>
  !range || ((value > range.lo || (value === range.lo && !range.loOpen)) && (value < range.hi || (value === range.hi && !range.hiOpen)));

type Goal = [Condition, boolean];

/** Every way to satisfy the goals, lazily, depth first. */
function* solve(goals: Goal[], state: State): Generator<State> {
  if (goals.length === 0) return yield state;
  const [[condition, want], ...rest] = goals;
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const conjunctive = 'all' in condition === want;
    if (conjunctive) return yield* solve([...parts.map((part): Goal => [part, want]), ...rest], state);
    for (const part of parts) yield* solve([[part, want], ...rest], clone(state));
    return;
  }
  if ('not' in condition) return yield* solve([[condition.not, !want], ...rest], state);
  for (const branch of leaf(condition, want, state)) yield* solve(rest, branch);
}

/** The states (zero, one or several alternatives) in which a leaf clause has the wanted truth. */
function leaf(condition: Condition, want: boolean, input: State): State[] {
  const state = clone(input);
  const ok = (consistent: boolean) => (consistent ? [state] : []);
  const op = (value: Comparator) => (want ? value : NEGATE[value]);
  if ('fact' in condition) return ok(bound(state, `fact:${condition.fact}`, op(condition.op), condition.value));
  if ('sex' in condition) return ok(choose(state, 'sex', [condition.sex], want));
  if ('diagnosisIn' in condition)
    return want ? (state.dxGroups.push(condition.diagnosisIn), [state]) : (state.dxForbidden.push(...condition.diagnosisIn), [state]);
  if ('histologyIn' in condition)
    return want ? (state.histoGroups.push(condition.histologyIn), [state]) : (state.histoForbidden.push(...condition.histologyIn), [state]);
  if ('stageIn' in condition) return ok(choose(state, 'stage', condition.stageIn, want));
  if ('her2' in condition) return ok(choose(state, 'her2', [condition.her2], want));
  if ('lab' in condition) {
    if ('timesUpperLimit' in condition) return ok(bound(state, `uln:${condition.lab}`, op(condition.op), condition.timesUpperLimit));
    return ok(bound(state, `lab:${condition.lab}`, op(condition.op), canonicalThreshold(condition)));
  }
  if ('marker' in condition) {
    const key = `${condition.marker}|${condition.method ?? '*'}`;
    if ('result' in condition) return ok(choose(state, `markerResult:${key}`, [condition.result], want));
    return ok(bound(state, `marker:${key}|${condition.minIntensity ?? 1}`, op(condition.op), condition.percent));
  }
  if ('infection' in condition) return ok(choose(state, `infection:${condition.infection}`, ([] as string[]).concat(condition.status), want));
  if ('serology' in condition) return ok(choose(state, `serology:${condition.serology}`, [condition.result], want));
  if ('viralLoad' in condition) {
    // The load is written in IU (canonical): a threshold in copies holds for every assay factor beyond its far end.
    const wanted = op(condition.op);
    const analyte = VIRAL_LOAD_ANALYTE[condition.viralLoad];
    const [low, high] = isAssayUnit(analyte, condition.unit)
      ? inUnit(analyte, condition.value, condition.unit, analyteDefinition(analyte).canonical)
      : [canonicalThreshold(condition), canonicalThreshold(condition)];
    return ok(bound(state, `load:${condition.viralLoad}`, wanted, wanted === '>' || wanted === '>=' ? high : low));
  }
  if ('since' in condition) {
    const therapies = SINCE_EVENTS[condition.since] as readonly Therapy[];
    therapies.forEach((therapy) => bound(state, `therapy:${therapy}`, '>=', 0));
    const wanted = op(condition.op);
    // "the newest event ≥ N days ago" holds for each therapy; "< N days" for at least one.
    if (wanted === '>' || wanted === '>=') return ok(therapies.every((therapy) => bound(state, `therapy:${therapy}`, wanted, condition.days)));
    return therapies.flatMap((therapy) => {
      const branch = clone(state);
      return bound(branch, `therapy:${therapy}`, wanted, condition.days) ? [branch] : [];
    });
  }
  if ('received' in condition) {
    const therapies = ([] as Therapy[]).concat(condition.received as Therapy | Therapy[]);
    if (!want) return ok(therapies.every((therapy) => bound(state, `therapy:${therapy}`, '>=', INF)));
    return therapies.flatMap((therapy) => {
      const branch = clone(state);
      if (condition.target) branch.targets.set(therapy, condition.target);
      return bound(branch, `therapy:${therapy}`, '<=', 3000) ? [branch] : [];
    });
  }
  if ('conditionIcd10' in condition) return ok(condition.conditionIcd10.every((code) => choose(state, `icd:${code}`, ['ACTIVE'], want)));
  if ('condition' in condition) return ok(choose(state, `condition:${condition.condition}`, ['ACTIVE'], want));
  if ('score' in condition) {
    if ('classIn' in condition) {
      const bands: Record<string, [number, number]> = { A: [5, 6], B: [7, 9], C: [10, 15] };
      const classes = want ? condition.classIn : (['A', 'B', 'C'] as const).filter((cls) => !condition.classIn.includes(cls));
      return classes.flatMap((cls) => {
        const branch = clone(state);
        return bound(branch, 'score:CHILD_PUGH', '>=', bands[cls][0]) && bound(branch, 'score:CHILD_PUGH', '<=', bands[cls][1]) ? [branch] : [];
      });
    }
    return ok(bound(state, `score:${condition.score}`, op(condition.op), condition.value));
  }
  if ('diseaseStatusIn' in condition)
    return ok(choose(state, 'diseaseStatus', condition.diseaseStatusIn, want) && choose(state, 'diseaseStatus', ['NO_PRIOR_THERAPY'], false));
  if ('exposedTo' in condition) {
    const classes = ([] as string[]).concat(condition.exposedTo as string | string[]);
    if (want) return classes.some((cls) => state.notExposed.has(cls)) ? [] : (classes.forEach((cls) => state.exposed.add(cls)), [state]);
    // "not every class": leave one out.
    return classes
      .filter((cls) => !state.exposed.has(cls))
      .map((cls) => {
        const branch = clone(state);
        branch.notExposed.add(cls);
        return branch;
      });
  }
  if ('measurableDisease' in condition) return ok(choose(state, 'measurable', ['true'], want));
  return [];
}

/** A value in the range, preferring a typical one; integers where the quantity is counted. */
function pick(range: Range | undefined, typical: number, valid: (value: number) => boolean): number | undefined {
  const candidates = [typical];
  if (range) {
    const { lo, hi } = range;
    for (const value of [lo, hi])
      if (Number.isFinite(value))
        candidates.push(
          value,
          Math.ceil(value),
          Math.floor(value),
          value + 1,
          value - 1,
          value + 0.01,
          value - 0.01,
          Math.ceil(value / 10) * 10,
          Math.floor(value / 10) * 10,
          value + 10,
          value - 10,
        );
    if (Number.isFinite(lo) && Number.isFinite(hi)) candidates.push((lo + hi) / 2, Math.round((lo + hi) / 2));
    if (Number.isFinite(lo) && !Number.isFinite(hi)) candidates.push(lo * 2, lo * 1.5);
  }
  return candidates.find((value) => inRange(range, value) && valid(value));
}

const shiftDate = (date: string, daysBefore: number) => addDays(date, -daysBefore);
const matchesCode = (code: string, prefix: string) => code === prefix || code.startsWith(prefix.includes('.') ? prefix : `${prefix}.`);

function chooseCode(
  groups: string[][],
  forbidden: string[],
  fallback: string,
  candidatesOf: (prefix: string) => string[],
  matches: (code: string, prefix: string) => boolean,
): string | undefined {
  const candidates = groups.length > 0 ? groups[0].flatMap(candidatesOf) : [fallback];
  return candidates.find(
    (code) => groups.every((group) => group.some((prefix) => matches(code, prefix))) && !forbidden.some((prefix) => matches(code, prefix)),
  );
}

function allowedValues(state: State, key: string, all: readonly string[]): string[] {
  const choice = state.choices.get(key);
  return all.filter((value) => (!choice?.allowed || choice.allowed.has(value)) && !choice?.forbidden.has(value));
}

/** Writes facts satisfying a solved state; undefined when some value cannot be chosen. */
function factsOf(state: State, asOf: string, documentId: string): SummaryFact[] | undefined {
  const on = shiftDate(asOf, 1);
  const facts: SummaryFact[] = [];
  const add = <K extends SummaryFact['kind']>(kind: K, fields: Omit<FactOf<K>, 'kind' | 'observedOn' | 'sourceDocumentId'>, observedOn = on) =>
    facts.push({ kind, observedOn, sourceDocumentId: documentId, ...fields } as unknown as SummaryFact);
  const typical: Record<string, number> = {
    age: 50,
    ecog: 0,
    karnofsky: 90,
    lvef: 60,
    spo2: 98,
    priorLines: 3,
    lifeExpectancyWeeks: 52,
    lifeExpectancyMonths: 12,
    weightKg: 70,
  };
  const number = (key: keyof typeof NUMERIC_FACTS) => {
    const spec = NUMERIC_FACTS[key];
    const integer = spec.integer || key === 'age' || key === 'lifeExpectancyWeeks' || key === 'weightKg';
    return pick(
      rangeOf(state, `fact:${key}`),
      typical[key],
      (value) =>
        value >= Math.max(spec.min, key === 'lvef' ? 5 : key === 'spo2' ? 50 : key === 'weightKg' ? 1 : spec.min) &&
        value <= (key === 'lvef' ? 90 : spec.max) &&
        (!integer || Number.isInteger(value)) &&
        (key !== 'karnofsky' || value % 10 === 0),
    );
  };
  const values: Record<string, number | undefined> = {};
  for (const key of Object.keys(NUMERIC_FACTS) as (keyof typeof NUMERIC_FACTS)[]) if (key !== 'priorLines') values[key] = number(key);
  if (Object.values(values).some((value) => value === undefined)) return undefined;
  add('BIRTH_DATE', { birthDate: addYears(asOf, -values.age!) });
  const sex = allowedValues(state, 'sex', ['male', 'female'])[0];
  if (!sex) return undefined;
  add('SEX', { sex: sex as 'male' });
  add('WEIGHT', { value: values.weightKg!, unit: 'kg' });
  add('ECOG', { value: values.ecog! });
  add('KARNOFSKY', { value: values.karnofsky! });
  add('LVEF', { value: values.lvef! });
  add('SPO2', { value: values.spo2! });
  // The estimate in the unit the criteria ask for (a trial asking in both is not solved here).
  const inMonths = state.ranges.has('fact:lifeExpectancyMonths');
  if (inMonths && state.ranges.has('fact:lifeExpectancyWeeks')) return undefined;
  add('LIFE_EXPECTANCY', inMonths ? { months: values.lifeExpectancyMonths! } : { weeks: values.lifeExpectancyWeeks! });
  const icd10 = chooseCode(
    state.dxGroups,
    state.dxForbidden,
    'C85.9',
    (prefix) => [prefix, `${prefix}.9`, `${prefix}.0`, `${prefix}.1`, `${prefix}.2`, `${prefix}.8`],
    matchesCode,
  );
  const morphology = chooseCode(
    state.histoGroups,
    state.histoForbidden,
    '9680/3',
    (prefix) => [prefix.includes('/') ? prefix : `${prefix.padEnd(4, '0')}/3`, `${prefix.padEnd(4, '9')}/3`],
    (code, prefix) => code.startsWith(prefix),
  );
  const stage = allowedValues(state, 'stage', ['IV', 'III', 'II', 'I', ...[...(state.choices.get('stage')?.allowed ?? [])]])[0];
  const her2 = allowedValues(state, 'her2', ['NEGATIVE', 'POSITIVE'])[0];
  if (!icd10 || !ICD10_PATTERN.test(icd10) || !morphology || !stage || !her2) return undefined;
  add('DIAGNOSIS', { icd10 });
  add('HISTOLOGY', { morphology });
  add('STAGE', { stage });
  add('HER2', { status: her2 as 'NEGATIVE' });
  // Labs: a value in range; a ULN that makes the wanted multiple.
  const analytes = new Set([...state.ranges.keys()].filter((key) => key.startsWith('lab:') || key.startsWith('uln:')).map((key) => key.slice(4) as Analyte));
  for (const analyte of analytes) {
    const definition = analyteDefinition(analyte);
    const [min, max] = definition.plausible;
    const reference = definition.reference;
    const mid =
      reference.low !== undefined && reference.high !== undefined ? (reference.low + reference.high) / 2 : (reference.high ?? reference.low ?? (min + max) / 2);
    const value = pick(rangeOf(state, `lab:${analyte}`), mid, (candidate) => candidate >= Math.max(min, 0.01) && candidate <= max);
    if (value === undefined) return undefined;
    const uln = rangeOf(state, `uln:${analyte}`);
    let referenceRange: { high: number } | undefined;
    if (uln) {
      const times = pick(uln, 0.5, (candidate) => candidate > 0);
      if (times === undefined) return undefined;
      referenceRange = { high: Math.round((value / times) * 1e6) / 1e6 };
    }
    add('LAB', { analyte, value, unit: definition.canonical, ...(referenceRange ? { referenceRange } : {}) });
  }
  // Markers: merge percent and result clauses per marker and method.
  const markerKeys = new Set(
    [...state.ranges.keys(), ...state.choices.keys()]
      .filter((key) => key.startsWith('marker:') || key.startsWith('markerResult:'))
      .map((key) => key.split(':')[1].split('|').slice(0, 2).join('|')),
  );
  for (const key of markerKeys) {
    const [marker, method] = key.split('|');
    const intensities = [1, 2, 3].filter((level) => state.ranges.has(`marker:${key}|${level}`));
    const intensity = intensities.at(-1) ?? 1;
    const percent = pick(rangeOf(state, `marker:${key}|${intensity}`), 80, (value) => value >= 0 && value <= 100);
    if (percent === undefined || intensities.length > 1) return undefined;
    const result = allowedValues(state, `markerResult:${key}`, percent > 0 ? ['POSITIVE', 'NEGATIVE'] : ['NEGATIVE', 'POSITIVE'])[0];
    if (!result || (result === 'NEGATIVE' && percent > 50)) return undefined;
    add(
      'MARKER',
      {
        marker,
        method: (method === '*' ? 'IHC' : method) as 'IHC',
        result: result as 'POSITIVE',
        percentPositive: percent,
        ...(intensity > 1 ? { intensity: intensity as 2 } : {}),
      },
      shiftDate(asOf, 1),
    );
  }
  // Infections and viral loads: a status whose serologies are the ones wanted.
  const serologyAllowed = (test: SerologyTest, reactive: boolean) =>
    allowedValues(state, `serology:${test}`, ['REACTIVE', 'NON_REACTIVE']).includes(reactive ? 'REACTIVE' : 'NON_REACTIVE');
  const serologiesOf = (virus: Virus, status: InfectionStatus): [SerologyTest, boolean][] =>
    virus === 'HBV'
      ? [
          ['HBSAG', status === 'ACTIVE' || status === 'CHRONIC_CONTROLLED'],
          ['ANTI_HBC', status !== 'NEGATIVE'],
        ]
      : [[virus === 'HCV' ? 'HCV_AB' : 'HIV_AG_AB', status !== 'NEGATIVE']];
  const written = new Set<SerologyTest>();
  const serology = (test: SerologyTest, reactive: boolean) => (written.add(test), add('SEROLOGY', { test, result: reactive ? 'REACTIVE' : 'NON_REACTIVE' }));
  for (const virus of Object.keys(VIRAL_LOAD_ANALYTE) as Virus[]) {
    const statusKey = `infection:${virus}`;
    const load = rangeOf(state, `load:${virus}`);
    const asked = serologiesOf(virus, 'NEGATIVE').some(([test]) => state.choices.has(`serology:${test}`));
    if (!state.choices.has(statusKey) && !load && !asked) continue;
    const possible: InfectionStatus[] =
      virus === 'HBV'
        ? ['NEGATIVE', 'RESOLVED', 'CHRONIC_CONTROLLED', 'ACTIVE']
        : virus === 'HCV'
          ? ['NEGATIVE', 'RESOLVED', 'ACTIVE']
          : ['NEGATIVE', 'CHRONIC_CONTROLLED', 'ACTIVE'];
    const status = (allowedValues(state, statusKey, possible) as InfectionStatus[]).find(
      (candidate) =>
        (candidate === 'ACTIVE' ? pick(load, 1000, (value) => value > 0) !== undefined : inRange(load, 0)) &&
        serologiesOf(virus, candidate).every(([test, reactive]) => serologyAllowed(test, reactive)),
    );
    if (!status) return undefined;
    for (const [test, reactive] of serologiesOf(virus, status)) serology(test, reactive);
    if (status === 'ACTIVE')
      add('VIRAL_LOAD', {
        virus,
        detected: true,
        value: pick(load, 1000, (value) => value > 0)!,
        unit: analyteDefinition(VIRAL_LOAD_ANALYTE[virus]).canonical,
      });
    else add('VIRAL_LOAD', { virus, detected: false });
  }
  // Tests no status decides (anti-HBs, syphilis): the result wanted.
  for (const test of Object.keys(SEROLOGY_TESTS) as SerologyTest[]) {
    if (written.has(test) || !state.choices.has(`serology:${test}`)) continue;
    const result = allowedValues(state, `serology:${test}`, ['NON_REACTIVE', 'REACTIVE'])[0];
    if (!result) return undefined;
    serology(test, result === 'REACTIVE');
  }
  // Treatment history: a current statement per therapy; an event this many days ago, or never.
  for (const key of [...state.ranges.keys()].filter((candidate) => candidate.startsWith('therapy:'))) {
    const therapy = key.slice('therapy:'.length) as Therapy;
    const days = pick(rangeOf(state, key), INF, (value) => value === INF || (Number.isInteger(value) && value >= 0 && value <= 3000));
    if (days === undefined) return undefined;
    const target = state.targets.get(therapy);
    if (days === INF) add('PRIOR_THERAPY_EVENT', { therapy, status: 'NEVER_RECEIVED' }, asOf);
    else add('PRIOR_THERAPY_EVENT', { therapy, status: 'RECEIVED', date: shiftDate(asOf, days), ...(target ? { targets: [target] } : {}) }, asOf);
  }
  // Conditions: active where wanted, a current "absent" statement otherwise.
  for (const [key, choice] of state.choices) {
    if (!key.startsWith('condition:') && !key.startsWith('icd:')) continue;
    const active = choice.allowed?.has('ACTIVE') && !choice.forbidden.has('ACTIVE');
    if (choice.allowed && !active) return undefined;
    const code = key.split(':')[1];
    const what = key.startsWith('icd:') ? { icd10: code } : { condition: code as (typeof CONDITION_CODES)[number] };
    if (active) add('CONDITION', { ...what, status: 'ACTIVE', onset: shiftDate(asOf, 1), ...(code === 'HEART_FAILURE' ? { nyhaClass: 4 as const } : {}) });
    else add('CONDITION', { ...what, status: 'ABSENT' });
  }
  for (const key of [...state.ranges.keys()].filter((candidate) => candidate.startsWith('score:'))) {
    const score = key.slice('score:'.length) as keyof typeof SCORES;
    const definition = SCORES[score];
    const value = pick(
      rangeOf(state, key),
      definition.min,
      (candidate) => candidate >= definition.min && candidate <= definition.max && Number.isInteger(candidate / definition.step),
    );
    if (value === undefined) return undefined;
    add('SCORE', { score, value });
  }
  const measurable = allowedValues(state, 'measurable', ['true', 'false'])[0];
  if (state.choices.has('measurable')) add('IMAGING', { modality: 'CT', measurableDisease: measurable === 'true' });
  // Lines of therapy: as many as wanted, the exposures on the first, the last line deciding relapsed / refractory.
  const status = allowedValues(state, 'diseaseStatus', ['RELAPSED', 'REFRACTORY'])[0];
  const count = pick(rangeOf(state, 'fact:priorLines'), 3, (value) => Number.isInteger(value) && value >= 1 && value <= 30);
  if (!status || count === undefined || [...state.exposed].some((cls) => state.notExposed.has(cls))) return undefined;
  for (let index = 0; index < count; index += 1) {
    add('LINE_OF_THERAPY', {
      drugs: [`regimen ${index + 1}`],
      drugClasses: (index === 0 ? [...state.exposed] : []) as DrugClass[],
      start: shiftDate(asOf, 400 - index * 10),
      end: shiftDate(asOf, 395 - index * 10),
      bestResponse: index === count - 1 && status === 'REFRACTORY' ? 'PD' : 'CR',
      reasonStopped: 'PROGRESSION',
    });
  }
  return facts;
}

/** A summary meeting every criterion, with the assessments its manual criteria need; undefined when none was found. */
export function witnessFor(criteria: TrialCriteria, asOf: string, documentId: string): { facts: SummaryFact[]; assessments: ManualAssessment[] } | undefined {
  const goals = (criterion: Criterion): Goal[][] => {
    const rule = isManualRule(criterion.rule) ? [] : [[criterion.rule, criterion.kind === 'INCLUSION'] as Goal];
    if (!criterion.appliesWhen) return [rule];
    // Either the criterion applies and holds, or it does not apply.
    return [[[criterion.appliesWhen, true], ...rule], [[criterion.appliesWhen, false]]];
  };
  const empty: State = {
    ranges: new Map(),
    choices: new Map(),
    dxGroups: [],
    dxForbidden: [],
    histoGroups: [],
    histoForbidden: [],
    exposed: new Set(),
    notExposed: new Set(),
    targets: new Map(),
  };
  function* all(index: number, state: State): Generator<State> {
    if (index === criteria.criteria.length) return yield state;
    for (const option of goals(criteria.criteria[index])) for (const solved of solve(option, clone(state))) yield* all(index + 1, solved);
  }
  let tries = 0;
  for (const state of all(0, empty)) {
    const facts = factsOf(state, asOf, documentId);
    if (facts) {
      const assessments = criteria.criteria
        .filter((criterion) => isManualRule(criterion.rule))
        .map((criterion) => ({
          criterionId: criterion.id,
          criteriaVersion: criteria.version,
          status: 'MET' as const,
          assessedBy: 'property-test',
          assessedAt: `${asOf}T08:00:00Z`,
          sourceDocumentId: documentId,
        }));
      return { facts, assessments };
    }
    if ((tries += 1) > 5000) return undefined;
  }
  return undefined;
}

/**
 * Screening throughput: 10,000 summaries × 100 trials (variants of the four seeded trials with
 * shifted thresholds), in one process. Prints criterion evaluations per second, a naive baseline
 * measured in the same run (criteria re-parsed from JSON for every screening), and the cost of a
 * criteria change re-screening only the changed trial versus everything.
 *   node tools/run.js services/eligibility/bench/screening.bench.ts   (BENCH_SUMMARIES, BENCH_TRIALS to scale)
 */
import { parseCriteria, SEED_TRIALS, TrialCriteria } from '@carta/domain';
import { fact } from '../src/screening/facts.fixture';
import { OncologySummary, SummaryFact, summaryOf } from '../src/screening/oncology-summary.rules';
import { screenTrial } from '../src/screening/screening.rules';

const SUMMARIES = Number(process.env.BENCH_SUMMARIES ?? 10_000);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 100);
const TODAY = '2026-11-22';

/** A deterministic pseudo-random sequence, so every run screens the same population. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

function summaries(count: number): OncologySummary[] {
  const next = random(42);
  const diagnoses = ['C16.9', 'C16.0', 'C25.0', 'C83.3', 'C90.0'];
  return Array.from({ length: count }, (_, index) => {
    const doc = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
    const day = () => `2026-11-${String(1 + Math.floor(next() * 21)).padStart(2, '0')}`;
    const lab = (analyte: string, value: number, unit: string, high?: number): SummaryFact =>
      fact('LAB', { analyte: analyte as never, value, unit, ...(high ? { referenceRange: { high } } : {}) }, day(), doc);
    const lines = Math.floor(next() * 5);
    return summaryOf(`case-${index}`, [
      fact('BIRTH_DATE', { birthDate: `${1946 + Math.floor(next() * 60)}-06-01` }, '2026-10-01', doc),
      fact('SEX', { sex: next() < 0.5 ? 'female' : 'male' }, '2026-10-01', doc),
      fact('WEIGHT', { value: 45 + Math.floor(next() * 50), unit: 'kg' }, day(), doc),
      fact('DIAGNOSIS', { icd10: diagnoses[Math.floor(next() * diagnoses.length)] }, '2026-10-01', doc),
      fact('ECOG', { value: Math.floor(next() * 4) }, day(), doc),
      fact('LVEF', { value: 40 + Math.floor(next() * 30) }, day(), doc),
      fact('LIFE_EXPECTANCY', { weeks: 6 + Math.floor(next() * 40) }, day(), doc),
      fact('SPO2', { value: 92 + Math.floor(next() * 8) }, day(), doc),
      fact('HER2', { status: next() < 0.8 ? 'NEGATIVE' : 'POSITIVE' }, '2026-10-01', doc),
      fact('MARKER', { marker: 'CLDN18.2', method: 'IHC', result: 'POSITIVE', percentPositive: Math.floor(next() * 90) }, '2026-10-01', doc),
      ...Array.from({ length: lines }, (_, line) =>
        fact('LINE_OF_THERAPY', { drugs: [`regimen-${line}`], start: `202${line}-01-01`, bestResponse: 'PD', reasonStopped: 'PROGRESSION' }, '2026-10-01', doc),
      ),
      lab('anc', 0.5 + next() * 3, '10*9/L'),
      lab('alc', 0.1 + next(), '10*3/uL'),
      lab('haemoglobin', 6 + next() * 8, 'g/dL'),
      lab('platelets', 30 + next() * 200, '10*9/L'),
      lab('creatinine', 0.5 + next() * 2, 'mg/dL', 1.2),
      lab('alt', 10 + next() * 150, 'U/L', 40),
      lab('ast', 10 + next() * 150, 'U/L', 40),
      lab('pt', 10 + next() * 10, 's', 13),
      lab('aptt', 25 + next() * 30, 's', 35),
      ...(next() < 0.1 ? [fact('TRANSFUSION', { product: 'PLATELETS', date: '2026-11-15' }, '2026-11-15', doc)] : []),
    ]);
  });
}

interface BenchTrial {
  id: string;
  targets: string[];
  criteria: TrialCriteria;
}

/** A threshold moved by up to ±5% (still valid: SpO₂ 95 stays ≤ 100); whole numbers (ECOG, counts) stay whole. */
const vary = (value: number, draw: number) =>
  Number.isInteger(value) ? Math.round(value * (0.95 + draw * 0.1)) : Math.round(value * (0.95 + draw * 0.1) * 100) / 100;

/** Variants of the seeded trials: every numeric threshold shifted a little, each its own trial. */
function trials(count: number): BenchTrial[] {
  const next = random(7);
  const shift = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(shift);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => [
          key,
          ['value', 'percent', 'timesUpperLimit'].includes(key) && typeof value === 'number' ? vary(value, next()) : shift(value),
        ]),
      );
    }
    return node;
  };
  return Array.from({ length: count }, (_, index) => {
    const seed = SEED_TRIALS[index % SEED_TRIALS.length];
    return { id: `${seed.id}-v${index}`, targets: seed.targets, criteria: parseCriteria(shift(seed.criteria)) };
  });
}

function time<T>(work: () => T): { result: T; seconds: number } {
  const started = process.hrtime.bigint();
  const result = work();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function screenAll(population: OncologySummary[], catalogue: BenchTrial[], criteriaOf: (trial: BenchTrial) => TrialCriteria): number {
  let evaluations = 0;
  for (const summary of population) {
    for (const trial of catalogue)
      evaluations += screenTrial(summary, { trialId: trial.id, targets: trial.targets, criteria: criteriaOf(trial) }, { asOf: TODAY, assessments: [] }).criteria
        .length;
  }
  return evaluations;
}

function main(): void {
  const population = summaries(SUMMARIES);
  const catalogue = trials(TRIALS);
  const full = time(() => screenAll(population, catalogue, (trial) => trial.criteria));
  const rate = full.result / full.seconds;

  // Baseline, same run: the naive way re-reads the criteria document for every screening.
  const sample = population.slice(0, Math.max(1, Math.floor(SUMMARIES / 10)));
  const stored = new Map(catalogue.map((trial) => [trial.id, JSON.stringify(trial.criteria)]));
  const naive = time(() => screenAll(sample, catalogue, (trial) => parseCriteria(JSON.parse(stored.get(trial.id)!))));
  const naiveRate = naive.result / naive.seconds;

  // A criteria change: re-screen only the changed trial for every summary, versus everything.
  const changed = { ...catalogue[0], criteria: parseCriteria({ ...catalogue[0].criteria, version: catalogue[0].criteria.version + 1 }) };
  const targeted = time(() => screenAll(population, [changed], (trial) => trial.criteria));

  console.log(`screening ${SUMMARIES.toLocaleString('en')} summaries × ${TRIALS} trials (${full.result.toLocaleString('en')} criterion evaluations)`);
  console.log(`  engine                      ${Math.round(rate).toLocaleString('en')} evaluations/s  (${full.seconds.toFixed(2)} s)`);
  console.log(`  naive baseline (re-parsing) ${Math.round(naiveRate).toLocaleString('en')} evaluations/s  on ${sample.length.toLocaleString('en')} summaries`);
  console.log(`  ratio engine/naive          ${(rate / naiveRate).toFixed(2)}x`);
  console.log(
    `  criteria change, affected trial only: ${(targeted.seconds * 1000).toFixed(0)} ms   everything: ${(full.seconds * 1000).toFixed(0)} ms   (${(full.seconds / targeted.seconds).toFixed(0)}x less work)`,
  );
}

main();

/**
 * Property test over every trial in the criteria language (the seeded trials and any encoded in
 * libs/domain/src/eligibility/trials/*.ts): a summary built to meet every criterion screens
 * LIKELY_ELIGIBLE (reachable), and no generated variant of it — facts dropped, aged, moved past the
 * screening date, values perturbed, assessments removed or of another version — is ever
 * LIKELY_ELIGIBLE while any criterion is UNKNOWN, NOT_MET, stale, missing or manual-unassessed.
 * Deterministic: a seeded generator, so a failure names its seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays as shift, dayOf, isManualRule, parseCriteria, RECENCY_DAYS, SEED_TRIALS, TrialCriteria } from '@carta/domain';
import { ManualAssessment, OncologySummary, SummaryFact, summaryOf } from './oncology-summary.rules';
import { ScreeningOptions, screenTrial, TrialScreening } from './screening.rules';
import { witnessFor } from './witness.fixture';

const AS_OF = '2026-11-22';
const DOC = '00000000-0000-4000-8000-0000000000aa';
const SAMPLES = 150;

/** Seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The worked example of docs/criteria-language.md: every clause family, a manual line, a conditional line. */
function documentedExample(): { id: string; criteria: unknown } {
  const doc = readFileSync(join(__dirname, '../../../../docs/criteria-language.md'), 'utf8');
  const block = doc.slice(doc.indexOf('## Worked example')).match(/```json\n([\s\S]*?)```/)![1];
  return { id: 'docs-worked-example', criteria: JSON.parse(block) };
}

/** Every trial: the seeds, the documented example, and the encoded real trials when their directory exists. */
function trials(): { id: string; criteria: unknown }[] {
  const found: { id: string; criteria: unknown }[] = [...SEED_TRIALS.map((trial) => ({ id: trial.id, criteria: trial.criteria })), documentedExample()];
  const directory = join(__dirname, '../../../../libs/domain/src/eligibility/trials');
  let files: string[] = [];
  try {
    files = readdirSync(directory).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));
  } catch {
    return found;
  }
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(join(directory, file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const candidate = value as { id?: unknown; criteria?: { version?: unknown; criteria?: unknown } };
      if (
        candidate &&
        typeof candidate === 'object' &&
        typeof candidate.id === 'string' &&
        Array.isArray(candidate.criteria?.criteria) &&
        !found.some((trial) => trial.id === candidate.id)
      )
        found.push({ id: candidate.id, criteria: candidate.criteria });
    }
  }
  return found;
}

const ALL = trials();
const AGED_KINDS = new Set(Object.keys(RECENCY_DAYS));
/** Facts whose age matters: a stale one must count as absent (evidence that something happened keeps counting). */
const ages = (fact: SummaryFact) =>
  AGED_KINDS.has(fact.kind) && !(fact.kind === 'PRIOR_THERAPY_EVENT' && fact.status === 'RECEIVED') && !(fact.kind === 'CONDITION' && fact.status === 'ACTIVE');

function invariants(screening: TrialScreening, criteria: TrialCriteria, options: ScreeningOptions): void {
  if (screening.verdict !== 'LIKELY_ELIGIBLE') return;
  expect(screening.criteria.filter((item) => item.status !== 'MET')).toEqual([]);
  for (const criterion of criteria.criteria.filter((item) => isManualRule(item.rule))) {
    const verdict = screening.criteria.find((item) => item.criterionId === criterion.id)!;
    if (!verdict.applicable) continue;
    const valid = options.assessments.some(
      (assessment) =>
        assessment.criterionId === criterion.id && assessment.criteriaVersion === criteria.version && dayOf(new Date(assessment.assessedAt)) <= options.asOf,
    );
    expect({ criterion: criterion.id, assessed: valid }).toEqual({ criterion: criterion.id, assessed: true });
  }
  for (const item of screening.criteria) expect(item.explanation).not.toMatch(/days old|missing|needs an assessment|cannot tell|not in the summary/);
}

describe.each(ALL.map((trial) => [trial.id, trial] as const))('property: %s', (_id, trial) => {
  let criteria: TrialCriteria;
  let witness: { facts: SummaryFact[]; assessments: ManualAssessment[] };

  it('is valid in the criteria language', () => {
    criteria = parseCriteria(JSON.parse(JSON.stringify(trial.criteria)));
  });

  it('reaches LIKELY_ELIGIBLE with a summary meeting every criterion and its manual criteria assessed', () => {
    criteria ??= parseCriteria(JSON.parse(JSON.stringify(trial.criteria)));
    const found = witnessFor(criteria, AS_OF, DOC);
    expect(found).toBeDefined();
    witness = found!;
    const screening = screenTrial(summaryOf('case', witness.facts), { trialId: trial.id, criteria }, { asOf: AS_OF, assessments: witness.assessments });
    expect(screening.criteria.filter((item) => item.status !== 'MET')).toEqual([]);
    expect(screening.verdict).toBe('LIKELY_ELIGIBLE');
  });

  it('is never LIKELY_ELIGIBLE with nothing on file, or with its manual criteria unassessed or assessed for another version', () => {
    const screen = (summary: OncologySummary, assessments: ManualAssessment[]) =>
      screenTrial(summary, { trialId: trial.id, criteria }, { asOf: AS_OF, assessments }).verdict;
    expect(screen(summaryOf('case', []), witness.assessments)).not.toBe('LIKELY_ELIGIBLE');
    if (witness.assessments.length > 0) {
      expect(screen(summaryOf('case', witness.facts), [])).not.toBe('LIKELY_ELIGIBLE');
      expect(
        screen(
          summaryOf('case', witness.facts),
          witness.assessments.map((assessment) => ({ ...assessment, criteriaVersion: criteria.version + 1 })),
        ),
      ).not.toBe('LIKELY_ELIGIBLE');
      expect(screen(summaryOf('case', witness.facts), witness.assessments.slice(1))).not.toBe('LIKELY_ELIGIBLE');
    }
  });

  it('treats a stale fact as a missing one: never LIKELY_ELIGIBLE on a fact the verdict needs once it ages', () => {
    const screen = (facts: SummaryFact[]) =>
      screenTrial(summaryOf('case', facts), { trialId: trial.id, criteria }, { asOf: AS_OF, assessments: witness.assessments }).verdict;
    witness.facts.forEach((fact, index) => {
      if (!ages(fact)) return;
      const aged = { ...fact, observedOn: shift(AS_OF, -3000) } as SummaryFact;
      const without = witness.facts.filter((_, other) => other !== index);
      if (screen([...without, aged]) === 'LIKELY_ELIGIBLE')
        expect({ fact: fact.kind, withoutItVerdict: screen(without) }).toEqual({ fact: fact.kind, withoutItVerdict: 'LIKELY_ELIGIBLE' });
    });
  });

  it(`holds the invariants over ${SAMPLES} generated variants`, () => {
    const next = random(trial.id.split('').reduce((hash, char) => hash * 31 + char.charCodeAt(0), 7));
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const facts = [...witness.facts];
      let assessments = [...witness.assessments];
      let asOf = AS_OF;
      const changes = 1 + Math.floor(next() * 3);
      for (let change = 0; change < changes; change += 1) {
        const index = Math.floor(next() * facts.length);
        const roll = next();
        if (roll < 0.3) facts.splice(index, 1);
        else if (roll < 0.55 && facts[index])
          facts[index] = { ...facts[index], observedOn: shift(facts[index].observedOn, -Math.floor(next() * 400)) } as SummaryFact;
        else if (roll < 0.7 && facts[index] && 'value' in facts[index])
          facts[index] = { ...facts[index], value: (facts[index] as { value: number }).value * (0.5 + next()) } as SummaryFact;
        else if (roll < 0.8) asOf = shift(AS_OF, Math.floor(next() * 200));
        else if (roll < 0.9) asOf = shift(AS_OF, -Math.floor(next() * 5));
        else assessments = assessments.filter(() => next() < 0.5);
      }
      const options = { asOf, assessments };
      const screening = screenTrial(summaryOf('case', facts), { trialId: trial.id, criteria }, options);
      expect(screening.judgedOn).toBe(asOf);
      invariants(screening, criteria, options);
      if (screening.criteria.some((item) => item.status !== 'MET')) expect(screening.verdict).not.toBe('LIKELY_ELIGIBLE');
    }
  });
});

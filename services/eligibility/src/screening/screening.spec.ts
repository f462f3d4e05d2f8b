import { InvalidCriteria, LabResult, parseCriteria, SEED_TRIALS } from '@carta/domain';
import { OncologySummary } from './oncology-summary';
import { rankMatches, screenCriterion, screenTrial } from './screening';

const TODAY = '2026-11-22';
const lab = (analyte: LabResult['analyte'], value: number, unit: string, high?: number, collectedOn = '2026-11-18'): LabResult => ({
  analyte,
  value,
  unit,
  referenceRange: high === undefined ? undefined : { high },
  collectedOn,
  sourceDocumentId: 'doc-labs',
});

/** A patient who meets every criterion of every seeded trial; each test moves one fact. */
function fitPatient(overrides: Partial<OncologySummary> = {}, labOverrides: LabResult[] = []): OncologySummary {
  const labs = [
    lab('anc', 1.5, '10^9/L'),
    lab('alc', 0.6, '10^9/L'),
    lab('haemoglobin', 110, 'g/L'),
    lab('platelets', 150, '10^9/L'),
    lab('creatinine', 0.9, 'mg/dL', 1.2),
    lab('alt', 30, 'U/L', 40),
    lab('ast', 30, 'U/L', 40),
    lab('pt', 12, 's', 13),
    lab('aptt', 30, 's', 35),
  ];
  return {
    caseId: 'case-1',
    age: { value: 55, source: 'doc-passport' },
    sex: { value: 'male', source: 'doc-passport' },
    weightKg: { value: 70, on: '2026-11-18', source: 'doc-notes' },
    diagnosis: { value: 'C16.9', source: 'doc-pathology' },
    ecog: { value: 1, on: '2026-11-18', source: 'doc-notes' },
    lvef: { value: 60, on: '2026-11-10', source: 'doc-echo' },
    lifeExpectancyWeeks: { value: 24, source: 'doc-notes' },
    spo2: { value: 98, on: '2026-11-18', source: 'doc-notes' },
    her2: { value: 'NEGATIVE', on: '2026-10-01', source: 'doc-pathology' },
    priorLines: { value: 2, source: 'doc-history' },
    markers: [{ antigen: 'CLDN18.2', method: 'IHC', percentPositive: 40, on: '2026-10-01', source: 'doc-pathology' }],
    labs: [...labs.filter((existing) => !labOverrides.some((override) => override.analyte === existing.analyte)), ...labOverrides],
    transfusions: [],
    ...overrides,
  };
}

const trial = (id: string) => SEED_TRIALS.find((candidate) => candidate.id === id)!;
const statusOf = (trialId: string, criterionId: string, summary: OncologySummary) =>
  screenCriterion(trial(trialId).criteria.criteria.find((criterion) => criterion.id === criterionId)!, summary, TODAY)?.status;

describe('screening the four seeded trials', () => {
  it.each(SEED_TRIALS.map((seed) => seed.id))('%s: the fit patient is likely eligible, every criterion explained', (id) => {
    const diagnosis = { NCT05277987: 'C16.9', NCT03720457: 'C83.3' }[id] ?? 'C90.0';
    const screening = screenTrial(trial(id), fitPatient({ diagnosis: { value: diagnosis, source: 'doc-pathology' } }), TODAY);
    expect(screening.criteria.filter((item) => item.status !== 'MET')).toEqual([]);
    expect(screening.verdict).toBe('LIKELY_ELIGIBLE');
  });

  // [trial, criterion, summary just inside, summary just outside]
  const sides: [string, string, OncologySummary, OncologySummary][] = [
    ['NCT05277987', 'age', fitPatient({ age: { value: 70, source: 'p' } }), fitPatient({ age: { value: 71, source: 'p' } })],
    ['NCT05277987', 'age', fitPatient({ age: { value: 18, source: 'p' } }), fitPatient({ age: { value: 17, source: 'p' } })],
    ['NCT05277987', 'cldn18', fitPatient({ markers: [{ antigen: 'CLDN18.2', method: 'IHC', percentPositive: 1, on: '2026-10-01', source: 'p' }] }), fitPatient({ markers: [{ antigen: 'CLDN18.2', method: 'IHC', percentPositive: 0.5, on: '2026-10-01', source: 'p' }] })],
    ['NCT05277987', 'her2', fitPatient({ diagnosis: { value: 'C16.0', source: 'p' }, her2: { value: 'NEGATIVE', source: 'p' } }), fitPatient({ diagnosis: { value: 'C16.0', source: 'p' }, her2: { value: 'POSITIVE', source: 'p' } })],
    ['NCT05277987', 'prior-lines', fitPatient({ priorLines: { value: 2, source: 'h' } }), fitPatient({ priorLines: { value: 1, source: 'h' } })],
    ['NCT05277987', 'prior-lines', fitPatient({ diagnosis: { value: 'C25.0', source: 'p' }, priorLines: { value: 1, source: 'h' } }), fitPatient({ diagnosis: { value: 'C25.0', source: 'p' }, priorLines: { value: 0, source: 'h' } })],
    ['NCT05277987', 'ecog', fitPatient({ ecog: { value: 2, source: 'n' } }), fitPatient({ ecog: { value: 3, source: 'n' } })],
    ['NCT05277987', 'life-expectancy', fitPatient({ lifeExpectancyWeeks: { value: 12, source: 'n' } }), fitPatient({ lifeExpectancyWeeks: { value: 11, source: 'n' } })],
    ['NCT05277987', 'anc', fitPatient({}, [lab('anc', 1.0, '10^9/L')]), fitPatient({}, [lab('anc', 0.9, '10^9/L')])],
    ['NCT05277987', 'alc', fitPatient({}, [lab('alc', 0.3, 'K/uL')]), fitPatient({}, [lab('alc', 0.29, 'K/uL')])],
    ['NCT03720457', 'ecog', fitPatient({ ecog: { value: 1, source: 'n' } }), fitPatient({ ecog: { value: 2, source: 'n' } })],
    ['NCT03720457', 'prior-lines', fitPatient({ priorLines: { value: 2, source: 'h' } }), fitPatient({ priorLines: { value: 1, source: 'h' } })],
    ['NCT03720457', 'hb', fitPatient({}, [lab('haemoglobin', 7.0, 'g/dL')]), fitPatient({}, [lab('haemoglobin', 6.9, 'g/dL')])],
    ['NCT03720457', 'anc', fitPatient({}, [lab('anc', 1.0, '10^9/L')]), fitPatient({}, [lab('anc', 0.99, '10^9/L')])],
    ['NCT03720457', 'platelets', fitPatient({}, [lab('platelets', 50, '10^9/L')]), fitPatient({}, [lab('platelets', 49, '10^9/L')])],
    ['NCT03720457', 'creatinine', fitPatient({}, [lab('creatinine', 1.8, 'mg/dL', 1.2)]), fitPatient({}, [lab('creatinine', 1.9, 'mg/dL', 1.2)])],
    ['NCT03720457', 'lvef', fitPatient({ lvef: { value: 51, source: 'e' } }), fitPatient({ lvef: { value: 50, source: 'e' } })],
    ['NCT05181501', 'age', fitPatient({ age: { value: 70, source: 'p' } }), fitPatient({ age: { value: 71, source: 'p' } })],
    ['NCT05181501', 'alc', fitPatient({}, [lab('alc', 0.3, '10^9/L')]), fitPatient({}, [lab('alc', 0.2, '10^9/L')])],
    ['NCT05181501', 'platelets', fitPatient({}, [lab('platelets', 75, '10^9/L')]), fitPatient({}, [lab('platelets', 74, '10^9/L')])],
    ['NCT05181501', 'platelets', fitPatient({ transfusions: [{ on: '2026-11-05', source: 't' }] }, [lab('platelets', 80, '10^9/L')]), fitPatient({ transfusions: [{ on: '2026-11-14', source: 't' }] }, [lab('platelets', 80, '10^9/L')])],
    ['NCT07003568', 'age', fitPatient({ age: { value: 75, source: 'p' } }), fitPatient({ age: { value: 76, source: 'p' } })],
    ['NCT07003568', 'alt', fitPatient({}, [lab('alt', 119, 'U/L', 40)]), fitPatient({}, [lab('alt', 120, 'U/L', 40)])],
    ['NCT07003568', 'ast', fitPatient({}, [lab('ast', 119, 'U/L', 40)]), fitPatient({}, [lab('ast', 120, 'U/L', 40)])],
    // (140 − 55) × 70 ÷ (72 × 2.0) = 41.3 ≥ 40; ÷ (72 × 2.1) = 39.4 < 40
    ['NCT07003568', 'crcl', fitPatient({}, [lab('creatinine', 2.0, 'mg/dL', 1.2)]), fitPatient({}, [lab('creatinine', 2.1, 'mg/dL', 1.2)])],
    ['NCT07003568', 'pt', fitPatient({}, [lab('pt', 19, 's', 13)]), fitPatient({}, [lab('pt', 19.5, 's', 13)])],
    ['NCT07003568', 'aptt', fitPatient({}, [lab('aptt', 52, 's', 35)]), fitPatient({}, [lab('aptt', 52.5, 's', 35)])],
    ['NCT07003568', 'spo2', fitPatient({ spo2: { value: 96, source: 'n' } }), fitPatient({ spo2: { value: 95, source: 'n' } })],
    ['NCT07003568', 'ecog', fitPatient({ ecog: { value: 2, source: 'n' } }), fitPatient({ ecog: { value: 3, source: 'n' } })],
    ['NCT07003568', 'lvef', fitPatient({ lvef: { value: 51, source: 'e' } }), fitPatient({ lvef: { value: 50, source: 'e' } })],
  ];

  it.each(sides)('%s %s: MET just inside the threshold, NOT_MET just outside', (trialId, criterionId, inside, outside) => {
    expect(statusOf(trialId, criterionId, inside)).toBe('MET');
    expect(statusOf(trialId, criterionId, outside)).toBe('NOT_MET');
  });

  it('explains a verdict with the fact, its value and its source', () => {
    const verdict = screenCriterion(trial('NCT05277987').criteria.criteria.find((criterion) => criterion.id === 'anc')!, fitPatient({}, [lab('anc', 0.8, '10^9/L')]), TODAY);
    expect(verdict).toMatchObject({ status: 'NOT_MET', explanation: 'anc 0.8 10^9/L (doc-labs, 2026-11-18) fails the required at least 1 10^9/L' });
  });

  it('never says likely eligible on missing data', () => {
    const { ecog: _ecog, ...withoutEcog } = fitPatient();
    const screening = screenTrial(trial('NCT05277987'), { ...withoutEcog, labs: [] }, TODAY);
    expect(screening.verdict).toBe('NEEDS_INFORMATION');
    expect(screening.criteria.find((item) => item.criterionId === 'ecog')).toMatchObject({ status: 'UNKNOWN', explanation: 'ecog is not in the summary' });
  });

  it('turns MET into UNKNOWN when the labs age past four weeks', () => {
    const summary = fitPatient({}, [lab('anc', 1.5, '10^9/L', undefined, '2026-10-20')]);
    const anc = trial('NCT05277987').criteria.criteria.find((criterion) => criterion.id === 'anc')!;
    expect(screenCriterion(anc, summary, '2026-11-17')?.status).toBe('MET');
    expect(screenCriterion(anc, summary, '2026-11-18')).toMatchObject({ status: 'UNKNOWN', explanation: expect.stringMatching(/29 days old: stale/) });
  });

  it('ranks a CLDN18.2-positive gastric cancer patient across every trial, with a compassionate option', () => {
    const ranked = rankMatches(SEED_TRIALS, fitPatient(), TODAY, ['BCMA']);
    expect(ranked[0]).toMatchObject({ trialId: 'NCT05277987', verdict: 'LIKELY_ELIGIBLE' });
    expect(ranked.slice(1).map((screening) => screening.verdict)).toEqual(['INELIGIBLE', 'INELIGIBLE', 'INELIGIBLE']);
    expect(ranked[0].criteria.find((item) => item.criterionId === 'cldn18')?.explanation).toBe('CLDN18.2 by IHC 40% (doc-pathology, 2026-10-01) meets the required at least 1%');

    // A myeloma patient of 72: too old for the strict BCMA trial, where a compassionate BCMA programme exists.
    const myeloma = rankMatches(SEED_TRIALS, fitPatient({ age: { value: 72, source: 'p' }, diagnosis: { value: 'C90.0', source: 'p' } }), TODAY, ['BCMA']);
    expect(Object.fromEntries(myeloma.map((screening) => [screening.trialId, screening.verdict]))).toEqual({
      NCT07003568: 'LIKELY_ELIGIBLE',
      NCT05181501: 'COMPASSIONATE_USE_CANDIDATE',
      NCT05277987: 'INELIGIBLE',
      NCT03720457: 'INELIGIBLE',
    });
    expect(myeloma.map((screening) => screening.trialId).slice(0, 2)).toEqual(['NCT07003568', 'NCT05181501']);
  });
});

describe('parseCriteria', () => {
  it('accepts every seeded trial', () => {
    for (const seed of SEED_TRIALS) expect(parseCriteria(JSON.parse(JSON.stringify(seed.criteria)))).toEqual(seed.criteria);
  });

  it.each([
    [{ version: 1, criteria: [{ id: 'a', kind: 'INCLUSION', text: 't', rule: { all: [{ fact: 'age', op: '>=', value: 18 }, { lab: 'ancc', op: '>=', value: 1 }] } }] }, 'criteria[0].rule.all[1].lab: unknown analyte "ancc"'],
    [{ version: 1, criteria: [{ id: 'a', kind: 'INCLUSION', text: 't', rule: { fact: 'age', op: '=>', value: 18 } }] }, 'criteria[0].rule.op: must be one of > >= < <='],
    [{ version: 1, criteria: [{ id: 'a', kind: 'MAYBE', text: 't', rule: { her2: 'NEGATIVE' } }] }, 'criteria[0].kind: must be INCLUSION or EXCLUSION'],
    [{ version: 1, criteria: [{ id: 'a', kind: 'INCLUSION', text: 't', rule: { lab: 'alt', op: '<', value: 1, timesUpperLimit: 3 } }] }, 'criteria[0].rule: a lab condition takes exactly one of value or timesUpperLimit'],
    [{ version: 1, criteria: [{ id: 'a', kind: 'INCLUSION', text: 't', rule: { fact: 'age', op: '>=', value: 18, unit: 'y' } }] }, 'criteria[0].rule: unknown field "unit" in a fact condition'],
  ])('refuses invalid criteria, pointing at the bad clause (%#)', (input, message) => {
    expect(() => parseCriteria(input)).toThrow(new InvalidCriteria(message.split(': ')[0], message.slice(message.indexOf(': ') + 2)));
  });
});

describe('flags and lines of therapy', () => {
  const lines = (responses: ('CR' | 'PR' | 'SD' | 'PD')[]) =>
    responses.map((bestResponse, index) => ({ drugs: [`drug-${index}`], start: `202${index}-01-01`, bestResponse, reasonStopped: 'PROGRESSION' as const, source: `doc-line-${index}` }));
  const criterion = (rule: object, kind: 'INCLUSION' | 'EXCLUSION' = 'INCLUSION') => parseCriteria({ version: 1, criteria: [{ id: 'c', kind, text: 't', rule }] }).criteria[0];
  const base = () => ({ caseId: 'c', markers: [], labs: [], transfusions: [] });

  it('derives relapsed or refractory disease from the lines of therapy, citing them', () => {
    const refractory = screenCriterion(criterion({ flag: 'relapsedOrRefractory' }), { ...base(), linesOfTherapy: lines(['CR', 'PD']) }, TODAY);
    expect(refractory).toMatchObject({ status: 'MET', explanation: 'disease is refractory after 2 line(s) (doc-line-0, doc-line-1)' });
    expect(screenCriterion(criterion({ flag: 'relapsedOrRefractory' }), base(), TODAY)?.status).toBe('UNKNOWN');
  });

  it('excludes on a flag that is present, passes when absent, and never guesses when unknown', () => {
    const exclusion = criterion({ flag: 'activeInfection' }, 'EXCLUSION');
    expect(screenCriterion(exclusion, { ...base(), activeInfection: { value: { hbv: true, hcv: false, hiv: false }, source: 'doc-serology' } }, TODAY)).toMatchObject({ status: 'NOT_MET', explanation: 'activeInfection: yes (doc-serology)' });
    expect(screenCriterion(exclusion, { ...base(), activeInfection: { value: { hbv: false, hcv: false, hiv: false }, source: 'doc-serology' } }, TODAY)?.status).toBe('MET');
    expect(screenCriterion(exclusion, base(), TODAY)?.status).toBe('UNKNOWN');
    expect(() => criterion({ flag: 'smoker' })).toThrow('criteria[0].rule.flag: unknown flag "smoker"');
  });
});

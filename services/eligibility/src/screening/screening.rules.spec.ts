import { Criterion, parseCriteria, SEED_TRIALS } from '@carta/domain';
import { birthDateForAge, DOCS, fact, fitPatient, lab, TODAY } from './facts.fixture';
import { FactOf, ManualAssessment, OncologySummary, SummaryFact, summaryOf } from './oncology-summary.rules';
import { rankMatches, screenCriterion, ScreeningOptions, screenTrial } from './screening.rules';

const options = (overrides: Partial<ScreeningOptions> = {}): ScreeningOptions & { criteriaVersion: number } => ({
  asOf: TODAY,
  assessments: [],
  criteriaVersion: 1,
  ...overrides,
});
const seed = (id: string) => SEED_TRIALS.find((candidate) => candidate.id === id)!;
const seedCriterion = (trialId: string, criterionId: string) => seed(trialId).criteria.criteria.find((criterion) => criterion.id === criterionId)!;
const statusOf = (trialId: string, criterionId: string, summary: OncologySummary) =>
  screenCriterion(seedCriterion(trialId, criterionId), summary, options()).status;
const describe_ = (id: string) =>
  ({ [DOCS.labs]: 'laboratory report of 2026-11-18', [DOCS.pathology]: 'pathology report of 2026-10-01', [DOCS.notes]: 'clinic letter of 2026-11-18' })[id];
const criterion = (rule: object, kind: 'INCLUSION' | 'EXCLUSION' = 'INCLUSION', extra: object = {}): Criterion =>
  parseCriteria({ version: 1, criteria: [{ id: 'c', kind, text: 'the registry line', rule, ...extra }] }).criteria[0];
const judge = (rule: object, summary: OncologySummary, kind: 'INCLUSION' | 'EXCLUSION' = 'INCLUSION', asOf = TODAY) =>
  screenCriterion(criterion(rule, kind), summary, options({ asOf, describeDocument: describe_ }));
const trialOf = (id: string) => ({ trialId: id, criteria: seed(id).criteria, targets: seed(id).targets });
const diagnosis = (icd10: string) => fact('DIAGNOSIS', { icd10 }, '2026-10-01', DOCS.pathology);
const age = (years: number) => fact('BIRTH_DATE', { birthDate: birthDateForAge(years) }, '2026-10-01', DOCS.passport);

describe('screening the four seeded trials', () => {
  /** The rest of each record (the brief gives key criteria only), checked by the team. */
  const recordChecked = SEED_TRIALS.map((trial) => ({
    criterionId: 'registry-remainder',
    criteriaVersion: trial.criteria.version,
    status: 'MET' as const,
    assessedBy: 'coordinator-7',
    assessedAt: '2026-11-20T10:00:00Z',
    sourceDocumentId: DOCS.notes,
  }));

  it.each(SEED_TRIALS.map((trial) => trial.id))('%s: the fit patient is likely eligible once the rest of the record is checked', (id) => {
    const icd10 = { NCT05277987: 'C16.9', NCT03720457: 'C83.3' }[id] ?? 'C90.0';
    const unchecked = screenTrial(fitPatient(diagnosis(icd10)), trialOf(id), options());
    expect(unchecked.verdict).toBe('NEEDS_INFORMATION');
    expect(unchecked.criteria.filter((item) => item.status !== 'MET').map((item) => item.criterionId)).toEqual(['registry-remainder']);
    const screening = screenTrial(fitPatient(diagnosis(icd10)), trialOf(id), options({ assessments: recordChecked }));
    expect(screening.criteria.filter((item) => item.status !== 'MET')).toEqual([]);
    expect(screening).toMatchObject({ verdict: 'LIKELY_ELIGIBLE', judgedOn: TODAY, criteriaVersion: 2 });
    expect(screening.criteria.filter((item) => item.mode === 'MANUAL').map((item) => item.criterionId)).toEqual(['registry-remainder']);
  });

  // [trial, criterion, summary just inside, summary just outside]
  const sides: [string, string, OncologySummary, OncologySummary][] = [
    ['NCT05277987', 'age', fitPatient(age(70)), fitPatient(age(71))],
    ['NCT05277987', 'age', fitPatient(age(18)), fitPatient(fact('BIRTH_DATE', { birthDate: '2008-11-23' }, '2026-10-01'))],
    [
      'NCT05277987',
      'cldn18',
      fitPatient(fact('MARKER', { marker: 'claudin 18.2', method: 'IHC', result: 'POSITIVE', percentPositive: 1 }, '2026-10-01')),
      fitPatient(fact('MARKER', { marker: 'CLDN18.2', method: 'IHC', result: 'POSITIVE', percentPositive: 0.5 }, '2026-10-01')),
    ],
    ['NCT05277987', 'her2', fitPatient(diagnosis('C16.0')), fitPatient(diagnosis('C16.0'), fact('HER2', { status: 'POSITIVE' }, '2026-10-01'))],
    ['NCT05277987', 'ecog', fitPatient(fact('ECOG', { value: 2 })), fitPatient(fact('ECOG', { value: 3 }))],
    ['NCT05277987', 'life-expectancy', fitPatient(fact('LIFE_EXPECTANCY', { weeks: 12 })), fitPatient(fact('LIFE_EXPECTANCY', { weeks: 11 }))],
    ['NCT05277987', 'anc', fitPatient(lab('anc', 1.0, '10*9/L')), fitPatient(lab('anc', 0.9, '10*9/L'))],
    ['NCT05277987', 'anc', fitPatient(lab('anc', 1000, '/uL')), fitPatient(lab('anc', 999, '/uL'))],
    ['NCT05277987', 'alc', fitPatient(lab('alc', 0.3, 'K/uL')), fitPatient(lab('alc', 0.29, 'K/uL'))],
    ['NCT03720457', 'hb', fitPatient(lab('haemoglobin', 7.0, 'g/dL')), fitPatient(lab('haemoglobin', 6.9, 'g/dL'))],
    ['NCT03720457', 'hb', fitPatient(lab('haemoglobin', 4.35, 'mmol/L')), fitPatient(lab('haemoglobin', 4.3, 'mmol/L'))],
    ['NCT03720457', 'platelets', fitPatient(lab('platelets', 50, '10*9/L')), fitPatient(lab('platelets', 49, '10*9/L'))],
    ['NCT03720457', 'creatinine', fitPatient(lab('creatinine', 1.8, 'mg/dL', 1.2)), fitPatient(lab('creatinine', 1.9, 'mg/dL', 1.2))],
    ['NCT03720457', 'lvef', fitPatient(fact('LVEF', { value: 51 }, '2026-11-10')), fitPatient(fact('LVEF', { value: 50 }, '2026-11-10'))],
    ['NCT05181501', 'platelets', fitPatient(lab('platelets', 75, '10*9/L')), fitPatient(lab('platelets', 74, '10*9/L'))],
    [
      'NCT05181501',
      'platelets',
      fitPatient(fact('TRANSFUSION', { product: 'PLATELETS', date: '2026-11-10' })),
      fitPatient(fact('TRANSFUSION', { product: 'PLATELETS', date: '2026-11-12' })),
    ],
    ['NCT07003568', 'age', fitPatient(age(75)), fitPatient(age(76))],
    ['NCT07003568', 'alt', fitPatient(lab('alt', 119, 'U/L', 40)), fitPatient(lab('alt', 120, 'U/L', 40))],
    // (140 − 55) × 70 ÷ (72 × 2.0) = 41.3 ≥ 40; ÷ (72 × 2.1) = 39.4 < 40
    ['NCT07003568', 'crcl', fitPatient(lab('creatinine', 2.0, 'mg/dL', 1.2)), fitPatient(lab('creatinine', 2.1, 'mg/dL', 1.2))],
    ['NCT07003568', 'crcl', fitPatient(lab('creatinine', 176.8, 'umol/L', 110)), fitPatient(lab('creatinine', 185.6, 'umol/L', 110))],
    ['NCT07003568', 'pt', fitPatient(lab('pt', 19, 's', 13)), fitPatient(lab('pt', 19.5, 's', 13))],
    ['NCT07003568', 'spo2', fitPatient(fact('SPO2', { value: 96 })), fitPatient(fact('SPO2', { value: 95 }))],
  ];

  it.each(sides)('%s %s: MET just inside the threshold, NOT_MET just outside', (trialId, criterionId, inside, outside) => {
    expect(statusOf(trialId, criterionId, inside)).toBe('MET');
    expect(statusOf(trialId, criterionId, outside)).toBe('NOT_MET');
  });

  it('ranks a CLDN18.2-positive gastric cancer patient across every trial, with a compassionate option for an older myeloma patient', () => {
    const ranked = rankMatches(
      fitPatient(),
      SEED_TRIALS.map((trial) => trialOf(trial.id)),
      { asOf: TODAY, assessments: recordChecked, compassionateTargets: ['BCMA'] },
    );
    expect(ranked[0]).toMatchObject({ trialId: 'NCT05277987', verdict: 'LIKELY_ELIGIBLE' });
    expect(ranked.slice(1).map((screening) => screening.verdict)).toEqual(['INELIGIBLE', 'INELIGIBLE', 'INELIGIBLE']);
    const myeloma = rankMatches(
      fitPatient(age(72), diagnosis('C90.0')),
      SEED_TRIALS.map((trial) => trialOf(trial.id)),
      // The programme names the antigen by its official symbol, the trial by the registry's name.
      { asOf: TODAY, assessments: recordChecked, compassionateTargets: ['TNFRSF17'] },
    );
    expect(Object.fromEntries(myeloma.map((screening) => [screening.trialId, screening.verdict]))).toEqual({
      NCT07003568: 'LIKELY_ELIGIBLE',
      NCT05181501: 'COMPASSIONATE_USE_CANDIDATE',
      NCT05277987: 'INELIGIBLE',
      NCT03720457: 'INELIGIBLE',
    });
  });
});

describe('explanations print numbers and sources as a clinician would', () => {
  it('names the value, the threshold with its unit, and the document by kind and date', () => {
    expect(judge({ lab: 'ANC', op: '>=', value: 1.0, unit: '10*9/L' }, fitPatient(lab('anc', 0.8, '10*9/L'))).explanation).toBe(
      'ANC 0.8 × 10⁹/L (laboratory report of 2026-11-18) fails ≥ 1.0 × 10⁹/L',
    );
    expect(judge({ lab: 'creatinine', op: '<=', value: 1.5, unit: 'mg/dL' }, fitPatient(lab('creatinine', 1.2, 'mg/dL'))).explanation).toBe(
      'Creatinine 1.2 mg/dL (106 µmol/L) (laboratory report of 2026-11-18) meets ≤ 1.5 mg/dL (133 µmol/L)',
    );
    expect(judge({ lab: 'bilirubin', op: '<=', timesUpperLimit: 1.5 }, fitPatient(lab('bilirubin', 25, 'umol/L', 12))).explanation).toBe(
      'Total bilirubin 2.08 × ULN (25 µmol/L, ULN 12 µmol/L) (laboratory report of 2026-11-18) fails ≤ 1.5 × ULN',
    );
  });

  it('never prints a raw document id: without a describer a document is "a cited document"', () => {
    const verdict = screenCriterion(criterion({ fact: 'ecog', op: '<=', value: 1 }), fitPatient(), options());
    expect(verdict.explanation).toBe('ECOG 1 (a cited document, 2026-11-18) meets ≤ 1');
    expect(verdict.explanation).not.toContain(DOCS.notes);
  });

  it('says exactly which Cockcroft–Gault input is missing and which are known', () => {
    const summary = summaryOf(
      'c',
      fitPatient().facts.filter((item) => item.kind !== 'WEIGHT'),
    );
    expect(judge({ lab: 'crcl', op: '>=', value: 40, unit: 'mL/min' }, summary)).toMatchObject({
      status: 'UNKNOWN',
      explanation: 'Cockcroft–Gault needs weight (missing) — creatinine 0.9 mg/dL (80 µmol/L), age 55 and sex male are known',
    });
  });

  it('computes Cockcroft–Gault for both sexes when the sex is not on file, deciding only when both agree', () => {
    // 78 years, 50 kg, creatinine 0.8 mg/dL: 53.8 mL/min for a man, 45.7 for a woman.
    const patient = summaryOf('c', [
      ...fitPatient(
        lab('creatinine', 0.8, 'mg/dL', 1.2),
        fact('WEIGHT', { value: 50, unit: 'kg' }),
        fact('BIRTH_DATE', { birthDate: '1948-06-01' }, '2026-10-01', DOCS.passport),
      ).facts.filter((item) => item.kind !== 'SEX'),
    ]);
    expect(judge({ lab: 'crcl', op: '>=', value: 60, unit: 'mL/min' }, patient)).toMatchObject({
      status: 'NOT_MET',
      explanation: expect.stringContaining('CrCl (Cockcroft–Gault) 46–54 mL/min'),
    });
    expect(judge({ lab: 'crcl', op: '>=', value: 40, unit: 'mL/min' }, patient).status).toBe('MET');
    expect(judge({ lab: 'crcl', op: '>=', value: 50, unit: 'mL/min' }, patient)).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining('sex not on file (either)'),
    });
  });

  it('uses a measured creatinine clearance when one is on file', () => {
    expect(judge({ lab: 'crcl', op: '>=', value: 60, unit: 'mL/min' }, fitPatient(lab('crcl', 1.1, 'mL/s')))).toMatchObject({
      status: 'MET',
      explanation: expect.stringMatching(/^CrCl \(measured\) 1.10 mL\/s \(66 mL\/min\)/),
    });
  });

  it('says the ULN is missing rather than guessing one', () => {
    expect(judge({ lab: 'alt', op: '<', timesUpperLimit: 3 }, fitPatient(lab('alt', 100, 'U/L')))).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining('has no upper limit of normal from the reporting lab; the usual upper limit is 40 U/L'),
    });
  });
});

describe('screening as of a date', () => {
  const ecog = criterion({ fact: 'ecog', op: '<=', value: 1 });

  it('turns MET into UNKNOWN when a fact ages past its window, saying its age and the window', () => {
    const summary = fitPatient(fact('ECOG', { value: 1 }, '2026-10-20'));
    expect(screenCriterion(ecog, summary, options({ asOf: '2026-11-17' })).status).toBe('MET');
    expect(screenCriterion(ecog, summary, options({ asOf: '2026-11-18' }))).toMatchObject({
      status: 'UNKNOWN',
      explanation: 'ECOG 1 (a cited document, 2026-10-20) is 29 days old on 2026-11-18; the window is 28 days',
    });
  });

  it('honours a clause’s own window', () => {
    expect(judge({ fact: 'ecog', op: '<=', value: 1, withinDays: 3 }, fitPatient()).status).toBe('UNKNOWN');
    expect(judge({ fact: 'ecog', op: '<=', value: 1, withinDays: 4 }, fitPatient()).status).toBe('MET');
  });

  it('does not see facts observed after the screening date, and computes age on that date', () => {
    const summary = fitPatient(fact('ECOG', { value: 3 }, '2026-11-20'), fact('BIRTH_DATE', { birthDate: '1956-11-20' }, '2026-10-01'));
    expect(screenCriterion(ecog, summary, options({ asOf: '2026-11-19' })).status).toBe('UNKNOWN');
    const older = summaryOf('c', [...summary.facts, fact('ECOG', { value: 1 }, '2026-11-10')]);
    expect(screenCriterion(ecog, older, options({ asOf: '2026-11-19' })).status).toBe('MET');
    expect(screenCriterion(ecog, older, options({ asOf: '2026-11-20' })).status).toBe('NOT_MET');
    const age70 = criterion({ fact: 'age', op: '<=', value: 69 });
    expect(screenCriterion(age70, summary, options({ asOf: '2026-11-19' })).status).toBe('MET');
    expect(screenCriterion(age70, summary, options({ asOf: '2026-11-20' })).status).toBe('NOT_MET');
  });

  it('states judgedOn on every trial screening', () => {
    expect(screenTrial(fitPatient(), trialOf('NCT05277987'), options({ asOf: '2026-11-19' })).judgedOn).toBe('2026-11-19');
  });
});

describe('manual criteria', () => {
  const criteria = parseCriteria({
    version: 2,
    criteria: [
      { id: 'ecog', kind: 'INCLUSION', text: 'ECOG 0–1', rule: { fact: 'ecog', op: '<=', value: 1 } },
      { id: 'judgement', kind: 'EXCLUSION', text: 'Any condition that in the investigator’s judgement makes the patient unsuitable', rule: { manual: true } },
    ],
  });
  const trial = { trialId: 'T', criteria };
  const assessment = (overrides: Partial<ManualAssessment> = {}): ManualAssessment => ({
    criterionId: 'judgement',
    criteriaVersion: 2,
    status: 'MET',
    assessedBy: 'coordinator-7',
    assessedAt: '2026-11-20T10:00:00Z',
    sourceDocumentId: DOCS.notes,
    ...overrides,
  });
  const screen = (assessments: ManualAssessment[], asOf = TODAY) => screenTrial(fitPatient(), trial, { asOf, assessments, describeDocument: describe_ });

  it('is UNKNOWN until assessed, quoting the registry text, so the trial needs information', () => {
    const screening = screen([]);
    expect(screening.verdict).toBe('NEEDS_INFORMATION');
    expect(screening.criteria[1]).toMatchObject({
      mode: 'MANUAL',
      status: 'UNKNOWN',
      explanation: 'needs an assessment by the team (registry text: "Any condition that in the investigator’s judgement makes the patient unsuitable")',
    });
  });

  it('takes the newest assessment of this criterion and version, citing who, when and which document', () => {
    const screening = screen([assessment({ status: 'NOT_MET', assessedAt: '2026-11-19T09:00:00Z' }), assessment()]);
    expect(screening.verdict).toBe('LIKELY_ELIGIBLE');
    expect(screening.criteria[1].explanation).toBe('assessed MET by coordinator-7 on 2026-11-20 (clinic letter of 2026-11-18)');
    expect(screen([assessment({ status: 'NOT_MET', note: 'uncontrolled diabetes' })]).verdict).toBe('INELIGIBLE');
  });

  it('voids assessments of another criteria version, and ignores those made after the screening date', () => {
    const voided = screen([assessment({ criteriaVersion: 1 })]);
    expect(voided.verdict).toBe('NEEDS_INFORMATION');
    expect(voided.criteria[1].explanation).toContain('the assessment of criteria version 1 no longer counts: the line changed (now version 2)');
    expect(screen([assessment({ criteriaVersion: 2, criterionId: 'ecog' })]).verdict).toBe('NEEDS_INFORMATION');
    expect(screen([assessment()], '2026-11-19').verdict).toBe('NEEDS_INFORMATION');
  });
  it('keeps an assessment of an earlier version whose line reads exactly as now, and voids it when the line changed', () => {
    const judged = criteria.criteria[1];
    // Key order and the encoder's note are not part of the line.
    const asAssessed = { rule: { manual: true as const }, text: judged.text, kind: judged.kind, note: 'an older note' };
    const kept = screen([assessment({ criteriaVersion: 1, criterion: asAssessed })]);
    expect(kept.verdict).toBe('LIKELY_ELIGIBLE');
    expect(kept.criteria[1].explanation).toBe(
      'assessed MET by coordinator-7 on 2026-11-20 (clinic letter of 2026-11-18) (for criteria version 1; the line is unchanged since)',
    );
    for (const changed of [
      { text: 'Any condition that makes the patient unsuitable' },
      { kind: 'INCLUSION' as const },
      { appliesWhen: { sex: 'female' as const } },
    ])
      expect(screen([assessment({ criteriaVersion: 1, criterion: { ...asAssessed, ...changed } })]).criteria[1]).toMatchObject({
        status: 'UNKNOWN',
        explanation: expect.stringContaining('the assessment of criteria version 1 no longer counts: the line changed'),
      });
  });
});

describe('conditional criteria', () => {
  const her2 = criterion({ her2: 'NEGATIVE' }, 'INCLUSION', { appliesWhen: { diagnosisIn: ['C16.0'] } });

  it('is MET and marked not applicable when its condition does not hold', () => {
    expect(screenCriterion(her2, fitPatient(), options())).toMatchObject({
      status: 'MET',
      applicable: false,
      explanation: expect.stringMatching(/^does not apply: diagnosis C16.9/),
    });
  });

  it('is UNKNOWN, never skipped, when its condition cannot be decided and the line would stand in the way', () => {
    const withoutDiagnosis = (...facts: SummaryFact[]) =>
      summaryOf(
        'c',
        fitPatient(...facts).facts.filter((item) => item.kind !== 'DIAGNOSIS'),
      );
    expect(screenCriterion(her2, withoutDiagnosis(fact('HER2', { status: 'POSITIVE' }, '2026-10-01')), options())).toMatchObject({
      status: 'UNKNOWN',
      applicable: true,
      explanation: 'cannot tell whether it applies: the diagnosis is not in the summary',
    });
    // Met if it applies, met if it does not: the unknown condition does not matter.
    expect(screenCriterion(her2, withoutDiagnosis(), options())).toMatchObject({
      status: 'MET',
      explanation: expect.stringMatching(/^HER2 negative .*; met whether or not the line applies$/),
    });
    const assessed = criterion({ manual: true }, 'EXCLUSION', { appliesWhen: { diagnosisIn: ['C16.0'] } });
    const assessment = {
      criterionId: assessed.id,
      criteriaVersion: 1,
      status: 'MET' as const,
      assessedBy: 'c-7',
      assessedAt: '2026-11-20T10:00:00Z',
      sourceDocumentId: DOCS.notes,
    };
    expect(screenCriterion(assessed, withoutDiagnosis(), options({ assessments: [assessment] })).status).toBe('MET');
    expect(screenCriterion(assessed, withoutDiagnosis(), options({ assessments: [{ ...assessment, status: 'NOT_MET' }] })).status).toBe('UNKNOWN');
  });
});

describe('clauses the real trials need', () => {
  const serology = (test: 'HBSAG' | 'ANTI_HBC' | 'HCV_AB' | 'HIV_AG_AB', result: 'REACTIVE' | 'NON_REACTIVE') =>
    fact('SEROLOGY', { test, result }, '2026-11-15', DOCS.serology);
  const load = (virus: 'HBV' | 'HCV' | 'HIV', detected: boolean, value?: number, unit?: string) =>
    fact('VIRAL_LOAD', { virus, detected, ...(value === undefined ? {} : { value, unit }) }, '2026-11-15', DOCS.serology);

  it.each([
    [[serology('HBSAG', 'REACTIVE'), load('HBV', true, 5000, '[IU]/mL')], 'ACTIVE'],
    [[serology('HBSAG', 'REACTIVE'), load('HBV', false)], 'CHRONIC_CONTROLLED'],
    [[serology('HBSAG', 'NON_REACTIVE'), serology('ANTI_HBC', 'REACTIVE'), load('HBV', false)], 'RESOLVED'],
    [[serology('HBSAG', 'NON_REACTIVE'), serology('ANTI_HBC', 'NON_REACTIVE')], 'NEGATIVE'],
  ])('derives HBV status %#', (facts, status) => {
    expect(judge({ infection: 'HBV', status }, fitPatient(...facts)).status).toBe('MET');
    expect(
      judge({ infection: 'HBV', status: ['ACTIVE', 'CHRONIC_CONTROLLED', 'RESOLVED', 'NEGATIVE'].filter((other) => other !== status) }, fitPatient(...facts))
        .status,
    ).toBe('NOT_MET');
  });

  it('leaves an infection UNKNOWN when the deciding test is missing, and says which', () => {
    expect(judge({ infection: 'HBV', status: 'ACTIVE' }, fitPatient(serology('HBSAG', 'REACTIVE')), 'EXCLUSION')).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining('needs HBV DNA (missing)'),
    });
    expect(judge({ infection: 'HIV', status: 'ACTIVE' }, fitPatient(serology('HIV_AG_AB', 'NON_REACTIVE')), 'EXCLUSION').status).toBe('MET');
  });

  it('reads one serology result as the lab reported it: HBsAg, HBeAg, syphilis', () => {
    const syphilis = (result: 'REACTIVE' | 'NON_REACTIVE' | 'INDETERMINATE', on = '2026-11-15') =>
      fact('SEROLOGY', { test: 'TP_AB', result }, on, DOCS.serology);
    const rule = { serology: 'TP_AB', result: 'REACTIVE' };
    expect(judge(rule, fitPatient(syphilis('REACTIVE')), 'EXCLUSION')).toMatchObject({
      status: 'NOT_MET',
      explanation: expect.stringContaining('Treponema pallidum antibody (syphilis) reactive'),
    });
    expect(judge(rule, fitPatient(syphilis('NON_REACTIVE')), 'EXCLUSION').status).toBe('MET');
    expect(judge(rule, fitPatient(), 'EXCLUSION')).toMatchObject({ status: 'UNKNOWN', explanation: expect.stringContaining('no Treponema pallidum antibody') });
    expect(judge(rule, fitPatient(syphilis('INDETERMINATE')), 'EXCLUSION').status).toBe('UNKNOWN');
    expect(judge(rule, fitPatient(syphilis('NON_REACTIVE', '2026-09-01')), 'EXCLUSION')).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining('the window is 28 days'),
    });
    const hbsag = { serology: 'HBSAG', result: 'REACTIVE' };
    expect(judge(hbsag, fitPatient(serology('HBSAG', 'NON_REACTIVE')), 'EXCLUSION').status).toBe('MET');
    expect(judge(hbsag, fitPatient(serology('HBSAG', 'REACTIVE')), 'EXCLUSION').status).toBe('NOT_MET');
  });

  it("reads life expectancy in weeks or months, comparing across units only where a month's length cannot matter", () => {
    const estimate = (fields: { weeks: number } | { months: number }) => fitPatient(fact('LIFE_EXPECTANCY', fields));
    const months = { fact: 'lifeExpectancyMonths', op: '>', value: 3 };
    expect(judge(months, estimate({ months: 6 }))).toMatchObject({ status: 'MET', explanation: expect.stringContaining('life expectancy 6 months') });
    expect(judge(months, estimate({ months: 3 })).status).toBe('NOT_MET');
    expect(judge({ ...months, op: '>=' }, estimate({ months: 3 })).status).toBe('MET');
    // 3 calendar months are 89–92 days: 14 weeks (98 days) is more, 12 weeks (84 days) is not, 13 weeks (91 days) cannot be told.
    expect(judge(months, estimate({ weeks: 14 })).status).toBe('MET');
    expect(judge(months, estimate({ weeks: 12 })).status).toBe('NOT_MET');
    expect(judge({ ...months, op: '>=' }, estimate({ weeks: 12 })).status).toBe('NOT_MET');
    expect(judge({ fact: 'lifeExpectancyWeeks', op: '>', value: 12 }, estimate({ months: 3 })).status).toBe('MET');
    expect(judge(months, estimate({ weeks: 13 }))).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining("the calendar months' lengths decide it"),
    });
    expect(judge({ fact: 'lifeExpectancyWeeks', op: '>=', value: 12 }, estimate({ months: 6 })).status).toBe('MET');
    expect(judge({ fact: 'lifeExpectancyWeeks', op: '>=', value: 12 }, estimate({ months: 2 })).status).toBe('NOT_MET');
    expect(judge(months, fitPatient(fact('LIFE_EXPECTANCY', { months: 6 }, '2026-09-01'))).status).toBe('UNKNOWN');
  });

  it('reads a stained share at each intensity the report gives: "30% at ≥ 2+" with "0% at ≥ 3+" settles "> 25% at ≥ 3+"', () => {
    const stain = (percentPositive: number, intensity: 1 | 2 | 3) =>
      fact('MARKER', { marker: 'GPC3', method: 'IHC', result: 'POSITIVE', percentPositive, intensity }, '2026-11-10', DOCS.pathology);
    const strong = { marker: 'GPC3', method: 'IHC', op: '>', percent: 25, minIntensity: 3 };
    expect(judge(strong, fitPatient(stain(30, 2)))).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining('cannot tell whether > 25% at ≥ 3+ holds'),
    });
    expect(judge(strong, fitPatient(stain(30, 2), stain(0, 3)))).toMatchObject({
      status: 'NOT_MET',
      explanation: expect.stringContaining('30% at ≥ 2+ and 0% at ≥ 3+'),
    });
    expect(judge(strong, fitPatient(stain(30, 2), stain(28, 3))).status).toBe('MET');
    expect(judge({ ...strong, minIntensity: 2 }, fitPatient(stain(30, 2), stain(0, 3))).status).toBe('MET');
    expect(judge(strong, fitPatient(stain(20, 2), stain(30, 3)))).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining('contradict one another'),
    });
  });

  it('decides nothing on two results of one analyte that disagree on the same day', () => {
    const rule = { lab: 'creatinine', op: '<=', value: 1.5, unit: 'mg/dL' };
    const both = [lab('creatinine', 80, 'umol/L', 100, '2026-11-20'), lab('creatinine', 90, 'umol/L', 100, '2026-11-20')];
    expect(judge(rule, fitPatient(...both))).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringMatching(/two Creatinine results of 2026-11-20 disagree: 80 µmol\/L .* and 90 µmol\/L .*; correct or retract one/),
    });
    expect(judge({ lab: 'crcl', op: '>=', value: 40, unit: 'mL/min' }, fitPatient(...both)).status).toBe('UNKNOWN');
    expect(judge({ lab: 'creatinine', op: '<=', timesUpperLimit: 1.5 }, fitPatient(...both)).status).toBe('UNKNOWN');
    // The same result entered twice (in any unit), or an older result beside a newer one, is no conflict.
    expect(judge(rule, fitPatient(both[0], lab('creatinine', 80, 'umol/L', 100, '2026-11-20'))).status).toBe('MET');
    expect(judge(rule, fitPatient(lab('creatinine', 88.4, 'umol/L', 100, '2026-11-20'), lab('creatinine', 1.0, 'mg/dL', undefined, '2026-11-20'))).status).toBe(
      'MET',
    );
    expect(judge(rule, fitPatient(both[0], lab('creatinine', 300, 'umol/L', 100, '2026-11-19'))).status).toBe('MET');
  });

  it('decides nothing on two facts of any reading that disagree on the same day, whichever was entered first', () => {
    const sameDay = (kind: Parameters<typeof fact>[0], a: object, b: object) => [fact(kind, a as never, '2026-11-20'), fact(kind, b as never, '2026-11-20')];
    const cases: [object, SummaryFact[], 'INCLUSION' | 'EXCLUSION'][] = [
      [{ fact: 'ecog', op: '<=', value: 2 }, sameDay('ECOG', { value: 1 }, { value: 4 }), 'INCLUSION'],
      [{ fact: 'lifeExpectancyWeeks', op: '>', value: 12 }, sameDay('LIFE_EXPECTANCY', { weeks: 20 }, { weeks: 4 }), 'INCLUSION'],
      [
        { marker: 'CD22', method: 'IHC', result: 'POSITIVE' },
        sameDay('MARKER', { marker: 'CD22', method: 'IHC', result: 'POSITIVE' }, { marker: 'CD22', method: 'IHC', result: 'NEGATIVE' }),
        'INCLUSION',
      ],
      [
        { serology: 'TP_AB', result: 'REACTIVE' },
        sameDay('SEROLOGY', { test: 'TP_AB', result: 'NON_REACTIVE' }, { test: 'TP_AB', result: 'REACTIVE' }),
        'EXCLUSION',
      ],
      [
        { condition: 'SYSTEMIC_INFECTION' },
        sameDay('CONDITION', { condition: 'SYSTEMIC_INFECTION', status: 'ABSENT' }, { condition: 'SYSTEMIC_INFECTION', status: 'ACTIVE' }),
        'EXCLUSION',
      ],
    ];
    for (const [rule, facts, kind] of cases) {
      for (const order of [facts, [...facts].reverse()])
        expect(judge(rule, fitPatient(...order), kind)).toMatchObject({
          status: 'UNKNOWN',
          explanation: expect.stringMatching(/results of 2026-11-20 disagree: .*; correct or retract one$/),
        });
    }
    // Agreeing facts of one day, and markers at different intensities, are no conflict.
    expect(judge({ fact: 'ecog', op: '<=', value: 2 }, fitPatient(...sameDay('ECOG', { value: 1 }, { value: 1 }))).status).toBe('MET');
  });

  it('HBsAg non-reactive rules out chronic hepatitis B without waiting for anti-HBc', () => {
    const hbsagPositive = { infection: 'HBV', status: ['ACTIVE', 'CHRONIC_CONTROLLED'] };
    const facts = [serology('HBSAG', 'NON_REACTIVE'), load('HBV', false)];
    expect(judge(hbsagPositive, fitPatient(...facts), 'EXCLUSION').status).toBe('MET');
    expect(judge({ infection: 'HBV', status: ['RESOLVED', 'NEGATIVE'] }, fitPatient(...facts)).status).toBe('MET');
  });

  it('compares viral loads, not detected counting as below any positive threshold', () => {
    expect(judge({ viralLoad: 'HBV', op: '<', value: 2000, unit: 'IU/mL' }, fitPatient(load('HBV', false))).status).toBe('MET');
    expect(judge({ viralLoad: 'HBV', op: '<', value: 2000, unit: 'IU/mL' }, fitPatient(load('HBV', true, 2500, '[IU]/mL'))).status).toBe('NOT_MET');
  });

  it('compares copies/mL with IU/mL only where every assay factor (0.5–10 copies per IU) gives the same answer', () => {
    const belowIu = { viralLoad: 'HBV', op: '<', value: 500, unit: 'IU/mL' };
    expect(judge(belowIu, fitPatient(load('HBV', true, 100, 'copies/mL'))).status).toBe('MET'); // 10–200 IU/mL
    expect(judge(belowIu, fitPatient(load('HBV', true, 20000, 'copies/mL'))).status).toBe('NOT_MET'); // 2,000–40,000 IU/mL
    expect(judge(belowIu, fitPatient(load('HBV', true, 2000, 'copies/mL')))).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringMatching(/^HBV DNA 2000 copies\/mL \(.*\) against < 500 IU\/mL: copies and IU differ by assay/),
    });
    // "HBV DNA > 1,000 copies/mL" as registries write it, against results in either unit.
    const aboveCopies = { viralLoad: 'HBV', op: '>', value: 1000, unit: 'copies/mL' };
    expect(judge(aboveCopies, fitPatient(load('HBV', true, 50, 'IU/mL')), 'EXCLUSION').status).toBe('MET'); // 25–500 copies
    expect(judge(aboveCopies, fitPatient(load('HBV', true, 5000, 'IU/mL')), 'EXCLUSION').status).toBe('NOT_MET');
    expect(judge(aboveCopies, fitPatient(load('HBV', true, 1001, 'copies/mL')), 'EXCLUSION').status).toBe('NOT_MET');
    expect(judge(aboveCopies, fitPatient(load('HBV', false)), 'EXCLUSION').status).toBe('MET');
  });

  it('measures washouts from the last event, and needs a current history to rule a later one out', () => {
    const chemo = fact('PRIOR_THERAPY_EVENT', { therapy: 'CHEMOTHERAPY', status: 'RECEIVED', date: '2026-11-01' }, '2026-11-10', DOCS.history);
    const washout = { since: 'LAST_CHEMOTHERAPY', op: '>=', days: 14 };
    expect(judge(washout, fitPatient(chemo))).toMatchObject({ status: 'MET', explanation: expect.stringContaining('21 days before 2026-11-22') });
    expect(judge(washout, fitPatient(chemo), 'INCLUSION', '2026-11-14').status).toBe('NOT_MET');
    expect(judge(washout, fitPatient(chemo), 'INCLUSION', '2026-12-20').status).toBe('UNKNOWN');
    expect(judge(washout, fitPatient()).status).toBe('UNKNOWN');
    expect(
      judge(washout, fitPatient(fact('PRIOR_THERAPY_EVENT', { therapy: 'CHEMOTHERAPY', status: 'NEVER_RECEIVED' }, '2026-11-10', DOCS.history))).status,
    ).toBe('MET');
  });

  it('reads the lines of therapy as treatments received on their last day, never as "nothing since"', () => {
    type Line = FactOf<'LINE_OF_THERAPY'>;
    const line = (drugs: string[], drugClasses: Line['drugClasses'], end: string | undefined, extra: Partial<Line> = {}) =>
      fact(
        'LINE_OF_THERAPY',
        { drugs, drugClasses, start: '2026-08-01', ...(end ? { end } : {}), bestResponse: 'PR', reasonStopped: end ? 'PROGRESSION' : 'ONGOING', ...extra },
        '2026-11-21',
        DOCS.history,
      );
    const pembrolizumab = line(['pembrolizumab'], ['CHECKPOINT_INHIBITOR'], '2026-11-12');
    const washout = { since: 'LAST_CHECKPOINT_INHIBITOR', op: '>=', days: 14 };
    expect(judge(washout, fitPatient(pembrolizumab))).toMatchObject({
      status: 'NOT_MET',
      explanation: expect.stringContaining('last checkpoint inhibitor: 2026-11-12 (pembrolizumab)'),
    });
    // Ten days later the line alone cannot rule out a later dose; a current "never since" statement can.
    expect(judge(washout, fitPatient(pembrolizumab), 'INCLUSION', '2026-11-30').status).toBe('UNKNOWN');
    // Every line is anticancer therapy, whatever its classes; a line still running was received up to the day it was recorded.
    const lenalidomide = line(['lenalidomide'], ['IMMUNOMODULATORY_DRUG'], undefined);
    expect(judge({ since: 'LAST_ANTICANCER_THERAPY', op: '>=', days: 14 }, fitPatient(lenalidomide)).status).toBe('NOT_MET');
    expect(judge({ since: 'LAST_CHEMOTHERAPY', op: '>=', days: 14 }, fitPatient(lenalidomide)).status).not.toBe('NOT_MET');
    const carT = line(['axicabtagene ciloleucel'], ['CAR_T'], '2025-10-01', { targets: ['CD19'] });
    expect(judge({ received: 'CAR_T', target: 'CD19' }, fitPatient(carT), 'EXCLUSION')).toMatchObject({
      status: 'NOT_MET',
      explanation: expect.stringContaining('received CAR-T targeting CD19 on 2025-10-01'),
    });
  });

  it('excludes prior therapy aimed at an antigen named by any alias', () => {
    const priorBcma = { received: ['CAR_T', 'BISPECIFIC_ANTIBODY'], target: 'bcma' };
    const given = fact('PRIOR_THERAPY_EVENT', { therapy: 'CAR_T', status: 'RECEIVED', date: '2025-03-01', targets: ['TNFRSF17'] }, '2025-06-01', DOCS.history);
    expect(judge(priorBcma, fitPatient(given), 'EXCLUSION')).toMatchObject({
      status: 'NOT_MET',
      explanation: expect.stringContaining('received CAR-T targeting TNFRSF17 (BCMA) on 2025-03-01'),
    });
    const never = ['CAR_T', 'BISPECIFIC_ANTIBODY'].map((therapy) =>
      fact('PRIOR_THERAPY_EVENT', { therapy: therapy as 'CAR_T', status: 'NEVER_RECEIVED' }, '2026-11-10', DOCS.history),
    );
    expect(judge(priorBcma, fitPatient(...never), 'EXCLUSION').status).toBe('MET');
    expect(judge(priorBcma, fitPatient(never[0]), 'EXCLUSION').status).toBe('UNKNOWN');
  });

  it('reads coded conditions: evidence keeps counting, absence must be current, NYHA class by threshold', () => {
    const autoimmune = { condition: 'AUTOIMMUNE_DISEASE' };
    expect(judge(autoimmune, fitPatient(fact('CONDITION', { condition: 'AUTOIMMUNE_DISEASE', status: 'ACTIVE' }, '2025-01-01')), 'EXCLUSION').status).toBe(
      'NOT_MET',
    );
    expect(judge(autoimmune, fitPatient(fact('CONDITION', { condition: 'AUTOIMMUNE_DISEASE', status: 'ABSENT' }, '2026-11-01')), 'EXCLUSION').status).toBe(
      'MET',
    );
    expect(judge(autoimmune, fitPatient(fact('CONDITION', { condition: 'AUTOIMMUNE_DISEASE', status: 'ABSENT' }, '2026-01-01')), 'EXCLUSION').status).toBe(
      'UNKNOWN',
    );
    const heart = { condition: 'HEART_FAILURE', nyhaClassAtLeast: 3 };
    expect(judge(heart, fitPatient(fact('CONDITION', { condition: 'HEART_FAILURE', status: 'ACTIVE', nyhaClass: 3 })), 'EXCLUSION').status).toBe('NOT_MET');
    expect(judge(heart, fitPatient(fact('CONDITION', { condition: 'HEART_FAILURE', status: 'ACTIVE', nyhaClass: 2 })), 'EXCLUSION').status).toBe('MET');
    expect(judge({ conditionIcd10: ['I21'] }, fitPatient(fact('CONDITION', { icd10: 'I21.4', status: 'ACTIVE' })), 'EXCLUSION').status).toBe('NOT_MET');
  });

  it('computes Child–Pugh from its parts when all are fresh, else uses a graded score, else names what is missing', () => {
    const parts = [
      lab('bilirubin', 2.5, 'mg/dL'),
      lab('albumin', 3.2, 'g/dL'),
      lab('inr', 1.5, '{INR}'),
      fact('SCORE', { score: 'ASCITES', value: 1 }),
      fact('SCORE', { score: 'HEPATIC_ENCEPHALOPATHY', value: 0 }),
    ];
    // bilirubin 42.75 µmol/L → 2, albumin 32 g/L → 2, INR 1.5 → 1, mild ascites → 2, no encephalopathy → 1 = 8 (B)
    expect(judge({ score: 'CHILD_PUGH', classIn: ['A'] }, fitPatient(...parts))).toMatchObject({
      status: 'NOT_MET',
      explanation: expect.stringMatching(/^Child–Pugh 8 \(class B\) computed from bilirubin 2.5 mg\/dL \(43 µmol\/L\)/),
    });
    expect(judge({ score: 'CHILD_PUGH', op: '<=', value: 8 }, fitPatient(...parts)).status).toBe('MET');
    expect(judge({ score: 'CHILD_PUGH', classIn: ['A'] }, fitPatient(fact('SCORE', { score: 'CHILD_PUGH', value: 6 }))).status).toBe('MET');
    expect(judge({ score: 'CHILD_PUGH', classIn: ['A'] }, fitPatient()).explanation).toBe(
      'Child–Pugh needs Total bilirubin (missing), Albumin (missing), INR (missing), ascites grade (missing), hepatic encephalopathy grade (West Haven) (missing) (or a graded Child–Pugh score)',
    );
  });

  it('reads markers by any alias and bounds the share at a wanted staining intensity', () => {
    const cldn = (percentPositive: number, intensity?: 1 | 2 | 3) =>
      fact(
        'MARKER',
        { marker: 'CLDN18.2', method: 'IHC', result: 'POSITIVE', percentPositive, ...(intensity ? { intensity } : {}) },
        '2026-10-01',
        DOCS.pathology,
      );
    const strong40 = { marker: 'claudin18.2', method: 'IHC', op: '>=', percent: 40, minIntensity: 2 };
    expect(judge(strong40, fitPatient(cldn(45, 2))).status).toBe('MET');
    expect(judge(strong40, fitPatient(cldn(45, 3))).status).toBe('MET');
    expect(judge(strong40, fitPatient(cldn(30, 1))).status).toBe('NOT_MET');
    expect(judge(strong40, fitPatient(cldn(60, 1))).status).toBe('UNKNOWN');
    expect(judge({ marker: 'BCMA', result: 'POSITIVE' }, fitPatient(fact('MARKER', { marker: 'TNFRSF17', method: 'FLOW', result: 'POSITIVE' }))).status).toBe(
      'MET',
    );
  });

  it('reads drug-class exposure and disease status from the lines of therapy', () => {
    const line = (drugClasses: ('PROTEASOME_INHIBITOR' | 'IMMUNOMODULATORY_DRUG' | 'ANTI_CD38')[], start: string) =>
      fact('LINE_OF_THERAPY', { drugs: ['x'], drugClasses, start, bestResponse: 'PD', reasonStopped: 'PROGRESSION' }, '2026-11-01', DOCS.history);
    const summary = summaryOf('c', [line(['PROTEASOME_INHIBITOR', 'IMMUNOMODULATORY_DRUG'], '2024-01-01'), line(['ANTI_CD38'], '2025-01-01')]);
    expect(judge({ exposedTo: ['PROTEASOME_INHIBITOR', 'IMMUNOMODULATORY_DRUG', 'ANTI_CD38'] }, summary).status).toBe('MET');
    expect(judge({ exposedTo: 'ANTI_CD38' }, summaryOf('c', [line(['PROTEASOME_INHIBITOR'], '2024-01-01')])).status).toBe('NOT_MET');
    expect(judge({ diseaseStatusIn: ['REFRACTORY'] }, summary).status).toBe('MET');
  });

  it('never reads a remission as a relapse: relapsed needs a progression after the last line', () => {
    type Line = FactOf<'LINE_OF_THERAPY'>;
    const last = (bestResponse: Line['bestResponse'], reasonStopped: Line['reasonStopped']) =>
      summaryOf('c', [
        fact(
          'LINE_OF_THERAPY',
          { drugs: ['R-CHOP'], start: '2025-01-01', end: '2025-06-01', bestResponse: 'PR', reasonStopped: 'PROGRESSION' },
          '2026-11-01',
          DOCS.history,
        ),
        fact('LINE_OF_THERAPY', { drugs: ['R-DHAP'], start: '2025-09-01', end: '2026-01-01', bestResponse, reasonStopped }, '2026-11-01', DOCS.history),
      ]);
    const rr = { diseaseStatusIn: ['RELAPSED', 'REFRACTORY'] };
    expect(judge(rr, last('PR', 'PROGRESSION')).status).toBe('MET');
    expect(judge(rr, last('SD', 'COMPLETED')).status).toBe('MET');
    expect(judge(rr, last('PR', 'COMPLETED'))).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining('the last line (R-DHAP, best response PR) stopped completed with no progression on file'),
    });
    expect(judge(rr, last('CR', 'ONGOING')).status).toBe('UNKNOWN');
    expect(judge(rr, last('NOT_EVALUABLE', 'PROGRESSION')).status).toBe('UNKNOWN');
    expect(judge({ diseaseStatusIn: ['REFRACTORY'] }, last('PR', 'PROGRESSION')).status).toBe('NOT_MET');
  });
});

import { antigenPositive, exclude, femaleOnly, include, lab, manualExclusion, manualInclusion, RealTrial, uln } from './lines';

/**
 * ClinicalTrials.gov NCT03671460: single-centre phase 1 CD19 CAR-T (4-1BB) in relapsed or refractory B-ALL.
 * Every line of the record: the source carries the whole eligibility section (five inclusion, eight exclusion
 * lines, ending at "Healthy Volunteers"); compound lines are split per clause. Real site: not named by any
 * source read (the registry title is the same as NCT03263208's, Henan Cancer Hospital, but that is not
 * evidence of the site); seeded at the CD19 centres for the demonstration catalogue.
 */
export const NCT03671460: RealTrial = {
  id: 'NCT03671460',
  registryIds: ['NCT03671460'],
  source: {
    url: 'https://ignite-sd.com/clinical/show/eligibilitymodule/111888',
    readOn: '2026-11-30',
    complete: true,
  },
  title: 'CD19 CAR-T cells for relapsed and refractory CD19+ B-ALL (phase 1, 4-1BB)',
  targets: ['CD19'],
  productType: 'AUTOLOGOUS',
  indications: ['relapsed or refractory CD19-positive B-cell acute lymphoblastic leukaemia'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['puth', 'ruijin', 'sysucc', 'tongji', 'xuanwu'],
  criteria: {
    version: 1,
    criteria: [
      include('age', 'More than 1 year old', { fact: 'age', op: '>=', value: 1 }, { note: "follows the registry's age limit (minimum age 1 year)" }),
      include(
        'cd19-all',
        'CD19-positive B-cell acute lymphoblastic leukaemia',
        { all: [{ diagnosisIn: ['C91.0'] }, antigenPositive('CD19')] },
        { note: 'ALL is ICD-10 C91.0; no cut-off or method published for CD19: a positive result by any method' },
      ),
      include('lvef', 'Cardiac ultrasound: ejection fraction ≥ 50%', { fact: 'lvef', op: '>=', value: 50 }, { note: 'first clause of organ-function line 3' }),
      manualInclusion('ecg', 'No obvious abnormality in the ECG', 'the summary has no ECG finding, and "obvious" is a judgement'),
      include('spo2', 'Blood oxygen saturation ≥ 90%', { fact: 'spo2', op: '>=', value: 90 }),
      include('crcl', 'Creatinine clearance (Cockcroft–Gault) ≥ 40 mL/min', lab('crcl', '>=', 40, 'mL/min'), {
        note: 'a measured clearance when on file, else Cockcroft–Gault from age, weight, sex and creatinine',
      }),
      include(
        'transaminases',
        'ALT and AST ≤ 5 times the normal range',
        { all: [uln('alt', '<=', 5), uln('ast', '<=', 5)] },
        { note: '"5 times normal range" read as 5 × the upper limit of normal; both must hold' },
      ),
      include('bilirubin', 'Total bilirubin ≤ 34.2 µmol/L', lab('bilirubin', '<=', 34.2, 'umol/L')),
      include(
        'life-expectancy',
        'Expected to survive for more than 3 months',
        { fact: 'lifeExpectancyMonths', op: '>', value: 3 },
        { note: "the estimate in months; one in weeks is compared only where the calendar months' lengths (3 months: 89–92 days) cannot change the answer" },
      ),
      manualInclusion('consent', 'Informed consent signed by the subject or a lineal relative', 'consent is obtained at the centre, not a summary fact'),
      manualExclusion(
        'immunosuppression',
        'Recent or current use of glucocorticoids or other immunosuppressants',
        '"recent" gives no number of days for a time-since clause',
      ),
      exclude(
        'active-infection',
        'Uncontrolled active infection',
        { condition: 'SYSTEMIC_INFECTION' },
        { note: 'first clause of exclusion 2: an ACTIVE systemic infection' },
      ),
      exclude(
        'hiv',
        'HIV infection',
        { infection: 'HIV', status: ['ACTIVE', 'CHRONIC_CONTROLLED'] },
        { note: 'second clause of exclusion 2: any current HIV infection, controlled or not' },
      ),
      exclude(
        'syphilis',
        'Positive syphilis serology',
        { serology: 'TP_AB', result: 'REACTIVE' },
        { note: 'third clause of exclusion 2: a reactive treponemal antibody' },
      ),
      manualExclusion(
        'gvhd',
        'Graft-versus-host disease requiring immunosuppressants',
        'GVHD is codable, but the line excludes only GVHD that needs immunosuppressants, and a current need for them is not a fact (no number of days)',
      ),
      manualExclusion(
        'cns-leukaemia',
        'Central nervous system leukaemia not controllable by drugs',
        'CNS involvement is codable, but whether drugs control it is a clinical judgement',
      ),
      exclude('pregnancy', 'Pregnant or lactating women', { any: [{ condition: 'PREGNANCY' }, { condition: 'BREASTFEEDING' }] }, femaleOnly),
      manualExclusion(
        'contraception',
        'Does not agree to use effective contraception during treatment and for the following year',
        'willingness to use contraception is not a fact of the summary',
      ),
      exclude(
        'other-malignancy',
        'A history of other malignant tumours',
        { condition: 'SECOND_MALIGNANCY', includeHistory: true },
        { note: 'any other malignancy ever recorded (active or in the history)' },
      ),
      manualExclusion(
        'investigator',
        "Other factors that in the investigator's view make the patient unsuitable or affect participation or completion",
        'a clinical judgement, not a fact of the summary',
      ),
    ],
  },
};

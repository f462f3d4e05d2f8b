import { antigenPositive, exclude, femaleOnly, include, lab, manualExclusion, manualInclusion, RealTrial, uln } from './lines';

/**
 * ClinicalTrials.gov NCT03919240 (First Affiliated Hospital of Soochow University, Suzhou): locally produced
 * CD19 CAR-T in B-ALL with active or persistent residual disease. Every line of the record: the source
 * carries the whole eligibility section (five inclusion, six exclusion lines; compound lines split per clause).
 */
export const NCT03919240: RealTrial = {
  id: 'NCT03919240',
  registryIds: ['NCT03919240'],
  source: {
    url: 'https://www.trialx.com/clinical-trials/listings/335242/car-t-cell-therapy-targeting-3/',
    readOn: '2026-11-30',
    complete: true,
  },
  title: 'Locally produced CD19 CAR-T in B-cell acute lymphoblastic leukaemia with active or persistent residual disease',
  targets: ['CD19'],
  productType: 'AUTOLOGOUS',
  indications: ['B-cell acute lymphoblastic leukaemia not in remission or with persistent residual disease'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['puth', 'ruijin', 'sysucc', 'tongji', 'xuanwu'],
  criteria: {
    version: 1,
    criteria: [
      include(
        'cd19-all',
        'Diagnosed as CD19+ B-cell acute lymphoblastic leukaemia',
        { all: [{ diagnosisIn: ['C91.0'] }, antigenPositive('CD19')] },
        { note: 'ALL is ICD-10 C91.0; no cut-off or method published for CD19: a positive result by any method' },
      ),
      manualInclusion(
        'no-remission',
        'Failure to achieve remission, or persistent residual disease after at least 2 cycles of consolidation',
        'remission and residual disease after counted consolidation cycles are not facts of the summary (lines of therapy carry no cycle count or MRD)',
      ),
      manualInclusion(
        'life-expectancy',
        "Estimated survival > 3 months (investigator's judgement)",
        'published in months and as a judgement; the summary records weeks and 3 months is no exact number of weeks',
      ),
      include(
        'lvef',
        'Left ventricular ejection fraction ≥ 0.5 by echocardiography',
        { fact: 'lvef', op: '>=', value: 50 },
        { note: 'a fraction of 0.5 is 50%' },
      ),
      include('creatinine', 'Creatinine < 1.6 mg/dL', lab('creatinine', '<', 1.6, 'mg/dL')),
      include('ast', 'Aspartate aminotransferase < 3 × the upper limit of normal', uln('ast', '<', 3), {
        note: 'the registry names aspartate aminotransferase twice ("aspartate aminotransferase/aspartateaminotransferase"); only AST is read, ALT is not assumed',
      }),
      include('bilirubin', 'Bilirubin < 2.0 mg/dL', lab('bilirubin', '<', 2.0, 'mg/dL')),
      include('performance', 'Karnofsky performance status ≥ 60 or ECOG ≤ 2', {
        any: [
          { fact: 'karnofsky', op: '>=', value: 60 },
          { fact: 'ecog', op: '<=', value: 2 },
        ],
      }),
      manualExclusion(
        'chemo-intolerance',
        'Intolerant to immunosuppressive chemotherapies',
        'intolerance of the lymphodepleting chemotherapy is a clinical judgement, not a fact of the summary',
      ),
      exclude(
        'active-infection',
        'Active infection',
        { condition: 'SYSTEMIC_INFECTION' },
        { note: 'first clause of "active infection or other uncontrolled complications": an ACTIVE systemic infection' },
      ),
      manualExclusion(
        'uncontrolled-complications',
        'Other uncontrolled complications',
        'second clause of the infection line: "uncontrolled complications" has no code or threshold',
      ),
      exclude(
        'seizure',
        'History of seizure',
        { condition: 'SEIZURE_DISORDER', includeHistory: true },
        { note: 'any seizure ever recorded (the condition active or in the history)' },
      ),
      exclude(
        'viral',
        'Active hepatitis B or hepatitis C infection, and HIV infection',
        {
          any: [
            { infection: 'HBV', status: 'ACTIVE' },
            { infection: 'HCV', status: 'ACTIVE' },
            { infection: 'HIV', status: ['ACTIVE', 'CHRONIC_CONTROLLED'] },
          ],
        },
        { note: '"active" hepatitis is ACTIVE only; any current HIV infection, controlled or not, excludes' },
      ),
      exclude('pregnancy', 'Pregnant or lactating women', { any: [{ condition: 'PREGNANCY' }, { condition: 'BREASTFEEDING' }] }, femaleOnly),
      manualExclusion(
        'contraception',
        'Patients refusing to take effective contraception measures',
        'second clause of the pregnancy line: willingness to use contraception is not a fact of the summary',
      ),
      manualExclusion(
        'investigator',
        "Other contraindications considered inappropriate for this trial (investigator's judgement)",
        'a clinical judgement, not a fact of the summary',
      ),
    ],
  },
};

import { ageBetween, antigenPositive, exclude, femaleOnly, include, lab, manualExclusion, manualInclusion, RealTrial, unreadRemainder, uln } from './lines';

/** ClinicalTrials.gov NCT03263208 (Henan Cancer Hospital): inclusion 1–12 and exclusion 1–6 as read; the rest is one manual line. */
export const NCT03263208: RealTrial = {
  id: 'NCT03263208',
  registryIds: ['NCT03263208'],
  source: {
    url: 'https://clinicaltrialexchange.com/clinical-trials/CD19-CAR-T-Cells-for-Patients-With-Relapse-and-Refractory-CD19-B-ALL/NCT03263208',
    readOn: '2026-05-01',
    complete: false,
  },
  title: 'CD19 CAR-T cells for relapsed and refractory CD19+ B-ALL',
  targets: ['CD19'],
  productType: 'AUTOLOGOUS',
  indications: ['relapsed or refractory CD19-positive B-cell acute lymphoblastic leukaemia'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['puth', 'ruijin', 'sysucc', 'tongji', 'xuanwu'],
  criteria: {
    // Version 1 was the first language's encoding; version 2 the same registry lines in the current language;
    // version 3 checks the infection / HIV / syphilis line and the life expectancy in months (manual lines until the
    // language read syphilis serology and months).
    version: 3,
    criteria: [
      include('age', 'Aged 2 to 70 years', ageBetween(2, 70)),
      include(
        'life-expectancy',
        'Expected survival > 3 months',
        { fact: 'lifeExpectancyMonths', op: '>', value: 3 },
        { note: "the estimate in months; one in weeks is compared only where the calendar months' lengths (3 months: 89–92 days) cannot change the answer" },
      ),
      include(
        'cd19-all',
        'CD19-positive B-cell acute lymphoblastic leukaemia',
        { all: [{ diagnosisIn: ['C91.0'] }, antigenPositive('CD19')] },
        { note: 'ALL is ICD-10 C91.0; CD19 positive by any method' },
      ),
      include('ecog', 'ECOG < 2', { fact: 'ecog', op: '<', value: 2 }),
      include('marrow-burden', 'Tumour load in the bone marrow < 60%', lab('marrowBlasts', '<', 60, '%'), {
        note: 'tumour load read as the bone-marrow blast percentage (LOINC 11150-0)',
      }),
      include(
        'cardiac-class',
        'Cardiac function grade 1–2',
        { score: 'NYHA', op: '<=', value: 2 },
        { note: 'cardiac function grade read as the NYHA functional class' },
      ),
      include('bilirubin', 'TBIL ≤ 3 × ULN', uln('bilirubin', '<=', 3)),
      include('ast', 'AST ≤ 2.5 × ULN', uln('ast', '<=', 2.5)),
      include('alt', 'ALT ≤ 2.5 × ULN', uln('alt', '<=', 2.5)),
      include('creatinine', 'Creatinine ≤ 1.25 × ULN', uln('creatinine', '<=', 1.25)),
      include('wbc', 'WBC ≥ 2.0 × 10⁹/L', lab('wbc', '>=', 2.0, '10*9/L')),
      include('haemoglobin', 'Haemoglobin ≥ 80 g/L', lab('haemoglobin', '>=', 80, 'g/L')),
      include('platelets', 'Platelets ≥ 30 × 10⁹/L', lab('platelets', '>=', 30, '10*9/L')),
      include(
        'no-cns',
        'No leukaemia cells in the central nervous system',
        { not: { condition: 'CNS_INVOLVEMENT' } },
        { note: 'no ACTIVE CNS involvement, stated currently' },
      ),
      manualInclusion(
        'allergy',
        'No serious allergic constitution',
        'an allergic constitution is broader than hypersensitivity to the study agents, and "serious" is a judgement',
      ),
      manualInclusion('other-disease', 'No other serious disease that conflicts with the protocol', 'a clinical judgement over comorbidities and the protocol'),
      include('no-other-cancer', 'No history of other cancer', { not: { condition: 'SECOND_MALIGNANCY', includeHistory: true } }),
      include('mental', 'No serious mental disorder', { not: { condition: 'PSYCHIATRIC_DISORDER' } }, { note: 'read as no ACTIVE coded psychiatric disorder' }),
      manualInclusion(
        'pregnancy-test',
        'Female participants of reproductive potential have a negative serum pregnancy test',
        'the summary has no pregnancy test result, and reproductive potential is not a fact',
      ),
      manualInclusion('consent', 'Informed consent signed by the subject or a lineal relative', 'consent is obtained at the centre, not a summary fact'),
      exclude('pregnancy', 'Pregnant or lactating', { any: [{ condition: 'PREGNANCY' }, { condition: 'BREASTFEEDING' }] }, femaleOnly),
      exclude(
        'infection-hiv-syphilis',
        'Uncontrolled active infection, HIV infection, or positive syphilis serology',
        {
          any: [{ condition: 'SYSTEMIC_INFECTION' }, { infection: 'HIV', status: ['ACTIVE', 'CHRONIC_CONTROLLED'] }, { serology: 'TP_AB', result: 'REACTIVE' }],
        },
        { note: 'an ACTIVE systemic infection, any current HIV infection (controlled or not), or a reactive treponemal antibody' },
      ),
      exclude(
        'hepatitis',
        'Active hepatitis B or hepatitis C infection',
        {
          any: [
            { infection: 'HBV', status: 'ACTIVE' },
            { infection: 'HCV', status: 'ACTIVE' },
          ],
        },
        { note: 'active = viral DNA/RNA detected (docs/criteria-language.md, infection status)' },
      ),
      manualExclusion(
        'immunosuppression',
        'Recent or current glucocorticoid or other immunosuppressant use',
        '"recent" gives no number of days for a time-since clause',
      ),
      manualExclusion(
        'organ-disease',
        'Severe cardiac, hepatic or renal insufficiency, diabetes or other diseases',
        '"severe" insufficiency and "other diseases" have no threshold or code',
      ),
      manualExclusion(
        'other-trial',
        'Took part in other clinical research in the past three months',
        'published in months, and taking part in research is broader than receiving an investigational agent',
      ),
      unreadRemainder('exclusion 6'),
    ],
  },
};

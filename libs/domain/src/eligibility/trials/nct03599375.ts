import { antigenPositive, exclude, femaleOnly, include, lab, manualExclusion, manualInclusion, RealTrial, relapsedOrRefractory, uln } from './lines';

/** ClinicalTrials.gov NCT03599375: every line of the record (the source carried it whole). */
export const NCT03599375: RealTrial = {
  id: 'NCT03599375',
  registryIds: ['NCT03599375'],
  source: {
    url: 'https://trials.co/clinical-trials-details/immunotherapy-with-cd19-cart-cells-for-b-cell-acute-lymphoblastic-leukemia/NCT03599375',
    readOn: '2026-05-01',
    complete: true,
  },
  title: 'Immunotherapy with CD19 CAR-T cells for B-cell acute lymphoblastic leukaemia',
  targets: ['CD19'],
  productType: 'AUTOLOGOUS',
  indications: ['relapsed or refractory B-cell acute lymphoblastic leukaemia'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['puth', 'ruijin', 'sysucc', 'tongji', 'xuanwu'],
  criteria: {
    // Version 1 was the first language's encoding; version 2 the same registry lines in the current language;
    // version 3 checks the life expectancy in months (a manual line until the language read months).
    version: 3,
    criteria: [
      include(
        'rr-all',
        'Recurrent or refractory B-cell acute lymphoblastic leukaemia (ALL)',
        { all: [{ diagnosisIn: ['C91.0'] }, relapsedOrRefractory] },
        { note: 'ALL is ICD-10 C91.0; the B lineage is checked by the CD19 line' },
      ),
      include('prior-lines', 'Failed at least one line of standard treatment', { fact: 'priorLines', op: '>=', value: 1 }),
      manualInclusion('no-effective-option', 'No effective treatment measures at present', 'a clinical judgement, not a fact of the summary'),
      include('cd19', 'CD19 expression detected on the surface of the B-ALL cells', antigenPositive('CD19'), {
        note: 'no cut-off or method published: a positive result by any method',
      }),
      include('kps', 'Karnofsky performance status > 80', { fact: 'karnofsky', op: '>', value: 80 }),
      include(
        'life-expectancy',
        'Life expectancy > 3 months',
        { fact: 'lifeExpectancyMonths', op: '>', value: 3 },
        { note: "the estimate in months; one in weeks is compared only where the calendar months' lengths (3 months: 89–92 days) cannot change the answer" },
      ),
      manualInclusion('ecg', 'No electrocardiogram with obvious abnormality', 'the summary has no ECG finding, and "obvious" is a judgement'),
      include('lvef', 'LVEF ≥ 50%', { fact: 'lvef', op: '>=', value: 50 }),
      include('spo2', 'Room-air oxygen saturation > 90%', { fact: 'spo2', op: '>', value: 90 }, { note: 'the SpO₂ fact should be taken on room air' }),
      include('creatinine', 'Creatinine ≤ 2.5 × the upper limit of normal', uln('creatinine', '<=', 2.5)),
      include('alt', 'ALT ≤ 3 × the upper limit of normal', uln('alt', '<=', 3)),
      include('ast', 'AST ≤ 3 × the upper limit of normal', uln('ast', '<=', 3)),
      include('bilirubin', 'Total bilirubin ≤ 2.0 mg/dL (34.2 µmol/L)', lab('bilirubin', '<=', 2.0, 'mg/dL')),
      include('haemoglobin', 'Haemoglobin ≥ 80 g/L', lab('haemoglobin', '>=', 80, 'g/L')),
      manualInclusion('apheresis', 'No contraindication to apheresis and cell isolation', 'a clinical judgement, not a fact of the summary'),
      manualInclusion('consent', 'Patient and family volunteer and sign written informed consent', 'consent is obtained at the centre, not a summary fact'),
      manualExclusion(
        'other-disease',
        'Other concurrent severe and/or uncontrolled conditions: another primary malignancy, or another severe or life-threatening disease',
        'a second malignancy is codable, but "another severe or life-threatening disease" is a judgement over every comorbidity',
      ),
      exclude(
        'active-infection',
        'Uncontrolled, current, serious active infection',
        { condition: 'SYSTEMIC_INFECTION' },
        { note: 'read as an ACTIVE systemic infection; its absence must be a current statement' },
      ),
      exclude(
        'viral',
        'HIV, HBV or HCV infection',
        {
          any: [
            { infection: 'HBV', status: ['ACTIVE', 'CHRONIC_CONTROLLED'] },
            { infection: 'HCV', status: 'ACTIVE' },
            { infection: 'HIV', status: ['ACTIVE', 'CHRONIC_CONTROLLED'] },
          ],
        },
        { note: 'a current infection: HBsAg-positive or HBV DNA detected, HCV RNA detected, HIV reactive; resolved HBV and cured HCV are not infections' },
      ),
      exclude('pregnancy', 'Pregnant or nursing', { any: [{ condition: 'PREGNANCY' }, { condition: 'BREASTFEEDING' }] }, femaleOnly),
      exclude(
        'steroids',
        'Systemic glucocorticoid therapy within one week',
        { since: 'LAST_SYSTEMIC_STEROIDS', op: '<', days: 7 },
        { note: 'counted back from the screening date' },
      ),
    ],
  },
};

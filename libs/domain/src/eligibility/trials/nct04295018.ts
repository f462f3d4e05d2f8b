import {
  ageBetween,
  antigenPositive,
  exclude,
  include,
  lab,
  manualExclusion,
  manualInclusion,
  RealTrial,
  relapsedOrRefractory,
  unreadRemainder,
  uln,
} from './lines';

/** ClinicalTrials.gov NCT04295018 (Peking Union Medical College Hospital, C-CAR088): inclusion 1–10 and exclusion 1–2 as read; the rest is one manual line. */
export const NCT04295018: RealTrial = {
  id: 'NCT04295018',
  registryIds: ['NCT04295018'],
  source: {
    url: 'https://www.clinicaltrialexchange.com/clinical-trials/A-Study-of-BCMA-directed-CAR-T-Cells-Treatment-in-Subjects-With-r-r-Multiple-Myeloma/NCT04295018',
    readOn: '2026-05-01',
    complete: false,
  },
  title: 'BCMA-directed CAR-T (C-CAR088) in relapsed or refractory multiple myeloma',
  targets: ['BCMA'],
  productType: 'AUTOLOGOUS',
  indications: ['relapsed or refractory multiple myeloma'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['puth', 'ruijin', 'tongji', 'xuanwu'],
  criteria: {
    // Version 1 was the first language's encoding, version 2 the same lines in the current language; version 3
    // checks measurability (urine M protein is now an analyte), so assessments of version 2 are void.
    version: 3,
    criteria: [
      include('age', 'Aged 18 to 75 years', ageBetween(18, 75)),
      manualInclusion('consent', 'Volunteers; the patient or legal guardian signs informed consent', 'consent is obtained at the centre, not a summary fact'),
      include('rrmm', 'Clear diagnosis of relapsed or refractory multiple myeloma', { all: [{ diagnosisIn: ['C90.0'] }, relapsedOrRefractory] }),
      include(
        'measurable',
        'Measurable disease: serum M protein ≥ 1.0 g/dL, or urine M protein ≥ 200 mg/24 h, or abnormal κ/λ ratio with involved FLC ≥ 10 mg/dL',
        {
          any: [
            lab('mProtein', '>=', 1.0, 'g/dL'),
            lab('urineMProtein', '>=', 200, 'mg/(24.h)'),
            { all: [lab('flcRatio', '>', 1.65, '{ratio}'), lab('freeKappa', '>=', 10, 'mg/dL')] },
            { all: [lab('flcRatio', '<', 0.26, '{ratio}'), lab('freeLambda', '>=', 10, 'mg/dL')] },
          ],
        },
        {
          note: 'abnormal κ/λ ratio read against the IMWG reference range 0.26–1.65; the involved light chain is κ above it, λ below it',
        },
      ),
      include(
        'bcma',
        'Bone marrow BCMA-positive by flow cytometry or pathology',
        { any: [antigenPositive('BCMA', 'FLOW'), antigenPositive('BCMA', 'IHC')] },
        { note: 'pathology read as IHC' },
      ),
      include(
        'antibody-washout',
        'At least 2 weeks since monoclonal antibody therapy before CAR-T',
        { since: 'LAST_ANTIBODY_THERAPY', op: '>=', days: 14 },
        { note: 'counted back from the screening date; any monoclonal antibody, bispecific or conjugate' },
      ),
      include('ecog', 'ECOG 0–1', { fact: 'ecog', op: '<=', value: 1 }),
      manualInclusion('cardiopulmonary', 'Good cardiac and pulmonary organ function', '"good" function is a judgement with no threshold'),
      include('life-expectancy', 'Expected survival > 12 weeks', { fact: 'lifeExpectancyWeeks', op: '>', value: 12 }),
      manualInclusion(
        'pregnancy',
        'Women of childbearing age: negative pregnancy test within 7 days before cell therapy, not lactating; effective contraception throughout',
        'the summary has no pregnancy test or contraception fact',
      ),
      manualExclusion(
        'allergy',
        'History of allergy to cellular products',
        'cellular products (blood components, cell therapies) are broader than the study agents the condition code covers',
      ),
      exclude('bilirubin', 'Serum total bilirubin ≥ 1.5 mg/dL', lab('bilirubin', '>=', 1.5, 'mg/dL')),
      exclude('transaminases', 'Serum ALT or AST > 2.5 × ULN', { any: [uln('alt', '>', 2.5), uln('ast', '>', 2.5)] }),
      exclude('creatinine', 'Serum creatinine ≥ 2.0 mg/dL', lab('creatinine', '>=', 2.0, 'mg/dL')),
      exclude('haemoglobin', 'Haemoglobin < 80 g/L', lab('haemoglobin', '<', 80, 'g/L')),
      exclude('anc', 'Absolute neutrophil count < 1000/mm³ (1.0 × 10⁹/L)', lab('anc', '<', 1000, '/mm3')),
      manualExclusion('growth-factor', 'Neutrophil count maintained only with G-CSF or other growth factors', 'the summary has no growth-factor exposure'),
      unreadRemainder('exclusion 2 (the rest of its laboratory list and every later exclusion)'),
    ],
  },
};

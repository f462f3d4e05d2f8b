import { ageBetween, antigenPositive, include, lab, manualInclusion, RealTrial, unreadRemainder, uln } from './lines';

/** ClinicalTrials.gov NCT02395250 (RenJi Hospital, Shanghai): inclusion 1–11 and the start of 12 as read; the rest is one manual line. */
export const NCT02395250: RealTrial = {
  id: 'NCT02395250',
  registryIds: ['NCT02395250'],
  source: { url: 'https://www.ignite-sd.com/clinical/show/eligibilitymodule/32215', readOn: '2026-05-01', complete: false },
  title: 'Anti-GPC3 CAR-T for advanced hepatocellular carcinoma',
  targets: ['GPC3'],
  productType: 'AUTOLOGOUS',
  indications: ['advanced hepatocellular carcinoma'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['ruijin', 'puth'],
  criteria: {
    // Version 1 was the first language's encoding, version 2 the same lines in the current language; version 3
    // checks lipase and amylase (now analytes), so assessments of version 2 are void.
    version: 3,
    criteria: [
      include('age', 'Aged 18 to 70 years', ageBetween(18, 70)),
      include('hcc', 'Pathologically confirmed hepatocellular carcinoma', { diagnosisIn: ['C22.0'] }),
      manualInclusion('advanced', 'The HCC is advanced', '"advanced" names no stage group (BCLC, TNM or CNLC) the stage fact could be compared with'),
      include(
        'measurable',
        '≥ 1 measurable target lesion per RECIST v1.1',
        { measurableDisease: true },
        { note: 'the newest imaging must record measurable disease (RECIST v1.1)' },
      ),
      include('gpc3', 'Tumour tissue GPC3-positive by IHC', antigenPositive('GPC3', 'IHC')),
      include('life-expectancy', 'Estimated survival > 12 weeks', { fact: 'lifeExpectancyWeeks', op: '>', value: 12 }),
      include('child-pugh', 'Child-Pugh grade A', { score: 'CHILD_PUGH', classIn: ['A'] }),
      include('ecog', 'ECOG 0–1', { fact: 'ecog', op: '<=', value: 1 }),
      manualInclusion(
        'hbv-dna',
        'HBV-DNA < 200 IU/mL if HBsAg or HBcAb positive; HBsAg-positive patients on antiviral treatment per the 2015 guideline',
        'the viral-load limit is codable, but antiviral treatment "per the 2015 guideline" is not a fact of the summary',
      ),
      manualInclusion('venous-access', 'Adequate venous access for apheresis or venous blood collection', 'a clinical judgement, not a fact of the summary'),
      include('wbc', 'White blood cells ≥ 2.5 × 10⁹/L', lab('wbc', '>=', 2.5, '10*9/L')),
      include('platelets', 'Platelets ≥ 60 × 10⁹/L', lab('platelets', '>=', 60, '10*9/L')),
      include('haemoglobin', 'Haemoglobin ≥ 9.0 g/dL', lab('haemoglobin', '>=', 9.0, 'g/dL')),
      include('lymphocytes', 'Lymphocytes ≥ 0.4 × 10⁹/L', lab('alc', '>=', 0.4, '10*9/L')),
      include('albumin', 'Serum albumin ≥ 30 (the registry writes g/dL)', lab('albumin', '>=', 30, 'g/L'), {
        note: 'the registry unit g/dL is a typo: 30 g/dL (300 g/L) is beyond any human albumin; read as 30 g/L (the same limit as 3.0 g/dL)',
      }),
      include(
        'lipase-amylase',
        'Serum lipase and amylase ≤ 1.5 × ULN',
        { all: [uln('lipase', '<=', 1.5), uln('amylase', '<=', 1.5)] },
        {
          note: 'both enzymes, each against the reporting lab’s own upper limit',
        },
      ),
      include('creatinine', 'Serum creatinine ≤ 1.5 × ULN', uln('creatinine', '<=', 1.5)),
      include('crcl', 'Endogenous creatinine clearance ≥ 40 mL/min', lab('crcl', '>=', 40, 'mL/min'), {
        note: 'a measured clearance when on file, else Cockcroft–Gault',
      }),
      include('alt', 'ALT ≤ 5 × ULN', uln('alt', '<=', 5)),
      include('ast', 'AST ≤ 5 × ULN', uln('ast', '<=', 5)),
      include('bilirubin', 'Serum total bilirubin ≤ 2.5 × ULN', uln('bilirubin', '<=', 2.5)),
      manualInclusion(
        'pt',
        'Prothrombin time less than 4 s longer than normal',
        'seconds above the normal value is neither a fixed value nor a multiple of the upper limit',
      ),
      manualInclusion(
        'pregnancy',
        'Females of childbearing age: negative serum pregnancy test within 14 days before infusion and reliable contraception until 12 months after; sterilisation or contraception for …',
        'the summary has no pregnancy test or contraception fact, and the line is cut off in the source',
      ),
      unreadRemainder('inclusion 12 (the rest of 12 and every exclusion line)'),
    ],
  },
};

import { antigenPositive, include, lab, manualInclusion, RealTrial, relapsedOrRefractory, unreadRemainder, uln } from './lines';

/** ClinicalTrials.gov NCT05531708 (Shanghai Pudong Hospital): inclusion 1–6 and the start of 7 as read; the rest is one manual line. */
export const NCT05531708: RealTrial = {
  id: 'NCT05531708',
  registryIds: ['NCT05531708'],
  source: {
    url: 'https://www.clinicaltrialexchange.com/clinical-trials/Exploratory-Study-of-Novel-MSLN-CAR-T-Cell-Therapy-in-Patients-With-MSLN-positive-Advanced-Refractory-Solid-Tumors/NCT05531708',
    readOn: '2026-05-01',
    complete: false,
  },
  title: 'Novel MSLN CAR-T in MSLN-positive advanced refractory solid tumours',
  targets: ['MSLN'],
  productType: 'AUTOLOGOUS',
  indications: ['mesothelin-positive advanced refractory solid tumours'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['sysucc'],
  criteria: {
    // Version 1 was the first language's encoding; version 2 the same registry lines in the current language;
    // version 3 checks the life expectancy in months (a manual line until the language read months).
    version: 3,
    criteria: [
      include('msln', 'Solid tumour positive for mesothelin by IHC (or ICC)', antigenPositive('MSLN', 'IHC'), {
        note: 'immunocytochemistry is recorded with method IHC',
      }),
      include('refractory', 'Histologically diagnosed malignancy refractory to, or relapsing after, standard therapy', relapsedOrRefractory),
      include(
        'measurable',
        '≥ 1 measurable lesion per RECIST v1.1',
        { measurableDisease: true },
        { note: 'the newest imaging must record measurable disease (RECIST v1.1)' },
      ),
      include('ecog', 'ECOG 0 or 1', { fact: 'ecog', op: '<=', value: 1 }),
      include(
        'life-expectancy',
        'Life expectancy ≥ 3 months',
        { fact: 'lifeExpectancyMonths', op: '>=', value: 3 },
        { note: "the estimate in months; one in weeks is compared only where the calendar months' lengths (3 months: 89–92 days) cannot change the answer" },
      ),
      include('anc', 'Neutrophils ≥ 1.0 × 10⁹/L', lab('anc', '>=', 1.0, '10*9/L')),
      include('alc', 'Lymphocytes ≥ 0.5 × 10⁹/L', lab('alc', '>=', 0.5, '10*9/L')),
      include('haemoglobin', 'Haemoglobin ≥ 80 g/L', lab('haemoglobin', '>=', 80, 'g/L')),
      include('platelets', 'Platelets ≥ 75 × 10⁹/L', lab('platelets', '>=', 75, '10*9/L')),
      include(
        'transaminases',
        'AST or ALT ≤ 2.5 × ULN; ≤ 5 × ULN with liver metastases',
        { any: [{ all: [uln('ast', '<=', 2.5), uln('alt', '<=', 2.5)] }, { all: [{ conditionIcd10: ['C78.7'] }, uln('ast', '<=', 5), uln('alt', '<=', 5)] }] },
        { note: 'both AST and ALT within the limit; liver metastases are ICD-10 C78.7 (an ACTIVE condition)' },
      ),
      include(
        'bilirubin',
        "Total bilirubin ≤ 1.5 × ULN; < 3.0 mg/dL with Gilbert's syndrome",
        { any: [uln('bilirubin', '<=', 1.5), { all: [{ conditionIcd10: ['E80.4'], includeHistory: true }, lab('bilirubin', '<', 3.0, 'mg/dL')] }] },
        { note: "Gilbert's syndrome is ICD-10 E80.4" },
      ),
      include('creatinine', 'Serum creatinine ≤ 1.5 × ULN', uln('creatinine', '<=', 1.5)),
      include('crcl', 'Creatinine clearance ≥ 60 mL/min', lab('crcl', '>=', 60, 'mL/min'), { note: 'a measured clearance when on file, else Cockcroft–Gault' }),
      include('lvef', 'LVEF > 45%', { fact: 'lvef', op: '>', value: 45 }),
      include('pt', 'PT ≤ 1.5 × ULN', uln('pt', '<=', 1.5)),
      include('aptt', 'APTT ≤ 1.5 × ULN', uln('aptt', '<=', 1.5)),
      manualInclusion(
        'serology',
        'Negative HIV-Ab, HCV-Ab, HBeAg, HBsAg and syphilis screen (prior HBV eligible if viral load undetectable; cured HCV eligible if …)',
        'HBeAg and syphilis are not tests of the language, and the HCV exception is cut off in the source',
      ),
      unreadRemainder('inclusion 7 (the rest of 7, any further inclusion and every exclusion line)'),
    ],
  },
};

import { antigenPositive, include, lab, manualInclusion, RealTrial, relapsedOrRefractory, unreadRemainder, uln } from './lines';

/** ClinicalTrials.gov NCT06684639 (General Hospital of Western Theater Command): inclusion 1–9 as read; the rest is one manual line. */
export const NCT06684639: RealTrial = {
  id: 'NCT06684639',
  registryIds: ['NCT06684639'],
  source: {
    url: 'https://www.medifind.com/conditions/embryonal-tumor-with-multilayered-rosettes/1818/clinical-trial/533022744',
    readOn: '2026-05-01',
    complete: false,
  },
  title: 'GD2 CAR-T cells in relapsed or refractory neuroblastoma',
  targets: ['GD2'],
  productType: 'AUTOLOGOUS',
  indications: ['relapsed or refractory neuroblastoma'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['sysucc'],
  criteria: {
    // Version 1 was the first language's encoding; version 2 the same registry lines in the current language;
    // version 3 checks the life expectancy in months (a manual line until the language read months).
    version: 3,
    criteria: [
      include(
        'neuroblastoma',
        'Diagnosed neuroblastoma',
        { histologyIn: ['9500/3'] },
        { note: 'neuroblastoma is ICD-O-3 9500/3 (no single ICD-10 code: the primary site varies)' },
      ),
      include('gd2', 'Tumour cells positive for GD2', antigenPositive('GD2'), { note: 'no cut-off or method published: a positive result by any method' }),
      manualInclusion('consent', 'Informed consent of the patient or guardian', 'consent is obtained at the centre, not a summary fact'),
      include('relapsed-refractory', 'Recurrent or refractory neuroblastoma', relapsedOrRefractory),
      manualInclusion(
        'washout',
        'At least 2 weeks or 5 half-lives (whichever is shorter) from prior systemic treatment to conditioning',
        'the limit depends on the half-life of the last drug, which is not a fact of the summary',
      ),
      manualInclusion('prior-toxicity', 'Toxicity of prior antitumour therapy stable and recovered to ≤ grade 1', 'the summary has no toxicity grades'),
      include('age', 'Over 1 and under 18 years old (registry age limits 1–18)', {
        all: [
          { fact: 'age', op: '>=', value: 1 },
          { fact: 'age', op: '<', value: 18 },
        ],
      }),
      include('ecog', 'ECOG 0–3', { fact: 'ecog', op: '<=', value: 3 }),
      include(
        'infection',
        'No obvious active infection',
        { not: { condition: 'SYSTEMIC_INFECTION' } },
        { note: 'no ACTIVE systemic infection, stated currently' },
      ),
      include(
        'life-expectancy',
        'Expected survival ≥ 3 months',
        { fact: 'lifeExpectancyMonths', op: '>=', value: 3 },
        { note: "the estimate in months; one in weeks is compared only where the calendar months' lengths (3 months: 89–92 days) cannot change the answer" },
      ),
      include('crcl', 'Creatinine clearance (Cockcroft–Gault) > 60 mL/min', lab('crcl', '>', 60, 'mL/min'), {
        note: 'a measured clearance when on file, else Cockcroft–Gault',
      }),
      include('alt', 'Serum ALT ≤ 2.5 × ULN', uln('alt', '<=', 2.5)),
      include('ast', 'Serum AST ≤ 2.5 × ULN', uln('ast', '<=', 2.5)),
      include(
        'bilirubin',
        "Total bilirubin ≤ 1.5 × ULN, except Gilbert's syndrome",
        { any: [uln('bilirubin', '<=', 1.5), { conditionIcd10: ['E80.4'], includeHistory: true }] },
        { note: "Gilbert's syndrome is ICD-10 E80.4" },
      ),
      include('lvef', 'Cardiac ejection fraction ≥ 50%', { fact: 'lvef', op: '>=', value: 50 }),
      manualInclusion(
        'effusions-ecg',
        'Echocardiography pericardial effusion check, no clinically significant ECG abnormality, no clinically significant pleural effusion',
        'the summary has no ECG or effusion findings, and "clinically significant" is a judgement',
      ),
      include('spo2', 'Baseline room-air oxygen saturation > 92%', { fact: 'spo2', op: '>', value: 92 }, { note: 'the SpO₂ fact should be taken on room air' }),
      unreadRemainder('inclusion 9 (the pregnancy-test line and every later line, including every exclusion)'),
    ],
  },
};

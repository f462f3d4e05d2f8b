import { exclude, include, lab, manualExclusion, manualInclusion, RealTrial, unreadRemainder } from './lines';

/** ClinicalTrials.gov NCT03318861 (KITE-585, BCMA): the record publishes key criteria only; each is here, plus one manual line for anything the source did not carry. */
export const NCT03318861: RealTrial = {
  id: 'NCT03318861',
  registryIds: ['NCT03318861'],
  source: { url: 'https://ignite-sd.com/clinical/show/eligibilitymodule/1757', readOn: '2026-05-01', complete: false },
  title: 'KITE-585 anti-BCMA CAR-T in relapsed or refractory multiple myeloma',
  targets: ['BCMA'],
  productType: 'AUTOLOGOUS',
  indications: ['relapsed or refractory multiple myeloma'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['puth', 'ruijin', 'tongji', 'xuanwu'],
  criteria: {
    // Version 1 was the first language's encoding; version 2 is the same registry lines in the current language.
    version: 2,
    criteria: [
      include('myeloma', 'Multiple myeloma', { diagnosisIn: ['C90.0'] }),
      manualInclusion(
        'measurable-rr',
        'Measurable relapsed or refractory myeloma (IMWG) after ≥ 3 lines including a proteasome inhibitor and an IMiD, or refractory to a regimen containing both',
        'lines and drug classes are codable, and so are the IMWG measurability analytes (serum and urine M protein, free light chains), but the line names no thresholds and "refractory to a regimen containing both" needs the response to that one regimen',
      ),
      include('ecog', 'ECOG 0 or 1', { fact: 'ecog', op: '<=', value: 1 }),
      include('anc', 'ANC ≥ 1,000/µL', lab('anc', '>=', 1000, '/uL')),
      include('platelets', 'Platelets ≥ 75,000/µL', lab('platelets', '>=', 75000, '/uL')),
      include('alc', 'Absolute lymphocyte count ≥ 100/µL', lab('alc', '>=', 100, '/uL')),
      manualInclusion('crcl', 'Creatinine clearance above the limit the protocol sets for each cohort', 'the limit is not published in the record'),
      manualInclusion('cardiac', 'Normal cardiac function by ECG and echocardiogram', 'the summary has no ECG finding and "normal" has no threshold'),
      include(
        'spo2',
        'Baseline oxygen saturation > 92% on room air',
        { fact: 'spo2', op: '>', value: 92 },
        { note: 'the SpO₂ fact should be taken on room air' },
      ),
      manualInclusion(
        'pleural-effusion',
        'No clinically significant pleural effusion',
        'the summary has no effusion finding, and "clinically significant" is a judgement',
      ),
      exclude(
        'pcl',
        'Plasma cell leukaemia',
        { any: [{ diagnosisIn: ['C90.1'] }, { conditionIcd10: ['C90.1'] }] },
        { note: 'plasma cell leukaemia is ICD-10 C90.1, as the diagnosis or an ACTIVE condition (secondary leukaemia)' },
      ),
      manualExclusion(
        'non-secretory',
        'Non-secretory multiple myeloma',
        'the summary has no secretory status (it needs serum and urine electrophoresis and free light chains together)',
      ),
      exclude('cns', 'History of CNS involvement by multiple myeloma', { condition: 'CNS_INVOLVEMENT', includeHistory: true }),
      exclude(
        'prior-car-t',
        'Prior CAR therapy or other genetically modified T cells',
        { received: ['CAR_T', 'OTHER_CELL_THERAPY'] },
        { note: 'other cell therapies count (genetically modified T cells are recorded as OTHER_CELL_THERAPY)' },
      ),
      manualExclusion('washout', 'Inadequate washout from prior therapy', 'the washout periods are not published in the record'),
      exclude(
        'transplant',
        'Autologous transplant within 6 weeks before enrolment, or any allogeneic transplant',
        { any: [{ since: 'AUTOLOGOUS_TRANSPLANT', op: '<', days: 42 }, { received: 'ALLOGENEIC_TRANSPLANT' }] },
        { note: 'six weeks counted back from the screening date' },
      ),
      exclude(
        'autoimmune',
        'History of active autoimmune disease',
        { condition: 'AUTOIMMUNE_DISEASE', includeHistory: true },
        { note: 'any history of autoimmune disease counts' },
      ),
      exclude(
        'thrombosis',
        'History of DVT or pulmonary embolism requiring systemic anticoagulation',
        { condition: 'VENOUS_THROMBOEMBOLISM', includeHistory: true },
        { note: 'any venous thromboembolism in the history counts (nearly all are anticoagulated)' },
      ),
      unreadRemainder('key exclusion 8'),
    ],
  },
};

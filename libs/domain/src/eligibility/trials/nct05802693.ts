import { ageBetween, antigenPositive, exclude, include, manualExclusion, manualInclusion, RealTrial, unreadRemainder } from './lines';

/** ClinicalTrials.gov NCT05802693 (Beijing Tsinghua Chang Gung Hospital): every inclusion line and exclusion 1–5 as read; the rest is one manual line. */
export const NCT05802693: RealTrial = {
  id: 'NCT05802693',
  registryIds: ['NCT05802693'],
  source: { url: 'https://trials.co/clinical-trials-details/-/NCT05802693', readOn: '2026-05-01', complete: false },
  title: 'EGFRvIII CAR-T (intraventricular) in recurrent glioblastoma',
  targets: ['EGFRvIII'],
  productType: 'AUTOLOGOUS',
  indications: ['recurrent glioblastoma'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['xuanwu'],
  criteria: {
    // Version 1 was the first language's encoding; version 2 the same registry lines in the current language;
    // version 3 checks the life expectancy in months (a manual line until the language read months).
    version: 3,
    criteria: [
      include('age', '18 ≤ age ≤ 70 years', ageBetween(18, 70)),
      include('brain', 'Malignant brain tumour (ICD-10 C71)', { diagnosisIn: ['C71'] }),
      manualInclusion(
        'gbm-stupp',
        'Recurrent glioblastoma confirmed by histology or cytology after surgery, treated with the Stupp regimen (temozolomide chemoradiation and adjuvant temozolomide)',
        'the histology (9440/3) and recurrence are codable, but the Stupp regimen (temozolomide with concurrent radiotherapy, then adjuvant) is a drug and schedule the language cannot check',
      ),
      manualInclusion(
        'rano',
        'Evaluable or measurable lesions per RANO',
        'the imaging fact records measurable disease only; an evaluable, non-measurable lesion also qualifies',
      ),
      include('egfrviii', 'EGFRvIII expression confirmed by IHC', antigenPositive('EGFRvIII', 'IHC')),
      manualInclusion(
        'venous-access',
        'Sufficient venous access and no contraindication to lymphocyte collection',
        'a clinical judgement, not a fact of the summary',
      ),
      manualInclusion('collectable', 'Peripheral blood cells collectable as cell preparation requires', 'a clinical judgement, not a fact of the summary'),
      include('kps', 'KPS ≥ 70', { fact: 'karnofsky', op: '>=', value: 70 }),
      include(
        'life-expectancy',
        'Estimated survival ≥ 3 months',
        { fact: 'lifeExpectancyMonths', op: '>=', value: 3 },
        { note: "the estimate in months; one in weeks is compared only where the calendar months' lengths (3 months: 89–92 days) cannot change the answer" },
      ),
      manualInclusion(
        'consent',
        'Written informed consent signed by the subject or a legal representative',
        'consent is obtained at the centre, not a summary fact',
      ),
      manualExclusion(
        'radiotherapy',
        'Radiotherapy after recurrence',
        'the date of recurrence is not a fact of the summary, so radiotherapy cannot be placed before or after it',
      ),
      exclude(
        'immunosuppression',
        'Immunosuppressive or glucocorticoid treatment within 2 weeks before enrolment',
        {
          any: [
            { since: 'LAST_IMMUNOSUPPRESSANT', op: '<', days: 14 },
            { since: 'LAST_SYSTEMIC_STEROIDS', op: '<', days: 14 },
          ],
        },
        { note: 'counted back from the screening date' },
      ),
      manualExclusion(
        'live-vaccine',
        'Live vaccine within 4 weeks before enrolment, or planned during the trial',
        'the time since a live vaccine is codable, but a vaccination planned during the trial is not a fact of the summary',
      ),
      exclude(
        'chemotherapy',
        'Other chemotherapy (besides lymphodepletion) within 2 weeks before enrolment',
        { since: 'LAST_CHEMOTHERAPY', op: '<', days: 14 },
        { note: 'counted back from the screening date' },
      ),
      manualExclusion(
        'adverse-events',
        'Not recovered from adverse events of previous antitumour treatment (grading per …)',
        'the summary has no toxicity grades, and the grading system is cut off in the source',
      ),
      unreadRemainder('exclusion 5'),
    ],
  },
};

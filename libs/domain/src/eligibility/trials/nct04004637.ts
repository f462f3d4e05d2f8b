import { ageBetween, antigenPositive, exclude, include, manualExclusion, manualInclusion, RealTrial, unreadRemainder, uln } from './lines';

/**
 * ClinicalTrials.gov NCT04004637 (PersonGen BioTherapeutics with the First Affiliated Hospital of Zhengzhou
 * University): CD7 CAR-T in CD7+ NK/T-cell lymphoma, T-lymphoblastic lymphoma and ALL. Inclusion 1–8 and
 * exclusion 1–2 as read; the source stops inside exclusion 3, so the rest is one manual line.
 */
export const NCT04004637: RealTrial = {
  id: 'NCT04004637',
  registryIds: ['NCT04004637'],
  source: {
    url: 'https://www.clinicaltrialexchange.com/clinical-trials/CD7-CAR-T-Cells-for-Patients-With-R-R-CD7-NK-T-Cell-Lymphoma-T-lymphoblastic-Lymphoma-and-Acute-Lymphocytic-Leukemia/NCT04004637',
    readOn: '2026-11-30',
    complete: false,
  },
  title: 'CD7 CAR-T in relapsed or refractory CD7+ NK/T-cell lymphoma, T-lymphoblastic lymphoma and ALL',
  targets: ['CD7'],
  productType: 'AUTOLOGOUS',
  indications: ['relapsed or refractory CD7-positive NK/T-cell lymphoma, T-lymphoblastic lymphoma or acute lymphoblastic leukaemia'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  // Placed at Tongji for the demonstration catalogue (its real sites are not among the seed centres).
  centreIds: ['tongji'],
  criteria: {
    version: 1,
    criteria: [
      include('age', 'Aged 7 to 70 years', ageBetween(7, 70)),
      include('life-expectancy', 'Expected survival > 12 weeks', { fact: 'lifeExpectancyWeeks', op: '>', value: 12 }),
      include('ecog', 'ECOG 0–2', { fact: 'ecog', op: '<=', value: 2 }),
      include(
        'cd7-disease',
        'CD7+ NK/T-cell lymphoma, T-lymphoblastic lymphoma or acute lymphoblastic leukaemia',
        { all: [{ diagnosisIn: ['C86.0', 'C83.5', 'C91.0'] }, antigenPositive('CD7')] },
        { note: 'NK/T-cell lymphoma is ICD-10 C86.0, lymphoblastic lymphoma C83.5, ALL C91.0; CD7 positive by any method' },
      ),
      manualInclusion('no-curative-option', 'No available curative treatment option', 'whether a curative option remains is a clinical judgement'),
      manualInclusion(
        'rr-after-standard',
        'Not in partial remission after at least 4 courses of standard first-line treatment, or relapse or progression after standardised treatment',
        'the summary records each line’s best response, not the number of courses it ran, so "at least 4 courses" cannot be checked',
      ),
      manualInclusion(
        'evaluable-lesion',
        'NK/T-cell or T-lymphoblastic lymphoma: at least one evaluable tumour lesion',
        'the imaging fact records measurable disease only; an evaluable, non-measurable lesion also qualifies',
      ),
      include('lvef', 'Left ventricular ejection fraction ≥ 40%', { fact: 'lvef', op: '>=', value: 40 }),
      include('creatinine', 'Serum creatinine ≤ 1.5 × ULN', uln('creatinine', '<=', 1.5)),
      include('spo2', 'Blood oxygen saturation > 91%', { fact: 'spo2', op: '>', value: 91 }),
      include('bilirubin', 'Total bilirubin ≤ 1.5 × ULN', uln('bilirubin', '<=', 1.5)),
      include('transaminases', 'Serum ALT and AST ≤ 2.5 × ULN', { all: [uln('alt', '<=', 2.5), uln('ast', '<=', 2.5)] }),
      manualInclusion('consent', 'Able to understand the study and has signed informed consent', 'consent is obtained at the centre, not a summary fact'),
      exclude('gvhd', 'Graft-versus-host disease', { condition: 'GVHD' }, { note: 'the first half of exclusion 1: ACTIVE GVHD' }),
      manualExclusion(
        'immunosuppression',
        'Needs immunosuppressive drugs',
        'the second half of exclusion 1: a current need for immunosuppression gives no number of days for a time-since clause',
      ),
      manualExclusion(
        'other-malignancy',
        'Another malignancy within 5 years before screening, except adequately treated cervical carcinoma in situ, basal or squamous cell skin cancer, localised prostate cancer after radical surgery, or breast ductal carcinoma in situ after radical surgery',
        'a second malignancy is codable, but whether it is one of the excepted kinds and treated adequately is not',
      ),
      unreadRemainder('exclusion 2 (exclusion 3 begins "Hepatitis B surface …")'),
    ],
  },
};

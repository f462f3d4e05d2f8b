import { antigenPositive, include, lab, manualInclusion, RealTrial, relapsedOrRefractory, unreadRemainder, uln } from './lines';

/** A positive result for the antigen by flow cytometry or IHC within the last 90 days. */
const positiveWithin90Days = (antigen: string) => ({
  any: [
    { ...antigenPositive(antigen, 'FLOW'), withinDays: 90 },
    { ...antigenPositive(antigen, 'IHC'), withinDays: 90 },
  ],
});

/**
 * ClinicalTrials.gov NCT04094766 (Second Affiliated Hospital of Xi'an Jiaotong University; withdrawn):
 * dual-specificity CD19/CD22 CAR-T in relapsed or refractory B-ALL. Inclusion 1–8 as read; the source
 * stops at the start of inclusion 9, so the rest (and every exclusion line) is one manual line.
 */
export const NCT04094766: RealTrial = {
  id: 'NCT04094766',
  registryIds: ['NCT04094766'],
  source: {
    url: 'https://trial.medpath.com/clinical-trial/d7503b95db183dbe/dual-specificity-cd19-cd22-chimeric-antigen-receptor-t-cell-therapy',
    readOn: '2026-11-30',
    complete: false,
  },
  title: 'Dual-specificity CD19/CD22 CAR-T in relapsed or refractory B-cell acute lymphoblastic leukaemia',
  targets: ['CD19', 'CD22'],
  productType: 'AUTOLOGOUS',
  indications: ['relapsed or refractory B-cell acute lymphoblastic leukaemia'],
  manufacturingWeeks: { min: 3, max: 6 },
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['tongji'],
  criteria: {
    version: 1,
    criteria: [
      manualInclusion('consent', 'Written informed consent can be obtained', 'consent is obtained at the centre, not a summary fact'),
      include(
        'rr-all',
        'Relapsed or refractory acute lymphoblastic leukaemia',
        { all: [{ diagnosisIn: ['C91.0'] }, relapsedOrRefractory] },
        {
          note: 'ALL is ICD-10 C91.0; relapsed or refractory as derived from the lines of therapy',
        },
      ),
      manualInclusion(
        'relapse-definition',
        'Relapse: recurrence of blasts (> 5%) in peripheral blood or bone marrow, or extramedullary involvement',
        'the summary derives relapse from the lines of therapy, not from a blast count or site at recurrence',
      ),
      manualInclusion(
        'refractory-definition',
        'Refractory: no complete remission after two courses of induction therapy',
        'the summary records each line’s best response, not the number of induction courses',
      ),
      include(
        'cd19-cd22',
        'CD19/CD22-positive leukaemia cells confirmed by flow cytometry or IHC within 90 days of enrolment',
        { all: [positiveWithin90Days('CD19'), positiveWithin90Days('CD22')] },
        { note: '"CD19/CD22 positive" read as both antigens (the stricter reading); 90 days counted back from the screening date' },
      ),
      include('kps', 'Karnofsky score ≥ 70', { fact: 'karnofsky', op: '>=', value: 70 }),
      manualInclusion(
        'pregnancy',
        'Negative pregnancy test; contraception during treatment and for 6 months after CAR-T infusion',
        'the summary has no pregnancy test or contraception fact',
      ),
      include('lvef', 'Ejection fraction ≥ 50%', { fact: 'lvef', op: '>=', value: 50 }),
      manualInclusion('ecg', 'Normal ECG', 'the summary has no ECG finding, and "normal" is a reading of the whole tracing'),
      include(
        'renal',
        'Creatinine clearance ≥ 50 mL/min, or creatinine < 2.0 mg/dL, or creatinine < 2 × ULN',
        { any: [lab('crcl', '>=', 50, 'mL/min'), lab('creatinine', '<', 2.0, 'mg/dL'), uln('creatinine', '<', 2)] },
        { note: 'any one of the three suffices; clearance measured when on file, else Cockcroft–Gault' },
      ),
      include('transaminases', 'ALT and AST < 5 × ULN', { all: [uln('alt', '<', 5), uln('ast', '<', 5)] }),
      include('bilirubin', 'Serum bilirubin ≤ 3.0 mg/dL', lab('bilirubin', '<=', 3.0, 'mg/dL')),
      manualInclusion('pulmonary', 'DLCO or FEV1 > 45% of predicted', 'the summary has no pulmonary function test'),
      unreadRemainder('inclusion 8 (inclusion 9 begins "At lea…"; no exclusion line was carried)'),
    ],
  },
};

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, canonicalThreshold, Condition, isManual, lineCounts, parseCriteria, REAL_TRIALS, RealTrial, TrialCriteria } from '@carta/domain';
import { ManualAssessment, parseSummaryFact, summaryOf } from './oncology-summary.rules';
import { CriterionStatus, screenTrial, TrialScreening } from './screening.rules';

/**
 * Hand-labelled patients for the real trials (docs/trials.md), entered as an office would: raw facts
 * through parseSummaryFact → summaryOf → screenTrial. For every structured line a patient just inside
 * and one just outside, asserted criterion by criterion; for every manual line the four assessment
 * states; per trial a patient meeting everything, and the same patient one assessment short.
 */
const AS_OF = '2026-11-22';
const ON = '2026-11-18';
const DOC = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';
const daysAgo = (days: number) => addDays(AS_OF, -days);

type Raw = { kind: string } & Record<string, unknown>;
type Change = Raw | { remove: string };
const fact = (kind: string, fields: Record<string, unknown> = {}, observedOn = ON): Raw => ({ kind, observedOn, sourceDocumentId: DOC, ...fields });

/** Turns `age` on the screening date (so is just `age`); the day after, still `age - 1`. */
const turns = (age: number) => fact('BIRTH_DATE', { birthDate: `${2026 - age}-11-22` });
const turnsTomorrow = (age: number) => fact('BIRTH_DATE', { birthDate: `${2026 - age}-11-23` });
const lab = (analyte: string, value: number, unit: string, high?: number) =>
  fact('LAB', { analyte, value, unit, ...(high === undefined ? {} : { referenceRange: { high } }) });
const ecog = (value: number) => fact('ECOG', { value });
const kps = (value: number) => fact('KARNOFSKY', { value });
const lvef = (value: number) => fact('LVEF', { value, method: 'ECHO' });
const spo2 = (value: number) => fact('SPO2', { value, roomAir: true });
const weeks = (value: number) => fact('LIFE_EXPECTANCY', { weeks: value });
const months = (value: number) => fact('LIFE_EXPECTANCY', { months: value });
const weight = (kg: number) => fact('WEIGHT', { value: kg, unit: 'kg' });
const female = fact('SEX', { sex: 'female' });
const diagnosis = (icd10: string) => fact('DIAGNOSIS', { icd10 });
const histology = (morphology: string) => fact('HISTOLOGY', { morphology });
const marker = (name: string, method: string, result: 'POSITIVE' | 'NEGATIVE', percentPositive = result === 'POSITIVE' ? 80 : 0) =>
  fact('MARKER', { marker: name, method, result, percentPositive });
const condition = (code: string, status: 'ACTIVE' | 'HISTORY' | 'ABSENT') => fact('CONDITION', { condition: code, status });
const icd = (icd10: string, status: 'ACTIVE' | 'HISTORY' | 'ABSENT') => fact('CONDITION', { icd10, status });
const serology = (test: string, result: 'REACTIVE' | 'NON_REACTIVE') => fact('SEROLOGY', { test, result });
const load = (virus: string, detected: boolean, value?: number, unit?: string) =>
  fact('VIRAL_LOAD', { virus, detected, ...(value === undefined ? {} : { value, unit }) });
const received = (therapy: string, date: string) => fact('PRIOR_THERAPY_EVENT', { therapy, status: 'RECEIVED', date });
const never = (therapy: string) => fact('PRIOR_THERAPY_EVENT', { therapy, status: 'NEVER_RECEIVED' });
const score = (name: string, value: number) => fact('SCORE', { score: name, value });
const imaging = (measurableDisease: boolean) => fact('IMAGING', { modality: 'CT', measurableDisease });
const line = (bestResponse: string) =>
  fact('LINE_OF_THERAPY', { drugs: ['regimen'], start: '2025-01-01', end: '2025-06-01', bestResponse, reasonStopped: 'PROGRESSION' });
const remove = (key: string): Change => ({ remove: key });

/** Facts replace those of the fit patient with the same key (one lab per analyte, one marker per method, …). */
function keyOf(raw: Raw): string {
  switch (raw.kind) {
    case 'LAB':
      return `LAB|${String(raw.analyte)}`;
    case 'MARKER':
      return `MARKER|${String(raw.marker)}|${String(raw.method)}`;
    case 'CONDITION':
      return `CONDITION|${String(raw.condition ?? raw.icd10)}`;
    case 'SEROLOGY':
      return `SEROLOGY|${String(raw.test)}`;
    case 'VIRAL_LOAD':
      return `VIRAL_LOAD|${String(raw.virus)}`;
    case 'SCORE':
      return `SCORE|${String(raw.score)}`;
    case 'PRIOR_THERAPY_EVENT':
      return `PRIOR_THERAPY_EVENT|${String(raw.therapy)}`;
    default:
      return raw.kind;
  }
}

/** Every trial's fit patient shares these: counts, organ function, a relapse after one line, nothing excluded on file. */
const COMMON: Raw[] = [
  fact('SEX', { sex: 'male' }),
  weight(70),
  ecog(1),
  kps(90),
  lvef(60),
  spo2(98),
  weeks(24),
  lab('anc', 1.5, '10*9/L'),
  lab('alc', 0.6, '10*9/L'),
  lab('wbc', 4.0, '10*9/L'),
  lab('haemoglobin', 110, 'g/L'),
  lab('platelets', 150, '10*9/L'),
  lab('creatinine', 0.8, 'mg/dL', 1.2),
  lab('bilirubin', 10, 'umol/L', 20),
  lab('alt', 30, 'U/L', 40),
  lab('ast', 30, 'U/L', 40),
  lab('pt', 12, 's', 13),
  lab('aptt', 30, 's', 35),
  lab('albumin', 40, 'g/L'),
  lab('marrowBlasts', 20, '%'),
  line('PR'),
  received('CHEMOTHERAPY', '2025-06-01'),
  ...[
    'SYSTEMIC_STEROIDS',
    'IMMUNOSUPPRESSANT',
    'ANTIBODY_THERAPY',
    'BISPECIFIC_ANTIBODY',
    'ANTIBODY_DRUG_CONJUGATE',
    'CHECKPOINT_INHIBITOR',
    'AUTOLOGOUS_TRANSPLANT',
    'ALLOGENEIC_TRANSPLANT',
    'CAR_T',
    'OTHER_CELL_THERAPY',
  ].map(never),
  ...[
    'SYSTEMIC_INFECTION',
    'CNS_INVOLVEMENT',
    'SECOND_MALIGNANCY',
    'PSYCHIATRIC_DISORDER',
    'AUTOIMMUNE_DISEASE',
    'VENOUS_THROMBOEMBOLISM',
    'PREGNANCY',
    'BREASTFEEDING',
  ].map((code) => condition(code, 'ABSENT')),
  ...['C78.7', 'E80.4', 'C90.1'].map((code) => icd(code, 'ABSENT')),
  ...['HBSAG', 'ANTI_HBC', 'HCV_AB', 'HIV_AG_AB', 'TP_AB'].map((test) => serology(test, 'NON_REACTIVE')),
  score('NYHA', 1),
  score('CHILD_PUGH', 5),
  imaging(true),
];

/** What differs per trial: age, diagnosis, histology, the target antigen. */
const PROFILE: Record<string, Raw[]> = {
  NCT03599375: [turns(40), diagnosis('C91.0'), histology('9811/3'), marker('CD19', 'FLOW', 'POSITIVE')],
  NCT03263208: [turns(40), diagnosis('C91.0'), histology('9811/3'), marker('CD19', 'FLOW', 'POSITIVE')],
  NCT02395250: [
    turns(55),
    diagnosis('C22.0'),
    histology('8170/3'),
    marker('GPC3', 'IHC', 'POSITIVE'),
    lab('lipase', 40, 'U/L', 60),
    lab('amylase', 70, 'U/L', 100),
  ],
  NCT05531708: [turns(50), diagnosis('C45.0'), histology('9050/3'), marker('MSLN', 'IHC', 'POSITIVE')],
  NCT06684639: [turns(10), weight(35), diagnosis('C74.9'), histology('9500/3'), marker('GD2', 'FLOW', 'POSITIVE')],
  NCT05802693: [turns(45), diagnosis('C71.9'), histology('9440/3'), marker('EGFRvIII', 'IHC', 'POSITIVE')],
  NCT04295018: [turns(60), diagnosis('C90.0'), histology('9732/3'), marker('BCMA', 'FLOW', 'POSITIVE'), lab('mProtein', 2.0, 'g/dL')],
  NCT03318861: [turns(60), diagnosis('C90.0'), histology('9732/3'), marker('BCMA', 'FLOW', 'POSITIVE')],
  NCT04094766: [turns(30), diagnosis('C91.0'), histology('9811/3'), marker('CD19', 'FLOW', 'POSITIVE'), marker('CD22', 'FLOW', 'POSITIVE')],
  NCT04004637: [turns(30), diagnosis('C83.5'), histology('9837/3'), marker('CD7', 'FLOW', 'POSITIVE'), condition('GVHD', 'ABSENT')],
  NCT03919240: [turns(30), diagnosis('C91.0'), histology('9811/3'), marker('CD19', 'FLOW', 'POSITIVE'), condition('SEIZURE_DISORDER', 'ABSENT')],
  NCT03671460: [turns(30), diagnosis('C91.0'), histology('9811/3'), marker('CD19', 'FLOW', 'POSITIVE')],
};

function patient(trialId: string, changes: Change[] = []): Raw[] {
  let facts = [...COMMON.filter((base) => !PROFILE[trialId].some((own) => keyOf(own) === keyOf(base))), ...PROFILE[trialId]];
  const added = changes.filter((change): change is Raw => 'kind' in change);
  const removed = new Set([...changes.flatMap((change) => ('remove' in change ? [change.remove] : [])), ...added.map(keyOf)]);
  facts = [...facts.filter((existing) => !removed.has(keyOf(existing))), ...added];
  return facts;
}

const trial = (id: string): RealTrial => REAL_TRIALS.find((candidate) => candidate.id === id)!;
const parsed = new Map<string, TrialCriteria>(REAL_TRIALS.map((real) => [real.id, parseCriteria(JSON.parse(JSON.stringify(real.criteria)))]));
const manualIds = (id: string) =>
  parsed
    .get(id)!
    .criteria.filter(isManual)
    .map((criterion) => criterion.id);
const assessment = (criterionId: string, status: 'MET' | 'NOT_MET', criteriaVersion: number): ManualAssessment => ({
  criterionId,
  criteriaVersion,
  status,
  assessedBy: 'coordinator-7',
  assessedAt: '2026-11-20T09:00:00Z',
  sourceDocumentId: DOC,
});
/** Every manual line of the trial assessed MET for its current version. */
const allMet = (id: string) => manualIds(id).map((criterionId) => assessment(criterionId, 'MET', trial(id).criteria.version));

function screen(trialId: string, changes: Change[] = [], assessments = allMet(trialId)): TrialScreening {
  const facts = patient(trialId, changes).map((raw) => parseSummaryFact(raw, { today: AS_OF }));
  return screenTrial(summaryOf('case-1', facts), { trialId, criteria: parsed.get(trialId)!, targets: trial(trialId).targets }, { asOf: AS_OF, assessments });
}
const statusIn = (screening: TrialScreening, criterionId: string) => screening.criteria.find((item) => item.criterionId === criterionId)!.status;
const VERDICT_FOR: Record<CriterionStatus, TrialScreening['verdict']> = { MET: 'LIKELY_ELIGIBLE', NOT_MET: 'INELIGIBLE', UNKNOWN: 'NEEDS_INFORMATION' };

const receivedDaysAgo = (therapy: string, days: number) => received(therapy, daysAgo(days));

/**
 * [trial, criterion, just inside (MET), just outside, outside status (NOT_MET unless the language can
 * only say UNKNOWN: "relapsed or refractory" with no line on file)]. MET = the line does not stand in
 * the way (an exclusion that does not apply).
 */
const pairs: [string, string, Change[], Change[], CriterionStatus?][] = [
  // Life expectancy in months ("> 3 months" is 84–93 days): weeks are compared only where a month's length cannot matter.
  ['NCT03599375', 'life-expectancy', [months(3.5)], [months(3)]],
  ['NCT03599375', 'life-expectancy', [weeks(14)], [weeks(12)]],
  ['NCT03599375', 'life-expectancy', [months(4)], [weeks(13)], 'UNKNOWN'],
  ['NCT03263208', 'life-expectancy', [months(3.1)], [months(3)]],
  ['NCT03671460', 'life-expectancy', [weeks(14)], [weeks(12)]],
  ['NCT05531708', 'life-expectancy', [months(3)], [months(2.9)]],
  ['NCT05802693', 'life-expectancy', [months(3)], [weeks(11)]],
  ['NCT06684639', 'life-expectancy', [months(3)], [months(2.5)]],
  ['NCT03599375', 'rr-all', [], [diagnosis('C92.0')]],
  ['NCT03599375', 'rr-all', [line('PD')], [remove('LINE_OF_THERAPY')], 'UNKNOWN'],
  ['NCT03599375', 'prior-lines', [line('SD')], [remove('LINE_OF_THERAPY')], 'UNKNOWN'],
  ['NCT03599375', 'cd19', [marker('CD19', 'FLOW', 'POSITIVE', 1)], [marker('CD19', 'FLOW', 'NEGATIVE')]],
  ['NCT03599375', 'kps', [kps(90)], [kps(80)]],
  ['NCT03599375', 'lvef', [lvef(50)], [lvef(49)]],
  ['NCT03599375', 'spo2', [spo2(90.5)], [spo2(90)]],
  ['NCT03599375', 'creatinine', [lab('creatinine', 3.0, 'mg/dL', 1.2)], [lab('creatinine', 3.01, 'mg/dL', 1.2)]],
  ['NCT03599375', 'alt', [lab('alt', 120, 'U/L', 40)], [lab('alt', 121, 'U/L', 40)]],
  ['NCT03599375', 'ast', [lab('ast', 120, 'U/L', 40)], [lab('ast', 121, 'U/L', 40)]],
  ['NCT03599375', 'bilirubin', [lab('bilirubin', 2.0, 'mg/dL')], [lab('bilirubin', 2.01, 'mg/dL')]],
  ['NCT03599375', 'bilirubin', [lab('bilirubin', 34.2, 'umol/L')], [lab('bilirubin', 34.3, 'umol/L')]],
  ['NCT03599375', 'haemoglobin', [lab('haemoglobin', 80, 'g/L')], [lab('haemoglobin', 79, 'g/L')]],
  ['NCT03599375', 'haemoglobin', [lab('haemoglobin', 8.0, 'g/dL')], [lab('haemoglobin', 7.9, 'g/dL')]],
  ['NCT03599375', 'active-infection', [condition('SYSTEMIC_INFECTION', 'HISTORY')], [condition('SYSTEMIC_INFECTION', 'ACTIVE')]],
  ['NCT03599375', 'viral', [serology('ANTI_HBC', 'REACTIVE'), load('HBV', false)], [serology('HBSAG', 'REACTIVE'), load('HBV', false)]],
  ['NCT03599375', 'viral', [serology('HCV_AB', 'REACTIVE'), load('HCV', false)], [serology('HCV_AB', 'REACTIVE'), load('HCV', true, 1000, '[IU]/mL')]],
  ['NCT03599375', 'viral', [], [serology('HIV_AG_AB', 'REACTIVE'), load('HIV', false)]],
  ['NCT03599375', 'pregnancy', [female], [female, condition('BREASTFEEDING', 'ACTIVE')]],
  ['NCT03599375', 'steroids', [receivedDaysAgo('SYSTEMIC_STEROIDS', 7)], [receivedDaysAgo('SYSTEMIC_STEROIDS', 6)]],

  ['NCT03263208', 'age', [turns(2)], [turnsTomorrow(2)]],
  ['NCT03263208', 'age', [turnsTomorrow(71)], [turns(71)]],
  ['NCT03263208', 'cd19-all', [marker('CD19', 'IHC', 'POSITIVE', 1)], [marker('CD19', 'FLOW', 'NEGATIVE')]],
  ['NCT03263208', 'cd19-all', [diagnosis('C91.00')], [diagnosis('C91.1')]],
  ['NCT03263208', 'ecog', [ecog(1)], [ecog(2)]],
  ['NCT03263208', 'marrow-burden', [lab('marrowBlasts', 59.9, '%')], [lab('marrowBlasts', 60, '%')]],
  ['NCT03263208', 'cardiac-class', [score('NYHA', 2)], [score('NYHA', 3)]],
  ['NCT03263208', 'bilirubin', [lab('bilirubin', 60, 'umol/L', 20)], [lab('bilirubin', 61, 'umol/L', 20)]],
  ['NCT03263208', 'ast', [lab('ast', 100, 'U/L', 40)], [lab('ast', 101, 'U/L', 40)]],
  ['NCT03263208', 'alt', [lab('alt', 100, 'U/L', 40)], [lab('alt', 101, 'U/L', 40)]],
  ['NCT03263208', 'creatinine', [lab('creatinine', 1.5, 'mg/dL', 1.2)], [lab('creatinine', 1.51, 'mg/dL', 1.2)]],
  ['NCT03263208', 'wbc', [lab('wbc', 2.0, '10*9/L')], [lab('wbc', 1.99, '10*9/L')]],
  ['NCT03263208', 'haemoglobin', [lab('haemoglobin', 8.0, 'g/dL')], [lab('haemoglobin', 7.9, 'g/dL')]],
  ['NCT03263208', 'platelets', [lab('platelets', 30, '10*9/L')], [lab('platelets', 29, '10*9/L')]],
  ['NCT03263208', 'no-cns', [condition('CNS_INVOLVEMENT', 'HISTORY')], [condition('CNS_INVOLVEMENT', 'ACTIVE')]],
  ['NCT03263208', 'no-other-cancer', [condition('SECOND_MALIGNANCY', 'ABSENT')], [condition('SECOND_MALIGNANCY', 'HISTORY')]],
  ['NCT03263208', 'mental', [condition('PSYCHIATRIC_DISORDER', 'HISTORY')], [condition('PSYCHIATRIC_DISORDER', 'ACTIVE')]],
  ['NCT03263208', 'pregnancy', [female], [female, condition('PREGNANCY', 'ACTIVE')]],
  ['NCT03263208', 'infection-hiv-syphilis', [serology('TP_AB', 'NON_REACTIVE')], [serology('TP_AB', 'REACTIVE')]],
  ['NCT03263208', 'infection-hiv-syphilis', [condition('SYSTEMIC_INFECTION', 'HISTORY')], [condition('SYSTEMIC_INFECTION', 'ACTIVE')]],
  ['NCT03263208', 'infection-hiv-syphilis', [serology('HIV_AG_AB', 'NON_REACTIVE')], [serology('HIV_AG_AB', 'REACTIVE'), load('HIV', false)]],
  ['NCT03263208', 'hepatitis', [serology('HBSAG', 'REACTIVE'), load('HBV', false)], [serology('HBSAG', 'REACTIVE'), load('HBV', true, 500, '[IU]/mL')]],
  ['NCT03263208', 'hepatitis', [serology('HCV_AB', 'REACTIVE'), load('HCV', false)], [serology('HCV_AB', 'REACTIVE'), load('HCV', true, 50, 'IU/mL')]],

  ['NCT02395250', 'age', [turns(18)], [turnsTomorrow(18)]],
  ['NCT02395250', 'age', [turnsTomorrow(71)], [turns(71)]],
  ['NCT02395250', 'hcc', [diagnosis('C22.0')], [diagnosis('C22.1')]],
  ['NCT02395250', 'measurable', [imaging(true)], [imaging(false)]],
  ['NCT02395250', 'gpc3', [marker('GPC3', 'IHC', 'POSITIVE', 1)], [marker('GPC3', 'IHC', 'NEGATIVE')]],
  ['NCT02395250', 'life-expectancy', [weeks(12.5)], [weeks(12)]],
  ['NCT02395250', 'child-pugh', [score('CHILD_PUGH', 6)], [score('CHILD_PUGH', 7)]],
  // Computed from its parts: bilirubin 1 + albumin 1 + INR 1 + ascites 1 + encephalopathy 1 = 5 (A); mild ascites and albumin 30 g/L make 7 (B).
  [
    'NCT02395250',
    'child-pugh',
    [lab('inr', 1.1, '{INR}'), score('ASCITES', 0), score('HEPATIC_ENCEPHALOPATHY', 0)],
    [lab('inr', 1.1, '{INR}'), lab('albumin', 30, 'g/L'), score('ASCITES', 1), score('HEPATIC_ENCEPHALOPATHY', 0)],
  ],
  ['NCT02395250', 'ecog', [ecog(1)], [ecog(2)]],
  ['NCT02395250', 'wbc', [lab('wbc', 2.5, '10*9/L')], [lab('wbc', 2.49, '10*9/L')]],
  ['NCT02395250', 'platelets', [lab('platelets', 60, '10*9/L')], [lab('platelets', 59, '10*9/L')]],
  ['NCT02395250', 'haemoglobin', [lab('haemoglobin', 9.0, 'g/dL')], [lab('haemoglobin', 8.9, 'g/dL')]],
  ['NCT02395250', 'lymphocytes', [lab('alc', 0.4, '10*9/L')], [lab('alc', 0.39, '10*9/L')]],
  ['NCT02395250', 'albumin', [lab('albumin', 30, 'g/L')], [lab('albumin', 29.9, 'g/L')]],
  ['NCT02395250', 'albumin', [lab('albumin', 3.0, 'g/dL')], [lab('albumin', 2.9, 'g/dL')]],
  ['NCT02395250', 'creatinine', [lab('creatinine', 1.8, 'mg/dL', 1.2)], [lab('creatinine', 1.81, 'mg/dL', 1.2)]],
  ['NCT02395250', 'crcl', [lab('crcl', 40, 'mL/min')], [lab('crcl', 39.9, 'mL/min')]],
  // Cockcroft–Gault, male aged 55, creatinine 1.0 mg/dL: 85 × weight ÷ 72.
  ['NCT02395250', 'crcl', [lab('creatinine', 1.0, 'mg/dL', 1.2), weight(33.9)], [lab('creatinine', 1.0, 'mg/dL', 1.2), weight(33.8)]],
  ['NCT02395250', 'lipase-amylase', [lab('lipase', 90, 'U/L', 60)], [lab('lipase', 91, 'U/L', 60)]],
  ['NCT02395250', 'lipase-amylase', [lab('amylase', 1.5, 'ukat/L', 1.0)], [lab('amylase', 151, 'U/L', 100)]],
  ['NCT02395250', 'alt', [lab('alt', 200, 'U/L', 40)], [lab('alt', 201, 'U/L', 40)]],
  ['NCT02395250', 'ast', [lab('ast', 200, 'U/L', 40)], [lab('ast', 201, 'U/L', 40)]],
  ['NCT02395250', 'bilirubin', [lab('bilirubin', 50, 'umol/L', 20)], [lab('bilirubin', 51, 'umol/L', 20)]],

  ['NCT05531708', 'msln', [marker('MSLN', 'IHC', 'POSITIVE', 1)], [marker('MSLN', 'IHC', 'NEGATIVE')]],
  ['NCT05531708', 'refractory', [line('PD')], [remove('LINE_OF_THERAPY')], 'UNKNOWN'],
  ['NCT05531708', 'measurable', [imaging(true)], [imaging(false)]],
  ['NCT05531708', 'ecog', [ecog(1)], [ecog(2)]],
  ['NCT05531708', 'anc', [lab('anc', 1.0, '10*9/L')], [lab('anc', 0.99, '10*9/L')]],
  ['NCT05531708', 'alc', [lab('alc', 0.5, '10*9/L')], [lab('alc', 0.49, '10*9/L')]],
  ['NCT05531708', 'haemoglobin', [lab('haemoglobin', 80, 'g/L')], [lab('haemoglobin', 79, 'g/L')]],
  ['NCT05531708', 'platelets', [lab('platelets', 75, '10*9/L')], [lab('platelets', 74, '10*9/L')]],
  ['NCT05531708', 'transaminases', [lab('ast', 100, 'U/L', 40), lab('alt', 100, 'U/L', 40)], [lab('ast', 101, 'U/L', 40)]],
  [
    'NCT05531708',
    'transaminases',
    [icd('C78.7', 'ACTIVE'), lab('ast', 200, 'U/L', 40), lab('alt', 200, 'U/L', 40)],
    [icd('C78.7', 'ACTIVE'), lab('alt', 201, 'U/L', 40)],
  ],
  ['NCT05531708', 'bilirubin', [lab('bilirubin', 30, 'umol/L', 20)], [lab('bilirubin', 31, 'umol/L', 20)]],
  ['NCT05531708', 'bilirubin', [icd('E80.4', 'ACTIVE'), lab('bilirubin', 2.99, 'mg/dL', 1.2)], [icd('E80.4', 'ACTIVE'), lab('bilirubin', 3.0, 'mg/dL', 1.2)]],
  // At 70 kg creatinine 1.8 mg/dL would also fail CrCl ≥ 60 (Cockcroft–Gault 49 mL/min): a 100 kg patient keeps it (69 mL/min).
  ['NCT05531708', 'creatinine', [lab('creatinine', 1.8, 'mg/dL', 1.2), weight(100)], [lab('creatinine', 1.81, 'mg/dL', 1.2), weight(100)]],
  // Cockcroft–Gault, male aged 50, creatinine 1.0 mg/dL: 90 × weight ÷ 72.
  ['NCT05531708', 'crcl', [lab('creatinine', 1.0, 'mg/dL', 1.2), weight(48)], [lab('creatinine', 1.0, 'mg/dL', 1.2), weight(47.9)]],
  ['NCT05531708', 'lvef', [lvef(45.5)], [lvef(45)]],
  ['NCT05531708', 'pt', [lab('pt', 19.5, 's', 13)], [lab('pt', 19.6, 's', 13)]],
  ['NCT05531708', 'aptt', [lab('aptt', 52.5, 's', 35)], [lab('aptt', 52.6, 's', 35)]],

  ['NCT06684639', 'neuroblastoma', [histology('9500/3')], [histology('9490/3')]],
  ['NCT06684639', 'gd2', [marker('GD2', 'FLOW', 'POSITIVE', 1)], [marker('GD2', 'FLOW', 'NEGATIVE')]],
  ['NCT06684639', 'relapsed-refractory', [line('SD')], [remove('LINE_OF_THERAPY')], 'UNKNOWN'],
  ['NCT06684639', 'age', [turns(1)], [turnsTomorrow(1)]],
  ['NCT06684639', 'age', [turnsTomorrow(18)], [turns(18)]],
  ['NCT06684639', 'ecog', [ecog(3)], [ecog(4)]],
  ['NCT06684639', 'infection', [condition('SYSTEMIC_INFECTION', 'HISTORY')], [condition('SYSTEMIC_INFECTION', 'ACTIVE')]],
  // Cockcroft–Gault, male aged 10, creatinine 1.0 mg/dL: 130 × weight ÷ 72 must exceed 60.
  ['NCT06684639', 'crcl', [lab('creatinine', 1.0, 'mg/dL', 1.2), weight(33.3)], [lab('creatinine', 1.0, 'mg/dL', 1.2), weight(33.2)]],
  ['NCT06684639', 'alt', [lab('alt', 100, 'U/L', 40)], [lab('alt', 101, 'U/L', 40)]],
  ['NCT06684639', 'ast', [lab('ast', 100, 'U/L', 40)], [lab('ast', 101, 'U/L', 40)]],
  ['NCT06684639', 'bilirubin', [lab('bilirubin', 30, 'umol/L', 20)], [lab('bilirubin', 31, 'umol/L', 20)]],
  ['NCT06684639', 'bilirubin', [icd('E80.4', 'HISTORY'), lab('bilirubin', 60, 'umol/L', 20)], [icd('E80.4', 'ABSENT'), lab('bilirubin', 60, 'umol/L', 20)]],
  ['NCT06684639', 'lvef', [lvef(50)], [lvef(49)]],
  ['NCT06684639', 'spo2', [spo2(92.5)], [spo2(92)]],

  ['NCT05802693', 'age', [turns(18)], [turnsTomorrow(18)]],
  ['NCT05802693', 'age', [turnsTomorrow(71)], [turns(71)]],
  ['NCT05802693', 'brain', [diagnosis('C71.9')], [diagnosis('C72.0')]],
  ['NCT05802693', 'egfrviii', [marker('EGFRvIII', 'IHC', 'POSITIVE', 1)], [marker('EGFRvIII', 'IHC', 'NEGATIVE')]],
  ['NCT05802693', 'kps', [kps(70)], [kps(60)]],
  ['NCT05802693', 'immunosuppression', [receivedDaysAgo('SYSTEMIC_STEROIDS', 14)], [receivedDaysAgo('SYSTEMIC_STEROIDS', 13)]],
  ['NCT05802693', 'immunosuppression', [receivedDaysAgo('IMMUNOSUPPRESSANT', 14)], [receivedDaysAgo('IMMUNOSUPPRESSANT', 13)]],
  ['NCT05802693', 'chemotherapy', [receivedDaysAgo('CHEMOTHERAPY', 14)], [receivedDaysAgo('CHEMOTHERAPY', 13)]],

  ['NCT04295018', 'age', [turns(18)], [turnsTomorrow(18)]],
  ['NCT04295018', 'age', [turnsTomorrow(76)], [turns(76)]],
  ['NCT04295018', 'rrmm', [diagnosis('C90.0')], [diagnosis('C90.1')]],
  [
    'NCT04295018',
    'bcma',
    [marker('BCMA', 'FLOW', 'NEGATIVE'), marker('BCMA', 'IHC', 'POSITIVE', 1)],
    [marker('BCMA', 'FLOW', 'NEGATIVE'), marker('BCMA', 'IHC', 'NEGATIVE')],
  ],
  ['NCT04295018', 'antibody-washout', [receivedDaysAgo('ANTIBODY_THERAPY', 14)], [receivedDaysAgo('ANTIBODY_THERAPY', 13)]],
  ['NCT04295018', 'antibody-washout', [receivedDaysAgo('BISPECIFIC_ANTIBODY', 14)], [receivedDaysAgo('BISPECIFIC_ANTIBODY', 13)]],
  ['NCT04295018', 'ecog', [ecog(1)], [ecog(2)]],
  ['NCT04295018', 'life-expectancy', [weeks(12.5)], [weeks(12)]],
  ['NCT04295018', 'bilirubin', [lab('bilirubin', 1.49, 'mg/dL')], [lab('bilirubin', 1.5, 'mg/dL')]],
  ['NCT04295018', 'transaminases', [lab('alt', 100, 'U/L', 40), lab('ast', 100, 'U/L', 40)], [lab('ast', 100.4, 'U/L', 40)]],
  ['NCT04295018', 'transaminases', [lab('alt', 100, 'U/L', 40)], [lab('alt', 101, 'U/L', 40)]],
  ['NCT04295018', 'creatinine', [lab('creatinine', 1.99, 'mg/dL')], [lab('creatinine', 176.8, 'umol/L')]],
  ['NCT04295018', 'haemoglobin', [lab('haemoglobin', 80, 'g/L')], [lab('haemoglobin', 79, 'g/L')]],
  ['NCT04295018', 'anc', [lab('anc', 1000, '/uL')], [lab('anc', 999, '/mm3')]],
  // Measurable myeloma: any one of serum M protein, 24-hour urine M protein, or an abnormal κ/λ ratio with the involved chain ≥ 10 mg/dL.
  [
    'NCT04295018',
    'measurable',
    [lab('mProtein', 1.0, 'g/dL')],
    [lab('mProtein', 0.99, 'g/dL'), lab('urineMProtein', 199, 'mg/24h'), lab('flcRatio', 1.0, '{ratio}')],
  ],
  [
    'NCT04295018',
    'measurable',
    [lab('mProtein', 5, 'g/L'), lab('urineMProtein', 0.2, 'g/24h')],
    [lab('mProtein', 5, 'g/L'), lab('urineMProtein', 199, 'mg/24h'), lab('flcRatio', 1.0, '{ratio}')],
  ],
  [
    'NCT04295018',
    'measurable',
    [lab('mProtein', 5, 'g/L'), lab('urineMProtein', 50, 'mg/24h'), lab('flcRatio', 1.66, '{ratio}'), lab('freeKappa', 10, 'mg/dL')],
    [lab('mProtein', 5, 'g/L'), lab('urineMProtein', 50, 'mg/24h'), lab('flcRatio', 1.66, '{ratio}'), lab('freeKappa', 99, 'mg/L')],
  ],
  [
    'NCT04295018',
    'measurable',
    [lab('mProtein', 5, 'g/L'), lab('urineMProtein', 50, 'mg/24h'), lab('flcRatio', 0.25, '{ratio}'), lab('freeLambda', 100, 'mg/L')],
    [lab('mProtein', 5, 'g/L'), lab('urineMProtein', 50, 'mg/24h'), lab('flcRatio', 0.26, '{ratio}'), lab('freeLambda', 500, 'mg/L')],
  ],
  // Serum M protein below the limit and no urine or light-chain result: measurability cannot be told, never assumed.
  ['NCT04295018', 'measurable', [lab('mProtein', 10, 'g/L')], [lab('mProtein', 9.9, 'g/L')], 'UNKNOWN'],

  ['NCT03318861', 'myeloma', [diagnosis('C90.0')], [diagnosis('C88.0')]],
  ['NCT03318861', 'ecog', [ecog(1)], [ecog(2)]],
  ['NCT03318861', 'anc', [lab('anc', 1.0, '10*9/L')], [lab('anc', 999, '/uL')]],
  ['NCT03318861', 'platelets', [lab('platelets', 75, '10*3/uL')], [lab('platelets', 74, '10*9/L')]],
  ['NCT03318861', 'alc', [lab('alc', 100, '/uL')], [lab('alc', 99, '/uL')]],
  ['NCT03318861', 'spo2', [spo2(92.5)], [spo2(92)]],
  ['NCT03318861', 'pcl', [icd('C90.1', 'ABSENT')], [icd('C90.1', 'ACTIVE')]],
  ['NCT03318861', 'pcl', [diagnosis('C90.0')], [diagnosis('C90.1')]],
  ['NCT03318861', 'cns', [condition('CNS_INVOLVEMENT', 'ABSENT')], [condition('CNS_INVOLVEMENT', 'HISTORY')]],
  ['NCT03318861', 'prior-car-t', [never('CAR_T')], [receivedDaysAgo('CAR_T', 400)]],
  ['NCT03318861', 'prior-car-t', [never('OTHER_CELL_THERAPY')], [receivedDaysAgo('OTHER_CELL_THERAPY', 400)]],
  ['NCT03318861', 'transplant', [receivedDaysAgo('AUTOLOGOUS_TRANSPLANT', 42)], [receivedDaysAgo('AUTOLOGOUS_TRANSPLANT', 41)]],
  ['NCT03318861', 'transplant', [never('ALLOGENEIC_TRANSPLANT')], [receivedDaysAgo('ALLOGENEIC_TRANSPLANT', 2000)]],
  ['NCT03318861', 'autoimmune', [condition('AUTOIMMUNE_DISEASE', 'ABSENT')], [condition('AUTOIMMUNE_DISEASE', 'HISTORY')]],
  ['NCT03318861', 'thrombosis', [condition('VENOUS_THROMBOEMBOLISM', 'ABSENT')], [condition('VENOUS_THROMBOEMBOLISM', 'HISTORY')]],

  ['NCT04094766', 'rr-all', [], [diagnosis('C92.0')]],
  ['NCT04094766', 'rr-all', [line('PD')], [remove('LINE_OF_THERAPY')], 'UNKNOWN'],
  [
    'NCT04094766',
    'cd19-cd22',
    [marker('CD22', 'FLOW', 'NEGATIVE'), marker('CD22', 'IHC', 'POSITIVE', 1)],
    [marker('CD22', 'FLOW', 'NEGATIVE'), marker('CD22', 'IHC', 'NEGATIVE')],
  ],
  [
    'NCT04094766',
    'cd19-cd22',
    [marker('CD19', 'FLOW', 'NEGATIVE'), marker('CD19', 'IHC', 'POSITIVE', 1)],
    [marker('CD19', 'FLOW', 'NEGATIVE'), marker('CD19', 'IHC', 'NEGATIVE')],
  ],
  // Negative by flow and no IHC on file: the IHC route is unknown, so the line is UNKNOWN, never MET.
  ['NCT04094766', 'cd19-cd22', [marker('CD19', 'FLOW', 'POSITIVE', 1)], [marker('CD19', 'FLOW', 'NEGATIVE')], 'UNKNOWN'],
  // Within 90 days: a result 90 days old still counts, one 91 days old does not (UNKNOWN, never MET).
  [
    'NCT04094766',
    'cd19-cd22',
    [fact('MARKER', { marker: 'CD22', method: 'FLOW', result: 'POSITIVE', percentPositive: 80 }, daysAgo(90))],
    [fact('MARKER', { marker: 'CD22', method: 'FLOW', result: 'POSITIVE', percentPositive: 80 }, daysAgo(91))],
    'UNKNOWN',
  ],
  ['NCT04094766', 'kps', [kps(70)], [kps(60)]],
  ['NCT04094766', 'lvef', [lvef(50)], [lvef(49)]],
  // Renal: any of three. Creatinine 2.5 mg/dL (ULN 1.2) fails the two creatinine limits; a measured clearance decides.
  [
    'NCT04094766',
    'renal',
    [lab('creatinine', 2.5, 'mg/dL', 1.2), lab('crcl', 50, 'mL/min')],
    [lab('creatinine', 2.5, 'mg/dL', 1.2), lab('crcl', 49.9, 'mL/min')],
  ],
  // At 40 kg Cockcroft–Gault stays below 50 mL/min, so the mg/dL limit decides (ULN 0.9: the × ULN limit fails too).
  ['NCT04094766', 'renal', [lab('creatinine', 1.99, 'mg/dL', 0.9), weight(40)], [lab('creatinine', 2.0, 'mg/dL', 0.9), weight(40)]],
  ['NCT04094766', 'renal', [lab('creatinine', 2.3, 'mg/dL', 1.2), weight(40)], [lab('creatinine', 2.4, 'mg/dL', 1.2), weight(40)]],
  ['NCT04094766', 'transaminases', [lab('alt', 199, 'U/L', 40), lab('ast', 199, 'U/L', 40)], [lab('ast', 200, 'U/L', 40)]],
  ['NCT04094766', 'transaminases', [lab('alt', 199, 'U/L', 40)], [lab('alt', 200, 'U/L', 40)]],
  ['NCT04094766', 'bilirubin', [lab('bilirubin', 3.0, 'mg/dL')], [lab('bilirubin', 3.01, 'mg/dL')]],

  ['NCT04004637', 'age', [turns(7)], [turnsTomorrow(7)]],
  ['NCT04004637', 'age', [turnsTomorrow(71)], [turns(71)]],
  ['NCT04004637', 'life-expectancy', [weeks(12.5)], [weeks(12)]],
  ['NCT04004637', 'ecog', [ecog(2)], [ecog(3)]],
  ['NCT04004637', 'cd7-disease', [diagnosis('C86.0')], [diagnosis('C84.4')]],
  ['NCT04004637', 'cd7-disease', [diagnosis('C91.0'), marker('CD7', 'IHC', 'POSITIVE', 1)], [marker('CD7', 'FLOW', 'NEGATIVE')]],
  ['NCT04004637', 'lvef', [lvef(40)], [lvef(39)]],
  ['NCT04004637', 'creatinine', [lab('creatinine', 1.8, 'mg/dL', 1.2)], [lab('creatinine', 1.81, 'mg/dL', 1.2)]],
  ['NCT04004637', 'spo2', [spo2(91.5)], [spo2(91)]],
  ['NCT04004637', 'bilirubin', [lab('bilirubin', 30, 'umol/L', 20)], [lab('bilirubin', 31, 'umol/L', 20)]],
  ['NCT04004637', 'transaminases', [lab('alt', 100, 'U/L', 40), lab('ast', 100, 'U/L', 40)], [lab('ast', 101, 'U/L', 40)]],
  ['NCT04004637', 'transaminases', [lab('alt', 100, 'U/L', 40)], [lab('alt', 101, 'U/L', 40)]],
  ['NCT04004637', 'gvhd', [condition('GVHD', 'HISTORY')], [condition('GVHD', 'ACTIVE')]],

  ['NCT03919240', 'cd19-all', [], [diagnosis('C92.0')]],
  ['NCT03919240', 'cd19-all', [marker('CD19', 'FLOW', 'POSITIVE', 1)], [marker('CD19', 'FLOW', 'NEGATIVE')]],
  ['NCT03919240', 'lvef', [lvef(50)], [lvef(49)]],
  ['NCT03919240', 'creatinine', [lab('creatinine', 1.59, 'mg/dL', 1.2)], [lab('creatinine', 1.6, 'mg/dL', 1.2)]],
  ['NCT03919240', 'creatinine', [lab('creatinine', 141, 'umol/L', 106)], [lab('creatinine', 142, 'umol/L', 106)]],
  ['NCT03919240', 'ast', [lab('ast', 119, 'U/L', 40)], [lab('ast', 120, 'U/L', 40)]],
  // Only AST is read: an ALT far above 3 × ULN does not fail the line.
  ['NCT03919240', 'ast', [lab('alt', 400, 'U/L', 40)], [lab('ast', 121, 'U/L', 40)]],
  ['NCT03919240', 'bilirubin', [lab('bilirubin', 1.99, 'mg/dL')], [lab('bilirubin', 2.0, 'mg/dL')]],
  ['NCT03919240', 'bilirubin', [lab('bilirubin', 34.1, 'umol/L')], [lab('bilirubin', 34.2, 'umol/L')]],
  // Karnofsky ≥ 60 or ECOG ≤ 2: either one suffices, failing both fails the line.
  ['NCT03919240', 'performance', [kps(60), ecog(3)], [kps(50), ecog(3)]],
  ['NCT03919240', 'performance', [kps(50), ecog(2)], [kps(50), ecog(3)]],
  ['NCT03919240', 'active-infection', [condition('SYSTEMIC_INFECTION', 'HISTORY')], [condition('SYSTEMIC_INFECTION', 'ACTIVE')]],
  ['NCT03919240', 'seizure', [condition('SEIZURE_DISORDER', 'ABSENT')], [condition('SEIZURE_DISORDER', 'HISTORY')]],
  ['NCT03919240', 'viral', [serology('HBSAG', 'REACTIVE'), load('HBV', false)], [serology('HBSAG', 'REACTIVE'), load('HBV', true, 500, '[IU]/mL')]],
  ['NCT03919240', 'viral', [serology('HCV_AB', 'REACTIVE'), load('HCV', false)], [serology('HCV_AB', 'REACTIVE'), load('HCV', true, 50, '[IU]/mL')]],
  ['NCT03919240', 'viral', [], [serology('HIV_AG_AB', 'REACTIVE'), load('HIV', false)]],
  ['NCT03919240', 'pregnancy', [female], [female, condition('PREGNANCY', 'ACTIVE')]],
  ['NCT03919240', 'pregnancy', [female], [female, condition('BREASTFEEDING', 'ACTIVE')]],

  ['NCT03671460', 'age', [turns(1)], [turnsTomorrow(1)]],
  ['NCT03671460', 'cd19-all', [], [diagnosis('C92.0')]],
  ['NCT03671460', 'cd19-all', [marker('CD19', 'FLOW', 'POSITIVE', 1)], [marker('CD19', 'FLOW', 'NEGATIVE')]],
  ['NCT03671460', 'lvef', [lvef(50)], [lvef(49)]],
  ['NCT03671460', 'spo2', [spo2(90)], [spo2(89.9)]],
  ['NCT03671460', 'crcl', [lab('crcl', 40, 'mL/min')], [lab('crcl', 39.9, 'mL/min')]],
  // Cockcroft–Gault, male aged 30, creatinine 1.0 mg/dL: 110 × weight ÷ 72 must reach 40.
  ['NCT03671460', 'crcl', [lab('creatinine', 1.0, 'mg/dL', 1.2), weight(26.2)], [lab('creatinine', 1.0, 'mg/dL', 1.2), weight(26.1)]],
  ['NCT03671460', 'transaminases', [lab('alt', 200, 'U/L', 40), lab('ast', 200, 'U/L', 40)], [lab('ast', 201, 'U/L', 40)]],
  ['NCT03671460', 'transaminases', [lab('alt', 200, 'U/L', 40)], [lab('alt', 201, 'U/L', 40)]],
  ['NCT03671460', 'bilirubin', [lab('bilirubin', 34.2, 'umol/L')], [lab('bilirubin', 34.3, 'umol/L')]],
  ['NCT03671460', 'bilirubin', [lab('bilirubin', 2.0, 'mg/dL')], [lab('bilirubin', 2.01, 'mg/dL')]],
  ['NCT03671460', 'active-infection', [condition('SYSTEMIC_INFECTION', 'HISTORY')], [condition('SYSTEMIC_INFECTION', 'ACTIVE')]],
  ['NCT03671460', 'hiv', [], [serology('HIV_AG_AB', 'REACTIVE'), load('HIV', false)]],
  ['NCT03671460', 'syphilis', [serology('TP_AB', 'NON_REACTIVE')], [serology('TP_AB', 'REACTIVE')]],
  ['NCT03671460', 'hiv', [], [serology('HIV_AG_AB', 'REACTIVE'), load('HIV', true, 5000, '{copies}/mL')]],
  ['NCT03671460', 'pregnancy', [female], [female, condition('PREGNANCY', 'ACTIVE')]],
  ['NCT03671460', 'pregnancy', [female], [female, condition('BREASTFEEDING', 'ACTIVE')]],
  ['NCT03671460', 'other-malignancy', [condition('SECOND_MALIGNANCY', 'ABSENT')], [condition('SECOND_MALIGNANCY', 'HISTORY')]],
];

/** Lines total / structured / manual per trial, as docs/trials.md publishes them. */
const COUNTS: Record<string, [number, number, number]> = {
  NCT03599375: [21, 16, 5],
  NCT03263208: [27, 19, 8],
  NCT02395250: [24, 18, 6],
  NCT05531708: [18, 16, 2],
  NCT06684639: [18, 13, 5],
  NCT05802693: [16, 7, 9],
  NCT04295018: [18, 12, 6],
  NCT03318861: [19, 12, 7],
  NCT04094766: [14, 7, 7],
  NCT04004637: [17, 10, 7],
  NCT03919240: [16, 10, 6],
  NCT03671460: [20, 13, 7],
};

const byTrial = REAL_TRIALS.map((real) => [real.id, real] as [string, RealTrial]);

describe('real trials: the records as encoded', () => {
  it('encodes at least eight real trials, each line once, each manual line with the note saying why', () => {
    expect(REAL_TRIALS.length).toBeGreaterThanOrEqual(8);
    for (const real of REAL_TRIALS) {
      const ids = real.criteria.criteria.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of real.criteria.criteria) expect(item.text.trim().length).toBeGreaterThan(0);
      for (const item of real.criteria.criteria.filter(isManual))
        expect({ id: item.id, note: (item.note ?? '').length > 10 }).toEqual({ id: item.id, note: true });
    }
  });

  it.each(byTrial)('%s: parseCriteria accepts every line, and parsing the parsed criteria changes nothing', (id) => {
    const once = parsed.get(id)!;
    expect(once.criteria).toHaveLength(trial(id).criteria.criteria.length);
    expect(parseCriteria(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it.each(byTrial)('%s: a truncated source ends in a manual remainder line, a whole one does not', (_id, real) => {
    const remainder = real.criteria.criteria.find((item) => item.id === 'registry-remainder');
    expect(remainder !== undefined && isManual(remainder)).toBe(!real.source.complete);
  });

  it.each(byTrial)('%s: lines total / structured / manual as docs/trials.md publishes them', (id, real) => {
    const [total, structured, manual] = COUNTS[id];
    expect(lineCounts(real)).toEqual({ total, structured, manual, structuredShare: Math.round((structured / total) * 100) / 100 });
    const docs = readFileSync(join(__dirname, '../../../../docs/trials.md'), 'utf8');
    const row = docs.split('\n').find((text) => text.startsWith(`| ${id}`))!;
    const cells = row.split('|').map((cell) => cell.trim());
    expect(cells.slice(5, 9)).toEqual([String(total), String(structured), String(manual), `${Math.round((structured / total) * 100)}%`]);
  });

  it('keeps thresholds in the published unit and converts them exactly', () => {
    const rule = (id: string, criterion: string) =>
      parsed.get(id)!.criteria.find((item) => item.id === criterion)!.rule as Condition & { value: number; unit: string };
    expect([rule('NCT03599375', 'bilirubin').unit, canonicalThreshold(rule('NCT03599375', 'bilirubin'))]).toEqual(['mg/dL', 34.2]);
    expect([rule('NCT04295018', 'creatinine').unit, canonicalThreshold(rule('NCT04295018', 'creatinine'))]).toEqual(['mg/dL', 176.8]);
    expect([rule('NCT04295018', 'anc').unit, canonicalThreshold(rule('NCT04295018', 'anc'))]).toEqual(['/uL', 1]);
    expect([rule('NCT03318861', 'platelets').value, canonicalThreshold(rule('NCT03318861', 'platelets'))]).toEqual([75000, 75]);
    expect([rule('NCT02395250', 'haemoglobin').unit, canonicalThreshold(rule('NCT02395250', 'haemoglobin'))]).toEqual(['g/dL', 90]);
  });
});

describe('real trials: the fit patient', () => {
  it.each(byTrial)('%s: meets every line with every manual line assessed MET → LIKELY_ELIGIBLE', (id) => {
    const screening = screen(id);
    expect(screening.criteria.filter((item) => item.status !== 'MET').map((item) => [item.criterionId, item.explanation])).toEqual([]);
    expect(screening.verdict).toBe('LIKELY_ELIGIBLE');
    expect(screening.judgedOn).toBe(AS_OF);
  });

  it.each(byTrial)('%s: the same patient one assessment short is not LIKELY_ELIGIBLE', (id) => {
    for (const missing of manualIds(id)) {
      const screening = screen(
        id,
        [],
        allMet(id).filter((item) => item.criterionId !== missing),
      );
      expect({ missing, verdict: screening.verdict }).toEqual({ missing, verdict: 'NEEDS_INFORMATION' });
    }
  });

  it('a missing or stale fact leaves its line UNKNOWN and the trial NEEDS_INFORMATION, never MET', () => {
    const noLvef = screen('NCT03599375', [remove('LVEF')]);
    expect([statusIn(noLvef, 'lvef'), noLvef.verdict]).toEqual(['UNKNOWN', 'NEEDS_INFORMATION']);
    const staleAnc = screen('NCT05531708', [fact('LAB', { analyte: 'anc', value: 1.5, unit: '10*9/L' }, daysAgo(29))]);
    expect([statusIn(staleAnc, 'anc'), staleAnc.verdict]).toEqual(['UNKNOWN', 'NEEDS_INFORMATION']);
    const noWeight = screen('NCT05531708', [remove('WEIGHT')]);
    expect(noWeight.criteria.find((item) => item.criterionId === 'crcl')).toMatchObject({
      status: 'UNKNOWN',
      explanation: expect.stringContaining('weight (missing)'),
    });
    const noSerology = screen('NCT03599375', [remove('SEROLOGY|HIV_AG_AB')]);
    expect([statusIn(noSerology, 'viral'), noSerology.verdict]).toEqual(['UNKNOWN', 'NEEDS_INFORMATION']);
    const oldHistory = screen('NCT05802693', [fact('PRIOR_THERAPY_EVENT', { therapy: 'CHEMOTHERAPY', status: 'RECEIVED', date: '2025-06-01' }, daysAgo(60))]);
    expect(statusIn(oldHistory, 'chemotherapy')).toBe('UNKNOWN');
  });

  it('a pregnancy line does not apply to a man', () => {
    const screening = screen('NCT03599375', [remove('CONDITION|PREGNANCY'), remove('CONDITION|BREASTFEEDING')]);
    expect(screening.criteria.find((item) => item.criterionId === 'pregnancy')).toMatchObject({ status: 'MET', applicable: false });
    expect(statusIn(screen('NCT03599375', [female, remove('CONDITION|PREGNANCY'), remove('CONDITION|BREASTFEEDING')]), 'pregnancy')).toBe('UNKNOWN');
  });
});

describe('real trials: hand-labelled patients on both sides of every structured threshold', () => {
  it.each(pairs)('%s %s: just inside is MET, just outside is not', (trialId, criterionId, inside, outside, outsideStatus = 'NOT_MET') => {
    const passing = screen(trialId, inside);
    expect([statusIn(passing, criterionId), passing.verdict]).toEqual(['MET', 'LIKELY_ELIGIBLE']);
    const failing = screen(trialId, outside);
    expect([statusIn(failing, criterionId), failing.verdict]).toEqual([outsideStatus, VERDICT_FOR[outsideStatus]]);
  });

  it('every structured line has a labelled pair', () => {
    const labelled = new Set(pairs.map(([trialId, criterionId]) => `${trialId}/${criterionId}`));
    const missing = REAL_TRIALS.flatMap((real) => real.criteria.criteria.filter((item) => !isManual(item)).map((item) => `${real.id}/${item.id}`)).filter(
      (key) => !labelled.has(key),
    );
    expect(missing).toEqual([]);
  });
});

describe('real trials: every manual line, assessed or not', () => {
  const manualLines = REAL_TRIALS.flatMap((real) => manualIds(real.id).map((criterionId) => [real.id, criterionId] as [string, string]));

  it.each(manualLines)('%s %s: assessed MET → MET', (id, criterionId) => {
    const screening = screen(id);
    expect([statusIn(screening, criterionId), screening.verdict]).toEqual(['MET', 'LIKELY_ELIGIBLE']);
    expect(screening.criteria.find((item) => item.criterionId === criterionId)!.explanation).toContain('assessed MET by coordinator-7 on 2026-11-20');
  });

  it.each(manualLines)('%s %s: assessed NOT_MET → NOT_MET, never LIKELY_ELIGIBLE', (id, criterionId) => {
    const assessments = allMet(id).map((item) => (item.criterionId === criterionId ? { ...item, status: 'NOT_MET' as const } : item));
    const screening = screen(id, [], assessments);
    expect([statusIn(screening, criterionId), screening.verdict]).toEqual(['NOT_MET', 'INELIGIBLE']);
  });

  it.each(manualLines)('%s %s: not assessed → UNKNOWN, NEEDS_INFORMATION', (id, criterionId) => {
    const screening = screen(
      id,
      [],
      allMet(id).filter((item) => item.criterionId !== criterionId),
    );
    expect([statusIn(screening, criterionId), screening.verdict]).toEqual(['UNKNOWN', 'NEEDS_INFORMATION']);
    expect(screening.criteria.find((item) => item.criterionId === criterionId)!.explanation).toContain('needs an assessment by the team');
  });

  it.each(manualLines)('%s %s: assessed for an older criteria version → void, UNKNOWN', (id, criterionId) => {
    const version = trial(id).criteria.version;
    const assessments = allMet(id).map((item) => (item.criterionId === criterionId ? { ...item, criteriaVersion: version - 1 } : item));
    const screening = screen(id, [], assessments);
    expect([statusIn(screening, criterionId), screening.verdict]).toEqual(['UNKNOWN', 'NEEDS_INFORMATION']);
    expect(screening.criteria.find((item) => item.criterionId === criterionId)!.explanation).toContain(
      `the assessment of criteria version ${version - 1} no longer counts`,
    );
  });
});

import { Criterion, TrialCriteria } from './criteria';

export interface SeedTrial {
  id: string;
  registryIds: string[];
  title: string;
  targets: string[];
  productType: 'AUTOLOGOUS' | 'ALLOGENEIC';
  indications: string[];
  /** Autologous manufacturing: 3–6 weeks (docs/domain.md). */
  manufacturingWeeks: { min: number; max: number } | null;
  fundingModels: ('SPONSOR_FUNDED' | 'PATIENT_PAID')[];
  /** Seeded at the seed centres whose active CAR-T targets include the trial's. */
  centreIds: string[];
  criteria: TrialCriteria;
}

const age = (min: number, max: number) => ({
  all: [
    { fact: 'age' as const, op: '>=' as const, value: min },
    { fact: 'age' as const, op: '<=' as const, value: max },
  ],
});

/**
 * The brief gives each trial's key criteria only: every other line of its registry record is one manual line,
 * so no patient screens LIKELY_ELIGIBLE on these trials until someone has checked the record.
 */
const KEY_CRITERIA_ONLY: Criterion = {
  id: 'registry-remainder',
  kind: 'EXCLUSION',
  text: 'Every other inclusion and exclusion line of the registry record (only the key criteria above are encoded; check the record)',
  rule: { manual: true },
  note: "the brief lists the key criteria only: the record's other lines are unknown here, never assumed met",
};

/** The four real trials of the founding brief (docs/domain.md) (ClinicalTrials.gov), each threshold as published. */
export const SEED_TRIALS: SeedTrial[] = [
  {
    id: 'NCT05277987',
    registryIds: ['NCT05277987'],
    fundingModels: ['SPONSOR_FUNDED'],
    title: 'CLDN18.2 CAR-T in gastric/GEJ and pancreatic cancer',
    targets: ['CLDN18.2'],
    productType: 'AUTOLOGOUS',
    indications: ['gastric or gastro-oesophageal junction adenocarcinoma', 'pancreatic cancer'],
    manufacturingWeeks: { min: 3, max: 6 },
    centreIds: ['puth', 'ruijin'],
    criteria: {
      // Version 2 adds the registry-remainder line: the brief gives the key criteria only.
      version: 2,
      criteria: [
        { id: 'age', kind: 'INCLUSION', text: 'Aged 18 to 70 years', rule: age(18, 70) },
        { id: 'indication', kind: 'INCLUSION', text: 'Gastric/GEJ adenocarcinoma or pancreatic cancer', rule: { diagnosisIn: ['C16', 'C25'] } },
        {
          id: 'cldn18',
          kind: 'INCLUSION',
          text: 'CLDN18.2 positive by IHC in ≥1% of tumour cells',
          rule: { marker: 'CLDN18.2', method: 'IHC', op: '>=', percent: 1 },
        },
        { id: 'her2', kind: 'INCLUSION', text: 'HER2-negative (GEJ adenocarcinoma)', appliesWhen: { diagnosisIn: ['C16.0'] }, rule: { her2: 'NEGATIVE' } },
        {
          id: 'prior-lines',
          kind: 'INCLUSION',
          text: 'At least 2 prior lines (gastric/GEJ) or at least 1 (pancreatic)',
          rule: {
            any: [
              { all: [{ diagnosisIn: ['C16'] }, { fact: 'priorLines', op: '>=', value: 2 }] },
              { all: [{ diagnosisIn: ['C25'] }, { fact: 'priorLines', op: '>=', value: 1 }] },
            ],
          },
        },
        { id: 'ecog', kind: 'INCLUSION', text: 'ECOG 0–2', rule: { fact: 'ecog', op: '<=', value: 2 } },
        { id: 'life-expectancy', kind: 'INCLUSION', text: 'Life expectancy ≥12 weeks', rule: { fact: 'lifeExpectancyWeeks', op: '>=', value: 12 } },
        { id: 'anc', kind: 'INCLUSION', text: 'ANC ≥1.0×10⁹/L', rule: { lab: 'anc', op: '>=', value: 1.0, unit: '10*9/L' } },
        { id: 'alc', kind: 'INCLUSION', text: 'ALC ≥0.3×10⁹/L', rule: { lab: 'alc', op: '>=', value: 0.3, unit: '10*9/L' } },
        KEY_CRITERIA_ONLY,
      ],
    },
  },
  {
    id: 'NCT03720457',
    registryIds: ['NCT03720457'],
    fundingModels: ['SPONSOR_FUNDED'],
    title: 'CD19 CAR-T in relapsed/refractory B-cell malignancies',
    targets: ['CD19'],
    productType: 'AUTOLOGOUS',
    indications: ['B-cell malignancies'],
    manufacturingWeeks: { min: 3, max: 6 },
    centreIds: ['puth', 'ruijin', 'sysucc', 'tongji', 'xuanwu'],
    criteria: {
      // Version 2 adds the registry-remainder line: the brief gives the key criteria only.
      version: 2,
      criteria: [
        { id: 'age', kind: 'INCLUSION', text: 'Aged 18 to 70 years', rule: age(18, 70) },
        {
          id: 'indication',
          kind: 'INCLUSION',
          text: 'CD19-positive B-cell malignancy (lymphoma, ALL, CLL)',
          rule: { diagnosisIn: ['C82', 'C83', 'C85', 'C88', 'C91.0', 'C91.1'] },
        },
        { id: 'ecog', kind: 'INCLUSION', text: 'ECOG 0–1', rule: { fact: 'ecog', op: '<=', value: 1 } },
        { id: 'prior-lines', kind: 'INCLUSION', text: 'At least 2 prior lines of therapy', rule: { fact: 'priorLines', op: '>=', value: 2 } },
        { id: 'hb', kind: 'INCLUSION', text: 'Haemoglobin ≥70 g/L', rule: { lab: 'haemoglobin', op: '>=', value: 70, unit: 'g/L' } },
        { id: 'anc', kind: 'INCLUSION', text: 'ANC ≥1.0×10⁹/L', rule: { lab: 'anc', op: '>=', value: 1.0, unit: '10*9/L' } },
        { id: 'platelets', kind: 'INCLUSION', text: 'Platelets ≥50×10⁹/L', rule: { lab: 'platelets', op: '>=', value: 50, unit: '10*9/L' } },
        { id: 'creatinine', kind: 'INCLUSION', text: 'Creatinine ≤1.5×ULN', rule: { lab: 'creatinine', op: '<=', timesUpperLimit: 1.5 } },
        { id: 'lvef', kind: 'INCLUSION', text: 'LVEF >50%', rule: { fact: 'lvef', op: '>', value: 50 } },
        KEY_CRITERIA_ONLY,
      ],
    },
  },
  {
    id: 'NCT05181501',
    registryIds: ['NCT05181501'],
    fundingModels: ['SPONSOR_FUNDED'],
    title: 'BCMA CAR-T (CT103A) in multiple myeloma',
    targets: ['BCMA'],
    productType: 'AUTOLOGOUS',
    indications: ['multiple myeloma'],
    manufacturingWeeks: { min: 3, max: 6 },
    centreIds: ['puth', 'ruijin', 'tongji', 'xuanwu'],
    criteria: {
      // Version 2 adds the registry-remainder line: the brief gives the key criteria only.
      version: 2,
      criteria: [
        { id: 'age', kind: 'INCLUSION', text: 'Aged 18 to 70 years', rule: age(18, 70) },
        { id: 'indication', kind: 'INCLUSION', text: 'Multiple myeloma', rule: { diagnosisIn: ['C90.0'] } },
        { id: 'ecog', kind: 'INCLUSION', text: 'ECOG 0–1', rule: { fact: 'ecog', op: '<=', value: 1 } },
        { id: 'anc', kind: 'INCLUSION', text: 'ANC ≥1×10⁹/L', rule: { lab: 'anc', op: '>=', value: 1, unit: '10*9/L' } },
        { id: 'alc', kind: 'INCLUSION', text: 'ALC ≥0.3×10⁹/L', rule: { lab: 'alc', op: '>=', value: 0.3, unit: '10*9/L' } },
        {
          id: 'platelets',
          kind: 'INCLUSION',
          text: 'Platelets ≥75×10⁹/L without transfusion in the prior 7 days',
          rule: { lab: 'platelets', op: '>=', value: 75, unit: '10*9/L', noTransfusionWithinDays: 7 },
        },
        KEY_CRITERIA_ONLY,
      ],
    },
  },
  {
    id: 'NCT07003568',
    registryIds: ['NCT07003568'],
    fundingModels: ['SPONSOR_FUNDED'],
    title: 'BCMA + GPRC5D CAR-T in multiple myeloma',
    targets: ['BCMA', 'GPRC5D'],
    productType: 'AUTOLOGOUS',
    indications: ['multiple myeloma'],
    manufacturingWeeks: { min: 3, max: 6 },
    centreIds: ['puth'],
    criteria: {
      // Version 2 adds the registry-remainder line: the brief gives the key criteria only.
      version: 2,
      criteria: [
        { id: 'age', kind: 'INCLUSION', text: 'Aged 18 to 75 years', rule: age(18, 75) },
        { id: 'indication', kind: 'INCLUSION', text: 'Multiple myeloma', rule: { diagnosisIn: ['C90.0'] } },
        { id: 'lvef', kind: 'INCLUSION', text: 'LVEF >50%', rule: { fact: 'lvef', op: '>', value: 50 } },
        { id: 'alt', kind: 'INCLUSION', text: 'ALT <3×ULN', rule: { lab: 'alt', op: '<', timesUpperLimit: 3 } },
        { id: 'ast', kind: 'INCLUSION', text: 'AST <3×ULN', rule: { lab: 'ast', op: '<', timesUpperLimit: 3 } },
        { id: 'crcl', kind: 'INCLUSION', text: 'CrCl ≥40 mL/min (Cockcroft–Gault)', rule: { lab: 'crcl', op: '>=', value: 40, unit: 'mL/min' } },
        { id: 'pt', kind: 'INCLUSION', text: 'PT <1.5×ULN', rule: { lab: 'pt', op: '<', timesUpperLimit: 1.5 } },
        { id: 'aptt', kind: 'INCLUSION', text: 'APTT <1.5×ULN', rule: { lab: 'aptt', op: '<', timesUpperLimit: 1.5 } },
        { id: 'spo2', kind: 'INCLUSION', text: 'SpO₂ >95%', rule: { fact: 'spo2', op: '>', value: 95 } },
        { id: 'ecog', kind: 'INCLUSION', text: 'ECOG ≤2', rule: { fact: 'ecog', op: '<=', value: 2 } },
        KEY_CRITERIA_ONLY,
      ],
    },
  },
];

import { LabResult } from '@carta/domain';

/** A fact with the document it comes from: every verdict names its source. */
export interface Sourced<T> {
  value: T;
  /** YYYY-MM-DD the fact was observed. */
  on?: string;
  source: string;
}

/** One line of therapy (mCODE has no line-of-therapy element: this is Carta's extension). */
export interface LineOfTherapy {
  drugs: string[];
  start: string;
  end?: string;
  dose?: string;
  bestResponse: 'CR' | 'PR' | 'SD' | 'PD' | 'NOT_EVALUABLE';
  reasonStopped: 'COMPLETED' | 'PROGRESSION' | 'TOXICITY' | 'OTHER';
  source: string;
}

/** Relapsed or refractory, derived from the lines: refractory when the last line never responded. */
export function diseaseStatus(lines: LineOfTherapy[]): 'REFRACTORY' | 'RELAPSED' | 'NO_PRIOR_THERAPY' {
  if (lines.length === 0) return 'NO_PRIOR_THERAPY';
  const last = [...lines].sort((a, b) => a.start.localeCompare(b.start)).at(-1)!;
  return last.bestResponse === 'SD' || last.bestResponse === 'PD' || last.bestResponse === 'NOT_EVALUABLE' ? 'REFRACTORY' : 'RELAPSED';
}

/** The structured oncology summary the screening reads (aligned with mCODE; see DOMAIN.md). */
export interface OncologySummary {
  caseId: string;
  age?: Sourced<number>;
  sex?: Sourced<'female' | 'male'>;
  weightKg?: Sourced<number>;
  /** ICD-10 of the primary cancer condition. */
  diagnosis?: Sourced<string>;
  ecog?: Sourced<number>;
  lvef?: Sourced<number>;
  lifeExpectancyWeeks?: Sourced<number>;
  spo2?: Sourced<number>;
  her2?: Sourced<'NEGATIVE' | 'POSITIVE'>;
  /** ICD-O-3 histology (morphology), e.g. 8140/3. */
  histology?: Sourced<string>;
  /** Stage group (TNM, or the disease's own system). */
  stage?: Sourced<string>;
  /** Lines of therapy: the count drives "≥ 2 prior lines" (derived from `linesOfTherapy` when given). */
  priorLines?: Sourced<number>;
  linesOfTherapy?: LineOfTherapy[];
  priorCarT?: Sourced<boolean>;
  priorTransplant?: Sourced<boolean>;
  autoimmuneDisease?: Sourced<boolean>;
  cardiacDisease?: Sourced<boolean>;
  activeInfection?: Sourced<{ hbv: boolean; hcv: boolean; hiv: boolean }>;
  cnsInvolvement?: Sourced<boolean>;
  markers: { antigen: string; method: 'IHC' | 'FLOW'; percentPositive: number; on: string; source: string }[];
  labs: LabResult[];
  transfusions: { on: string; source: string }[];
}

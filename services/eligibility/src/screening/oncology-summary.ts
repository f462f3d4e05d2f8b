import { LabResult } from '@carta/domain';

/** A fact with the document it comes from: every verdict names its source. */
export interface Sourced<T> {
  value: T;
  /** YYYY-MM-DD the fact was observed. */
  on?: string;
  source: string;
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
  /** Lines of therapy: the count drives "≥ 2 prior lines". */
  priorLines?: Sourced<number>;
  markers: { antigen: string; method: 'IHC' | 'FLOW'; percentPositive: number; on: string; source: string }[];
  labs: LabResult[];
  transfusions: { on: string; source: string }[];
}

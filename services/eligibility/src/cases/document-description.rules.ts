import { dayOf } from '@carta/domain';

/** How explanations name a document: by what it is and the day it is from, never by its id. */
const KIND_NAMES: Record<string, string> = {
  PATHOLOGY_REPORT: 'pathology report',
  FLOW_CYTOMETRY: 'flow cytometry report',
  TREATMENT_HISTORY: 'treatment history',
  BLOOD_PANEL: 'blood panel',
  IMAGING: 'imaging report',
  PRIOR_CELLULAR_THERAPY: 'prior cellular therapy record',
  CONSENT_FORM: 'consent form',
  PASSPORT: 'passport',
  INVITATION_LETTER: 'invitation letter',
  OTHER: 'document',
};

export interface DescribedDocument {
  kind: string;
  /** The day the record is from, when documents knows it. */
  recordDate: string | null;
  /** Otherwise the day it was verified. */
  verifiedAt: Date | null;
}

/** "blood panel of 2026-11-02"; a record without any date is named by its kind alone. */
export function describeDocument(document: DescribedDocument): string {
  const name = KIND_NAMES[document.kind] ?? 'document';
  const day = document.recordDate ?? (document.verifiedAt ? dayOf(document.verifiedAt) : undefined);
  return day ? `${name} of ${day}` : name;
}

import { CaseStatus } from '@carta/contracts';

/**
 * The case lifecycle. A case can be withdrawn from any open state; CLOSED and WITHDRAWN are final.
 * DECLINED may go back to READY_FOR_SCREENING (another centre), SUBMITTED back to COLLECTING_RECORDS
 * (the PI asked for more information), READY_FOR_SCREENING back too (a record went stale).
 */
const NEXT: Record<CaseStatus, CaseStatus[]> = {
  // SUBMITTED straight from NEW: the referral may arrive before the checklist's first evaluation.
  NEW: ['COLLECTING_RECORDS', 'READY_FOR_SCREENING', 'SUBMITTED'],
  // A partial file may be submitted: the PI just takes longer (docs/domain.md).
  COLLECTING_RECORDS: ['READY_FOR_SCREENING', 'SUBMITTED'],
  READY_FOR_SCREENING: ['COLLECTING_RECORDS', 'SUBMITTED'],
  SUBMITTED: ['ACCEPTED', 'DECLINED', 'COLLECTING_RECORDS'],
  ACCEPTED: ['TRAVEL_PLANNING'],
  DECLINED: ['READY_FOR_SCREENING', 'CLOSED'],
  TRAVEL_PLANNING: ['IN_TREATMENT'],
  IN_TREATMENT: ['FOLLOW_UP'],
  FOLLOW_UP: ['CLOSED'],
  CLOSED: [],
  WITHDRAWN: [],
};

export const isOpen = (status: CaseStatus): boolean => status !== 'CLOSED' && status !== 'WITHDRAWN';

export function allowedTransitions(from: CaseStatus): CaseStatus[] {
  return isOpen(from) ? [...NEXT[from], 'WITHDRAWN'] : [];
}

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string; allowedNext: CaseStatus[] };

/** Whether a case may move; `homeTeamReviewed` guards travel (the home team reviews the plan first). */
export function checkTransition(from: CaseStatus, to: CaseStatus, facts: { homeTeamReviewed: boolean }): TransitionCheck {
  const allowedNext = allowedTransitions(from);
  if (!allowedNext.includes(to)) {
    return { allowed: false, reason: `a ${from} case cannot become ${to}; allowed next: ${allowedNext.join(', ') || 'none (final state)'}`, allowedNext };
  }
  if (to === 'IN_TREATMENT' && !facts.homeTeamReviewed) {
    return { allowed: false, reason: "record the home oncology team's review of the plan before the patient travels", allowedNext };
  }
  return { allowed: true };
}

/** Where the checklist's completeness moves a case that is still gathering records (null: stay). */
export function statusForCompleteness(current: CaseStatus, completeness: 'COMPLETE' | 'PARTIAL' | 'INCOMPLETE'): CaseStatus | null {
  if (completeness === 'COMPLETE') return current === 'NEW' || current === 'COLLECTING_RECORDS' ? 'READY_FOR_SCREENING' : null;
  if (current === 'NEW' || current === 'READY_FOR_SCREENING') return 'COLLECTING_RECORDS';
  return null;
}

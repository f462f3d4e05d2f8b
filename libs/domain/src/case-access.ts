import { hasRole, Identity } from '@carta/auth';
import { DataCategory } from '@carta/contracts';
import { isStaff } from './roles';

export interface CaseAccessFacts {
  /** The case's assigned coordinator. */
  coordinatorId?: string;
  /** Centres the case has been referred to. */
  referredCentreIds: string[];
  /** Active (not withdrawn) consents, by recipient centre. */
  consents: { centreId: string; categories: DataCategory[] }[];
}

function officeMayAccess(identity: Identity, facts: CaseAccessFacts, category: DataCategory): boolean {
  const centreId = identity.centreId;
  if (!hasRole(identity, 'hospital_office') || !centreId) return false;
  // Both are needed: a referral to the office's centre AND the patient's consent to share this category with it.
  return facts.referredCentreIds.includes(centreId) && facts.consents.some((consent) => consent.centreId === centreId && consent.categories.includes(category));
}

/**
 * Who may read a category of a case's data. Internal staff read every case; a hospital office only
 * a case referred to its own centre with an active consent covering that category; analysts read
 * event streams, never case data.
 */
export function canReadCase(identity: Identity, facts: CaseAccessFacts, category: DataCategory = 'CLINICAL_SUMMARY'): boolean {
  if (isStaff(identity)) return true;
  return officeMayAccess(identity, facts, category);
}

/**
 * Who may change a case (its record, consent, documents, summary, submission, journey, money): its
 * assigned coordinator and admins. Other coordinators read for team cover but never write; offices
 * act only through their own centre-scoped operations (a PI decision, a letter), never on the case.
 */
export function canWriteCase(identity: Identity, facts: Pick<CaseAccessFacts, 'coordinatorId'>): boolean {
  if (hasRole(identity, 'admin')) return true;
  return hasRole(identity, 'coordinator') && facts.coordinatorId !== undefined && facts.coordinatorId === identity.subject;
}

/** Whether a coordinator's read is of a case assigned to someone else (team cover: allowed, and the audit says so). */
export function readsForTeamCover(identity: Identity, facts: Pick<CaseAccessFacts, 'coordinatorId'>): boolean {
  return hasRole(identity, 'coordinator') && !hasRole(identity, 'admin') && facts.coordinatorId !== identity.subject;
}

/** Who may fetch a case's documents (the bytes): its own coordinator, or a consented office of a referred centre. */
export function canDownloadDocuments(identity: Identity, facts: CaseAccessFacts): boolean {
  if (hasRole(identity, 'coordinator') && facts.coordinatorId === identity.subject) return true;
  return officeMayAccess(identity, facts, 'MEDICAL_RECORDS');
}

/**
 * A record that belongs to one centre (a journey, an invitation letter): read as the case is, except
 * that an office reads only its own centre's, even for a case referred to several centres.
 */
export function canReadCentreRecord(identity: Identity, facts: CaseAccessFacts, centreId: string, category: DataCategory): boolean {
  if (hasRole(identity, 'hospital_office') && identity.centreId !== centreId) return false;
  return canReadCase(identity, facts, category);
}

/**
 * Who may see a case's money (estimates, invoices, payments): admins, the case's own coordinator,
 * and the office of a referred centre the patient consented to share FINANCIAL data with. Other
 * coordinators are outside the case: unlike its clinical file, its money is not theirs to browse.
 */
export function canSeeFinances(identity: Identity, facts: CaseAccessFacts): boolean {
  if (hasRole(identity, 'admin')) return true;
  if (hasRole(identity, 'coordinator')) return facts.coordinatorId === identity.subject;
  return officeMayAccess(identity, facts, 'FINANCIAL');
}

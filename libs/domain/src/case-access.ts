import { Identity } from '@carta/auth';

export interface CaseAccessFacts {
  /** Centres the case has been referred to (hospital offices see only these). */
  referredCentreIds: string[];
}

/**
 * Who may read a case's data. Internal staff read every case; a hospital office only cases
 * referred to its own centre; analysts read event streams, never case data.
 */
export function canReadCase(identity: Identity, facts: CaseAccessFacts): boolean {
  if (identity.roles.includes('admin') || identity.roles.includes('coordinator')) return true;
  if (identity.roles.includes('hospital_office') && identity.centreId) return facts.referredCentreIds.includes(identity.centreId);
  return false;
}

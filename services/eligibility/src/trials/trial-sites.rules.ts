import { EventData, TrialOpened } from '@carta/contracts';

type TrialSnapshot = EventData<typeof TrialOpened>;

/**
 * Whether the trial recruits at a centre: that centre's own site decides. Snapshots from before
 * per-site recruitment carry no sites; for them the trial-wide flag stands for every centre.
 */
export function recruitsAt(snapshot: TrialSnapshot, centreId: string): boolean {
  if (!snapshot.sites) return snapshot.recruiting && snapshot.centreIds.includes(centreId);
  return snapshot.sites.some((site) => site.centreId === centreId && site.recruiting);
}

/** The centres a case may be submitted to now, in the snapshot's order (lead site first). */
export function recruitingCentres(snapshot: TrialSnapshot): string[] {
  return snapshot.centreIds.filter((centreId) => recruitsAt(snapshot, centreId));
}

/** A trial is screened and ranked only while at least one of its sites recruits. */
export const recruitsAnywhere = (snapshot: TrialSnapshot): boolean => recruitingCentres(snapshot).length > 0;

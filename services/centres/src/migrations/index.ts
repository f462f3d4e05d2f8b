import { Centres1763800000100 } from './1763800000100-centres';
import { Trials1763800000200 } from './1763800000200-trials';
import { Profiles1763800000300 } from './1763800000300-profiles';
import { TrialOwner1763800000400 } from './1763800000400-trial-owner';
import { TrialRegistry1763800000500 } from './1763800000500-trial-registry';
import { PrintedCentreDetails1797000003000 } from './1797000003000-printed-centre-details';

/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [
  Centres1763800000100,
  Trials1763800000200,
  Profiles1763800000300,
  TrialOwner1763800000400,
  TrialRegistry1763800000500,
  PrintedCentreDetails1797000003000,
];

import { CaseAccessTables1763800000002, CaseAssignmentOrder1763900000001 } from '@carta/case-access';
import { Travel1763800000100 } from './1763800000100-travel';
import { LetterExpiry1763800000200 } from './1763800000200-letter-expiry';
import { Acceptances1763800000300 } from './1763800000300-acceptances';
import { JourneyCalendar1797000005000 } from './1797000005000-journey-calendar';
import { PrintedLetters1797000006000 } from './1797000006000-printed-letters';
import { DerivedTravellers1797000008000 } from './1797000008000-derived-travellers';
import { CentreDirectory1797000009000 } from './1797000009000-centre-directory';

/** Applied in this order after the platform's own (outbox, inbox, dead letters, audit); a shipped migration is never edited. */
export const migrations: Function[] = [
  CaseAccessTables1763800000002,
  CaseAssignmentOrder1763900000001,
  Travel1763800000100,
  LetterExpiry1763800000200,
  Acceptances1763800000300,
  JourneyCalendar1797000005000,
  PrintedLetters1797000006000,
  DerivedTravellers1797000008000,
  CentreDirectory1797000009000,
];

import { NCT02395250 } from './nct02395250';
import { NCT03263208 } from './nct03263208';
import { NCT03318861 } from './nct03318861';
import { NCT03599375 } from './nct03599375';
import { NCT03671460 } from './nct03671460';
import { NCT03919240 } from './nct03919240';
import { NCT04004637 } from './nct04004637';
import { NCT04094766 } from './nct04094766';
import { NCT04295018 } from './nct04295018';
import { NCT05531708 } from './nct05531708';
import { NCT05802693 } from './nct05802693';
import { NCT06684639 } from './nct06684639';
import { RealTrial } from './lines';

export * from './lines';

/** Real CAR-T trials encoded from their registry records, every line structured or manual (docs/trials.md). */
export const REAL_TRIALS: RealTrial[] = [
  NCT03599375,
  NCT03263208,
  NCT02395250,
  NCT05531708,
  NCT06684639,
  NCT05802693,
  NCT04295018,
  NCT03318861,
  NCT04094766,
  NCT04004637,
  NCT03919240,
  NCT03671460,
];

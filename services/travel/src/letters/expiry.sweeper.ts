import { scheduledJob } from '@carta/service-kit';
import { LettersService } from './letters.service';

/** Notices invitation letters that ran out: a consulate no longer takes them, so a new one is needed. */
export const LetterExpirySweeper = scheduledJob('LetterExpirySweeper', 'CARTA_LETTER_SWEEP_MS', 60_000, LettersService, (letters) => letters.noticeExpired());

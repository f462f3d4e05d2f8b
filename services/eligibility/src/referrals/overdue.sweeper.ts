import { scheduledJob } from '@carta/service-kit';
import { ReferralsService } from './referrals.service';

/** Notices referrals past their review deadline. */
export const OverdueSweeper = scheduledJob('OverdueSweeper', 'CARTA_REFERRAL_SWEEP_MS', 60_000, ReferralsService, (referrals) => referrals.noticeOverdue());

import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '@carta/service-kit';
import { ReferralsService } from './referrals.service';

/** Notices referrals past their review deadline. */
@Injectable()
export class OverdueSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(referrals: ReferralsService) {
    this.job = new PeriodicJob('OverdueSweeper', 'CARTA_REFERRAL_SWEEP_MS', 60_000, () => referrals.noticeOverdue());
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}

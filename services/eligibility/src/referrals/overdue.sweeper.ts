import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ReferralsService } from './referrals.service';

/** Notices referrals past their review deadline (the clock is injectable; tests shorten the interval). */
@Injectable()
export class OverdueSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OverdueSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(private readonly referrals: ReferralsService) {}

  onApplicationBootstrap(): void {
    if (this.timer) return; // a hybrid app bootstraps twice
    const sweepMs = Number(process.env.CARTA_REFERRAL_SWEEP_MS ?? 60_000);
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.referrals
        .noticeOverdue()
        .catch((error: Error) => this.logger.error(`overdue sweep failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, sweepMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

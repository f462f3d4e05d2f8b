import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ChecklistsService } from './checklists.service';

/**
 * Time changes checklists with no one touching the case: a blood panel fresh today is stale in four
 * weeks. Each checklist stores the day it next changes; the sweep re-evaluates those that are due.
 */
@Injectable()
export class ChecklistSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChecklistSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(private readonly checklists: ChecklistsService) {}

  onApplicationBootstrap(): void {
    // A hybrid app (HTTP + event transport) bootstraps its modules twice: start one timer only.
    if (this.timer) return;
    // Once a minute is plenty for day-sized staleness; tests shorten it with CARTA_CHECKLIST_SWEEP_MS.
    const sweepMs = Number(process.env.CARTA_CHECKLIST_SWEEP_MS ?? 60_000);
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.checklists
        .reevaluateDue()
        .catch((error: Error) => this.logger.error(`checklist sweep failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, sweepMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

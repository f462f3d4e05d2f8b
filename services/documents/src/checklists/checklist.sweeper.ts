import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '@carta/service-kit';
import { ChecklistsService } from './checklists.service';

/**
 * Time changes checklists with no one touching the case: a blood panel fresh today is stale in four
 * weeks. Each checklist stores the day it next changes; the sweep re-evaluates those that are due.
 */
@Injectable()
export class ChecklistSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(checklists: ChecklistsService) {
    this.job = new PeriodicJob('ChecklistSweeper', 'CARTA_CHECKLIST_SWEEP_MS', 60_000, () => checklists.reevaluateDue());
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}

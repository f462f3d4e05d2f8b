import { scheduledJob } from '@carta/service-kit';
import { ChecklistsService } from './checklists.service';

/**
 * Time changes checklists with no one touching the case: a blood panel fresh today is stale in four
 * weeks. Each checklist stores the day it next changes; the sweep re-evaluates those that are due.
 */
export const ChecklistSweeper = scheduledJob('ChecklistSweeper', 'CARTA_CHECKLIST_SWEEP_MS', 60_000, ChecklistsService, (checklists) =>
  checklists.reevaluateDue(),
);

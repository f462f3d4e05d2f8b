import { EventDefinition } from './event-definition';
import { ChecklistEvaluated } from './events/documents-checklist';
import { ReferralSubmitted } from './events/eligibility-referral';
import { CaseOpened } from './events/intake-case';

/** Every event kind the platform knows, by CloudEvents type. */
export const EVENT_CATALOG: ReadonlyMap<string, EventDefinition> = new Map(
  [CaseOpened, ChecklistEvaluated, ReferralSubmitted].map((definition) => [definition.type, definition as EventDefinition]),
);

export function eventDefinition(type: string): EventDefinition | undefined {
  return EVENT_CATALOG.get(type);
}

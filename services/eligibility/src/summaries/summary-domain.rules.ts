/**
 * The one place the service layer reaches the pure summary and screening domain
 * (screening/oncology-summary.ts, screening/screening.ts): the service stores, checks access and
 * evidence, and calls these; the rules live there.
 */
import { isManualRule, TrialCriteria } from '@carta/domain';
import { InvalidSummaryFact } from '../screening/oncology-summary.rules';
import { rankScreenings as rankByVerdict, TrialScreening } from '../screening/screening.rules';

export {
  birthFactFromIntake,
  INTAKE_SOURCE_ID,
  INTAKE_SOURCE_LABEL,
  InvalidSummaryFact,
  parseSummaryFact,
  summaryOf,
} from '../screening/oncology-summary.rules';
export type { ManualAssessment, OncologySummary, SummaryFact } from '../screening/oncology-summary.rules';
export { screenTrial } from '../screening/screening.rules';
export type { CriterionVerdict, TrialScreening, TrialVerdict } from '../screening/screening.rules';

/**
 * Age is never typed: it derives from the birth month intake recorded with the case. A typed birth
 * date or age is refused, naming where the fact comes from.
 */
export function refuseTypedAge(raw: unknown): void {
  const kind = typeof raw === 'object' && raw !== null ? String((raw as { kind?: unknown }).kind ?? '').toUpperCase() : '';
  if (kind === 'BIRTH_DATE' || kind === 'AGE')
    throw new InvalidSummaryFact('fact.kind', 'age is derived from the birth date recorded at intake; it is never typed as a fact');
}

/** Best matches first, keeping whatever else each screening carries. */
export function rankScreenings<T extends TrialScreening>(screenings: T[]): T[] {
  return rankByVerdict(screenings) as T[];
}

/** Whether a criterion of these criteria is MANUAL (registry text people assess); undefined when there is no such criterion. */
export function isManualCriterion(criteria: TrialCriteria, criterionId: string): boolean | undefined {
  const criterion = criteria.criteria.find((item) => item.id === criterionId);
  return criterion ? isManualRule(criterion.rule) : undefined;
}

/**
 * A refused fact as the API names it: the domain's path is `<kind>.<field>` (`lab.unit`); the
 * caller sent the fields inside the `fact` argument, so the field is `fact.unit`.
 */
export function factFieldOf(error: InvalidSummaryFact): { field: string; message: string } {
  const inner = error.path === 'fact' ? '' : error.path.includes('.') ? error.path.slice(error.path.indexOf('.') + 1) : error.path;
  const field = inner ? `fact.${inner}` : 'fact';
  const problem = error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message;
  return { field, message: `${field}: ${problem}` };
}

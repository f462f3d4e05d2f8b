import { addDays, addMonths, daysBetween, DomainError } from '@carta/domain';

/**
 * Visa reference data and the checks a consulate makes (docs/domain.md). The category is data per route,
 * not code: the seed material says M, public sources cite S2 for treatment and accompanying visas
 * for family, and consulates differ — an office updates the table, not the program.
 */
export interface VisaRoute {
  /** ISO 3166-1 alpha-3 of the passport, or '*' for the default. */
  nationality: string;
  applicantRole: 'PATIENT' | 'COMPANION';
  category: string;
  /** Longest stay the category allows, in days. */
  maxStayDays: number;
  /** Typical processing time, in days. */
  processingDays: { min: number; max: number };
  note: string;
}

export const DEFAULT_VISA_ROUTES: VisaRoute[] = [
  {
    nationality: '*',
    applicantRole: 'PATIENT',
    category: 'S2',
    maxStayDays: 180,
    processingDays: { min: 14, max: 21 },
    note: '"other private matters", often cited for treatment; confirm with the consulate',
  },
  {
    nationality: '*',
    applicantRole: 'COMPANION',
    category: 'S2',
    maxStayDays: 180,
    processingDays: { min: 14, max: 21 },
    note: 'accompanying family member; confirm with the consulate',
  },
];

export function routeFor(routes: VisaRoute[], nationality: string, role: VisaRoute['applicantRole']): VisaRoute {
  const route =
    routes.find((candidate) => candidate.nationality === nationality && candidate.applicantRole === role) ??
    routes.find((candidate) => candidate.nationality === '*' && candidate.applicantRole === role);
  if (!route)
    throw new DomainError('CONFLICT', `no visa route for a ${role.toLowerCase()} with a ${nationality} passport: an admin adds it to the reference data`);
  return route;
}

export interface VisaPlan {
  passportExpiry: string;
  applyOn: string;
  plannedArrival: string;
  plannedDeparture: string;
  /** The validity the visa was granted with, once known. */
  visaValidUntil?: string;
}

export interface VisaCheck {
  check: 'PASSPORT_VALIDITY' | 'STAY_LENGTH' | 'PROCESSING_TIME' | 'VISA_VALIDITY';
  ok: boolean;
  /** A consulate refuses on a failed passport or stay check, so the application waits; a tight processing time only warns that arrival may slip. */
  blocksSubmission: boolean;
  reason: string;
}

/** Every check with its reason, passed or not: the coordinator sees what to fix before applying. */
export function checkVisaPlan(plan: VisaPlan, route: VisaRoute): VisaCheck[] {
  const passportNeeded = addMonths(plan.plannedDeparture, 6);
  const stay = daysBetween(plan.plannedArrival, plan.plannedDeparture);
  const readyBy = addDays(plan.applyOn, route.processingDays.max);
  const checks: VisaCheck[] = [
    {
      check: 'PASSPORT_VALIDITY',
      ok: plan.passportExpiry >= passportNeeded,
      blocksSubmission: plan.passportExpiry < passportNeeded,
      reason:
        plan.passportExpiry >= passportNeeded
          ? `passport valid to ${plan.passportExpiry}, past ${passportNeeded}`
          : `passport expires ${plan.passportExpiry}: it must be valid at least six months beyond the stay (to ${passportNeeded}); renew it first`,
    },
    {
      check: 'STAY_LENGTH',
      ok: stay <= route.maxStayDays,
      blocksSubmission: stay > route.maxStayDays,
      reason:
        stay <= route.maxStayDays
          ? `a ${stay}-day stay fits the ${route.category} visa's ${route.maxStayDays} days`
          : `a ${stay}-day stay exceeds the ${route.category} visa's ${route.maxStayDays} days`,
    },
    {
      check: 'PROCESSING_TIME',
      ok: readyBy <= plan.plannedArrival,
      blocksSubmission: false,
      reason:
        readyBy <= plan.plannedArrival
          ? `applying on ${plan.applyOn} leaves the ${route.processingDays.min}–${route.processingDays.max} days of processing before arrival`
          : `applying on ${plan.applyOn}, the visa may only be ready on ${readyBy}, after the planned arrival on ${plan.plannedArrival}`,
    },
  ];
  if (plan.visaValidUntil) {
    const ok = plan.visaValidUntil >= plan.plannedDeparture;
    checks.push({
      check: 'VISA_VALIDITY',
      ok,
      blocksSubmission: false,
      reason: ok
        ? `the visa covers the stay to ${plan.plannedDeparture}`
        : `the visa ends ${plan.visaValidUntil}, before the planned departure on ${plan.plannedDeparture}`,
    });
  }
  return checks;
}

/**
 * An application's life: prepared, submitted to the consulate, then granted or refused. A refusal
 * is final for that application; re-applying opens a new one, so the history stays whole.
 */
export type VisaStatus = 'PREPARING' | 'SUBMITTED' | 'GRANTED' | 'REFUSED';

const VISA_NEXT: Record<VisaStatus, VisaStatus[]> = { PREPARING: ['SUBMITTED'], SUBMITTED: ['GRANTED', 'REFUSED'], GRANTED: [], REFUSED: [] };

export function assertVisaTransition(from: VisaStatus, to: VisaStatus): void {
  if (!VISA_NEXT[from].includes(to)) {
    throw new DomainError(
      'CONFLICT',
      `a ${from} application cannot become ${to}; allowed next: ${VISA_NEXT[from].join(', ') || 'none (open a new application)'}`,
      { allowedNext: VISA_NEXT[from] },
    );
  }
}

/**
 * The navigation service's funnel and KPIs, folded from events alone (plain code: no Kafka, no Carta).
 * Times are the facts' own (`openedAt`, `submittedAt`, `decidedAt`, `evaluatedAt`), not arrival order:
 * the topics are independent streams, ordered only within one case.
 */
export interface Fact {
  type: string;
  data: Record<string, unknown>;
}

export const FUNNEL_STAGES = ['OPENED', 'RECORDS_COMPLETE', 'SUBMITTED', 'PI_DECISION', 'INVITATION', 'ARRIVAL'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface DaySummary {
  count: number;
  medianDays: number;
  minDays: number;
  maxDays: number;
}

export interface Kpis {
  /** Cases that reached each stage (a case may reach a later stage without an earlier one, e.g. submitted while records were partial). */
  funnel: Record<FunnelStage, number>;
  /** Case opened (first contact) to the first final PI decision (accepted or declined), per case. */
  firstContactToPiDecision: DaySummary | null;
  /** The checklist's completeness when a referral was submitted, against the days to the PI's first answer. */
  responseByCompleteness: { completeness: string; referrals: number; answered: number; response: DaySummary | null }[];
  /** Per centre: referrals, final decisions and the share accepted (null until one is decided). */
  acceptanceByCentre: { centreId: string; name: string | null; referrals: number; accepted: number; declined: number; rate: number | null }[];
  eventsByType: Record<string, number>;
}

const TYPES = {
  opened: 'carta.intake.case.opened.v1',
  checklist: 'carta.documents.checklist.evaluated.v1',
  submitted: 'carta.eligibility.referral.submitted.v1',
  decided: 'carta.eligibility.referral.decided.v1',
  letterIssued: 'carta.travel.invitation-letter.issued.v1',
  arrived: 'carta.travel.timeline.patient-arrived.v1',
  centre: 'carta.centres.centre.published.v1',
};
const FINAL = new Set(['ACCEPTED', 'DECLINED']);
const COMPLETENESS_ORDER = ['COMPLETE', 'PARTIAL', 'INCOMPLETE', 'UNKNOWN'];
const DAY_MS = 86_400_000;

const text = (data: Record<string, unknown>, field: string) => String(data[field]);
const at = (data: Record<string, unknown>, field: string) => Date.parse(text(data, field));
const days = (from: number, to: number) => Math.round(((to - from) / DAY_MS) * 10) / 10;

function summary(values: number[]): DaySummary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { count: sorted.length, medianDays: Math.round(median * 10) / 10, minDays: sorted[0], maxDays: sorted[sorted.length - 1] };
}

export function computeKpis(facts: Iterable<Fact>): Kpis {
  const eventsByType: Record<string, number> = {};
  const stages = new Map<FunnelStage, Set<string>>(FUNNEL_STAGES.map((stage) => [stage, new Set<string>()]));
  const openedAt = new Map<string, number>();
  const checklists = new Map<string, { at: number; completeness: string }[]>();
  const referrals = new Map<string, { caseId: string; centreId: string; submittedAt: number }>();
  const decisions: { referralId: string; caseId: string; centreId: string; decision: string; at: number }[] = [];
  const centreNames = new Map<string, { name: string; at: number }>();

  for (const { type, data } of facts) {
    eventsByType[type] = (eventsByType[type] ?? 0) + 1;
    const caseId = text(data, 'caseId');
    switch (type) {
      case TYPES.opened:
        stages.get('OPENED')!.add(caseId);
        openedAt.set(caseId, at(data, 'openedAt'));
        break;
      case TYPES.checklist:
        if (data.completeness === 'COMPLETE') stages.get('RECORDS_COMPLETE')!.add(caseId);
        checklists.set(caseId, [...(checklists.get(caseId) ?? []), { at: at(data, 'evaluatedAt'), completeness: text(data, 'completeness') }]);
        break;
      case TYPES.submitted:
        stages.get('SUBMITTED')!.add(caseId);
        referrals.set(text(data, 'referralId'), { caseId, centreId: text(data, 'centreId'), submittedAt: at(data, 'submittedAt') });
        break;
      case TYPES.decided:
        if (FINAL.has(text(data, 'decision'))) stages.get('PI_DECISION')!.add(caseId);
        decisions.push({
          referralId: text(data, 'referralId'),
          caseId,
          centreId: text(data, 'centreId'),
          decision: text(data, 'decision'),
          at: at(data, 'decidedAt'),
        });
        break;
      case TYPES.letterIssued:
        stages.get('INVITATION')!.add(caseId);
        break;
      case TYPES.arrived:
        stages.get('ARRIVAL')!.add(caseId);
        break;
      case TYPES.centre: {
        const previous = centreNames.get(text(data, 'centreId'));
        const publishedAt = at(data, 'publishedAt');
        if (!previous || !(previous.at > publishedAt)) centreNames.set(text(data, 'centreId'), { name: text(data, 'name'), at: publishedAt });
        break;
      }
    }
  }
  decisions.sort((a, b) => a.at - b.at);

  const firstFinal = new Map<string, number>();
  for (const decision of decisions) if (FINAL.has(decision.decision) && !firstFinal.has(decision.caseId)) firstFinal.set(decision.caseId, decision.at);
  const toDecision = [...firstFinal].filter(([caseId]) => openedAt.has(caseId)).map(([caseId, decidedAt]) => days(openedAt.get(caseId)!, decidedAt));

  const byCompleteness = new Map<string, { referrals: number; answered: number[] }>();
  for (const [referralId, referral] of referrals) {
    const known = (checklists.get(referral.caseId) ?? []).filter((evaluation) => evaluation.at <= referral.submittedAt).sort((a, b) => a.at - b.at);
    const completeness = known.at(-1)?.completeness ?? 'UNKNOWN';
    const answer = decisions.find((decision) => decision.referralId === referralId);
    const group = byCompleteness.get(completeness) ?? { referrals: 0, answered: [] };
    group.referrals += 1;
    if (answer) group.answered.push(days(referral.submittedAt, answer.at));
    byCompleteness.set(completeness, group);
  }

  const latestFinal = new Map<string, { centreId: string; decision: string }>();
  for (const decision of decisions) if (FINAL.has(decision.decision)) latestFinal.set(decision.referralId, decision);
  const centres = new Map<string, { referrals: number; accepted: number; declined: number }>();
  const centre = (id: string) => centres.get(id) ?? centres.set(id, { referrals: 0, accepted: 0, declined: 0 }).get(id)!;
  for (const referral of referrals.values()) centre(referral.centreId).referrals += 1;
  for (const { centreId, decision } of latestFinal.values()) {
    if (decision === 'ACCEPTED') centre(centreId).accepted += 1;
    else centre(centreId).declined += 1;
  }

  return {
    funnel: Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, stages.get(stage)!.size])) as Record<FunnelStage, number>,
    firstContactToPiDecision: summary(toDecision),
    responseByCompleteness: [...byCompleteness]
      .sort(([a], [b]) => COMPLETENESS_ORDER.indexOf(a) - COMPLETENESS_ORDER.indexOf(b))
      .map(([completeness, group]) => ({ completeness, referrals: group.referrals, answered: group.answered.length, response: summary(group.answered) })),
    acceptanceByCentre: [...centres]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([centreId, counts]) => {
        const decided = counts.accepted + counts.declined;
        return {
          centreId,
          name: centreNames.get(centreId)?.name ?? null,
          ...counts,
          rate: decided ? Math.round((counts.accepted / decided) * 1000) / 1000 : null,
        };
      }),
    eventsByType,
  };
}

import { hasRole, Identity } from '@carta/auth';
import { DataCategory } from '@carta/contracts';
import { badInput, forbidden, Money } from '@carta/domain';

export const NOTIFICATION_KINDS = [
  'REFERRAL_RECEIVED',
  'PI_DECISION',
  'MORE_INFORMATION_REQUESTED',
  'LETTER_REQUESTED',
  'LETTER_ISSUED',
  'REVIEW_OVERDUE',
  'RECORDS_STALE',
  'VISA_DECIDED',
  'INVOICE_DUE',
  'CASE_ASSIGNED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The case's coordinator at the time, or the office of one centre. */
export type Audience = 'COORDINATOR' | 'OFFICE';

/** An entry before it has a recipient: the consumer resolves the coordinator; an office entry names its centre. */
export interface NotificationDraft {
  audience: Audience;
  kind: NotificationKind;
  summary: string;
  centreId?: string;
  trialId?: string;
  outcome?: string;
  /** What an office must still be allowed to read of the case to see the entry. */
  category?: DataCategory;
  amountDue?: { minor: string; currency: string };
  dueOn?: string;
}

// Summaries name the case by its pseudonymous reference and the centre/trial by code: never a patient.
export const drafts = {
  referralSubmitted: (ref: string, e: { centreId: string; trialId: string }): NotificationDraft[] => [
    {
      audience: 'OFFICE',
      kind: 'REFERRAL_RECEIVED',
      centreId: e.centreId,
      trialId: e.trialId,
      category: 'CLINICAL_SUMMARY',
      summary: `New referral ${ref} for trial ${e.trialId}.`,
    },
  ],

  piDecision: (
    ref: string,
    e: { centreId: string; trialId: string; decision: 'ACCEPTED' | 'DECLINED' | 'MORE_INFORMATION_REQUESTED' },
  ): NotificationDraft[] => {
    const at = { centreId: e.centreId, trialId: e.trialId };
    if (e.decision === 'MORE_INFORMATION_REQUESTED')
      return [
        {
          audience: 'COORDINATOR',
          kind: 'MORE_INFORMATION_REQUESTED',
          ...at,
          summary: `${e.centreId} asks for more information on ${ref} (trial ${e.trialId}).`,
        },
      ];
    const verb = e.decision === 'ACCEPTED' ? 'accepted' : 'declined';
    return [
      { audience: 'COORDINATOR', kind: 'PI_DECISION', ...at, outcome: e.decision, summary: `The PI at ${e.centreId} ${verb} ${ref} for trial ${e.trialId}.` },
    ];
  },

  letterRequested: (ref: string, e: { centreId: string; trialId: string }): NotificationDraft[] => [
    {
      audience: 'OFFICE',
      kind: 'LETTER_REQUESTED',
      centreId: e.centreId,
      trialId: e.trialId,
      category: 'TRAVEL',
      summary: `Invitation letter requested for ${ref} (trial ${e.trialId}).`,
    },
  ],

  letterIssued: (ref: string, e: { centreId: string; validUntil: string }): NotificationDraft[] => [
    {
      audience: 'COORDINATOR',
      kind: 'LETTER_ISSUED',
      centreId: e.centreId,
      summary: `${e.centreId} issued the invitation letter for ${ref}, valid until ${e.validUntil}.`,
    },
  ],

  reviewOverdue: (ref: string, e: { centreId: string; trialId: string; dueOn: string }): NotificationDraft[] => {
    const entry = {
      kind: 'REVIEW_OVERDUE',
      centreId: e.centreId,
      trialId: e.trialId,
      dueOn: e.dueOn,
      summary: `The review of ${ref} for trial ${e.trialId} at ${e.centreId} was due on ${e.dueOn}.`,
    } as const;
    return [
      { audience: 'COORDINATOR', ...entry },
      { audience: 'OFFICE', ...entry, category: 'CLINICAL_SUMMARY' },
    ];
  },

  recordsStale: (ref: string, newlyStaleKinds: string[]): NotificationDraft[] =>
    newlyStaleKinds.length === 0
      ? []
      : [{ audience: 'COORDINATOR', kind: 'RECORDS_STALE', summary: `Records of ${ref} turned stale: ${newlyStaleKinds.join(', ')}.` }],

  visaDecided: (ref: string, e: { applicantRole: 'PATIENT' | 'COMPANION'; to: string; validUntil?: string }): NotificationDraft[] => {
    if (e.to !== 'GRANTED' && e.to !== 'REFUSED') return [];
    const whose = e.applicantRole === 'PATIENT' ? 'the patient' : 'a companion';
    const until = e.to === 'GRANTED' && e.validUntil ? `, valid until ${e.validUntil}` : '';
    return [{ audience: 'COORDINATOR', kind: 'VISA_DECIDED', outcome: e.to, summary: `Visa ${e.to.toLowerCase()} for ${whose} of ${ref}${until}.` }];
  },

  invoiceIssued: (ref: string, e: { kind: 'DEPOSIT' | 'BALANCE'; due: { minor: string; currency: string }; dueOn?: string }): NotificationDraft[] => {
    const by = e.dueOn ? ` by ${e.dueOn}` : '';
    const what = e.kind === 'DEPOSIT' ? 'Deposit' : 'Balance';
    return [
      {
        audience: 'COORDINATOR',
        kind: 'INVOICE_DUE',
        amountDue: e.due,
        ...(e.dueOn ? { dueOn: e.dueOn } : {}),
        summary: `${what} invoice issued for ${ref}: ${formatAmount(e.due)} due${by}.`,
      },
    ];
  },

  coordinatorAssigned: (ref: string): NotificationDraft[] => [{ audience: 'COORDINATOR', kind: 'CASE_ASSIGNED', summary: `${ref} was assigned to you.` }],
};

/** "112,500.00 CNY"; a currency the money rules do not know is shown as it came. */
export function formatAmount(amount: { minor: string; currency: string }): string {
  try {
    return Money.fromJSON(amount).format();
  } catch {
    return `${amount.minor} minor units of ${amount.currency}`;
  }
}

/** The kinds stale now that were not stale at the previous evaluation, in the order given. */
export function newlyStale(previous: readonly string[], current: readonly string[]): string[] {
  const before = new Set(previous);
  return [...new Set(current)].filter((kind) => !before.has(kind));
}

/** Whose entries a caller sees: its own (coordinators, admins) and its centre's (offices). */
export interface FeedOwner {
  subject: string;
  /** Set when the caller reads as the coordinator/admin the entries were addressed to. */
  personal: boolean;
  officeCentreId: string | null;
}

export function feedOwner(identity: Identity): FeedOwner {
  const personal = hasRole(identity, 'coordinator', 'admin');
  const officeCentreId = hasRole(identity, 'hospital_office') && identity.centreId ? identity.centreId : null;
  if (!personal && !officeCentreId) throw forbidden('notifications are for coordinators, admins and hospital offices');
  return { subject: identity.subject, personal, officeCentreId };
}

/** The feed's position of an entry (its arrival order), as a cursor carries it; anything else is BAD_USER_INPUT. */
export function feedPosition(position: string): string {
  if (!/^[1-9]\d{0,17}$/.test(position)) throw badInput('after: not a cursor this list gave you', { field: 'after' });
  return position;
}

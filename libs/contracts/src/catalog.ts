import { EventDefinition } from './event-definition';
import { CostEstimateAccepted, CostEstimatePrepared, InvoiceIssued, PaymentRecorded, RefundRecorded } from './events/billing';
import { CentreProfilePublished } from './events/centres-centre';
import { TrialClosed, TrialCriteriaChanged, TrialOpened, TrialRegistered, TrialUpdated } from './events/centres-trial';
import { ChecklistEvaluated } from './events/documents-checklist';
import { PiDecisionRecorded, ReferralReviewOverdue, ReferralSubmitted } from './events/eligibility-referral';
import { CaseOpened, CaseProfileChanged, CaseStatusChanged, CoordinatorAssigned } from './events/intake-case';
import { ConsentGranted, ConsentWithdrawn } from './events/intake-consent';
import { PersonRecorded, PersonRemoved } from './events/intake-person';
import { DocumentDeleted, DocumentQuarantined, DocumentRejected, DocumentVerified } from './events/documents-document';
import {
  InvitationLetterExpired,
  InvitationLetterIssued,
  InvitationLetterRequested,
  PatientArrived,
  TreatmentTimelinePlanned,
  VisaApplicationOpened,
  VisaApplicationStatusChanged,
} from './events/travel';

/** Every event kind the platform knows, by CloudEvents type. */
export const EVENT_CATALOG: ReadonlyMap<string, EventDefinition> = new Map(
  [
    CaseOpened,
    CaseStatusChanged,
    CoordinatorAssigned,
    CaseProfileChanged,
    PersonRecorded,
    PersonRemoved,
    ConsentGranted,
    ConsentWithdrawn,
    DocumentVerified,
    DocumentRejected,
    DocumentQuarantined,
    DocumentDeleted,
    ChecklistEvaluated,
    ReferralSubmitted,
    PiDecisionRecorded,
    ReferralReviewOverdue,
    TrialOpened,
    TrialCriteriaChanged,
    TrialClosed,
    TrialRegistered,
    TrialUpdated,
    CentreProfilePublished,
    InvitationLetterRequested,
    InvitationLetterIssued,
    InvitationLetterExpired,
    VisaApplicationOpened,
    VisaApplicationStatusChanged,
    TreatmentTimelinePlanned,
    PatientArrived,
    CostEstimatePrepared,
    CostEstimateAccepted,
    InvoiceIssued,
    PaymentRecorded,
    RefundRecorded,
  ].map((definition) => [definition.type, definition as EventDefinition]),
);

export function eventDefinition(type: string): EventDefinition | undefined {
  return EVENT_CATALOG.get(type);
}

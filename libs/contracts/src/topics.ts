/**
 * The topic catalog: one topic per aggregate stream, the version in the name. Records are keyed
 * by the aggregate id so one aggregate's events stay ordered. A breaking change is a new topic.
 */
export const Topics = {
  intakeCase: 'carta.intake.case.v1',
  intakeConsent: 'carta.intake.consent.v1',
  /** Sealed identities of the people of a case: readable only by the platform's services. */
  intakePerson: 'carta.intake.person.v1',
  documentsDocument: 'carta.documents.document.v1',
  documentsChecklist: 'carta.documents.checklist.v1',
  eligibilityReferral: 'carta.eligibility.referral.v1',
  centresTrial: 'carta.centres.trial.v1',
  centresCentre: 'carta.centres.centre.v1',
  travelInvitationLetter: 'carta.travel.invitation-letter.v1',
  travelVisaApplication: 'carta.travel.visa-application.v1',
  travelTimeline: 'carta.travel.timeline.v1',
  billingEstimate: 'carta.billing.estimate.v1',
  billingLedger: 'carta.billing.ledger.v1',
} as const;

export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

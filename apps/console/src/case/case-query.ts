import { graphql } from '../gql';

/** What the case page and its overview show; the overview reads it from the cache. */
export const CaseOverview = graphql(`
  query CaseOverview($id: ID!) {
    case(id: $id) {
      id
      reference
      status
      allowedTransitions
      statusHistory {
        from
        to
        reason
        changedBy
        changedAt
      }
      openedAt
      coordinatorId
      priorCellularTherapy
      reviewDueOn
      reviewOverdue
      staleRecordKinds
      diagnosis {
        icd10
        description
      }
      homeTeamReview {
        reviewedOn
        reviewer
        institution
        summary
        recordedAt
      }
      checklist {
        completeness
        items {
          kind
          status
          recordDate
          required
        }
      }
    }
  }
`);

/** The people of a case and its consents, with the consent forms a consent may cite. */
export const CasePeople = graphql(`
  query CasePeople($id: ID!) {
    case(id: $id) {
      id
      patient {
        id
        givenName
        familyName
        birthDate
        nationality
        passportNumber
        passportExpiry
        email
        phone
      }
      companions {
        id
        givenName
        familyName
        relationship
        birthDate
        nationality
        passportNumber
        passportExpiry
      }
      consents {
        id
        centreId
        purpose
        categories
        direction
        recipientName
        recipientContact
        processingMethod
        rightsContact
        signedFormDocumentId
        grantedAt
        withdrawnAt
        withdrawalReason
        active
      }
      documents {
        id
        kind
        createdAt
        versions {
          id
          version
          fileName
          status
          uploadedAt
        }
      }
    }
  }
`);

/** The centres a consent may name, with what the patient is told about them. */
export const CaseConsentCentres = graphql(`
  query CaseConsentCentres {
    centres {
      id
      name
      nameZh
      city
      contactEmail
      contactPhone
    }
  }
`);

export const CaseOpen = graphql(`
  mutation CaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {
    openCase(input: $input, idempotencyKey: $idempotencyKey) {
      id
      reference
    }
  }
`);

export const CaseTransition = graphql(`
  mutation CaseTransition($caseId: ID!, $to: CaseStatus!, $reason: String) {
    transitionCase(caseId: $caseId, to: $to, reason: $reason) {
      id
      status
      allowedTransitions
      statusHistory {
        from
        to
        reason
        changedBy
        changedAt
      }
    }
  }
`);

export const CaseUpdateProfile = graphql(`
  mutation CaseUpdateProfile($caseId: ID!, $input: CaseProfileInput!) {
    updateCaseProfile(caseId: $caseId, input: $input) {
      id
      priorCellularTherapy
      diagnosis {
        icd10
        description
      }
    }
  }
`);

export const CaseRecordHomeTeamReview = graphql(`
  mutation CaseRecordHomeTeamReview($caseId: ID!, $review: HomeTeamReviewInput!) {
    recordHomeTeamReview(caseId: $caseId, review: $review) {
      id
      homeTeamReview {
        reviewedOn
        reviewer
        institution
        summary
        recordedAt
      }
    }
  }
`);

export const CaseAssignCoordinator = graphql(`
  mutation CaseAssignCoordinator($caseId: ID!, $coordinatorId: String!) {
    assignCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {
      id
      coordinatorId
    }
  }
`);

export const CaseUpdatePatient = graphql(`
  mutation CaseUpdatePatient($caseId: ID!, $patient: PatientChangesInput!) {
    updatePatient(caseId: $caseId, patient: $patient) {
      id
    }
  }
`);

export const CaseAddCompanion = graphql(`
  mutation CaseAddCompanion($caseId: ID!, $companion: CompanionInput!) {
    addCompanion(caseId: $caseId, companion: $companion) {
      id
    }
  }
`);

export const CaseUpdateCompanion = graphql(`
  mutation CaseUpdateCompanion($companionId: ID!, $companion: CompanionChangesInput!) {
    updateCompanion(companionId: $companionId, companion: $companion) {
      id
    }
  }
`);

export const CaseRemoveCompanion = graphql(`
  mutation CaseRemoveCompanion($companionId: ID!) {
    removeCompanion(companionId: $companionId) {
      id
    }
  }
`);

export const CaseRecordConsent = graphql(`
  mutation CaseRecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
    }
  }
`);

export const CaseWithdrawConsent = graphql(`
  mutation CaseWithdrawConsent($consentId: ID!, $reason: String!) {
    withdrawConsent(consentId: $consentId, reason: $reason) {
      id
      active
      withdrawnAt
      withdrawalReason
    }
  }
`);

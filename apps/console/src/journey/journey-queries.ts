import { graphql } from '../gql';

/**
 * Everything the journey tab shows; each part may be refused on its own (errorPolicy all). Travellers and
 * visas are for coordinators and admins only (`people`: an office does not ask for them).
 */
export const JourneyTabQuery = graphql(`
  query JourneyTab($id: ID!, $people: Boolean!) {
    case(id: $id) {
      id
      journey {
        caseId
        centreId
        trialId
        productType
        acceptedOn
        revision
        plannedAt
        arrivedOn
        facts {
          kind
          days
          on
          validUntil
          role
        }
        timeline {
          milestones {
            name
            start {
              earliest
              latest
            }
            end {
              earliest
              latest
            }
            note
          }
          infusion {
            earliest
            latest
          }
          firstContactToInfusionDays {
            min
            max
          }
          flags
        }
      }
      invitationLetters {
        id
        status
        version
        requestedAt
        officeReference
        plannedArrival
        plannedDeparture
        validUntil
        issuedAt
        supersededAt
      }
      travellers @include(if: $people) {
        id
        role
        givenName
        familyName
        birthDate
        nationality
        passportNumber
        passportExpiry
        relationship
      }
      visaApplications @include(if: $people) {
        id
        travellerId
        applicantRole
        route {
          category
          maxStayDays
        }
        status
        plannedArrival
        plannedDeparture
        submittedOn
        decidedOn
        validUntil
        refusalReason
        checks {
          check
          ok
          blocksSubmission
          reason
        }
      }
    }
  }
`);

export const JourneyRequestLetter = graphql(`
  mutation JourneyRequestLetter($caseId: ID!) {
    requestInvitationLetter(caseId: $caseId) {
      id
      status
    }
  }
`);

export const JourneyLetterDownload = graphql(`
  query JourneyLetterDownload($letterId: ID!) {
    invitationLetterDownload(letterId: $letterId) {
      url
      expiresAt
    }
  }
`);

export const JourneyOpenVisa = graphql(`
  mutation JourneyOpenVisa($travellerId: ID!, $input: OpenVisaApplicationInput) {
    openVisaApplication(travellerId: $travellerId, input: $input) {
      id
      status
    }
  }
`);

export const JourneyUpdateVisa = graphql(`
  mutation JourneyUpdateVisa($applicationId: ID!, $input: VisaStatusInput!) {
    updateVisaApplication(applicationId: $applicationId, input: $input) {
      id
      status
    }
  }
`);

export const JourneyReportDelay = graphql(`
  mutation JourneyReportDelay($caseId: ID!, $days: Int!) {
    reportManufacturingDelay(caseId: $caseId, days: $days) {
      caseId
      revision
    }
  }
`);

export const JourneyRecordArrival = graphql(`
  mutation JourneyRecordArrival($caseId: ID!, $arrivedOn: Date!) {
    recordArrival(caseId: $caseId, arrivedOn: $arrivedOn) {
      caseId
      arrivedOn
    }
  }
`);

export const JourneyCalendarDownload = graphql(`
  query JourneyCalendarDownload($caseId: ID!) {
    treatmentCalendarDownload(caseId: $caseId) {
      url
      expiresAt
    }
  }
`);

export const JourneySubscribeCalendar = graphql(`
  mutation JourneySubscribeCalendar($caseId: ID!) {
    subscribeTreatmentCalendar(caseId: $caseId) {
      url
      createdAt
    }
  }
`);

export const JourneyRevokeCalendar = graphql(`
  mutation JourneyRevokeCalendar($caseId: ID!) {
    revokeTreatmentCalendar(caseId: $caseId)
  }
`);

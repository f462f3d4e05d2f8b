import { graphql } from '../gql';

// The office's operations (the API answers only for the caller's own centre; the console filters nothing).

export const OfficeReferrals = graphql(`
  query OfficeReferrals {
    myReferrals {
      id
      trialId
      centreId
      status
      submittedAt
      reviewDueOn
      decisionReason
      decidedAt
      completenessAtSubmission
      case {
        id
        reference
      }
    }
  }
`);

export const OfficeReferralCase = graphql(`
  query OfficeReferralCase($id: ID!) {
    case(id: $id) {
      id
      reference
      status
      diagnosis {
        icd10
        description
      }
      checklistCompleteness
      staleRecordKinds
      reviewDueOn
      reviewOverdue
    }
  }
`);

export const OfficeRecordPiDecision = graphql(`
  mutation OfficeRecordPiDecision($referralId: ID!, $decision: PiDecision!, $reason: String) {
    recordPiDecision(referralId: $referralId, decision: $decision, reason: $reason) {
      id
      status
      decisionReason
      decidedAt
    }
  }
`);

export const OfficeLetters = graphql(`
  query OfficeLetters {
    myInvitationLetters {
      id
      status
      trialId
      version
      requestedAt
      issuedAt
      officeReference
      plannedArrival
      plannedDeparture
      validUntil
      sha256
      supersededAt
      reissueReason
      case {
        id
        reference
      }
    }
  }
`);

export const OfficeLetterPreview = graphql(`
  query OfficeLetterPreview($letterId: ID!, $input: InvitationLetterDraftInput) {
    previewInvitationLetter(letterId: $letterId, input: $input) {
      letterId
      version
      missing
      unprintable
      acceptedOn
      officeReference
      plannedArrival
      plannedDeparture
      validUntil
      centre {
        name
        nameZh
        address {
          en
          zh
        }
        officeEmail
        officePhone
      }
      principalInvestigator {
        name
        nameZh
      }
      travellers {
        role
        givenName
        familyName
        nationality
        passportNumber
      }
      draft {
        url
      }
    }
  }
`);

export const OfficeIssueLetter = graphql(`
  mutation OfficeIssueLetter($letterId: ID!, $input: IssueInvitationLetterInput!) {
    issueInvitationLetter(letterId: $letterId, input: $input) {
      id
      status
      issuedAt
    }
  }
`);

export const OfficeReissueLetter = graphql(`
  mutation OfficeReissueLetter($letterId: ID!, $reason: String!, $input: InvitationLetterDraftInput) {
    reissueInvitationLetter(letterId: $letterId, reason: $reason, input: $input) {
      id
      status
      version
    }
  }
`);

export const OfficeLetterDownload = graphql(`
  query OfficeLetterDownload($letterId: ID!) {
    invitationLetterDownload(letterId: $letterId) {
      url
      expiresAt
    }
  }
`);

export const OfficeCentre = graphql(`
  query OfficeCentre($id: ID!) {
    centre(id: $id) {
      id
      name
      nameZh
      city
      address {
        en
        zh
      }
      activeTargets
      internationalOffice
      internationalOfficeNote
      languages
      icuBackup
      crsIcansManagement
      hotelMonitoringAfterDay14
      contactEmail
      contactPhone
    }
  }
`);

export const OfficeUpdateCentre = graphql(`
  mutation OfficeUpdateCentre($centreId: ID!, $profile: CentreProfileInput!) {
    updateCentreProfile(centreId: $centreId, profile: $profile) {
      id
      nameZh
      address {
        en
        zh
      }
      languages
      icuBackup
      crsIcansManagement
      hotelMonitoringAfterDay14
      contactEmail
      contactPhone
    }
  }
`);

export const OfficeTariff = graphql(`
  query OfficeTariff($centreId: ID!) {
    centreTariff(centreId: $centreId) {
      centreId
      label
      asOf
      updatedAt
      hospitalDay {
        amount
        formatted
      }
      monitoringDay {
        amount
        formatted
      }
      apheresis {
        amount
        formatted
      }
      lymphodepletionDay {
        amount
        formatted
      }
      crsIcansReserve {
        low {
          amount
          formatted
        }
        high {
          amount
          formatted
        }
      }
      coordinationFee {
        amount
        formatted
      }
      interpreterDay {
        amount
        formatted
      }
      hotelNight {
        amount
        formatted
      }
      manufacturing {
        low {
          amount
          currency
          formatted
        }
        high {
          amount
          formatted
        }
      }
      bank {
        accountName
        bankName
        accountNumber
        swift
      }
    }
  }
`);

export const OfficeSetTariff = graphql(`
  mutation OfficeSetTariff($centreId: ID!, $tariff: CentreTariffInput!) {
    setCentreTariff(centreId: $centreId, tariff: $tariff) {
      centreId
      label
      asOf
      updatedAt
    }
  }
`);

export const OfficeTrials = graphql(`
  query OfficeTrials($centreId: ID!) {
    centre(id: $centreId) {
      id
      trials {
        id
        title
        registryIds
        ownerCentreId
        criteriaVersion
        sites {
          centreId
          recruiting
          openSlots
          principalInvestigator {
            name
            nameZh
          }
        }
      }
    }
  }
`);

export const OfficeAllTrials = graphql(`
  query OfficeAllTrials {
    trials(recruitingOnly: false) {
      id
      title
      registryIds
      ownerCentreId
      criteriaVersion
      sites {
        centreId
        recruiting
        openSlots
        principalInvestigator {
          name
          nameZh
        }
      }
    }
  }
`);

export const OfficeTrial = graphql(`
  query OfficeTrial($id: ID!) {
    trial(id: $id) {
      id
      title
      registryIds
      ownerCentreId
      centreIds
      targets
      productType
      phase
      fundingModels
      criteriaJson
      criteriaVersion
      sites {
        centreId
        recruiting
        openSlots
        updatedAt
        principalInvestigator {
          name
          nameZh
        }
      }
      criteriaHistory {
        version
        changedBy
        changedAt
      }
    }
  }
`);

export const OfficeCriteriaVersion = graphql(`
  query OfficeCriteriaVersion($id: ID!, $version: Int!) {
    trial(id: $id) {
      id
      criteriaAtVersion(version: $version) {
        version
        changedBy
        changedAt
        criteria {
          id
          kind
          text
          manual
          note
          rule
          appliesWhen
        }
      }
    }
  }
`);

export const OfficeSetRecruiting = graphql(`
  mutation OfficeSetRecruiting($trialId: ID!, $recruiting: Boolean!, $openSlots: Int!, $centreId: ID) {
    setTrialRecruiting(trialId: $trialId, recruiting: $recruiting, openSlots: $openSlots, centreId: $centreId) {
      id
      sites {
        centreId
        recruiting
        openSlots
        updatedAt
      }
    }
  }
`);

export const OfficeSetInvestigator = graphql(`
  mutation OfficeSetInvestigator($trialId: ID!, $principalInvestigator: PrincipalInvestigatorInput!, $centreId: ID) {
    setTrialSiteInvestigator(trialId: $trialId, principalInvestigator: $principalInvestigator, centreId: $centreId) {
      id
      sites {
        centreId
        principalInvestigator {
          name
          nameZh
        }
        updatedAt
      }
    }
  }
`);

export const OfficeUpdateCriteria = graphql(`
  mutation OfficeUpdateCriteria($trialId: ID!, $criteria: String!) {
    updateTrialCriteria(trialId: $trialId, criteria: $criteria) {
      id
      criteriaJson
      criteriaVersion
    }
  }
`);

export const OfficeRegisterTrial = graphql(`
  mutation OfficeRegisterTrial($input: RegisterTrialInput!) {
    registerTrial(input: $input) {
      id
      title
    }
  }
`);

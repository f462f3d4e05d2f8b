/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AdminAuditTrail($caseId: ID!) {\n    auditTrail(caseId: $caseId) {\n      caseId\n      intake {\n        ...AdminAuditEntry\n      }\n      documents {\n        ...AdminAuditEntry\n      }\n      eligibility {\n        ...AdminAuditEntry\n      }\n      centres {\n        ...AdminAuditEntry\n      }\n      travel {\n        ...AdminAuditEntry\n      }\n      billing {\n        ...AdminAuditEntry\n      }\n    }\n  }\n  fragment AdminAuditEntry on AuditEntry {\n    id\n    service\n    seq\n    at\n    action\n    outcome\n    purpose\n    actor\n    roles\n    centreId\n    targetType\n    targetId\n  }\n': typeof types.AdminAuditTrailDocument;
  '\n  query AdminReference {\n    centres {\n      id\n      name\n      nameZh\n      city\n      languages\n      contactEmail\n      contactPhone\n    }\n    trials(recruitingOnly: false) {\n      id\n      registryIds\n      title\n      ownerCentreId\n      productType\n      recruiting\n      openSlots\n      sites {\n        centreId\n        recruiting\n      }\n    }\n  }\n': typeof types.AdminReferenceDocument;
  '\n  query AdminVisaRoutes {\n    visaRoutes {\n      ...AdminVisaRoute\n    }\n  }\n  fragment AdminVisaRoute on VisaRoute {\n    nationality\n    applicantRole\n    category\n    maxStayDays\n    processingDays {\n      min\n      max\n    }\n    note\n  }\n': typeof types.AdminVisaRoutesDocument;
  '\n  mutation AdminSetVisaRoute($route: VisaRouteInput!) {\n    setVisaRoute(route: $route) {\n      ...AdminVisaRoute\n    }\n  }\n': typeof types.AdminSetVisaRouteDocument;
  '\n  fragment AdminDeadLetter on DeadLetter {\n    id\n    consumer\n    topic\n    eventType\n    errorCode\n    errorMessage\n    attempts\n    createdAt\n    redrivenAt\n  }\n': typeof types.AdminDeadLetterFragmentDoc;
  '\n  query AdminIntakeDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: intakeDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n': typeof types.AdminIntakeDeadLettersDocument;
  '\n  query AdminDocumentsDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: documentsDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n': typeof types.AdminDocumentsDeadLettersDocument;
  '\n  query AdminEligibilityDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: eligibilityDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n': typeof types.AdminEligibilityDeadLettersDocument;
  '\n  query AdminCentresDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: centresDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n': typeof types.AdminCentresDeadLettersDocument;
  '\n  query AdminTravelDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: travelDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n': typeof types.AdminTravelDeadLettersDocument;
  '\n  query AdminBillingDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: billingDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n': typeof types.AdminBillingDeadLettersDocument;
  '\n  mutation AdminRedriveIntakeDeadLetter($id: ID!) {\n    result: redriveIntakeDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n': typeof types.AdminRedriveIntakeDeadLetterDocument;
  '\n  mutation AdminRedriveDocumentsDeadLetter($id: ID!) {\n    result: redriveDocumentsDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n': typeof types.AdminRedriveDocumentsDeadLetterDocument;
  '\n  mutation AdminRedriveEligibilityDeadLetter($id: ID!) {\n    result: redriveEligibilityDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n': typeof types.AdminRedriveEligibilityDeadLetterDocument;
  '\n  mutation AdminRedriveCentresDeadLetter($id: ID!) {\n    result: redriveCentresDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n': typeof types.AdminRedriveCentresDeadLetterDocument;
  '\n  mutation AdminRedriveTravelDeadLetter($id: ID!) {\n    result: redriveTravelDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n': typeof types.AdminRedriveTravelDeadLetterDocument;
  '\n  mutation AdminRedriveBillingDeadLetter($id: ID!) {\n    result: redriveBillingDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n': typeof types.AdminRedriveBillingDeadLetterDocument;
  '\n  query CentreLanguages {\n    centres {\n      id\n      languages\n    }\n  }\n': typeof types.CentreLanguagesDocument;
  '\n  query DevCentres {\n    centres {\n      id\n      name\n    }\n  }\n': typeof types.DevCentresDocument;
  '\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      allowedTransitions\n      statusHistory {\n        from\n        to\n        reason\n        changedBy\n        changedAt\n      }\n      openedAt\n      coordinatorId\n      priorCellularTherapy\n      reviewDueOn\n      reviewOverdue\n      staleRecordKinds\n      diagnosis {\n        icd10\n        description\n      }\n      homeTeamReview {\n        reviewedOn\n        reviewer\n        institution\n        summary\n        recordedAt\n      }\n      checklist {\n        completeness\n        items {\n          kind\n          status\n          recordDate\n          required\n        }\n      }\n    }\n  }\n': typeof types.CaseOverviewDocument;
  '\n  query CasePeople($id: ID!) {\n    case(id: $id) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n        email\n        phone\n      }\n      companions {\n        id\n        givenName\n        familyName\n        relationship\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n      }\n      consents {\n        id\n        centreId\n        purpose\n        categories\n        direction\n        recipientName\n        recipientContact\n        processingMethod\n        rightsContact\n        signedFormDocumentId\n        grantedAt\n        withdrawnAt\n        withdrawalReason\n        active\n      }\n      documents {\n        id\n        kind\n        createdAt\n        versions {\n          id\n          version\n          fileName\n          status\n          uploadedAt\n        }\n      }\n    }\n  }\n': typeof types.CasePeopleDocument;
  '\n  query CaseConsentCentres {\n    centres {\n      id\n      name\n      nameZh\n      city\n      contactEmail\n      contactPhone\n    }\n  }\n': typeof types.CaseConsentCentresDocument;
  '\n  mutation CaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {\n    openCase(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      reference\n    }\n  }\n': typeof types.CaseOpenDocument;
  '\n  mutation CaseTransition($caseId: ID!, $to: CaseStatus!, $reason: String) {\n    transitionCase(caseId: $caseId, to: $to, reason: $reason) {\n      id\n      status\n      allowedTransitions\n      statusHistory {\n        from\n        to\n        reason\n        changedBy\n        changedAt\n      }\n    }\n  }\n': typeof types.CaseTransitionDocument;
  '\n  mutation CaseUpdateProfile($caseId: ID!, $input: CaseProfileInput!) {\n    updateCaseProfile(caseId: $caseId, input: $input) {\n      id\n      priorCellularTherapy\n      diagnosis {\n        icd10\n        description\n      }\n    }\n  }\n': typeof types.CaseUpdateProfileDocument;
  '\n  mutation CaseRecordHomeTeamReview($caseId: ID!, $review: HomeTeamReviewInput!) {\n    recordHomeTeamReview(caseId: $caseId, review: $review) {\n      id\n      homeTeamReview {\n        reviewedOn\n        reviewer\n        institution\n        summary\n        recordedAt\n      }\n    }\n  }\n': typeof types.CaseRecordHomeTeamReviewDocument;
  '\n  mutation CaseAssignCoordinator($caseId: ID!, $coordinatorId: String!) {\n    assignCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      id\n      coordinatorId\n    }\n  }\n': typeof types.CaseAssignCoordinatorDocument;
  '\n  mutation CaseUpdatePatient($caseId: ID!, $patient: PatientChangesInput!) {\n    updatePatient(caseId: $caseId, patient: $patient) {\n      id\n    }\n  }\n': typeof types.CaseUpdatePatientDocument;
  '\n  mutation CaseAddCompanion($caseId: ID!, $companion: CompanionInput!) {\n    addCompanion(caseId: $caseId, companion: $companion) {\n      id\n    }\n  }\n': typeof types.CaseAddCompanionDocument;
  '\n  mutation CaseUpdateCompanion($companionId: ID!, $companion: CompanionChangesInput!) {\n    updateCompanion(companionId: $companionId, companion: $companion) {\n      id\n    }\n  }\n': typeof types.CaseUpdateCompanionDocument;
  '\n  mutation CaseRemoveCompanion($companionId: ID!) {\n    removeCompanion(companionId: $companionId) {\n      id\n    }\n  }\n': typeof types.CaseRemoveCompanionDocument;
  '\n  mutation CaseRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n': typeof types.CaseRecordConsentDocument;
  '\n  mutation CaseWithdrawConsent($consentId: ID!, $reason: String!) {\n    withdrawConsent(consentId: $consentId, reason: $reason) {\n      id\n      active\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n': typeof types.CaseWithdrawConsentDocument;
  '\n  query JourneyTab($id: ID!, $people: Boolean!) {\n    case(id: $id) {\n      id\n      journey {\n        caseId\n        centreId\n        trialId\n        productType\n        acceptedOn\n        revision\n        plannedAt\n        arrivedOn\n        facts {\n          kind\n          days\n          on\n          validUntil\n          role\n        }\n        timeline {\n          milestones {\n            name\n            start {\n              earliest\n              latest\n            }\n            end {\n              earliest\n              latest\n            }\n            note\n          }\n          infusion {\n            earliest\n            latest\n          }\n          firstContactToInfusionDays {\n            min\n            max\n          }\n          flags\n        }\n      }\n      invitationLetters {\n        id\n        status\n        version\n        requestedAt\n        officeReference\n        plannedArrival\n        plannedDeparture\n        validUntil\n        issuedAt\n        supersededAt\n      }\n      travellers @include(if: $people) {\n        id\n        role\n        givenName\n        familyName\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n        relationship\n      }\n      visaApplications @include(if: $people) {\n        id\n        travellerId\n        applicantRole\n        route {\n          category\n          maxStayDays\n        }\n        status\n        plannedArrival\n        plannedDeparture\n        submittedOn\n        decidedOn\n        validUntil\n        refusalReason\n        checks {\n          check\n          ok\n          blocksSubmission\n          reason\n        }\n      }\n    }\n  }\n': typeof types.JourneyTabDocument;
  '\n  mutation JourneyRequestLetter($caseId: ID!) {\n    requestInvitationLetter(caseId: $caseId) {\n      id\n      status\n    }\n  }\n': typeof types.JourneyRequestLetterDocument;
  '\n  query JourneyLetterDownload($letterId: ID!) {\n    invitationLetterDownload(letterId: $letterId) {\n      url\n      expiresAt\n    }\n  }\n': typeof types.JourneyLetterDownloadDocument;
  '\n  mutation JourneyOpenVisa($travellerId: ID!, $input: OpenVisaApplicationInput) {\n    openVisaApplication(travellerId: $travellerId, input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.JourneyOpenVisaDocument;
  '\n  mutation JourneyUpdateVisa($applicationId: ID!, $input: VisaStatusInput!) {\n    updateVisaApplication(applicationId: $applicationId, input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.JourneyUpdateVisaDocument;
  '\n  mutation JourneyReportDelay($caseId: ID!, $days: Int!) {\n    reportManufacturingDelay(caseId: $caseId, days: $days) {\n      caseId\n      revision\n    }\n  }\n': typeof types.JourneyReportDelayDocument;
  '\n  mutation JourneyRecordArrival($caseId: ID!, $arrivedOn: Date!) {\n    recordArrival(caseId: $caseId, arrivedOn: $arrivedOn) {\n      caseId\n      arrivedOn\n    }\n  }\n': typeof types.JourneyRecordArrivalDocument;
  '\n  query JourneyCalendarDownload($caseId: ID!) {\n    treatmentCalendarDownload(caseId: $caseId) {\n      url\n      expiresAt\n    }\n  }\n': typeof types.JourneyCalendarDownloadDocument;
  '\n  mutation JourneySubscribeCalendar($caseId: ID!) {\n    subscribeTreatmentCalendar(caseId: $caseId) {\n      url\n      createdAt\n    }\n  }\n': typeof types.JourneySubscribeCalendarDocument;
  '\n  mutation JourneyRevokeCalendar($caseId: ID!) {\n    revokeTreatmentCalendar(caseId: $caseId)\n  }\n': typeof types.JourneyRevokeCalendarDocument;
  '\n  query MoneyTab($id: ID!) {\n    case(id: $id) {\n      id\n      journey {\n        caseId\n        centreId\n      }\n      billing {\n        caseId\n        timelineRevision\n        currentEstimate {\n          id\n          version\n        }\n        estimates {\n          id\n          version\n          fundingModel\n          priceList {\n            label\n            asOf\n            illustrative\n          }\n          lines {\n            item\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n            basis\n          }\n          total {\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n          totalUsd {\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n          rate {\n            from\n            to\n            rate\n            asOf\n            source\n          }\n          timelineRevision\n          preparedAt\n          acceptance {\n            acceptedBy\n            acceptedAt\n            recordedBy\n          }\n        }\n        invoices {\n          id\n          reference\n          kind\n          amount {\n            amount\n            currency\n          }\n          amountUsd {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n          }\n          estimateVersion\n          issuedOn\n          dueOn\n        }\n        payments {\n          reference\n          amount {\n            amount\n            currency\n          }\n          received {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n            source\n          }\n          invoiceReference\n          on\n        }\n        refunds {\n          reference\n          amount {\n            amount\n            currency\n          }\n          received {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n            source\n          }\n          invoiceReference\n          on\n        }\n        balance {\n          invoiced {\n            amount\n            currency\n          }\n          paid {\n            amount\n            currency\n          }\n          refunded {\n            amount\n            currency\n          }\n          due {\n            amount\n            currency\n          }\n          credit {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n': typeof types.MoneyTabDocument;
  '\n  query MoneyPayee($centreId: ID!) {\n    centreTariff(centreId: $centreId) {\n      centreId\n      label\n      bank {\n        accountName\n        bankName\n        accountNumber\n        swift\n      }\n    }\n  }\n': typeof types.MoneyPayeeDocument;
  '\n  mutation MoneyPrepareEstimate($caseId: ID!, $input: PrepareEstimateInput!) {\n    prepareCostEstimate(caseId: $caseId, input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.MoneyPrepareEstimateDocument;
  '\n  mutation MoneyAcceptEstimate($estimateId: ID!, $input: AcceptEstimateInput!) {\n    acceptCostEstimate(estimateId: $estimateId, input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.MoneyAcceptEstimateDocument;
  '\n  query MoneyEstimateDownload($estimateId: ID!) {\n    costEstimateDownload(estimateId: $estimateId) {\n      url\n      expiresAt\n    }\n  }\n': typeof types.MoneyEstimateDownloadDocument;
  '\n  mutation MoneyIssueInvoice($caseId: ID!, $input: IssueInvoiceInput!) {\n    issueInvoice(caseId: $caseId, input: $input) {\n      id\n      reference\n    }\n  }\n': typeof types.MoneyIssueInvoiceDocument;
  '\n  query MoneyInvoiceDownload($invoiceId: ID!) {\n    invoiceDownload(invoiceId: $invoiceId) {\n      url\n      expiresAt\n    }\n  }\n': typeof types.MoneyInvoiceDownloadDocument;
  '\n  mutation MoneyRecordPayment($caseId: ID!, $payment: MoneyMovementInput!) {\n    recordPayment(caseId: $caseId, payment: $payment) {\n      caseId\n    }\n  }\n': typeof types.MoneyRecordPaymentDocument;
  '\n  mutation MoneyRecordRefund($caseId: ID!, $refund: MoneyMovementInput!) {\n    recordRefund(caseId: $caseId, refund: $refund) {\n      caseId\n    }\n  }\n': typeof types.MoneyRecordRefundDocument;
  '\n  query NotificationFeed {\n    notifications(first: 50) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          caseId\n          caseReference\n          outcome\n          createdAt\n          read\n        }\n      }\n    }\n  }\n': typeof types.NotificationFeedDocument;
  '\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n': typeof types.MarkAllNotificationsReadDocument;
  '\n  query OfficeReferrals {\n    myReferrals {\n      id\n      trialId\n      centreId\n      status\n      submittedAt\n      reviewDueOn\n      decisionReason\n      decidedAt\n      completenessAtSubmission\n      case {\n        id\n        reference\n      }\n    }\n  }\n': typeof types.OfficeReferralsDocument;
  '\n  query OfficeReferralCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      diagnosis {\n        icd10\n        description\n      }\n      checklistCompleteness\n      staleRecordKinds\n      reviewDueOn\n      reviewOverdue\n    }\n  }\n': typeof types.OfficeReferralCaseDocument;
  '\n  mutation OfficeRecordPiDecision($referralId: ID!, $decision: PiDecision!, $reason: String) {\n    recordPiDecision(referralId: $referralId, decision: $decision, reason: $reason) {\n      id\n      status\n      decisionReason\n      decidedAt\n    }\n  }\n': typeof types.OfficeRecordPiDecisionDocument;
  '\n  query OfficeLetters {\n    myInvitationLetters {\n      id\n      status\n      trialId\n      version\n      requestedAt\n      issuedAt\n      officeReference\n      plannedArrival\n      plannedDeparture\n      validUntil\n      sha256\n      supersededAt\n      reissueReason\n      case {\n        id\n        reference\n      }\n    }\n  }\n': typeof types.OfficeLettersDocument;
  '\n  query OfficeLetterPreview($letterId: ID!, $input: InvitationLetterDraftInput) {\n    previewInvitationLetter(letterId: $letterId, input: $input) {\n      letterId\n      version\n      missing\n      unprintable\n      acceptedOn\n      officeReference\n      plannedArrival\n      plannedDeparture\n      validUntil\n      centre {\n        name\n        nameZh\n        address {\n          en\n          zh\n        }\n        officeEmail\n        officePhone\n      }\n      principalInvestigator {\n        name\n        nameZh\n      }\n      travellers {\n        role\n        givenName\n        familyName\n        nationality\n        passportNumber\n      }\n      draft {\n        url\n      }\n    }\n  }\n': typeof types.OfficeLetterPreviewDocument;
  '\n  mutation OfficeIssueLetter($letterId: ID!, $input: IssueInvitationLetterInput!) {\n    issueInvitationLetter(letterId: $letterId, input: $input) {\n      id\n      status\n      issuedAt\n    }\n  }\n': typeof types.OfficeIssueLetterDocument;
  '\n  mutation OfficeReissueLetter($letterId: ID!, $reason: String!, $input: InvitationLetterDraftInput) {\n    reissueInvitationLetter(letterId: $letterId, reason: $reason, input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.OfficeReissueLetterDocument;
  '\n  query OfficeLetterDownload($letterId: ID!) {\n    invitationLetterDownload(letterId: $letterId) {\n      url\n      expiresAt\n    }\n  }\n': typeof types.OfficeLetterDownloadDocument;
  '\n  query OfficeCentre($id: ID!) {\n    centre(id: $id) {\n      id\n      name\n      nameZh\n      city\n      address {\n        en\n        zh\n      }\n      activeTargets\n      internationalOffice\n      internationalOfficeNote\n      languages\n      icuBackup\n      crsIcansManagement\n      hotelMonitoringAfterDay14\n      contactEmail\n      contactPhone\n    }\n  }\n': typeof types.OfficeCentreDocument;
  '\n  mutation OfficeUpdateCentre($centreId: ID!, $profile: CentreProfileInput!) {\n    updateCentreProfile(centreId: $centreId, profile: $profile) {\n      id\n      nameZh\n      address {\n        en\n        zh\n      }\n      languages\n      icuBackup\n      crsIcansManagement\n      hotelMonitoringAfterDay14\n      contactEmail\n      contactPhone\n    }\n  }\n': typeof types.OfficeUpdateCentreDocument;
  '\n  query OfficeTariff($centreId: ID!) {\n    centreTariff(centreId: $centreId) {\n      centreId\n      label\n      asOf\n      updatedAt\n      hospitalDay {\n        amount\n        formatted\n      }\n      monitoringDay {\n        amount\n        formatted\n      }\n      apheresis {\n        amount\n        formatted\n      }\n      lymphodepletionDay {\n        amount\n        formatted\n      }\n      crsIcansReserve {\n        low {\n          amount\n          formatted\n        }\n        high {\n          amount\n          formatted\n        }\n      }\n      coordinationFee {\n        amount\n        formatted\n      }\n      interpreterDay {\n        amount\n        formatted\n      }\n      hotelNight {\n        amount\n        formatted\n      }\n      manufacturing {\n        low {\n          amount\n          currency\n          formatted\n        }\n        high {\n          amount\n          formatted\n        }\n      }\n      bank {\n        accountName\n        bankName\n        accountNumber\n        swift\n      }\n    }\n  }\n': typeof types.OfficeTariffDocument;
  '\n  mutation OfficeSetTariff($centreId: ID!, $tariff: CentreTariffInput!) {\n    setCentreTariff(centreId: $centreId, tariff: $tariff) {\n      centreId\n      label\n      asOf\n      updatedAt\n    }\n  }\n': typeof types.OfficeSetTariffDocument;
  '\n  query OfficeTrials($centreId: ID!) {\n    centre(id: $centreId) {\n      id\n      trials {\n        id\n        title\n        registryIds\n        ownerCentreId\n        criteriaVersion\n        sites {\n          centreId\n          recruiting\n          openSlots\n          principalInvestigator {\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n': typeof types.OfficeTrialsDocument;
  '\n  query OfficeAllTrials {\n    trials(recruitingOnly: false) {\n      id\n      title\n      registryIds\n      ownerCentreId\n      criteriaVersion\n      sites {\n        centreId\n        recruiting\n        openSlots\n        principalInvestigator {\n          name\n          nameZh\n        }\n      }\n    }\n  }\n': typeof types.OfficeAllTrialsDocument;
  '\n  query OfficeTrial($id: ID!) {\n    trial(id: $id) {\n      id\n      title\n      registryIds\n      ownerCentreId\n      centreIds\n      targets\n      productType\n      phase\n      fundingModels\n      criteriaJson\n      criteriaVersion\n      sites {\n        centreId\n        recruiting\n        openSlots\n        updatedAt\n        principalInvestigator {\n          name\n          nameZh\n        }\n      }\n      criteriaHistory {\n        version\n        changedBy\n        changedAt\n      }\n    }\n  }\n': typeof types.OfficeTrialDocument;
  '\n  query OfficeCriteriaVersion($id: ID!, $version: Int!) {\n    trial(id: $id) {\n      id\n      criteriaAtVersion(version: $version) {\n        version\n        changedBy\n        changedAt\n        criteria {\n          id\n          kind\n          text\n          manual\n          note\n          rule\n          appliesWhen\n        }\n      }\n    }\n  }\n': typeof types.OfficeCriteriaVersionDocument;
  '\n  mutation OfficeSetRecruiting($trialId: ID!, $recruiting: Boolean!, $openSlots: Int!, $centreId: ID) {\n    setTrialRecruiting(trialId: $trialId, recruiting: $recruiting, openSlots: $openSlots, centreId: $centreId) {\n      id\n      sites {\n        centreId\n        recruiting\n        openSlots\n        updatedAt\n      }\n    }\n  }\n': typeof types.OfficeSetRecruitingDocument;
  '\n  mutation OfficeSetInvestigator($trialId: ID!, $principalInvestigator: PrincipalInvestigatorInput!, $centreId: ID) {\n    setTrialSiteInvestigator(trialId: $trialId, principalInvestigator: $principalInvestigator, centreId: $centreId) {\n      id\n      sites {\n        centreId\n        principalInvestigator {\n          name\n          nameZh\n        }\n        updatedAt\n      }\n    }\n  }\n': typeof types.OfficeSetInvestigatorDocument;
  '\n  mutation OfficeUpdateCriteria($trialId: ID!, $criteria: String!) {\n    updateTrialCriteria(trialId: $trialId, criteria: $criteria) {\n      id\n      criteriaJson\n      criteriaVersion\n    }\n  }\n': typeof types.OfficeUpdateCriteriaDocument;
  '\n  mutation OfficeRegisterTrial($input: RegisterTrialInput!) {\n    registerTrial(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.OfficeRegisterTrialDocument;
  '\n  query WorkQueueUnread {\n    notifications(unreadOnly: true, first: 100) {\n      edges {\n        node {\n          id\n          caseId\n        }\n      }\n    }\n  }\n': typeof types.WorkQueueUnreadDocument;
  '\n  query WorkQueue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          diagnosis {\n            icd10\n            description\n          }\n          coordinatorId\n          reviewDueOn\n          reviewOverdue\n          staleRecordKinds\n          openedAt\n        }\n      }\n    }\n  }\n': typeof types.WorkQueueDocument;
  '\n  query RecordsChecklist($id: ID!) {\n    case(id: $id) {\n      id\n      checklist {\n        caseId\n        completeness\n        evaluatedAt\n        items {\n          kind\n          status\n          versionId\n          recordDate\n          staleOn\n          required\n          requirementReason\n          notApplicable {\n            reason\n            markedBy\n            markedAt\n          }\n        }\n      }\n      documents {\n        id\n        kind\n        createdAt\n        versions {\n          id\n          version\n          fileName\n          contentType\n          sizeBytes\n          sha256\n          language\n          recordDate\n          status\n          statusReason\n          uploadedAt\n          verifiedAt\n        }\n      }\n    }\n  }\n': typeof types.RecordsChecklistDocument;
  '\n  mutation RecordsRequestUpload($input: RequestDocumentUploadInput!) {\n    requestDocumentUpload(input: $input) {\n      documentId\n      versionId\n      upload {\n        url\n        method\n        fields {\n          name\n          value\n        }\n      }\n      streamUploadPath\n    }\n  }\n': typeof types.RecordsRequestUploadDocument;
  '\n  mutation RecordsCompleteUpload($versionId: ID!) {\n    completeDocumentUpload(versionId: $versionId) {\n      id\n      status\n      statusReason\n    }\n  }\n': typeof types.RecordsCompleteUploadDocument;
  '\n  query RecordsDownload($versionId: ID!) {\n    documentDownload(versionId: $versionId) {\n      url\n    }\n  }\n': typeof types.RecordsDownloadDocument;
  '\n  mutation RecordsDelete($documentId: ID!, $reason: String!) {\n    deleteDocument(documentId: $documentId, reason: $reason) {\n      id\n    }\n  }\n': typeof types.RecordsDeleteDocument;
  '\n  mutation RecordsMarkNotApplicable($caseId: ID!, $kind: RecordKind!, $reason: String!) {\n    markChecklistItemNotApplicable(caseId: $caseId, kind: $kind, reason: $reason) {\n      caseId\n    }\n  }\n': typeof types.RecordsMarkNotApplicableDocument;
  '\n  mutation RecordsClearNotApplicable($caseId: ID!, $kind: RecordKind!) {\n    clearChecklistItemNotApplicable(caseId: $caseId, kind: $kind) {\n      caseId\n    }\n  }\n': typeof types.RecordsClearNotApplicableDocument;
  '\n  query RecordsVerifiedDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      documents {\n        id\n        kind\n        versions {\n          id\n          version\n          fileName\n          recordDate\n          status\n        }\n      }\n    }\n  }\n': typeof types.RecordsVerifiedDocumentsDocument;
  '\n  query SummaryOfCase($id: ID!) {\n    case(id: $id) {\n      id\n      oncologySummary {\n        caseId\n        version\n        updatedAt\n        birthYearMonth\n        facts(includeHistory: true) {\n          id\n          kind\n          fact\n          observedOn\n          sourceDocumentId\n          source\n          sourceDeleted\n          version\n          status\n          supersedesFactId\n          supersededByFactId\n          correctionReason\n          recordedBy\n          recordedAt\n          retractedAt\n          retractedBy\n          retractionReason\n        }\n      }\n    }\n  }\n': typeof types.SummaryOfCaseDocument;
  '\n  mutation SummaryAddFact($caseId: ID!, $fact: JSON!) {\n    addSummaryFact(caseId: $caseId, fact: $fact) {\n      id\n    }\n  }\n': typeof types.SummaryAddFactDocument;
  '\n  mutation SummaryCorrectFact($factId: ID!, $fact: JSON!, $reason: String!) {\n    correctSummaryFact(factId: $factId, fact: $fact, reason: $reason) {\n      id\n    }\n  }\n': typeof types.SummaryCorrectFactDocument;
  '\n  mutation SummaryRetractFact($factId: ID!, $reason: String!) {\n    retractSummaryFact(factId: $factId, reason: $reason) {\n      id\n    }\n  }\n': typeof types.SummaryRetractFactDocument;
  '\n  query ScreeningOfCase($id: ID!, $asOf: Date) {\n    case(id: $id) {\n      id\n      trialMatches(asOf: $asOf) {\n        trialId\n        verdict\n        judgedOn\n        criteria {\n          criterionId\n          kind\n          text\n          status\n          explanation\n        }\n        recruitingCentres {\n          id\n          name\n          nameZh\n        }\n      }\n      referrals {\n        id\n        trialId\n        status\n        submittedAt\n        reviewDueOn\n        completenessAtSubmission\n        decisionReason\n        decidedAt\n        centre {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n    trials(recruitingOnly: false) {\n      id\n      title\n      criteria {\n        id\n        manual\n        rule\n      }\n    }\n  }\n': typeof types.ScreeningOfCaseDocument;
  '\n  mutation ScreeningAssess($caseId: ID!, $trialId: ID!, $criterionId: String!, $status: AssessmentStatus!, $sourceDocumentId: ID!, $note: String) {\n    recordCriterionAssessment(\n      caseId: $caseId\n      trialId: $trialId\n      criterionId: $criterionId\n      status: $status\n      sourceDocumentId: $sourceDocumentId\n      note: $note\n    ) {\n      id\n    }\n  }\n': typeof types.ScreeningAssessDocument;
  '\n  mutation ScreeningSubmit($caseId: ID!, $trialId: ID!, $centreId: ID!) {\n    submitCase(caseId: $caseId, trialId: $trialId, centreId: $centreId) {\n      id\n    }\n  }\n': typeof types.ScreeningSubmitDocument;
  '\n  query UnreadCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n': typeof types.UnreadCountDocument;
};
const documents: Documents = {
  '\n  query AdminAuditTrail($caseId: ID!) {\n    auditTrail(caseId: $caseId) {\n      caseId\n      intake {\n        ...AdminAuditEntry\n      }\n      documents {\n        ...AdminAuditEntry\n      }\n      eligibility {\n        ...AdminAuditEntry\n      }\n      centres {\n        ...AdminAuditEntry\n      }\n      travel {\n        ...AdminAuditEntry\n      }\n      billing {\n        ...AdminAuditEntry\n      }\n    }\n  }\n  fragment AdminAuditEntry on AuditEntry {\n    id\n    service\n    seq\n    at\n    action\n    outcome\n    purpose\n    actor\n    roles\n    centreId\n    targetType\n    targetId\n  }\n':
    types.AdminAuditTrailDocument,
  '\n  query AdminReference {\n    centres {\n      id\n      name\n      nameZh\n      city\n      languages\n      contactEmail\n      contactPhone\n    }\n    trials(recruitingOnly: false) {\n      id\n      registryIds\n      title\n      ownerCentreId\n      productType\n      recruiting\n      openSlots\n      sites {\n        centreId\n        recruiting\n      }\n    }\n  }\n':
    types.AdminReferenceDocument,
  '\n  query AdminVisaRoutes {\n    visaRoutes {\n      ...AdminVisaRoute\n    }\n  }\n  fragment AdminVisaRoute on VisaRoute {\n    nationality\n    applicantRole\n    category\n    maxStayDays\n    processingDays {\n      min\n      max\n    }\n    note\n  }\n':
    types.AdminVisaRoutesDocument,
  '\n  mutation AdminSetVisaRoute($route: VisaRouteInput!) {\n    setVisaRoute(route: $route) {\n      ...AdminVisaRoute\n    }\n  }\n':
    types.AdminSetVisaRouteDocument,
  '\n  fragment AdminDeadLetter on DeadLetter {\n    id\n    consumer\n    topic\n    eventType\n    errorCode\n    errorMessage\n    attempts\n    createdAt\n    redrivenAt\n  }\n':
    types.AdminDeadLetterFragmentDoc,
  '\n  query AdminIntakeDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: intakeDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n':
    types.AdminIntakeDeadLettersDocument,
  '\n  query AdminDocumentsDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: documentsDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n':
    types.AdminDocumentsDeadLettersDocument,
  '\n  query AdminEligibilityDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: eligibilityDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n':
    types.AdminEligibilityDeadLettersDocument,
  '\n  query AdminCentresDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: centresDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n':
    types.AdminCentresDeadLettersDocument,
  '\n  query AdminTravelDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: travelDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n':
    types.AdminTravelDeadLettersDocument,
  '\n  query AdminBillingDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: billingDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n':
    types.AdminBillingDeadLettersDocument,
  '\n  mutation AdminRedriveIntakeDeadLetter($id: ID!) {\n    result: redriveIntakeDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n':
    types.AdminRedriveIntakeDeadLetterDocument,
  '\n  mutation AdminRedriveDocumentsDeadLetter($id: ID!) {\n    result: redriveDocumentsDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n':
    types.AdminRedriveDocumentsDeadLetterDocument,
  '\n  mutation AdminRedriveEligibilityDeadLetter($id: ID!) {\n    result: redriveEligibilityDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n':
    types.AdminRedriveEligibilityDeadLetterDocument,
  '\n  mutation AdminRedriveCentresDeadLetter($id: ID!) {\n    result: redriveCentresDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n':
    types.AdminRedriveCentresDeadLetterDocument,
  '\n  mutation AdminRedriveTravelDeadLetter($id: ID!) {\n    result: redriveTravelDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n':
    types.AdminRedriveTravelDeadLetterDocument,
  '\n  mutation AdminRedriveBillingDeadLetter($id: ID!) {\n    result: redriveBillingDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n':
    types.AdminRedriveBillingDeadLetterDocument,
  '\n  query CentreLanguages {\n    centres {\n      id\n      languages\n    }\n  }\n': types.CentreLanguagesDocument,
  '\n  query DevCentres {\n    centres {\n      id\n      name\n    }\n  }\n': types.DevCentresDocument,
  '\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      allowedTransitions\n      statusHistory {\n        from\n        to\n        reason\n        changedBy\n        changedAt\n      }\n      openedAt\n      coordinatorId\n      priorCellularTherapy\n      reviewDueOn\n      reviewOverdue\n      staleRecordKinds\n      diagnosis {\n        icd10\n        description\n      }\n      homeTeamReview {\n        reviewedOn\n        reviewer\n        institution\n        summary\n        recordedAt\n      }\n      checklist {\n        completeness\n        items {\n          kind\n          status\n          recordDate\n          required\n        }\n      }\n    }\n  }\n':
    types.CaseOverviewDocument,
  '\n  query CasePeople($id: ID!) {\n    case(id: $id) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n        email\n        phone\n      }\n      companions {\n        id\n        givenName\n        familyName\n        relationship\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n      }\n      consents {\n        id\n        centreId\n        purpose\n        categories\n        direction\n        recipientName\n        recipientContact\n        processingMethod\n        rightsContact\n        signedFormDocumentId\n        grantedAt\n        withdrawnAt\n        withdrawalReason\n        active\n      }\n      documents {\n        id\n        kind\n        createdAt\n        versions {\n          id\n          version\n          fileName\n          status\n          uploadedAt\n        }\n      }\n    }\n  }\n':
    types.CasePeopleDocument,
  '\n  query CaseConsentCentres {\n    centres {\n      id\n      name\n      nameZh\n      city\n      contactEmail\n      contactPhone\n    }\n  }\n':
    types.CaseConsentCentresDocument,
  '\n  mutation CaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {\n    openCase(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      reference\n    }\n  }\n':
    types.CaseOpenDocument,
  '\n  mutation CaseTransition($caseId: ID!, $to: CaseStatus!, $reason: String) {\n    transitionCase(caseId: $caseId, to: $to, reason: $reason) {\n      id\n      status\n      allowedTransitions\n      statusHistory {\n        from\n        to\n        reason\n        changedBy\n        changedAt\n      }\n    }\n  }\n':
    types.CaseTransitionDocument,
  '\n  mutation CaseUpdateProfile($caseId: ID!, $input: CaseProfileInput!) {\n    updateCaseProfile(caseId: $caseId, input: $input) {\n      id\n      priorCellularTherapy\n      diagnosis {\n        icd10\n        description\n      }\n    }\n  }\n':
    types.CaseUpdateProfileDocument,
  '\n  mutation CaseRecordHomeTeamReview($caseId: ID!, $review: HomeTeamReviewInput!) {\n    recordHomeTeamReview(caseId: $caseId, review: $review) {\n      id\n      homeTeamReview {\n        reviewedOn\n        reviewer\n        institution\n        summary\n        recordedAt\n      }\n    }\n  }\n':
    types.CaseRecordHomeTeamReviewDocument,
  '\n  mutation CaseAssignCoordinator($caseId: ID!, $coordinatorId: String!) {\n    assignCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      id\n      coordinatorId\n    }\n  }\n':
    types.CaseAssignCoordinatorDocument,
  '\n  mutation CaseUpdatePatient($caseId: ID!, $patient: PatientChangesInput!) {\n    updatePatient(caseId: $caseId, patient: $patient) {\n      id\n    }\n  }\n':
    types.CaseUpdatePatientDocument,
  '\n  mutation CaseAddCompanion($caseId: ID!, $companion: CompanionInput!) {\n    addCompanion(caseId: $caseId, companion: $companion) {\n      id\n    }\n  }\n':
    types.CaseAddCompanionDocument,
  '\n  mutation CaseUpdateCompanion($companionId: ID!, $companion: CompanionChangesInput!) {\n    updateCompanion(companionId: $companionId, companion: $companion) {\n      id\n    }\n  }\n':
    types.CaseUpdateCompanionDocument,
  '\n  mutation CaseRemoveCompanion($companionId: ID!) {\n    removeCompanion(companionId: $companionId) {\n      id\n    }\n  }\n':
    types.CaseRemoveCompanionDocument,
  '\n  mutation CaseRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n': types.CaseRecordConsentDocument,
  '\n  mutation CaseWithdrawConsent($consentId: ID!, $reason: String!) {\n    withdrawConsent(consentId: $consentId, reason: $reason) {\n      id\n      active\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n':
    types.CaseWithdrawConsentDocument,
  '\n  query JourneyTab($id: ID!, $people: Boolean!) {\n    case(id: $id) {\n      id\n      journey {\n        caseId\n        centreId\n        trialId\n        productType\n        acceptedOn\n        revision\n        plannedAt\n        arrivedOn\n        facts {\n          kind\n          days\n          on\n          validUntil\n          role\n        }\n        timeline {\n          milestones {\n            name\n            start {\n              earliest\n              latest\n            }\n            end {\n              earliest\n              latest\n            }\n            note\n          }\n          infusion {\n            earliest\n            latest\n          }\n          firstContactToInfusionDays {\n            min\n            max\n          }\n          flags\n        }\n      }\n      invitationLetters {\n        id\n        status\n        version\n        requestedAt\n        officeReference\n        plannedArrival\n        plannedDeparture\n        validUntil\n        issuedAt\n        supersededAt\n      }\n      travellers @include(if: $people) {\n        id\n        role\n        givenName\n        familyName\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n        relationship\n      }\n      visaApplications @include(if: $people) {\n        id\n        travellerId\n        applicantRole\n        route {\n          category\n          maxStayDays\n        }\n        status\n        plannedArrival\n        plannedDeparture\n        submittedOn\n        decidedOn\n        validUntil\n        refusalReason\n        checks {\n          check\n          ok\n          blocksSubmission\n          reason\n        }\n      }\n    }\n  }\n':
    types.JourneyTabDocument,
  '\n  mutation JourneyRequestLetter($caseId: ID!) {\n    requestInvitationLetter(caseId: $caseId) {\n      id\n      status\n    }\n  }\n':
    types.JourneyRequestLetterDocument,
  '\n  query JourneyLetterDownload($letterId: ID!) {\n    invitationLetterDownload(letterId: $letterId) {\n      url\n      expiresAt\n    }\n  }\n':
    types.JourneyLetterDownloadDocument,
  '\n  mutation JourneyOpenVisa($travellerId: ID!, $input: OpenVisaApplicationInput) {\n    openVisaApplication(travellerId: $travellerId, input: $input) {\n      id\n      status\n    }\n  }\n':
    types.JourneyOpenVisaDocument,
  '\n  mutation JourneyUpdateVisa($applicationId: ID!, $input: VisaStatusInput!) {\n    updateVisaApplication(applicationId: $applicationId, input: $input) {\n      id\n      status\n    }\n  }\n':
    types.JourneyUpdateVisaDocument,
  '\n  mutation JourneyReportDelay($caseId: ID!, $days: Int!) {\n    reportManufacturingDelay(caseId: $caseId, days: $days) {\n      caseId\n      revision\n    }\n  }\n':
    types.JourneyReportDelayDocument,
  '\n  mutation JourneyRecordArrival($caseId: ID!, $arrivedOn: Date!) {\n    recordArrival(caseId: $caseId, arrivedOn: $arrivedOn) {\n      caseId\n      arrivedOn\n    }\n  }\n':
    types.JourneyRecordArrivalDocument,
  '\n  query JourneyCalendarDownload($caseId: ID!) {\n    treatmentCalendarDownload(caseId: $caseId) {\n      url\n      expiresAt\n    }\n  }\n':
    types.JourneyCalendarDownloadDocument,
  '\n  mutation JourneySubscribeCalendar($caseId: ID!) {\n    subscribeTreatmentCalendar(caseId: $caseId) {\n      url\n      createdAt\n    }\n  }\n':
    types.JourneySubscribeCalendarDocument,
  '\n  mutation JourneyRevokeCalendar($caseId: ID!) {\n    revokeTreatmentCalendar(caseId: $caseId)\n  }\n': types.JourneyRevokeCalendarDocument,
  '\n  query MoneyTab($id: ID!) {\n    case(id: $id) {\n      id\n      journey {\n        caseId\n        centreId\n      }\n      billing {\n        caseId\n        timelineRevision\n        currentEstimate {\n          id\n          version\n        }\n        estimates {\n          id\n          version\n          fundingModel\n          priceList {\n            label\n            asOf\n            illustrative\n          }\n          lines {\n            item\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n            basis\n          }\n          total {\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n          totalUsd {\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n          rate {\n            from\n            to\n            rate\n            asOf\n            source\n          }\n          timelineRevision\n          preparedAt\n          acceptance {\n            acceptedBy\n            acceptedAt\n            recordedBy\n          }\n        }\n        invoices {\n          id\n          reference\n          kind\n          amount {\n            amount\n            currency\n          }\n          amountUsd {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n          }\n          estimateVersion\n          issuedOn\n          dueOn\n        }\n        payments {\n          reference\n          amount {\n            amount\n            currency\n          }\n          received {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n            source\n          }\n          invoiceReference\n          on\n        }\n        refunds {\n          reference\n          amount {\n            amount\n            currency\n          }\n          received {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n            source\n          }\n          invoiceReference\n          on\n        }\n        balance {\n          invoiced {\n            amount\n            currency\n          }\n          paid {\n            amount\n            currency\n          }\n          refunded {\n            amount\n            currency\n          }\n          due {\n            amount\n            currency\n          }\n          credit {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n':
    types.MoneyTabDocument,
  '\n  query MoneyPayee($centreId: ID!) {\n    centreTariff(centreId: $centreId) {\n      centreId\n      label\n      bank {\n        accountName\n        bankName\n        accountNumber\n        swift\n      }\n    }\n  }\n':
    types.MoneyPayeeDocument,
  '\n  mutation MoneyPrepareEstimate($caseId: ID!, $input: PrepareEstimateInput!) {\n    prepareCostEstimate(caseId: $caseId, input: $input) {\n      id\n      version\n    }\n  }\n':
    types.MoneyPrepareEstimateDocument,
  '\n  mutation MoneyAcceptEstimate($estimateId: ID!, $input: AcceptEstimateInput!) {\n    acceptCostEstimate(estimateId: $estimateId, input: $input) {\n      id\n      version\n    }\n  }\n':
    types.MoneyAcceptEstimateDocument,
  '\n  query MoneyEstimateDownload($estimateId: ID!) {\n    costEstimateDownload(estimateId: $estimateId) {\n      url\n      expiresAt\n    }\n  }\n':
    types.MoneyEstimateDownloadDocument,
  '\n  mutation MoneyIssueInvoice($caseId: ID!, $input: IssueInvoiceInput!) {\n    issueInvoice(caseId: $caseId, input: $input) {\n      id\n      reference\n    }\n  }\n':
    types.MoneyIssueInvoiceDocument,
  '\n  query MoneyInvoiceDownload($invoiceId: ID!) {\n    invoiceDownload(invoiceId: $invoiceId) {\n      url\n      expiresAt\n    }\n  }\n':
    types.MoneyInvoiceDownloadDocument,
  '\n  mutation MoneyRecordPayment($caseId: ID!, $payment: MoneyMovementInput!) {\n    recordPayment(caseId: $caseId, payment: $payment) {\n      caseId\n    }\n  }\n':
    types.MoneyRecordPaymentDocument,
  '\n  mutation MoneyRecordRefund($caseId: ID!, $refund: MoneyMovementInput!) {\n    recordRefund(caseId: $caseId, refund: $refund) {\n      caseId\n    }\n  }\n':
    types.MoneyRecordRefundDocument,
  '\n  query NotificationFeed {\n    notifications(first: 50) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          caseId\n          caseReference\n          outcome\n          createdAt\n          read\n        }\n      }\n    }\n  }\n':
    types.NotificationFeedDocument,
  '\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n': types.MarkAllNotificationsReadDocument,
  '\n  query OfficeReferrals {\n    myReferrals {\n      id\n      trialId\n      centreId\n      status\n      submittedAt\n      reviewDueOn\n      decisionReason\n      decidedAt\n      completenessAtSubmission\n      case {\n        id\n        reference\n      }\n    }\n  }\n':
    types.OfficeReferralsDocument,
  '\n  query OfficeReferralCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      diagnosis {\n        icd10\n        description\n      }\n      checklistCompleteness\n      staleRecordKinds\n      reviewDueOn\n      reviewOverdue\n    }\n  }\n':
    types.OfficeReferralCaseDocument,
  '\n  mutation OfficeRecordPiDecision($referralId: ID!, $decision: PiDecision!, $reason: String) {\n    recordPiDecision(referralId: $referralId, decision: $decision, reason: $reason) {\n      id\n      status\n      decisionReason\n      decidedAt\n    }\n  }\n':
    types.OfficeRecordPiDecisionDocument,
  '\n  query OfficeLetters {\n    myInvitationLetters {\n      id\n      status\n      trialId\n      version\n      requestedAt\n      issuedAt\n      officeReference\n      plannedArrival\n      plannedDeparture\n      validUntil\n      sha256\n      supersededAt\n      reissueReason\n      case {\n        id\n        reference\n      }\n    }\n  }\n':
    types.OfficeLettersDocument,
  '\n  query OfficeLetterPreview($letterId: ID!, $input: InvitationLetterDraftInput) {\n    previewInvitationLetter(letterId: $letterId, input: $input) {\n      letterId\n      version\n      missing\n      unprintable\n      acceptedOn\n      officeReference\n      plannedArrival\n      plannedDeparture\n      validUntil\n      centre {\n        name\n        nameZh\n        address {\n          en\n          zh\n        }\n        officeEmail\n        officePhone\n      }\n      principalInvestigator {\n        name\n        nameZh\n      }\n      travellers {\n        role\n        givenName\n        familyName\n        nationality\n        passportNumber\n      }\n      draft {\n        url\n      }\n    }\n  }\n':
    types.OfficeLetterPreviewDocument,
  '\n  mutation OfficeIssueLetter($letterId: ID!, $input: IssueInvitationLetterInput!) {\n    issueInvitationLetter(letterId: $letterId, input: $input) {\n      id\n      status\n      issuedAt\n    }\n  }\n':
    types.OfficeIssueLetterDocument,
  '\n  mutation OfficeReissueLetter($letterId: ID!, $reason: String!, $input: InvitationLetterDraftInput) {\n    reissueInvitationLetter(letterId: $letterId, reason: $reason, input: $input) {\n      id\n      status\n      version\n    }\n  }\n':
    types.OfficeReissueLetterDocument,
  '\n  query OfficeLetterDownload($letterId: ID!) {\n    invitationLetterDownload(letterId: $letterId) {\n      url\n      expiresAt\n    }\n  }\n':
    types.OfficeLetterDownloadDocument,
  '\n  query OfficeCentre($id: ID!) {\n    centre(id: $id) {\n      id\n      name\n      nameZh\n      city\n      address {\n        en\n        zh\n      }\n      activeTargets\n      internationalOffice\n      internationalOfficeNote\n      languages\n      icuBackup\n      crsIcansManagement\n      hotelMonitoringAfterDay14\n      contactEmail\n      contactPhone\n    }\n  }\n':
    types.OfficeCentreDocument,
  '\n  mutation OfficeUpdateCentre($centreId: ID!, $profile: CentreProfileInput!) {\n    updateCentreProfile(centreId: $centreId, profile: $profile) {\n      id\n      nameZh\n      address {\n        en\n        zh\n      }\n      languages\n      icuBackup\n      crsIcansManagement\n      hotelMonitoringAfterDay14\n      contactEmail\n      contactPhone\n    }\n  }\n':
    types.OfficeUpdateCentreDocument,
  '\n  query OfficeTariff($centreId: ID!) {\n    centreTariff(centreId: $centreId) {\n      centreId\n      label\n      asOf\n      updatedAt\n      hospitalDay {\n        amount\n        formatted\n      }\n      monitoringDay {\n        amount\n        formatted\n      }\n      apheresis {\n        amount\n        formatted\n      }\n      lymphodepletionDay {\n        amount\n        formatted\n      }\n      crsIcansReserve {\n        low {\n          amount\n          formatted\n        }\n        high {\n          amount\n          formatted\n        }\n      }\n      coordinationFee {\n        amount\n        formatted\n      }\n      interpreterDay {\n        amount\n        formatted\n      }\n      hotelNight {\n        amount\n        formatted\n      }\n      manufacturing {\n        low {\n          amount\n          currency\n          formatted\n        }\n        high {\n          amount\n          formatted\n        }\n      }\n      bank {\n        accountName\n        bankName\n        accountNumber\n        swift\n      }\n    }\n  }\n':
    types.OfficeTariffDocument,
  '\n  mutation OfficeSetTariff($centreId: ID!, $tariff: CentreTariffInput!) {\n    setCentreTariff(centreId: $centreId, tariff: $tariff) {\n      centreId\n      label\n      asOf\n      updatedAt\n    }\n  }\n':
    types.OfficeSetTariffDocument,
  '\n  query OfficeTrials($centreId: ID!) {\n    centre(id: $centreId) {\n      id\n      trials {\n        id\n        title\n        registryIds\n        ownerCentreId\n        criteriaVersion\n        sites {\n          centreId\n          recruiting\n          openSlots\n          principalInvestigator {\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n':
    types.OfficeTrialsDocument,
  '\n  query OfficeAllTrials {\n    trials(recruitingOnly: false) {\n      id\n      title\n      registryIds\n      ownerCentreId\n      criteriaVersion\n      sites {\n        centreId\n        recruiting\n        openSlots\n        principalInvestigator {\n          name\n          nameZh\n        }\n      }\n    }\n  }\n':
    types.OfficeAllTrialsDocument,
  '\n  query OfficeTrial($id: ID!) {\n    trial(id: $id) {\n      id\n      title\n      registryIds\n      ownerCentreId\n      centreIds\n      targets\n      productType\n      phase\n      fundingModels\n      criteriaJson\n      criteriaVersion\n      sites {\n        centreId\n        recruiting\n        openSlots\n        updatedAt\n        principalInvestigator {\n          name\n          nameZh\n        }\n      }\n      criteriaHistory {\n        version\n        changedBy\n        changedAt\n      }\n    }\n  }\n':
    types.OfficeTrialDocument,
  '\n  query OfficeCriteriaVersion($id: ID!, $version: Int!) {\n    trial(id: $id) {\n      id\n      criteriaAtVersion(version: $version) {\n        version\n        changedBy\n        changedAt\n        criteria {\n          id\n          kind\n          text\n          manual\n          note\n          rule\n          appliesWhen\n        }\n      }\n    }\n  }\n':
    types.OfficeCriteriaVersionDocument,
  '\n  mutation OfficeSetRecruiting($trialId: ID!, $recruiting: Boolean!, $openSlots: Int!, $centreId: ID) {\n    setTrialRecruiting(trialId: $trialId, recruiting: $recruiting, openSlots: $openSlots, centreId: $centreId) {\n      id\n      sites {\n        centreId\n        recruiting\n        openSlots\n        updatedAt\n      }\n    }\n  }\n':
    types.OfficeSetRecruitingDocument,
  '\n  mutation OfficeSetInvestigator($trialId: ID!, $principalInvestigator: PrincipalInvestigatorInput!, $centreId: ID) {\n    setTrialSiteInvestigator(trialId: $trialId, principalInvestigator: $principalInvestigator, centreId: $centreId) {\n      id\n      sites {\n        centreId\n        principalInvestigator {\n          name\n          nameZh\n        }\n        updatedAt\n      }\n    }\n  }\n':
    types.OfficeSetInvestigatorDocument,
  '\n  mutation OfficeUpdateCriteria($trialId: ID!, $criteria: String!) {\n    updateTrialCriteria(trialId: $trialId, criteria: $criteria) {\n      id\n      criteriaJson\n      criteriaVersion\n    }\n  }\n':
    types.OfficeUpdateCriteriaDocument,
  '\n  mutation OfficeRegisterTrial($input: RegisterTrialInput!) {\n    registerTrial(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.OfficeRegisterTrialDocument,
  '\n  query WorkQueueUnread {\n    notifications(unreadOnly: true, first: 100) {\n      edges {\n        node {\n          id\n          caseId\n        }\n      }\n    }\n  }\n':
    types.WorkQueueUnreadDocument,
  '\n  query WorkQueue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          diagnosis {\n            icd10\n            description\n          }\n          coordinatorId\n          reviewDueOn\n          reviewOverdue\n          staleRecordKinds\n          openedAt\n        }\n      }\n    }\n  }\n':
    types.WorkQueueDocument,
  '\n  query RecordsChecklist($id: ID!) {\n    case(id: $id) {\n      id\n      checklist {\n        caseId\n        completeness\n        evaluatedAt\n        items {\n          kind\n          status\n          versionId\n          recordDate\n          staleOn\n          required\n          requirementReason\n          notApplicable {\n            reason\n            markedBy\n            markedAt\n          }\n        }\n      }\n      documents {\n        id\n        kind\n        createdAt\n        versions {\n          id\n          version\n          fileName\n          contentType\n          sizeBytes\n          sha256\n          language\n          recordDate\n          status\n          statusReason\n          uploadedAt\n          verifiedAt\n        }\n      }\n    }\n  }\n':
    types.RecordsChecklistDocument,
  '\n  mutation RecordsRequestUpload($input: RequestDocumentUploadInput!) {\n    requestDocumentUpload(input: $input) {\n      documentId\n      versionId\n      upload {\n        url\n        method\n        fields {\n          name\n          value\n        }\n      }\n      streamUploadPath\n    }\n  }\n':
    types.RecordsRequestUploadDocument,
  '\n  mutation RecordsCompleteUpload($versionId: ID!) {\n    completeDocumentUpload(versionId: $versionId) {\n      id\n      status\n      statusReason\n    }\n  }\n':
    types.RecordsCompleteUploadDocument,
  '\n  query RecordsDownload($versionId: ID!) {\n    documentDownload(versionId: $versionId) {\n      url\n    }\n  }\n': types.RecordsDownloadDocument,
  '\n  mutation RecordsDelete($documentId: ID!, $reason: String!) {\n    deleteDocument(documentId: $documentId, reason: $reason) {\n      id\n    }\n  }\n':
    types.RecordsDeleteDocument,
  '\n  mutation RecordsMarkNotApplicable($caseId: ID!, $kind: RecordKind!, $reason: String!) {\n    markChecklistItemNotApplicable(caseId: $caseId, kind: $kind, reason: $reason) {\n      caseId\n    }\n  }\n':
    types.RecordsMarkNotApplicableDocument,
  '\n  mutation RecordsClearNotApplicable($caseId: ID!, $kind: RecordKind!) {\n    clearChecklistItemNotApplicable(caseId: $caseId, kind: $kind) {\n      caseId\n    }\n  }\n':
    types.RecordsClearNotApplicableDocument,
  '\n  query RecordsVerifiedDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      documents {\n        id\n        kind\n        versions {\n          id\n          version\n          fileName\n          recordDate\n          status\n        }\n      }\n    }\n  }\n':
    types.RecordsVerifiedDocumentsDocument,
  '\n  query SummaryOfCase($id: ID!) {\n    case(id: $id) {\n      id\n      oncologySummary {\n        caseId\n        version\n        updatedAt\n        birthYearMonth\n        facts(includeHistory: true) {\n          id\n          kind\n          fact\n          observedOn\n          sourceDocumentId\n          source\n          sourceDeleted\n          version\n          status\n          supersedesFactId\n          supersededByFactId\n          correctionReason\n          recordedBy\n          recordedAt\n          retractedAt\n          retractedBy\n          retractionReason\n        }\n      }\n    }\n  }\n':
    types.SummaryOfCaseDocument,
  '\n  mutation SummaryAddFact($caseId: ID!, $fact: JSON!) {\n    addSummaryFact(caseId: $caseId, fact: $fact) {\n      id\n    }\n  }\n':
    types.SummaryAddFactDocument,
  '\n  mutation SummaryCorrectFact($factId: ID!, $fact: JSON!, $reason: String!) {\n    correctSummaryFact(factId: $factId, fact: $fact, reason: $reason) {\n      id\n    }\n  }\n':
    types.SummaryCorrectFactDocument,
  '\n  mutation SummaryRetractFact($factId: ID!, $reason: String!) {\n    retractSummaryFact(factId: $factId, reason: $reason) {\n      id\n    }\n  }\n':
    types.SummaryRetractFactDocument,
  '\n  query ScreeningOfCase($id: ID!, $asOf: Date) {\n    case(id: $id) {\n      id\n      trialMatches(asOf: $asOf) {\n        trialId\n        verdict\n        judgedOn\n        criteria {\n          criterionId\n          kind\n          text\n          status\n          explanation\n        }\n        recruitingCentres {\n          id\n          name\n          nameZh\n        }\n      }\n      referrals {\n        id\n        trialId\n        status\n        submittedAt\n        reviewDueOn\n        completenessAtSubmission\n        decisionReason\n        decidedAt\n        centre {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n    trials(recruitingOnly: false) {\n      id\n      title\n      criteria {\n        id\n        manual\n        rule\n      }\n    }\n  }\n':
    types.ScreeningOfCaseDocument,
  '\n  mutation ScreeningAssess($caseId: ID!, $trialId: ID!, $criterionId: String!, $status: AssessmentStatus!, $sourceDocumentId: ID!, $note: String) {\n    recordCriterionAssessment(\n      caseId: $caseId\n      trialId: $trialId\n      criterionId: $criterionId\n      status: $status\n      sourceDocumentId: $sourceDocumentId\n      note: $note\n    ) {\n      id\n    }\n  }\n':
    types.ScreeningAssessDocument,
  '\n  mutation ScreeningSubmit($caseId: ID!, $trialId: ID!, $centreId: ID!) {\n    submitCase(caseId: $caseId, trialId: $trialId, centreId: $centreId) {\n      id\n    }\n  }\n':
    types.ScreeningSubmitDocument,
  '\n  query UnreadCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n': types.UnreadCountDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminAuditTrail($caseId: ID!) {\n    auditTrail(caseId: $caseId) {\n      caseId\n      intake {\n        ...AdminAuditEntry\n      }\n      documents {\n        ...AdminAuditEntry\n      }\n      eligibility {\n        ...AdminAuditEntry\n      }\n      centres {\n        ...AdminAuditEntry\n      }\n      travel {\n        ...AdminAuditEntry\n      }\n      billing {\n        ...AdminAuditEntry\n      }\n    }\n  }\n  fragment AdminAuditEntry on AuditEntry {\n    id\n    service\n    seq\n    at\n    action\n    outcome\n    purpose\n    actor\n    roles\n    centreId\n    targetType\n    targetId\n  }\n',
): (typeof documents)['\n  query AdminAuditTrail($caseId: ID!) {\n    auditTrail(caseId: $caseId) {\n      caseId\n      intake {\n        ...AdminAuditEntry\n      }\n      documents {\n        ...AdminAuditEntry\n      }\n      eligibility {\n        ...AdminAuditEntry\n      }\n      centres {\n        ...AdminAuditEntry\n      }\n      travel {\n        ...AdminAuditEntry\n      }\n      billing {\n        ...AdminAuditEntry\n      }\n    }\n  }\n  fragment AdminAuditEntry on AuditEntry {\n    id\n    service\n    seq\n    at\n    action\n    outcome\n    purpose\n    actor\n    roles\n    centreId\n    targetType\n    targetId\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminReference {\n    centres {\n      id\n      name\n      nameZh\n      city\n      languages\n      contactEmail\n      contactPhone\n    }\n    trials(recruitingOnly: false) {\n      id\n      registryIds\n      title\n      ownerCentreId\n      productType\n      recruiting\n      openSlots\n      sites {\n        centreId\n        recruiting\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminReference {\n    centres {\n      id\n      name\n      nameZh\n      city\n      languages\n      contactEmail\n      contactPhone\n    }\n    trials(recruitingOnly: false) {\n      id\n      registryIds\n      title\n      ownerCentreId\n      productType\n      recruiting\n      openSlots\n      sites {\n        centreId\n        recruiting\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminVisaRoutes {\n    visaRoutes {\n      ...AdminVisaRoute\n    }\n  }\n  fragment AdminVisaRoute on VisaRoute {\n    nationality\n    applicantRole\n    category\n    maxStayDays\n    processingDays {\n      min\n      max\n    }\n    note\n  }\n',
): (typeof documents)['\n  query AdminVisaRoutes {\n    visaRoutes {\n      ...AdminVisaRoute\n    }\n  }\n  fragment AdminVisaRoute on VisaRoute {\n    nationality\n    applicantRole\n    category\n    maxStayDays\n    processingDays {\n      min\n      max\n    }\n    note\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminSetVisaRoute($route: VisaRouteInput!) {\n    setVisaRoute(route: $route) {\n      ...AdminVisaRoute\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminSetVisaRoute($route: VisaRouteInput!) {\n    setVisaRoute(route: $route) {\n      ...AdminVisaRoute\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdminDeadLetter on DeadLetter {\n    id\n    consumer\n    topic\n    eventType\n    errorCode\n    errorMessage\n    attempts\n    createdAt\n    redrivenAt\n  }\n',
): (typeof documents)['\n  fragment AdminDeadLetter on DeadLetter {\n    id\n    consumer\n    topic\n    eventType\n    errorCode\n    errorMessage\n    attempts\n    createdAt\n    redrivenAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminIntakeDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: intakeDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n',
): (typeof documents)['\n  query AdminIntakeDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: intakeDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminDocumentsDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: documentsDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n',
): (typeof documents)['\n  query AdminDocumentsDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: documentsDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminEligibilityDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: eligibilityDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n',
): (typeof documents)['\n  query AdminEligibilityDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: eligibilityDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminCentresDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: centresDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n',
): (typeof documents)['\n  query AdminCentresDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: centresDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminTravelDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: travelDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n',
): (typeof documents)['\n  query AdminTravelDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: travelDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminBillingDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: billingDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n',
): (typeof documents)['\n  query AdminBillingDeadLetters($pendingOnly: Boolean!, $limit: Int!) {\n    letters: billingDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {\n      ...AdminDeadLetter\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRedriveIntakeDeadLetter($id: ID!) {\n    result: redriveIntakeDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRedriveIntakeDeadLetter($id: ID!) {\n    result: redriveIntakeDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRedriveDocumentsDeadLetter($id: ID!) {\n    result: redriveDocumentsDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRedriveDocumentsDeadLetter($id: ID!) {\n    result: redriveDocumentsDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRedriveEligibilityDeadLetter($id: ID!) {\n    result: redriveEligibilityDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRedriveEligibilityDeadLetter($id: ID!) {\n    result: redriveEligibilityDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRedriveCentresDeadLetter($id: ID!) {\n    result: redriveCentresDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRedriveCentresDeadLetter($id: ID!) {\n    result: redriveCentresDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRedriveTravelDeadLetter($id: ID!) {\n    result: redriveTravelDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRedriveTravelDeadLetter($id: ID!) {\n    result: redriveTravelDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRedriveBillingDeadLetter($id: ID!) {\n    result: redriveBillingDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRedriveBillingDeadLetter($id: ID!) {\n    result: redriveBillingDeadLetter(id: $id) {\n      outcome\n      deadLetter {\n        ...AdminDeadLetter\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CentreLanguages {\n    centres {\n      id\n      languages\n    }\n  }\n',
): (typeof documents)['\n  query CentreLanguages {\n    centres {\n      id\n      languages\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DevCentres {\n    centres {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query DevCentres {\n    centres {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      allowedTransitions\n      statusHistory {\n        from\n        to\n        reason\n        changedBy\n        changedAt\n      }\n      openedAt\n      coordinatorId\n      priorCellularTherapy\n      reviewDueOn\n      reviewOverdue\n      staleRecordKinds\n      diagnosis {\n        icd10\n        description\n      }\n      homeTeamReview {\n        reviewedOn\n        reviewer\n        institution\n        summary\n        recordedAt\n      }\n      checklist {\n        completeness\n        items {\n          kind\n          status\n          recordDate\n          required\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      allowedTransitions\n      statusHistory {\n        from\n        to\n        reason\n        changedBy\n        changedAt\n      }\n      openedAt\n      coordinatorId\n      priorCellularTherapy\n      reviewDueOn\n      reviewOverdue\n      staleRecordKinds\n      diagnosis {\n        icd10\n        description\n      }\n      homeTeamReview {\n        reviewedOn\n        reviewer\n        institution\n        summary\n        recordedAt\n      }\n      checklist {\n        completeness\n        items {\n          kind\n          status\n          recordDate\n          required\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CasePeople($id: ID!) {\n    case(id: $id) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n        email\n        phone\n      }\n      companions {\n        id\n        givenName\n        familyName\n        relationship\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n      }\n      consents {\n        id\n        centreId\n        purpose\n        categories\n        direction\n        recipientName\n        recipientContact\n        processingMethod\n        rightsContact\n        signedFormDocumentId\n        grantedAt\n        withdrawnAt\n        withdrawalReason\n        active\n      }\n      documents {\n        id\n        kind\n        createdAt\n        versions {\n          id\n          version\n          fileName\n          status\n          uploadedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CasePeople($id: ID!) {\n    case(id: $id) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n        email\n        phone\n      }\n      companions {\n        id\n        givenName\n        familyName\n        relationship\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n      }\n      consents {\n        id\n        centreId\n        purpose\n        categories\n        direction\n        recipientName\n        recipientContact\n        processingMethod\n        rightsContact\n        signedFormDocumentId\n        grantedAt\n        withdrawnAt\n        withdrawalReason\n        active\n      }\n      documents {\n        id\n        kind\n        createdAt\n        versions {\n          id\n          version\n          fileName\n          status\n          uploadedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseConsentCentres {\n    centres {\n      id\n      name\n      nameZh\n      city\n      contactEmail\n      contactPhone\n    }\n  }\n',
): (typeof documents)['\n  query CaseConsentCentres {\n    centres {\n      id\n      name\n      nameZh\n      city\n      contactEmail\n      contactPhone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {\n    openCase(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {\n    openCase(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseTransition($caseId: ID!, $to: CaseStatus!, $reason: String) {\n    transitionCase(caseId: $caseId, to: $to, reason: $reason) {\n      id\n      status\n      allowedTransitions\n      statusHistory {\n        from\n        to\n        reason\n        changedBy\n        changedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseTransition($caseId: ID!, $to: CaseStatus!, $reason: String) {\n    transitionCase(caseId: $caseId, to: $to, reason: $reason) {\n      id\n      status\n      allowedTransitions\n      statusHistory {\n        from\n        to\n        reason\n        changedBy\n        changedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseUpdateProfile($caseId: ID!, $input: CaseProfileInput!) {\n    updateCaseProfile(caseId: $caseId, input: $input) {\n      id\n      priorCellularTherapy\n      diagnosis {\n        icd10\n        description\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseUpdateProfile($caseId: ID!, $input: CaseProfileInput!) {\n    updateCaseProfile(caseId: $caseId, input: $input) {\n      id\n      priorCellularTherapy\n      diagnosis {\n        icd10\n        description\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseRecordHomeTeamReview($caseId: ID!, $review: HomeTeamReviewInput!) {\n    recordHomeTeamReview(caseId: $caseId, review: $review) {\n      id\n      homeTeamReview {\n        reviewedOn\n        reviewer\n        institution\n        summary\n        recordedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseRecordHomeTeamReview($caseId: ID!, $review: HomeTeamReviewInput!) {\n    recordHomeTeamReview(caseId: $caseId, review: $review) {\n      id\n      homeTeamReview {\n        reviewedOn\n        reviewer\n        institution\n        summary\n        recordedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseAssignCoordinator($caseId: ID!, $coordinatorId: String!) {\n    assignCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      id\n      coordinatorId\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseAssignCoordinator($caseId: ID!, $coordinatorId: String!) {\n    assignCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      id\n      coordinatorId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseUpdatePatient($caseId: ID!, $patient: PatientChangesInput!) {\n    updatePatient(caseId: $caseId, patient: $patient) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseUpdatePatient($caseId: ID!, $patient: PatientChangesInput!) {\n    updatePatient(caseId: $caseId, patient: $patient) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseAddCompanion($caseId: ID!, $companion: CompanionInput!) {\n    addCompanion(caseId: $caseId, companion: $companion) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseAddCompanion($caseId: ID!, $companion: CompanionInput!) {\n    addCompanion(caseId: $caseId, companion: $companion) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseUpdateCompanion($companionId: ID!, $companion: CompanionChangesInput!) {\n    updateCompanion(companionId: $companionId, companion: $companion) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseUpdateCompanion($companionId: ID!, $companion: CompanionChangesInput!) {\n    updateCompanion(companionId: $companionId, companion: $companion) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseRemoveCompanion($companionId: ID!) {\n    removeCompanion(companionId: $companionId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseRemoveCompanion($companionId: ID!) {\n    removeCompanion(companionId: $companionId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CaseWithdrawConsent($consentId: ID!, $reason: String!) {\n    withdrawConsent(consentId: $consentId, reason: $reason) {\n      id\n      active\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n',
): (typeof documents)['\n  mutation CaseWithdrawConsent($consentId: ID!, $reason: String!) {\n    withdrawConsent(consentId: $consentId, reason: $reason) {\n      id\n      active\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JourneyTab($id: ID!, $people: Boolean!) {\n    case(id: $id) {\n      id\n      journey {\n        caseId\n        centreId\n        trialId\n        productType\n        acceptedOn\n        revision\n        plannedAt\n        arrivedOn\n        facts {\n          kind\n          days\n          on\n          validUntil\n          role\n        }\n        timeline {\n          milestones {\n            name\n            start {\n              earliest\n              latest\n            }\n            end {\n              earliest\n              latest\n            }\n            note\n          }\n          infusion {\n            earliest\n            latest\n          }\n          firstContactToInfusionDays {\n            min\n            max\n          }\n          flags\n        }\n      }\n      invitationLetters {\n        id\n        status\n        version\n        requestedAt\n        officeReference\n        plannedArrival\n        plannedDeparture\n        validUntil\n        issuedAt\n        supersededAt\n      }\n      travellers @include(if: $people) {\n        id\n        role\n        givenName\n        familyName\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n        relationship\n      }\n      visaApplications @include(if: $people) {\n        id\n        travellerId\n        applicantRole\n        route {\n          category\n          maxStayDays\n        }\n        status\n        plannedArrival\n        plannedDeparture\n        submittedOn\n        decidedOn\n        validUntil\n        refusalReason\n        checks {\n          check\n          ok\n          blocksSubmission\n          reason\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JourneyTab($id: ID!, $people: Boolean!) {\n    case(id: $id) {\n      id\n      journey {\n        caseId\n        centreId\n        trialId\n        productType\n        acceptedOn\n        revision\n        plannedAt\n        arrivedOn\n        facts {\n          kind\n          days\n          on\n          validUntil\n          role\n        }\n        timeline {\n          milestones {\n            name\n            start {\n              earliest\n              latest\n            }\n            end {\n              earliest\n              latest\n            }\n            note\n          }\n          infusion {\n            earliest\n            latest\n          }\n          firstContactToInfusionDays {\n            min\n            max\n          }\n          flags\n        }\n      }\n      invitationLetters {\n        id\n        status\n        version\n        requestedAt\n        officeReference\n        plannedArrival\n        plannedDeparture\n        validUntil\n        issuedAt\n        supersededAt\n      }\n      travellers @include(if: $people) {\n        id\n        role\n        givenName\n        familyName\n        birthDate\n        nationality\n        passportNumber\n        passportExpiry\n        relationship\n      }\n      visaApplications @include(if: $people) {\n        id\n        travellerId\n        applicantRole\n        route {\n          category\n          maxStayDays\n        }\n        status\n        plannedArrival\n        plannedDeparture\n        submittedOn\n        decidedOn\n        validUntil\n        refusalReason\n        checks {\n          check\n          ok\n          blocksSubmission\n          reason\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JourneyRequestLetter($caseId: ID!) {\n    requestInvitationLetter(caseId: $caseId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation JourneyRequestLetter($caseId: ID!) {\n    requestInvitationLetter(caseId: $caseId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JourneyLetterDownload($letterId: ID!) {\n    invitationLetterDownload(letterId: $letterId) {\n      url\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query JourneyLetterDownload($letterId: ID!) {\n    invitationLetterDownload(letterId: $letterId) {\n      url\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JourneyOpenVisa($travellerId: ID!, $input: OpenVisaApplicationInput) {\n    openVisaApplication(travellerId: $travellerId, input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation JourneyOpenVisa($travellerId: ID!, $input: OpenVisaApplicationInput) {\n    openVisaApplication(travellerId: $travellerId, input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JourneyUpdateVisa($applicationId: ID!, $input: VisaStatusInput!) {\n    updateVisaApplication(applicationId: $applicationId, input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation JourneyUpdateVisa($applicationId: ID!, $input: VisaStatusInput!) {\n    updateVisaApplication(applicationId: $applicationId, input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JourneyReportDelay($caseId: ID!, $days: Int!) {\n    reportManufacturingDelay(caseId: $caseId, days: $days) {\n      caseId\n      revision\n    }\n  }\n',
): (typeof documents)['\n  mutation JourneyReportDelay($caseId: ID!, $days: Int!) {\n    reportManufacturingDelay(caseId: $caseId, days: $days) {\n      caseId\n      revision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JourneyRecordArrival($caseId: ID!, $arrivedOn: Date!) {\n    recordArrival(caseId: $caseId, arrivedOn: $arrivedOn) {\n      caseId\n      arrivedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation JourneyRecordArrival($caseId: ID!, $arrivedOn: Date!) {\n    recordArrival(caseId: $caseId, arrivedOn: $arrivedOn) {\n      caseId\n      arrivedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JourneyCalendarDownload($caseId: ID!) {\n    treatmentCalendarDownload(caseId: $caseId) {\n      url\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query JourneyCalendarDownload($caseId: ID!) {\n    treatmentCalendarDownload(caseId: $caseId) {\n      url\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JourneySubscribeCalendar($caseId: ID!) {\n    subscribeTreatmentCalendar(caseId: $caseId) {\n      url\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation JourneySubscribeCalendar($caseId: ID!) {\n    subscribeTreatmentCalendar(caseId: $caseId) {\n      url\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JourneyRevokeCalendar($caseId: ID!) {\n    revokeTreatmentCalendar(caseId: $caseId)\n  }\n',
): (typeof documents)['\n  mutation JourneyRevokeCalendar($caseId: ID!) {\n    revokeTreatmentCalendar(caseId: $caseId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyTab($id: ID!) {\n    case(id: $id) {\n      id\n      journey {\n        caseId\n        centreId\n      }\n      billing {\n        caseId\n        timelineRevision\n        currentEstimate {\n          id\n          version\n        }\n        estimates {\n          id\n          version\n          fundingModel\n          priceList {\n            label\n            asOf\n            illustrative\n          }\n          lines {\n            item\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n            basis\n          }\n          total {\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n          totalUsd {\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n          rate {\n            from\n            to\n            rate\n            asOf\n            source\n          }\n          timelineRevision\n          preparedAt\n          acceptance {\n            acceptedBy\n            acceptedAt\n            recordedBy\n          }\n        }\n        invoices {\n          id\n          reference\n          kind\n          amount {\n            amount\n            currency\n          }\n          amountUsd {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n          }\n          estimateVersion\n          issuedOn\n          dueOn\n        }\n        payments {\n          reference\n          amount {\n            amount\n            currency\n          }\n          received {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n            source\n          }\n          invoiceReference\n          on\n        }\n        refunds {\n          reference\n          amount {\n            amount\n            currency\n          }\n          received {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n            source\n          }\n          invoiceReference\n          on\n        }\n        balance {\n          invoiced {\n            amount\n            currency\n          }\n          paid {\n            amount\n            currency\n          }\n          refunded {\n            amount\n            currency\n          }\n          due {\n            amount\n            currency\n          }\n          credit {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyTab($id: ID!) {\n    case(id: $id) {\n      id\n      journey {\n        caseId\n        centreId\n      }\n      billing {\n        caseId\n        timelineRevision\n        currentEstimate {\n          id\n          version\n        }\n        estimates {\n          id\n          version\n          fundingModel\n          priceList {\n            label\n            asOf\n            illustrative\n          }\n          lines {\n            item\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n            basis\n          }\n          total {\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n          totalUsd {\n            low {\n              amount\n              currency\n            }\n            high {\n              amount\n              currency\n            }\n          }\n          rate {\n            from\n            to\n            rate\n            asOf\n            source\n          }\n          timelineRevision\n          preparedAt\n          acceptance {\n            acceptedBy\n            acceptedAt\n            recordedBy\n          }\n        }\n        invoices {\n          id\n          reference\n          kind\n          amount {\n            amount\n            currency\n          }\n          amountUsd {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n          }\n          estimateVersion\n          issuedOn\n          dueOn\n        }\n        payments {\n          reference\n          amount {\n            amount\n            currency\n          }\n          received {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n            source\n          }\n          invoiceReference\n          on\n        }\n        refunds {\n          reference\n          amount {\n            amount\n            currency\n          }\n          received {\n            amount\n            currency\n          }\n          rate {\n            rate\n            asOf\n            source\n          }\n          invoiceReference\n          on\n        }\n        balance {\n          invoiced {\n            amount\n            currency\n          }\n          paid {\n            amount\n            currency\n          }\n          refunded {\n            amount\n            currency\n          }\n          due {\n            amount\n            currency\n          }\n          credit {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyPayee($centreId: ID!) {\n    centreTariff(centreId: $centreId) {\n      centreId\n      label\n      bank {\n        accountName\n        bankName\n        accountNumber\n        swift\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MoneyPayee($centreId: ID!) {\n    centreTariff(centreId: $centreId) {\n      centreId\n      label\n      bank {\n        accountName\n        bankName\n        accountNumber\n        swift\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyPrepareEstimate($caseId: ID!, $input: PrepareEstimateInput!) {\n    prepareCostEstimate(caseId: $caseId, input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyPrepareEstimate($caseId: ID!, $input: PrepareEstimateInput!) {\n    prepareCostEstimate(caseId: $caseId, input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyAcceptEstimate($estimateId: ID!, $input: AcceptEstimateInput!) {\n    acceptCostEstimate(estimateId: $estimateId, input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyAcceptEstimate($estimateId: ID!, $input: AcceptEstimateInput!) {\n    acceptCostEstimate(estimateId: $estimateId, input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyEstimateDownload($estimateId: ID!) {\n    costEstimateDownload(estimateId: $estimateId) {\n      url\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query MoneyEstimateDownload($estimateId: ID!) {\n    costEstimateDownload(estimateId: $estimateId) {\n      url\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyIssueInvoice($caseId: ID!, $input: IssueInvoiceInput!) {\n    issueInvoice(caseId: $caseId, input: $input) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyIssueInvoice($caseId: ID!, $input: IssueInvoiceInput!) {\n    issueInvoice(caseId: $caseId, input: $input) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MoneyInvoiceDownload($invoiceId: ID!) {\n    invoiceDownload(invoiceId: $invoiceId) {\n      url\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query MoneyInvoiceDownload($invoiceId: ID!) {\n    invoiceDownload(invoiceId: $invoiceId) {\n      url\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyRecordPayment($caseId: ID!, $payment: MoneyMovementInput!) {\n    recordPayment(caseId: $caseId, payment: $payment) {\n      caseId\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyRecordPayment($caseId: ID!, $payment: MoneyMovementInput!) {\n    recordPayment(caseId: $caseId, payment: $payment) {\n      caseId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoneyRecordRefund($caseId: ID!, $refund: MoneyMovementInput!) {\n    recordRefund(caseId: $caseId, refund: $refund) {\n      caseId\n    }\n  }\n',
): (typeof documents)['\n  mutation MoneyRecordRefund($caseId: ID!, $refund: MoneyMovementInput!) {\n    recordRefund(caseId: $caseId, refund: $refund) {\n      caseId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationFeed {\n    notifications(first: 50) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          caseId\n          caseReference\n          outcome\n          createdAt\n          read\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NotificationFeed {\n    notifications(first: 50) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          caseId\n          caseReference\n          outcome\n          createdAt\n          read\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n',
): (typeof documents)['\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeReferrals {\n    myReferrals {\n      id\n      trialId\n      centreId\n      status\n      submittedAt\n      reviewDueOn\n      decisionReason\n      decidedAt\n      completenessAtSubmission\n      case {\n        id\n        reference\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficeReferrals {\n    myReferrals {\n      id\n      trialId\n      centreId\n      status\n      submittedAt\n      reviewDueOn\n      decisionReason\n      decidedAt\n      completenessAtSubmission\n      case {\n        id\n        reference\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeReferralCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      diagnosis {\n        icd10\n        description\n      }\n      checklistCompleteness\n      staleRecordKinds\n      reviewDueOn\n      reviewOverdue\n    }\n  }\n',
): (typeof documents)['\n  query OfficeReferralCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      diagnosis {\n        icd10\n        description\n      }\n      checklistCompleteness\n      staleRecordKinds\n      reviewDueOn\n      reviewOverdue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfficeRecordPiDecision($referralId: ID!, $decision: PiDecision!, $reason: String) {\n    recordPiDecision(referralId: $referralId, decision: $decision, reason: $reason) {\n      id\n      status\n      decisionReason\n      decidedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation OfficeRecordPiDecision($referralId: ID!, $decision: PiDecision!, $reason: String) {\n    recordPiDecision(referralId: $referralId, decision: $decision, reason: $reason) {\n      id\n      status\n      decisionReason\n      decidedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeLetters {\n    myInvitationLetters {\n      id\n      status\n      trialId\n      version\n      requestedAt\n      issuedAt\n      officeReference\n      plannedArrival\n      plannedDeparture\n      validUntil\n      sha256\n      supersededAt\n      reissueReason\n      case {\n        id\n        reference\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficeLetters {\n    myInvitationLetters {\n      id\n      status\n      trialId\n      version\n      requestedAt\n      issuedAt\n      officeReference\n      plannedArrival\n      plannedDeparture\n      validUntil\n      sha256\n      supersededAt\n      reissueReason\n      case {\n        id\n        reference\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeLetterPreview($letterId: ID!, $input: InvitationLetterDraftInput) {\n    previewInvitationLetter(letterId: $letterId, input: $input) {\n      letterId\n      version\n      missing\n      unprintable\n      acceptedOn\n      officeReference\n      plannedArrival\n      plannedDeparture\n      validUntil\n      centre {\n        name\n        nameZh\n        address {\n          en\n          zh\n        }\n        officeEmail\n        officePhone\n      }\n      principalInvestigator {\n        name\n        nameZh\n      }\n      travellers {\n        role\n        givenName\n        familyName\n        nationality\n        passportNumber\n      }\n      draft {\n        url\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficeLetterPreview($letterId: ID!, $input: InvitationLetterDraftInput) {\n    previewInvitationLetter(letterId: $letterId, input: $input) {\n      letterId\n      version\n      missing\n      unprintable\n      acceptedOn\n      officeReference\n      plannedArrival\n      plannedDeparture\n      validUntil\n      centre {\n        name\n        nameZh\n        address {\n          en\n          zh\n        }\n        officeEmail\n        officePhone\n      }\n      principalInvestigator {\n        name\n        nameZh\n      }\n      travellers {\n        role\n        givenName\n        familyName\n        nationality\n        passportNumber\n      }\n      draft {\n        url\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfficeIssueLetter($letterId: ID!, $input: IssueInvitationLetterInput!) {\n    issueInvitationLetter(letterId: $letterId, input: $input) {\n      id\n      status\n      issuedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation OfficeIssueLetter($letterId: ID!, $input: IssueInvitationLetterInput!) {\n    issueInvitationLetter(letterId: $letterId, input: $input) {\n      id\n      status\n      issuedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfficeReissueLetter($letterId: ID!, $reason: String!, $input: InvitationLetterDraftInput) {\n    reissueInvitationLetter(letterId: $letterId, reason: $reason, input: $input) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation OfficeReissueLetter($letterId: ID!, $reason: String!, $input: InvitationLetterDraftInput) {\n    reissueInvitationLetter(letterId: $letterId, reason: $reason, input: $input) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeLetterDownload($letterId: ID!) {\n    invitationLetterDownload(letterId: $letterId) {\n      url\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query OfficeLetterDownload($letterId: ID!) {\n    invitationLetterDownload(letterId: $letterId) {\n      url\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeCentre($id: ID!) {\n    centre(id: $id) {\n      id\n      name\n      nameZh\n      city\n      address {\n        en\n        zh\n      }\n      activeTargets\n      internationalOffice\n      internationalOfficeNote\n      languages\n      icuBackup\n      crsIcansManagement\n      hotelMonitoringAfterDay14\n      contactEmail\n      contactPhone\n    }\n  }\n',
): (typeof documents)['\n  query OfficeCentre($id: ID!) {\n    centre(id: $id) {\n      id\n      name\n      nameZh\n      city\n      address {\n        en\n        zh\n      }\n      activeTargets\n      internationalOffice\n      internationalOfficeNote\n      languages\n      icuBackup\n      crsIcansManagement\n      hotelMonitoringAfterDay14\n      contactEmail\n      contactPhone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfficeUpdateCentre($centreId: ID!, $profile: CentreProfileInput!) {\n    updateCentreProfile(centreId: $centreId, profile: $profile) {\n      id\n      nameZh\n      address {\n        en\n        zh\n      }\n      languages\n      icuBackup\n      crsIcansManagement\n      hotelMonitoringAfterDay14\n      contactEmail\n      contactPhone\n    }\n  }\n',
): (typeof documents)['\n  mutation OfficeUpdateCentre($centreId: ID!, $profile: CentreProfileInput!) {\n    updateCentreProfile(centreId: $centreId, profile: $profile) {\n      id\n      nameZh\n      address {\n        en\n        zh\n      }\n      languages\n      icuBackup\n      crsIcansManagement\n      hotelMonitoringAfterDay14\n      contactEmail\n      contactPhone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeTariff($centreId: ID!) {\n    centreTariff(centreId: $centreId) {\n      centreId\n      label\n      asOf\n      updatedAt\n      hospitalDay {\n        amount\n        formatted\n      }\n      monitoringDay {\n        amount\n        formatted\n      }\n      apheresis {\n        amount\n        formatted\n      }\n      lymphodepletionDay {\n        amount\n        formatted\n      }\n      crsIcansReserve {\n        low {\n          amount\n          formatted\n        }\n        high {\n          amount\n          formatted\n        }\n      }\n      coordinationFee {\n        amount\n        formatted\n      }\n      interpreterDay {\n        amount\n        formatted\n      }\n      hotelNight {\n        amount\n        formatted\n      }\n      manufacturing {\n        low {\n          amount\n          currency\n          formatted\n        }\n        high {\n          amount\n          formatted\n        }\n      }\n      bank {\n        accountName\n        bankName\n        accountNumber\n        swift\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficeTariff($centreId: ID!) {\n    centreTariff(centreId: $centreId) {\n      centreId\n      label\n      asOf\n      updatedAt\n      hospitalDay {\n        amount\n        formatted\n      }\n      monitoringDay {\n        amount\n        formatted\n      }\n      apheresis {\n        amount\n        formatted\n      }\n      lymphodepletionDay {\n        amount\n        formatted\n      }\n      crsIcansReserve {\n        low {\n          amount\n          formatted\n        }\n        high {\n          amount\n          formatted\n        }\n      }\n      coordinationFee {\n        amount\n        formatted\n      }\n      interpreterDay {\n        amount\n        formatted\n      }\n      hotelNight {\n        amount\n        formatted\n      }\n      manufacturing {\n        low {\n          amount\n          currency\n          formatted\n        }\n        high {\n          amount\n          formatted\n        }\n      }\n      bank {\n        accountName\n        bankName\n        accountNumber\n        swift\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfficeSetTariff($centreId: ID!, $tariff: CentreTariffInput!) {\n    setCentreTariff(centreId: $centreId, tariff: $tariff) {\n      centreId\n      label\n      asOf\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation OfficeSetTariff($centreId: ID!, $tariff: CentreTariffInput!) {\n    setCentreTariff(centreId: $centreId, tariff: $tariff) {\n      centreId\n      label\n      asOf\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeTrials($centreId: ID!) {\n    centre(id: $centreId) {\n      id\n      trials {\n        id\n        title\n        registryIds\n        ownerCentreId\n        criteriaVersion\n        sites {\n          centreId\n          recruiting\n          openSlots\n          principalInvestigator {\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficeTrials($centreId: ID!) {\n    centre(id: $centreId) {\n      id\n      trials {\n        id\n        title\n        registryIds\n        ownerCentreId\n        criteriaVersion\n        sites {\n          centreId\n          recruiting\n          openSlots\n          principalInvestigator {\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeAllTrials {\n    trials(recruitingOnly: false) {\n      id\n      title\n      registryIds\n      ownerCentreId\n      criteriaVersion\n      sites {\n        centreId\n        recruiting\n        openSlots\n        principalInvestigator {\n          name\n          nameZh\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficeAllTrials {\n    trials(recruitingOnly: false) {\n      id\n      title\n      registryIds\n      ownerCentreId\n      criteriaVersion\n      sites {\n        centreId\n        recruiting\n        openSlots\n        principalInvestigator {\n          name\n          nameZh\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeTrial($id: ID!) {\n    trial(id: $id) {\n      id\n      title\n      registryIds\n      ownerCentreId\n      centreIds\n      targets\n      productType\n      phase\n      fundingModels\n      criteriaJson\n      criteriaVersion\n      sites {\n        centreId\n        recruiting\n        openSlots\n        updatedAt\n        principalInvestigator {\n          name\n          nameZh\n        }\n      }\n      criteriaHistory {\n        version\n        changedBy\n        changedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficeTrial($id: ID!) {\n    trial(id: $id) {\n      id\n      title\n      registryIds\n      ownerCentreId\n      centreIds\n      targets\n      productType\n      phase\n      fundingModels\n      criteriaJson\n      criteriaVersion\n      sites {\n        centreId\n        recruiting\n        openSlots\n        updatedAt\n        principalInvestigator {\n          name\n          nameZh\n        }\n      }\n      criteriaHistory {\n        version\n        changedBy\n        changedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficeCriteriaVersion($id: ID!, $version: Int!) {\n    trial(id: $id) {\n      id\n      criteriaAtVersion(version: $version) {\n        version\n        changedBy\n        changedAt\n        criteria {\n          id\n          kind\n          text\n          manual\n          note\n          rule\n          appliesWhen\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfficeCriteriaVersion($id: ID!, $version: Int!) {\n    trial(id: $id) {\n      id\n      criteriaAtVersion(version: $version) {\n        version\n        changedBy\n        changedAt\n        criteria {\n          id\n          kind\n          text\n          manual\n          note\n          rule\n          appliesWhen\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfficeSetRecruiting($trialId: ID!, $recruiting: Boolean!, $openSlots: Int!, $centreId: ID) {\n    setTrialRecruiting(trialId: $trialId, recruiting: $recruiting, openSlots: $openSlots, centreId: $centreId) {\n      id\n      sites {\n        centreId\n        recruiting\n        openSlots\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OfficeSetRecruiting($trialId: ID!, $recruiting: Boolean!, $openSlots: Int!, $centreId: ID) {\n    setTrialRecruiting(trialId: $trialId, recruiting: $recruiting, openSlots: $openSlots, centreId: $centreId) {\n      id\n      sites {\n        centreId\n        recruiting\n        openSlots\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfficeSetInvestigator($trialId: ID!, $principalInvestigator: PrincipalInvestigatorInput!, $centreId: ID) {\n    setTrialSiteInvestigator(trialId: $trialId, principalInvestigator: $principalInvestigator, centreId: $centreId) {\n      id\n      sites {\n        centreId\n        principalInvestigator {\n          name\n          nameZh\n        }\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OfficeSetInvestigator($trialId: ID!, $principalInvestigator: PrincipalInvestigatorInput!, $centreId: ID) {\n    setTrialSiteInvestigator(trialId: $trialId, principalInvestigator: $principalInvestigator, centreId: $centreId) {\n      id\n      sites {\n        centreId\n        principalInvestigator {\n          name\n          nameZh\n        }\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfficeUpdateCriteria($trialId: ID!, $criteria: String!) {\n    updateTrialCriteria(trialId: $trialId, criteria: $criteria) {\n      id\n      criteriaJson\n      criteriaVersion\n    }\n  }\n',
): (typeof documents)['\n  mutation OfficeUpdateCriteria($trialId: ID!, $criteria: String!) {\n    updateTrialCriteria(trialId: $trialId, criteria: $criteria) {\n      id\n      criteriaJson\n      criteriaVersion\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OfficeRegisterTrial($input: RegisterTrialInput!) {\n    registerTrial(input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation OfficeRegisterTrial($input: RegisterTrialInput!) {\n    registerTrial(input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkQueueUnread {\n    notifications(unreadOnly: true, first: 100) {\n      edges {\n        node {\n          id\n          caseId\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkQueueUnread {\n    notifications(unreadOnly: true, first: 100) {\n      edges {\n        node {\n          id\n          caseId\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkQueue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          diagnosis {\n            icd10\n            description\n          }\n          coordinatorId\n          reviewDueOn\n          reviewOverdue\n          staleRecordKinds\n          openedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkQueue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          diagnosis {\n            icd10\n            description\n          }\n          coordinatorId\n          reviewDueOn\n          reviewOverdue\n          staleRecordKinds\n          openedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordsChecklist($id: ID!) {\n    case(id: $id) {\n      id\n      checklist {\n        caseId\n        completeness\n        evaluatedAt\n        items {\n          kind\n          status\n          versionId\n          recordDate\n          staleOn\n          required\n          requirementReason\n          notApplicable {\n            reason\n            markedBy\n            markedAt\n          }\n        }\n      }\n      documents {\n        id\n        kind\n        createdAt\n        versions {\n          id\n          version\n          fileName\n          contentType\n          sizeBytes\n          sha256\n          language\n          recordDate\n          status\n          statusReason\n          uploadedAt\n          verifiedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecordsChecklist($id: ID!) {\n    case(id: $id) {\n      id\n      checklist {\n        caseId\n        completeness\n        evaluatedAt\n        items {\n          kind\n          status\n          versionId\n          recordDate\n          staleOn\n          required\n          requirementReason\n          notApplicable {\n            reason\n            markedBy\n            markedAt\n          }\n        }\n      }\n      documents {\n        id\n        kind\n        createdAt\n        versions {\n          id\n          version\n          fileName\n          contentType\n          sizeBytes\n          sha256\n          language\n          recordDate\n          status\n          statusReason\n          uploadedAt\n          verifiedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordsRequestUpload($input: RequestDocumentUploadInput!) {\n    requestDocumentUpload(input: $input) {\n      documentId\n      versionId\n      upload {\n        url\n        method\n        fields {\n          name\n          value\n        }\n      }\n      streamUploadPath\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordsRequestUpload($input: RequestDocumentUploadInput!) {\n    requestDocumentUpload(input: $input) {\n      documentId\n      versionId\n      upload {\n        url\n        method\n        fields {\n          name\n          value\n        }\n      }\n      streamUploadPath\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordsCompleteUpload($versionId: ID!) {\n    completeDocumentUpload(versionId: $versionId) {\n      id\n      status\n      statusReason\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordsCompleteUpload($versionId: ID!) {\n    completeDocumentUpload(versionId: $versionId) {\n      id\n      status\n      statusReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordsDownload($versionId: ID!) {\n    documentDownload(versionId: $versionId) {\n      url\n    }\n  }\n',
): (typeof documents)['\n  query RecordsDownload($versionId: ID!) {\n    documentDownload(versionId: $versionId) {\n      url\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordsDelete($documentId: ID!, $reason: String!) {\n    deleteDocument(documentId: $documentId, reason: $reason) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordsDelete($documentId: ID!, $reason: String!) {\n    deleteDocument(documentId: $documentId, reason: $reason) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordsMarkNotApplicable($caseId: ID!, $kind: RecordKind!, $reason: String!) {\n    markChecklistItemNotApplicable(caseId: $caseId, kind: $kind, reason: $reason) {\n      caseId\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordsMarkNotApplicable($caseId: ID!, $kind: RecordKind!, $reason: String!) {\n    markChecklistItemNotApplicable(caseId: $caseId, kind: $kind, reason: $reason) {\n      caseId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordsClearNotApplicable($caseId: ID!, $kind: RecordKind!) {\n    clearChecklistItemNotApplicable(caseId: $caseId, kind: $kind) {\n      caseId\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordsClearNotApplicable($caseId: ID!, $kind: RecordKind!) {\n    clearChecklistItemNotApplicable(caseId: $caseId, kind: $kind) {\n      caseId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordsVerifiedDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      documents {\n        id\n        kind\n        versions {\n          id\n          version\n          fileName\n          recordDate\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecordsVerifiedDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      documents {\n        id\n        kind\n        versions {\n          id\n          version\n          fileName\n          recordDate\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SummaryOfCase($id: ID!) {\n    case(id: $id) {\n      id\n      oncologySummary {\n        caseId\n        version\n        updatedAt\n        birthYearMonth\n        facts(includeHistory: true) {\n          id\n          kind\n          fact\n          observedOn\n          sourceDocumentId\n          source\n          sourceDeleted\n          version\n          status\n          supersedesFactId\n          supersededByFactId\n          correctionReason\n          recordedBy\n          recordedAt\n          retractedAt\n          retractedBy\n          retractionReason\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SummaryOfCase($id: ID!) {\n    case(id: $id) {\n      id\n      oncologySummary {\n        caseId\n        version\n        updatedAt\n        birthYearMonth\n        facts(includeHistory: true) {\n          id\n          kind\n          fact\n          observedOn\n          sourceDocumentId\n          source\n          sourceDeleted\n          version\n          status\n          supersedesFactId\n          supersededByFactId\n          correctionReason\n          recordedBy\n          recordedAt\n          retractedAt\n          retractedBy\n          retractionReason\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SummaryAddFact($caseId: ID!, $fact: JSON!) {\n    addSummaryFact(caseId: $caseId, fact: $fact) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SummaryAddFact($caseId: ID!, $fact: JSON!) {\n    addSummaryFact(caseId: $caseId, fact: $fact) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SummaryCorrectFact($factId: ID!, $fact: JSON!, $reason: String!) {\n    correctSummaryFact(factId: $factId, fact: $fact, reason: $reason) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SummaryCorrectFact($factId: ID!, $fact: JSON!, $reason: String!) {\n    correctSummaryFact(factId: $factId, fact: $fact, reason: $reason) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SummaryRetractFact($factId: ID!, $reason: String!) {\n    retractSummaryFact(factId: $factId, reason: $reason) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SummaryRetractFact($factId: ID!, $reason: String!) {\n    retractSummaryFact(factId: $factId, reason: $reason) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScreeningOfCase($id: ID!, $asOf: Date) {\n    case(id: $id) {\n      id\n      trialMatches(asOf: $asOf) {\n        trialId\n        verdict\n        judgedOn\n        criteria {\n          criterionId\n          kind\n          text\n          status\n          explanation\n        }\n        recruitingCentres {\n          id\n          name\n          nameZh\n        }\n      }\n      referrals {\n        id\n        trialId\n        status\n        submittedAt\n        reviewDueOn\n        completenessAtSubmission\n        decisionReason\n        decidedAt\n        centre {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n    trials(recruitingOnly: false) {\n      id\n      title\n      criteria {\n        id\n        manual\n        rule\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ScreeningOfCase($id: ID!, $asOf: Date) {\n    case(id: $id) {\n      id\n      trialMatches(asOf: $asOf) {\n        trialId\n        verdict\n        judgedOn\n        criteria {\n          criterionId\n          kind\n          text\n          status\n          explanation\n        }\n        recruitingCentres {\n          id\n          name\n          nameZh\n        }\n      }\n      referrals {\n        id\n        trialId\n        status\n        submittedAt\n        reviewDueOn\n        completenessAtSubmission\n        decisionReason\n        decidedAt\n        centre {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n    trials(recruitingOnly: false) {\n      id\n      title\n      criteria {\n        id\n        manual\n        rule\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScreeningAssess($caseId: ID!, $trialId: ID!, $criterionId: String!, $status: AssessmentStatus!, $sourceDocumentId: ID!, $note: String) {\n    recordCriterionAssessment(\n      caseId: $caseId\n      trialId: $trialId\n      criterionId: $criterionId\n      status: $status\n      sourceDocumentId: $sourceDocumentId\n      note: $note\n    ) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ScreeningAssess($caseId: ID!, $trialId: ID!, $criterionId: String!, $status: AssessmentStatus!, $sourceDocumentId: ID!, $note: String) {\n    recordCriterionAssessment(\n      caseId: $caseId\n      trialId: $trialId\n      criterionId: $criterionId\n      status: $status\n      sourceDocumentId: $sourceDocumentId\n      note: $note\n    ) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScreeningSubmit($caseId: ID!, $trialId: ID!, $centreId: ID!) {\n    submitCase(caseId: $caseId, trialId: $trialId, centreId: $centreId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ScreeningSubmit($caseId: ID!, $trialId: ID!, $centreId: ID!) {\n    submitCase(caseId: $caseId, trialId: $trialId, centreId: $centreId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  query UnreadCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

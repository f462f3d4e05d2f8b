import { graphql } from '../gql';

/** The checklist and every document of the case with its versions (the Records tab). */
export const RecordsChecklist = graphql(`
  query RecordsChecklist($id: ID!) {
    case(id: $id) {
      id
      checklist {
        caseId
        completeness
        evaluatedAt
        items {
          kind
          status
          versionId
          recordDate
          staleOn
          required
          requirementReason
          notApplicable {
            reason
            markedBy
            markedAt
          }
        }
      }
      documents {
        id
        kind
        createdAt
        versions {
          id
          version
          fileName
          contentType
          sizeBytes
          sha256
          language
          recordDate
          status
          statusReason
          uploadedAt
          verifiedAt
        }
      }
    }
  }
`);

export const RecordsRequestUpload = graphql(`
  mutation RecordsRequestUpload($input: RequestDocumentUploadInput!) {
    requestDocumentUpload(input: $input) {
      documentId
      versionId
      upload {
        url
        method
        fields {
          name
          value
        }
      }
      streamUploadPath
    }
  }
`);

export const RecordsCompleteUpload = graphql(`
  mutation RecordsCompleteUpload($versionId: ID!) {
    completeDocumentUpload(versionId: $versionId) {
      id
      status
      statusReason
    }
  }
`);

export const RecordsDownload = graphql(`
  query RecordsDownload($versionId: ID!) {
    documentDownload(versionId: $versionId) {
      url
    }
  }
`);

export const RecordsDelete = graphql(`
  mutation RecordsDelete($documentId: ID!, $reason: String!) {
    deleteDocument(documentId: $documentId, reason: $reason) {
      id
    }
  }
`);

export const RecordsMarkNotApplicable = graphql(`
  mutation RecordsMarkNotApplicable($caseId: ID!, $kind: RecordKind!, $reason: String!) {
    markChecklistItemNotApplicable(caseId: $caseId, kind: $kind, reason: $reason) {
      caseId
    }
  }
`);

export const RecordsClearNotApplicable = graphql(`
  mutation RecordsClearNotApplicable($caseId: ID!, $kind: RecordKind!) {
    clearChecklistItemNotApplicable(caseId: $caseId, kind: $kind) {
      caseId
    }
  }
`);

/** The case's verified documents, for citing one (summary facts, assessments). */
export const RecordsVerifiedDocuments = graphql(`
  query RecordsVerifiedDocuments($id: ID!) {
    case(id: $id) {
      id
      documents {
        id
        kind
        versions {
          id
          version
          fileName
          recordDate
          status
        }
      }
    }
  }
`);

export const SummaryOfCase = graphql(`
  query SummaryOfCase($id: ID!) {
    case(id: $id) {
      id
      oncologySummary {
        caseId
        version
        updatedAt
        birthYearMonth
        facts(includeHistory: true) {
          id
          kind
          fact
          observedOn
          sourceDocumentId
          source
          sourceDeleted
          version
          status
          supersedesFactId
          supersededByFactId
          correctionReason
          recordedBy
          recordedAt
          retractedAt
          retractedBy
          retractionReason
        }
      }
    }
  }
`);

export const SummaryAddFact = graphql(`
  mutation SummaryAddFact($caseId: ID!, $fact: JSON!) {
    addSummaryFact(caseId: $caseId, fact: $fact) {
      id
    }
  }
`);

export const SummaryCorrectFact = graphql(`
  mutation SummaryCorrectFact($factId: ID!, $fact: JSON!, $reason: String!) {
    correctSummaryFact(factId: $factId, fact: $fact, reason: $reason) {
      id
    }
  }
`);

export const SummaryRetractFact = graphql(`
  mutation SummaryRetractFact($factId: ID!, $reason: String!) {
    retractSummaryFact(factId: $factId, reason: $reason) {
      id
    }
  }
`);

export const ScreeningOfCase = graphql(`
  query ScreeningOfCase($id: ID!, $asOf: Date) {
    case(id: $id) {
      id
      trialMatches(asOf: $asOf) {
        trialId
        verdict
        judgedOn
        criteria {
          criterionId
          kind
          text
          status
          explanation
        }
        recruitingCentres {
          id
          name
          nameZh
        }
      }
      referrals {
        id
        trialId
        status
        submittedAt
        reviewDueOn
        completenessAtSubmission
        decisionReason
        decidedAt
        centre {
          id
          name
          nameZh
        }
      }
    }
    trials(recruitingOnly: false) {
      id
      title
      criteria {
        id
        manual
        rule
      }
    }
  }
`);

export const ScreeningAssess = graphql(`
  mutation ScreeningAssess($caseId: ID!, $trialId: ID!, $criterionId: String!, $status: AssessmentStatus!, $sourceDocumentId: ID!, $note: String) {
    recordCriterionAssessment(
      caseId: $caseId
      trialId: $trialId
      criterionId: $criterionId
      status: $status
      sourceDocumentId: $sourceDocumentId
      note: $note
    ) {
      id
    }
  }
`);

export const ScreeningSubmit = graphql(`
  mutation ScreeningSubmit($caseId: ID!, $trialId: ID!, $centreId: ID!) {
    submitCase(caseId: $caseId, trialId: $trialId, centreId: $centreId) {
      id
    }
  }
`);

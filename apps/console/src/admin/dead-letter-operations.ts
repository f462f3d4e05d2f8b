// Every service's dead-letter list and redrive, each its own operation: a non-null root field that
// fails nulls the whole answer, so one service's refusal must not hide the others' rows.
import { graphql } from '../gql';
import type { DeadLetterService } from './dead-letters';

export const AdminDeadLetter = graphql(`
  fragment AdminDeadLetter on DeadLetter {
    id
    consumer
    topic
    eventType
    errorCode
    errorMessage
    attempts
    createdAt
    redrivenAt
  }
`);

const AdminIntakeDeadLetters = graphql(`
  query AdminIntakeDeadLetters($pendingOnly: Boolean!, $limit: Int!) {
    letters: intakeDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {
      ...AdminDeadLetter
    }
  }
`);

const AdminDocumentsDeadLetters = graphql(`
  query AdminDocumentsDeadLetters($pendingOnly: Boolean!, $limit: Int!) {
    letters: documentsDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {
      ...AdminDeadLetter
    }
  }
`);

const AdminEligibilityDeadLetters = graphql(`
  query AdminEligibilityDeadLetters($pendingOnly: Boolean!, $limit: Int!) {
    letters: eligibilityDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {
      ...AdminDeadLetter
    }
  }
`);

const AdminCentresDeadLetters = graphql(`
  query AdminCentresDeadLetters($pendingOnly: Boolean!, $limit: Int!) {
    letters: centresDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {
      ...AdminDeadLetter
    }
  }
`);

const AdminTravelDeadLetters = graphql(`
  query AdminTravelDeadLetters($pendingOnly: Boolean!, $limit: Int!) {
    letters: travelDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {
      ...AdminDeadLetter
    }
  }
`);

const AdminBillingDeadLetters = graphql(`
  query AdminBillingDeadLetters($pendingOnly: Boolean!, $limit: Int!) {
    letters: billingDeadLetters(pendingOnly: $pendingOnly, limit: $limit) {
      ...AdminDeadLetter
    }
  }
`);

const AdminRedriveIntakeDeadLetter = graphql(`
  mutation AdminRedriveIntakeDeadLetter($id: ID!) {
    result: redriveIntakeDeadLetter(id: $id) {
      outcome
      deadLetter {
        ...AdminDeadLetter
      }
    }
  }
`);

const AdminRedriveDocumentsDeadLetter = graphql(`
  mutation AdminRedriveDocumentsDeadLetter($id: ID!) {
    result: redriveDocumentsDeadLetter(id: $id) {
      outcome
      deadLetter {
        ...AdminDeadLetter
      }
    }
  }
`);

const AdminRedriveEligibilityDeadLetter = graphql(`
  mutation AdminRedriveEligibilityDeadLetter($id: ID!) {
    result: redriveEligibilityDeadLetter(id: $id) {
      outcome
      deadLetter {
        ...AdminDeadLetter
      }
    }
  }
`);

const AdminRedriveCentresDeadLetter = graphql(`
  mutation AdminRedriveCentresDeadLetter($id: ID!) {
    result: redriveCentresDeadLetter(id: $id) {
      outcome
      deadLetter {
        ...AdminDeadLetter
      }
    }
  }
`);

const AdminRedriveTravelDeadLetter = graphql(`
  mutation AdminRedriveTravelDeadLetter($id: ID!) {
    result: redriveTravelDeadLetter(id: $id) {
      outcome
      deadLetter {
        ...AdminDeadLetter
      }
    }
  }
`);

const AdminRedriveBillingDeadLetter = graphql(`
  mutation AdminRedriveBillingDeadLetter($id: ID!) {
    result: redriveBillingDeadLetter(id: $id) {
      outcome
      deadLetter {
        ...AdminDeadLetter
      }
    }
  }
`);

export const DEAD_LETTER_QUERIES = {
  intake: AdminIntakeDeadLetters,
  documents: AdminDocumentsDeadLetters,
  eligibility: AdminEligibilityDeadLetters,
  centres: AdminCentresDeadLetters,
  travel: AdminTravelDeadLetters,
  billing: AdminBillingDeadLetters,
} as const satisfies Record<DeadLetterService, unknown>;

export const REDRIVE_MUTATIONS = {
  intake: AdminRedriveIntakeDeadLetter,
  documents: AdminRedriveDocumentsDeadLetter,
  eligibility: AdminRedriveEligibilityDeadLetter,
  centres: AdminRedriveCentresDeadLetter,
  travel: AdminRedriveTravelDeadLetter,
  billing: AdminRedriveBillingDeadLetter,
} as const satisfies Record<DeadLetterService, unknown>;

import { graphql } from '../gql';

/** What the case page and its overview show; the overview reads it from the cache. */
export const CaseOverview = graphql(`
  query CaseOverview($id: ID!) {
    case(id: $id) {
      id
      reference
      status
      allowedTransitions
      openedAt
      diagnosis {
        icd10
        description
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

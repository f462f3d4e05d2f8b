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
  '\n  query CentreLanguages {\n    centres {\n      id\n      languages\n    }\n  }\n': typeof types.CentreLanguagesDocument;
  '\n  query DevCentres {\n    centres {\n      id\n      name\n    }\n  }\n': typeof types.DevCentresDocument;
  '\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      allowedTransitions\n      openedAt\n      diagnosis {\n        icd10\n        description\n      }\n      checklist {\n        completeness\n        items {\n          kind\n          status\n          recordDate\n          required\n        }\n      }\n    }\n  }\n': typeof types.CaseOverviewDocument;
  '\n  query NotificationFeed {\n    notifications(first: 50) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          caseId\n          caseReference\n          outcome\n          createdAt\n          read\n        }\n      }\n    }\n  }\n': typeof types.NotificationFeedDocument;
  '\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n': typeof types.MarkAllNotificationsReadDocument;
  '\n  query WorkQueue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          diagnosis {\n            icd10\n            description\n          }\n          coordinatorId\n          reviewDueOn\n          reviewOverdue\n          staleRecordKinds\n          openedAt\n        }\n      }\n    }\n  }\n': typeof types.WorkQueueDocument;
  '\n  query UnreadCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n': typeof types.UnreadCountDocument;
};
const documents: Documents = {
  '\n  query CentreLanguages {\n    centres {\n      id\n      languages\n    }\n  }\n': types.CentreLanguagesDocument,
  '\n  query DevCentres {\n    centres {\n      id\n      name\n    }\n  }\n': types.DevCentresDocument,
  '\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      allowedTransitions\n      openedAt\n      diagnosis {\n        icd10\n        description\n      }\n      checklist {\n        completeness\n        items {\n          kind\n          status\n          recordDate\n          required\n        }\n      }\n    }\n  }\n':
    types.CaseOverviewDocument,
  '\n  query NotificationFeed {\n    notifications(first: 50) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          caseId\n          caseReference\n          outcome\n          createdAt\n          read\n        }\n      }\n    }\n  }\n':
    types.NotificationFeedDocument,
  '\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n': types.MarkAllNotificationsReadDocument,
  '\n  query WorkQueue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          diagnosis {\n            icd10\n            description\n          }\n          coordinatorId\n          reviewDueOn\n          reviewOverdue\n          staleRecordKinds\n          openedAt\n        }\n      }\n    }\n  }\n':
    types.WorkQueueDocument,
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
  source: '\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      allowedTransitions\n      openedAt\n      diagnosis {\n        icd10\n        description\n      }\n      checklist {\n        completeness\n        items {\n          kind\n          status\n          recordDate\n          required\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      allowedTransitions\n      openedAt\n      diagnosis {\n        icd10\n        description\n      }\n      checklist {\n        completeness\n        items {\n          kind\n          status\n          recordDate\n          required\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query WorkQueue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          diagnosis {\n            icd10\n            description\n          }\n          coordinatorId\n          reviewDueOn\n          reviewOverdue\n          staleRecordKinds\n          openedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkQueue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reference\n          status\n          diagnosis {\n            icd10\n            description\n          }\n          coordinatorId\n          reviewDueOn\n          reviewOverdue\n          staleRecordKinds\n          openedAt\n        }\n      }\n    }\n  }\n'];
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

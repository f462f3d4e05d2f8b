/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which cases to list; every condition given must hold. Only cases the caller may see are ever listed. */
export type CaseFilter = {
  /** Cases referred to this centre (an office may name only its own). */
  centreId?: string | null | undefined;
  /** Cases run by this coordinator. */
  coordinatorId?: string | null | undefined;
  /** Cases run by the caller (true) or by anyone else (false). */
  mine?: boolean | null | undefined;
  /** Cases with (true) or without (false) a referral past its PI review deadline. */
  reviewOverdue?: boolean | null | undefined;
  /** Cases with (true) or without (false) records too old to count. */
  staleRecords?: boolean | null | undefined;
  /** Cases in any of these states. */
  statuses?: Array<CaseStatus> | null | undefined;
  /** Start of the case reference (with or without CA-), the case id or the pseudonymous patient id; any case. Never a name. */
  text?: string | null | undefined;
};

/** Where a case stands in its lifecycle. */
export type CaseStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'COLLECTING_RECORDS'
  | 'DECLINED'
  | 'FOLLOW_UP'
  | 'IN_TREATMENT'
  | 'NEW'
  | 'READY_FOR_SCREENING'
  | 'SUBMITTED'
  | 'TRAVEL_PLANNING'
  | 'WITHDRAWN';

export type ChecklistCompleteness = 'COMPLETE' | 'INCOMPLETE' | 'PARTIAL';

/** What a notification tells its reader. */
export type NotificationKind =
  /** To the coordinator a case was handed to. */
  | 'CASE_ASSIGNED'
  /** To the case's coordinator: an invoice was issued (see amountDue and dueOn). */
  | 'INVOICE_DUE'
  /** To the case's coordinator: the centre issued the invitation letter. */
  | 'LETTER_ISSUED'
  /** To a centre's office: its invitation letter for an accepted case is wanted. */
  | 'LETTER_REQUESTED'
  /** To the case's coordinator: the centre asks for more information before deciding. */
  | 'MORE_INFORMATION_REQUESTED'
  /** To the case's coordinator: the PI accepted or declined the referral (see outcome). */
  | 'PI_DECISION'
  /** To the case's coordinator: records that were current turned stale. */
  | 'RECORDS_STALE'
  /** To a centre's office: a case was referred to one of its trials. */
  | 'REFERRAL_RECEIVED'
  /** To the case's coordinator and the centre's office: a referral passed its review deadline. */
  | 'REVIEW_OVERDUE'
  /** To the case's coordinator: a visa was granted or refused (see outcome). */
  | 'VISA_DECIDED';

/** The six kinds of record a site needs before it will screen a case. */
export type RecordKind = 'BLOOD_PANEL' | 'FLOW_CYTOMETRY' | 'IMAGING' | 'PATHOLOGY_REPORT' | 'PRIOR_CELLULAR_THERAPY' | 'TREATMENT_HISTORY';

export type RecordStatus =
  | 'MISSING'
  /** Its coordinator marked it not applicable, with a reason (notApplicable): it never counts as missing and never ages. */
  | 'NOT_APPLICABLE'
  /** The case's profile does not call for it (e.g. flow cytometry for a solid tumour): it never counts as missing and never ages (requirementReason says why). */
  | 'NOT_REQUIRED'
  | 'PRESENT'
  /** Older than the recency a site requires (flow cytometry 3 months, labs 4 weeks, imaging 8 weeks). */
  | 'STALE'
  /** Needs an English translation (pathology reports). */
  | 'UNTRANSLATED';

export type CentreLanguagesQueryVariables = Exact<{ [key: string]: never }>;

export type CentreLanguagesQuery = { centres: Array<{ id: string; languages: Array<string> }> };

export type DevCentresQueryVariables = Exact<{ [key: string]: never }>;

export type DevCentresQuery = { centres: Array<{ id: string; name: string }> };

export type CaseOverviewQueryVariables = Exact<{
  id: string;
}>;

export type CaseOverviewQuery = {
  case: {
    id: string;
    reference: string;
    status: CaseStatus;
    allowedTransitions: Array<CaseStatus>;
    openedAt: string;
    diagnosis: { icd10: string; description: string };
    checklist: {
      completeness: ChecklistCompleteness;
      items: Array<{ kind: RecordKind; status: RecordStatus; recordDate: string | null; required: boolean }>;
    } | null;
  } | null;
};

export type NotificationFeedQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationFeedQuery = {
  notifications: {
    unreadCount: number;
    edges: Array<{
      node: { id: string; kind: NotificationKind; caseId: string; caseReference: string; outcome: string | null; createdAt: string; read: boolean };
    }>;
  };
};

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type WorkQueueQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type WorkQueueQuery = {
  cases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        reference: string;
        status: CaseStatus;
        coordinatorId: string;
        reviewDueOn: string | null;
        reviewOverdue: boolean;
        staleRecordKinds: Array<RecordKind>;
        openedAt: string;
        diagnosis: { icd10: string; description: string };
      };
    }>;
  };
};

export type UnreadCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadCountQuery = { notifications: { unreadCount: number } };

export const CentreLanguagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CentreLanguages' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centres' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CentreLanguagesQuery, CentreLanguagesQueryVariables>;
export const DevCentresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DevCentres' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centres' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DevCentresQuery, DevCentresQueryVariables>;
export const CaseOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'icd10' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checklist' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'completeness' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseOverviewQuery, CaseOverviewQueryVariables>;
export const NotificationFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationFeed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationFeedQuery, NotificationFeedQueryVariables>;
export const MarkAllNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAllNotificationsRead' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'markAllNotificationsRead' } }] },
    },
  ],
} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const WorkQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'diagnosis' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'icd10' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'coordinatorId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reviewDueOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'staleRecordKinds' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkQueueQuery, WorkQueueQueryVariables>;
export const UnreadCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'unreadOnly' }, value: { kind: 'BooleanValue', value: true } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;

import { SERVICE_NAMES, ServiceName } from '../config';

/**
 * The subgraph that owns `Query.auditTrail` and assembles the FHIR Bundle. Every subgraph adds its
 * own part of the trail to the `AuditTrail` entity; the gateway fans a read out to all six.
 */
export const AUDIT_TRAIL_OWNER: ServiceName = 'intake';

/** The audit-trail types every subgraph serves: its own `AuditTrail.<service>` field, plus the root field and bundle at the owner. */
export function auditTrailTypeDefs(service: string): string {
  const others = SERVICE_NAMES.filter((name) => name !== AUDIT_TRAIL_OWNER);
  // The owner needs the other parts to bundle them: declared external, fetched by the gateway first.
  const ownerFields =
    service === AUDIT_TRAIL_OWNER
      ? `${others.map((name) => `  ${name}: [AuditEntry!]! @federation__external`).join('\n')}
  "Every service's records about the case as a FHIR R4 Bundle (type collection) of AuditEvents, JSON (admin)."
  fhirBundle: String! @federation__requires(fields: "${others.map((name) => `${name} { fhir }`).join(' ')}")`
      : '';
  const ownerQuery =
    service === AUDIT_TRAIL_OWNER
      ? `
extend type Query {
  "A case's audit trail across every service (admin; reading it is itself audited, in each service)."
  auditTrail("The case's id (UUID)." caseId: ID!): AuditTrail!
}`
      : '';
  return `
"Whether the audited action was allowed."
enum AuditOutcome {
  "The action was allowed and done."
  ALLOWED
  "The action was refused (e.g. FORBIDDEN): refusals are audited too."
  DENIED
}

"Why the actor acted, from who they are (FHIR AuditEvent purposeOfEvent)."
enum AuditPurpose {
  "A coordinator on their own case."
  CARE_COORDINATION
  "A coordinator on a colleague's case (cover)."
  TEAM_COVER
  "A hospital office reviewing a referral to its centre."
  REFERRAL_REVIEW
  "An admin."
  ADMINISTRATION
  "An analyst (who never reads case data: appears only refused)."
  ANALYTICS
}

"One record of a service's audit trail: append-only, hash-chained per service in seq order."
type AuditEntry @shareable {
  "The record's id (UUID)."
  id: ID!
  "The service that wrote it, e.g. intake."
  service: String!
  "Its position in that service's chain, from 1."
  seq: Int!
  "When the action happened (ISO 8601, UTC)."
  at: DateTime!
  "What was done, e.g. consent.read."
  action: String!
  "Allowed or denied."
  outcome: AuditOutcome!
  "Why, from the actor's role."
  purpose: AuditPurpose!
  "The actor's subject (user id)."
  actor: String!
  "The actor's roles at the time."
  roles: [String!]!
  "The actor's centre, for a hospital office; null otherwise."
  centreId: String
  "The case concerned; null for an action on no case."
  caseId: ID
  "The kind of record acted on, when the action names one; null otherwise."
  targetType: String
  "That record's id; null with no targetType."
  targetId: String
  "The previous record's hash in this service's chain (64 zeros for the first): a gap or an edit breaks the chain."
  previousHash: String!
  "Lowercase hex SHA-256 over previousHash and this record's sealed fields."
  hash: String!
  "The record as a FHIR R4 AuditEvent, JSON."
  fhir: String!
}

"A case's audit trail; each service contributes its own records (admin)."
type AuditTrail @key(fields: "caseId") {
  "The case."
  caseId: ID!
  "The ${service} service's records about the case, in chain order (admin)."
  ${service}: [AuditEntry!]!
${ownerFields}
}
${ownerQuery}
`;
}

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
  auditTrail(caseId: ID!): AuditTrail!
}`
      : '';
  return `
enum AuditOutcome {
  ALLOWED
  DENIED
}

enum AuditPurpose {
  CARE_COORDINATION
  TEAM_COVER
  REFERRAL_REVIEW
  ADMINISTRATION
  ANALYTICS
}

"One record of a service's audit trail: append-only, hash-chained per service in seq order."
type AuditEntry @shareable {
  id: ID!
  service: String!
  seq: Int!
  at: DateTime!
  action: String!
  outcome: AuditOutcome!
  purpose: AuditPurpose!
  actor: String!
  roles: [String!]!
  centreId: String
  caseId: ID
  targetType: String
  targetId: String
  previousHash: String!
  hash: String!
  "The record as a FHIR R4 AuditEvent, JSON."
  fhir: String!
}

"A case's audit trail; each service contributes its own records (admin)."
type AuditTrail @key(fields: "caseId") {
  caseId: ID!
  "The ${service} service's records about the case, in chain order (admin)."
  ${service}: [AuditEntry!]!
${ownerFields}
}
${ownerQuery}
`;
}

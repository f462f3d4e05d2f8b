import { auditTrailTypeDefs } from '../audit/audit-trail.graphql';
import { scalarTypeDefs } from '../scalars';

/** The dead-letter admin fields every subgraph serves, named per service (see deadLettersResolver). */
export function deadLetterTypeDefs(service: string): string {
  const capitalised = service[0].toUpperCase() + service.slice(1);
  return `
type DeadLetter @shareable {
  id: ID!
  consumer: String!
  topic: String!
  eventType: String
  errorCode: String!
  errorMessage: String!
  attempts: Int!
  createdAt: DateTime!
  redrivenAt: DateTime
}

enum RedriveOutcome {
  APPLIED
  DUPLICATE
  IGNORED
  DEAD_LETTERED
}

type RedriveResult @shareable {
  outcome: RedriveOutcome!
  deadLetter: DeadLetter!
}

extend type Query {
  "Dead letters of the ${service} service's consumers, newest first (admin)."
  ${service}DeadLetters(pendingOnly: Boolean! = true, limit: Int! = 50): [DeadLetter!]!
}

extend type Mutation {
  "Replays one dead letter of the ${service} service through its consumer (admin)."
  redrive${capitalised}DeadLetter(id: ID!): RedriveResult!
}
`;
}

/** A subgraph's whole SDL: its own schema file plus the shared scalars and admin fields (dead letters, audit trail). */
export function subgraphTypeDefs(service: string, schemaFileText: string): string {
  return `${schemaFileText}\n${scalarTypeDefs}\n${deadLetterTypeDefs(service)}\n${auditTrailTypeDefs(service)}`;
}

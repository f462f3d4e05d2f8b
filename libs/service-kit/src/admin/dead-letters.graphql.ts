import { auditTrailTypeDefs } from '../audit/audit-trail.graphql';
import { scalarTypeDefs } from '../scalars';

/** The dead-letter admin fields every subgraph serves, named per service (see deadLettersResolver). */
export function deadLetterTypeDefs(service: string): string {
  const capitalised = service[0].toUpperCase() + service.slice(1);
  return `
"An event a service's consumer could not apply after its retries, kept for an admin to inspect and redrive."
type DeadLetter @shareable {
  "The dead letter's id (UUID): the redrive mutation takes it."
  id: ID!
  "The consumer (within this service) that could not apply the event."
  consumer: String!
  "The Kafka topic (or in-process stream) it came from."
  topic: String!
  "The event's type, when it could be read; null for an unreadable message."
  eventType: String
  "The stable error code of the last failure, e.g. BAD_USER_INPUT."
  errorCode: String!
  "The last failure's message (never a stack trace or patient data)."
  errorMessage: String!
  "How many times delivery was tried."
  attempts: Int!
  "When it was dead-lettered (ISO 8601, UTC)."
  createdAt: DateTime!
  "When it was last redriven and settled; null while pending."
  redrivenAt: DateTime
}

"What replaying a dead letter did."
enum RedriveOutcome {
  "The consumer applied the event this time."
  APPLIED
  "The event had been applied already: nothing changed, the letter is settled."
  DUPLICATE
  "The consumer has nothing to do for this kind of event: nothing changed."
  IGNORED
  "It failed again and stays a dead letter (see errorMessage)."
  DEAD_LETTERED
}

"The result of a redrive."
type RedriveResult @shareable {
  "What the replay did."
  outcome: RedriveOutcome!
  "The dead letter as it now stands."
  deadLetter: DeadLetter!
}

extend type Query {
  "Dead letters of the ${service} service's consumers, newest first (admin)."
  ${service}DeadLetters(
    "True (default): only letters not yet settled by a redrive."
    pendingOnly: Boolean! = true
    "How many, 1–500 (BAD_USER_INPUT otherwise)."
    limit: Int! = 50
  ): [DeadLetter!]!
}

extend type Mutation {
  "Replays one dead letter of the ${service} service through its consumer (admin)."
  redrive${capitalised}DeadLetter("The dead letter (DeadLetter.id); NOT_FOUND when none." id: ID!): RedriveResult!
}
`;
}

/** A subgraph's whole SDL: its own schema file plus the shared scalars and admin fields (dead letters, audit trail). */
export function subgraphTypeDefs(service: string, schemaFileText: string): string {
  return `${schemaFileText}\n${scalarTypeDefs}\n${deadLetterTypeDefs(service)}\n${auditTrailTypeDefs(service)}`;
}

import { z } from 'zod';
import { CartaEvent, envelopeSchema, newEvent } from './envelope';

/** One event kind: its CloudEvents type, the topic of its aggregate stream and its payload schema. */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  type: string;
  /** The aggregate stream's topic (from the Topics catalog). */
  topic: string;
  /** Which payload field holds the aggregate id: it becomes the subject and the record key. */
  aggregateIdField: string;
  schema: S;
  description: string;
}

export type EventData<D extends EventDefinition> = z.infer<D['schema']>;

export function defineEvent<S extends z.ZodObject>(definition: EventDefinition<S>): EventDefinition<S> {
  return definition;
}

export class ContractViolation extends Error {
  constructor(
    readonly eventType: string,
    readonly issues: string[],
  ) {
    super(`event ${eventType} breaks its contract: ${issues.join('; ')}`);
    this.name = 'ContractViolation';
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Producer side: validates the payload, then wraps it in an envelope. */
export function buildEvent<D extends EventDefinition>(
  definition: D,
  source: string,
  data: EventData<D>,
  options: { traceparent?: string; time?: Date } = {},
): CartaEvent<EventData<D>> {
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success) throw new ContractViolation(definition.type, describeIssues(parsed.error));
  const payload = parsed.data as Record<string, unknown>;
  const subject = String(payload[definition.aggregateIdField]);
  return newEvent({ type: definition.type, source, subject, data: parsed.data as EventData<D>, ...options });
}

/** Consumer side: validates envelope and payload against the definition. */
export function parseEvent<D extends EventDefinition>(definition: D, raw: unknown): CartaEvent<EventData<D>> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new ContractViolation(definition.type, describeIssues(envelope.error));
  const data = definition.schema.safeParse(envelope.data.data);
  if (!data.success) throw new ContractViolation(definition.type, describeIssues(data.error));
  return { ...(envelope.data as CartaEvent), data: data.data as EventData<D> };
}

import { Context, context, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { IncomingRecord, OutgoingRecord } from './broker';

/**
 * Trace context across the outbox and the broker, with the OpenTelemetry API only: the process's
 * SDK (if any) is wired up elsewhere. With none registered every call here is a no-op and
 * `activeTraceparent` is undefined, so nothing is saved or sent.
 *
 * The chain: the transaction that appends an event saves the active `traceparent` in its envelope
 * (CloudEvents' distributed-tracing extension); the relay publishes each row in a `publish <topic>`
 * span parented by it and puts that span's `traceparent` on the record's headers (as CloudEvents'
 * Kafka binding carries it); a consumer continues the trace from that header in a span per record.
 */
const tracer = trace.getTracer('@carta/messaging');
const TRACEPARENT = 'traceparent';

/** The active span's W3C `traceparent`, to be saved with an outbox row; undefined when nothing traces. */
export function activeTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier[TRACEPARENT];
}

function continuing(traceparent: string | undefined): Context {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { [TRACEPARENT]: traceparent }) : ROOT_CONTEXT;
}

/** An outbox row about to be published, with the trace context its transaction saved. */
export interface TracedRecord {
  record: OutgoingRecord;
  eventId: string;
  eventType: string;
  traceparent?: string;
}

/**
 * Publishes rows each in its own `publish <topic>` span (a batch mixes rows from many traces), the
 * span's context added to the record's headers; every span ends with the broker's acknowledgement.
 */
export async function publishTraced(publish: (records: OutgoingRecord[]) => Promise<void>, rows: TracedRecord[], system: string): Promise<void> {
  const spans: Span[] = [];
  const records = rows.map(({ record, eventId, eventType, traceparent }) => {
    const span = tracer.startSpan(
      `publish ${record.topic}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.system': system,
          'messaging.operation.type': 'send',
          'messaging.destination.name': record.topic,
          'messaging.message.id': eventId,
          'cloudevents.event_type': eventType,
        },
      },
      continuing(traceparent),
    );
    spans.push(span);
    const headers = { ...record.headers };
    propagation.inject(trace.setSpan(ROOT_CONTEXT, span), headers);
    return { ...record, headers };
  });
  try {
    await publish(records);
    for (const span of spans) span.end();
  } catch (error) {
    for (const span of spans) endFailed(span, error);
    throw error;
  }
}

/**
 * A span for one record a consumer handles, continuing the trace from the record's `traceparent`
 * header (or, for a record published without one, the envelope's). Not made active: callers run
 * work in it with `inSpan`.
 */
export function startConsumerSpan(record: IncomingRecord, consumer: string, system: string, event?: { id: string; type: string; traceparent?: string }): Span {
  return tracer.startSpan(
    `process ${record.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': system,
        'messaging.operation.type': 'process',
        'messaging.destination.name': record.topic,
        'messaging.consumer.group.name': consumer,
        ...(event ? { 'messaging.message.id': event.id, 'cloudevents.event_type': event.type } : {}),
      },
    },
    continuing(record.headers[TRACEPARENT] ?? event?.traceparent),
  );
}

/** Runs `work` with `span` active, so what it does (SQL, further events) joins the trace. */
export function inSpan<T>(span: Span, work: () => Promise<T>): Promise<T> {
  return context.with(trace.setSpan(context.active(), span), work);
}

/** Ends a span as failed, naming only the error's class: messages may carry values. */
export function endFailed(span: Span, error: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
  span.end();
}

import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { OutgoingRecord } from './broker';
import { activeTraceparent, inSpan, publishTraced, startConsumerSpan } from './tracing';

describe('trace context through the outbox and the broker', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  const tracer = provider.getTracer('test');
  const record = (topic: string): OutgoingRecord => ({ topic, key: 'case-1', value: '{}', headers: { ce_id: 'e1' } });

  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    trace.setGlobalTracerProvider(provider);
  });
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    propagation.disable();
    context.disable();
  });
  beforeEach(() => exporter.reset());

  it('saves the active span as a traceparent, and nothing outside a span', async () => {
    expect(activeTraceparent()).toBeUndefined();
    const span = tracer.startSpan('resolver');
    const saved = await inSpan(span, async () => activeTraceparent());
    span.end();
    expect(saved).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
  });

  it('publishes each row in a producer span under its saved context and sends that span on the traceparent header', async () => {
    const origin = tracer.startSpan('resolver');
    const traceparent = await inSpan(origin, async () => activeTraceparent());
    origin.end();
    const sent: OutgoingRecord[] = [];
    await publishTraced(
      async (records) => void sent.push(...records),
      [
        { record: record('carta.intake.case.v1'), eventId: 'e1', eventType: 'carta.intake.case-opened.v1', traceparent },
        { record: record('carta.intake.case.v1'), eventId: 'e2', eventType: 'carta.intake.case-opened.v1' },
      ],
      'kafka',
    );
    const [first, second] = exporter.getFinishedSpans().filter((span) => span.name.startsWith('publish'));
    expect(first).toMatchObject({ name: 'publish carta.intake.case.v1', kind: SpanKind.PRODUCER });
    expect(first.spanContext().traceId).toBe(origin.spanContext().traceId);
    expect(first.parentSpanContext?.spanId).toBe(origin.spanContext().spanId);
    expect(first.attributes).toMatchObject({ 'messaging.system': 'kafka', 'messaging.message.id': 'e1' });
    // A row saved without a trace starts its own.
    expect(second.spanContext().traceId).not.toBe(origin.spanContext().traceId);
    expect(sent[0].headers).toEqual({ ce_id: 'e1', traceparent: `00-${first.spanContext().traceId}-${first.spanContext().spanId}-01` });
  });

  it('ends the publish spans as failed when the broker refuses, and passes the refusal on', async () => {
    await expect(
      publishTraced(
        async () => {
          throw new TypeError('broker down');
        },
        [{ record: record('t'), eventId: 'e1', eventType: 'x' }],
        'kafka',
      ),
    ).rejects.toThrow('broker down');
    expect(exporter.getFinishedSpans()[0].status).toEqual({ code: 2, message: 'TypeError' });
  });

  it("continues the trace from the record's header in a consumer span", () => {
    const producer = tracer.startSpan('publish');
    const header = `00-${producer.spanContext().traceId}-${producer.spanContext().spanId}-01`;
    const span = startConsumerSpan({ topic: 't', partition: 0, offset: '7', key: 'k', value: '{}', headers: { traceparent: header } }, 'documents.t', 'kafka', {
      id: 'e1',
      type: 'x',
    });
    span.end();
    const [finished] = exporter.getFinishedSpans();
    expect(finished).toMatchObject({ name: 'process t', kind: SpanKind.CONSUMER });
    expect(finished.spanContext().traceId).toBe(producer.spanContext().traceId);
    expect(finished.parentSpanContext?.spanId).toBe(producer.spanContext().spanId);
  });
});

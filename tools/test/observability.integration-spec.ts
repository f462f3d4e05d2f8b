import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace';
import { loadPlatformConfig } from '@carta/service-kit';
import { startTelemetry, Telemetry } from '@carta/telemetry';
import { aPdf, createTestDatabase, engineEnvironment, eventually, identities, requireEngines, sha256Hex } from '@carta/testing';
import { RunningPlatform, startPlatform } from '../platform';
import { gatewayClient } from './gateway-client';

/**
 * Traces and metrics on the real engines (PostgreSQL, Kafka, MinIO), with an in-memory span
 * exporter: one openCase is ONE trace from the gateway through intake, its outbox row, the relay's
 * publish and Kafka to the documents consumer; and every service's `/metrics` shows the case's flow.
 */
const engines = requireEngines();

/** A sample's value from Prometheus' text format: the first series of `name` carrying every label given. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('observability on real engines', () => {
  const exporter = new InMemorySpanExporter();
  let telemetry: Telemetry;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  const coordinator = identities.coordinator('coord-otel');
  const gateway = gatewayClient(() => platform);
  let caseId: string;

  const serviceUrl = (name: string) => platform.services.find((service) => service.name === name)!.url;
  const scrape = async (url: string) => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    return response.text();
  };

  beforeAll(async () => {
    // Before the platform, as a process's main does; the exporter stands in for OTLP.
    telemetry = startTelemetry({ serviceName: 'carta', env: {}, exporter })!;
    database = await createTestDatabase(engines.databaseUrl);
    platform = await startPlatform(loadPlatformConfig(engineEnvironment(engines, database.url)), { ports: 'any' });
    // Every consumer group joined: the case's event is read as soon as it is published.
    await eventually(
      'every service ready',
      async () => {
        const answers = await Promise.all(platform.services.map((service) => fetch(`${service.url}/health/ready`)));
        return answers.every((answer) => answer.status === 200);
      },
      90_000,
    );
  }, 180_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
    await telemetry?.shutdown();
  }, 60_000);

  it('traces openCase as one trace: gateway, intake and its SQL, the relay publishing to Kafka, the documents consumer', async () => {
    exporter.reset();
    const opened = await gateway<{ openCase: { id: string } }>(coordinator, `mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: {
        patient: { givenName: 'Ines', familyName: 'Moreau', birthDate: '1970-05-02', nationality: 'FRA' },
        diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma, relapsed' },
        coordinatorId: coordinator.subject,
      },
    });
    expect(opened.errors).toBeUndefined();
    caseId = opened.data!.openCase.id;

    const gatewaySpan = await eventually('the gateway span', async () => exporter.getFinishedSpans().find((span) => span.name === 'gateway mutation openCase'));
    const inTrace = (span: ReadableSpan) => span.spanContext().traceId === gatewaySpan.spanContext().traceId;
    const trace = await eventually(
      "the documents consumer's span in the same trace",
      async () => {
        const spans = exporter.getFinishedSpans().filter(inTrace);
        return (
          spans.some((span) => span.kind === SpanKind.CONSUMER && String(span.attributes['messaging.consumer.group.name']).startsWith('documents.')) && spans
        );
      },
      30_000,
    );
    const byId = new Map(trace.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');

    // Gateway: the server span (named after the operation), Apollo's plan and fetch spans beneath it.
    expect(trace.map((span) => span.name)).toEqual(expect.arrayContaining(['gateway mutation openCase', 'gateway.request', 'gateway.fetch']));
    // Intake: its request continues the gateway's fetch (the W3C traceparent it sent) ...
    const intake = trace.find((span) => span.name === 'intake mutation openCase')!;
    expect(intake).toMatchObject({ kind: SpanKind.SERVER, attributes: expect.objectContaining({ 'carta.service': 'intake' }) });
    expect(parentOf(intake)?.name).toBe('gateway.fetch');
    // ... with its SQL (PostgreSQL spans, statements without their values) ...
    const sql = trace.filter((span) => span.attributes['db.system.name'] === 'postgresql' || span.attributes['db.system'] === 'postgresql');
    expect(sql.some((span) => parentOf(span) === intake)).toBe(true);
    expect(JSON.stringify(sql.map((span) => span.attributes))).not.toContain('Moreau');
    // ... the relay publishing the row to Kafka in the context the outbox row saved ...
    const publish = trace.find(
      (span) => span.name === 'publish carta.intake.case.v1' && span.attributes['cloudevents.event_type'] === 'carta.intake.case.opened.v1',
    )!;
    expect(publish).toMatchObject({ kind: SpanKind.PRODUCER, attributes: expect.objectContaining({ 'messaging.system': 'kafka' }) });
    expect(parentOf(publish)).toBe(intake);
    // ... and the documents consumer continuing from the record's traceparent header.
    const consumed = trace.find(
      (span) => span.kind === SpanKind.CONSUMER && span.attributes['messaging.consumer.group.name'] === 'documents.carta.intake.case.v1',
    )!;
    expect(consumed).toMatchObject({ attributes: expect.objectContaining({ 'messaging.system': 'kafka', 'carta.delivery.outcome': 'applied' }) });
    expect(parentOf(consumed)).toBe(publish);
    // No span carries the patient's name.
    expect(JSON.stringify(trace.map((span) => [span.name, span.attributes]))).not.toContain('Moreau');
  });

  it("serves each service's and the gateway's series with the case's flow in them", async () => {
    // A refused upload (the bytes are a PDF, the declaration a PNG), streamed through the gateway.
    const bytes = aPdf();
    const ticket = await gateway<{ requestDocumentUpload: { versionId: string; streamUploadPath: string } }>(
      coordinator,
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { versionId streamUploadPath } }`,
      {
        input: {
          caseId,
          kind: 'PATHOLOGY_REPORT',
          fileName: 'pathology.png',
          contentType: 'image/png',
          sizeBytes: bytes.length,
          sha256: sha256Hex(bytes),
          language: 'en',
        },
      },
    );
    expect(ticket.errors).toBeUndefined();
    const streamed = await fetch(`${platform.gateway.url.replace(/\/graphql$/, '')}${ticket.data!.requestDocumentUpload.streamUploadPath}`, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'image/png', authorization: `Bearer ${await platform.devIssuer.issue(coordinator)}` },
    });
    expect(await streamed.json()).toMatchObject({ status: 'REJECTED' });

    const intake = await eventually('the outbox drained', async () => {
      const text = await scrape(`${serviceUrl('intake')}/metrics`);
      return sample(text, 'carta_outbox_backlog') === 0 && text;
    });
    expect(
      sample(intake, 'carta_graphql_request_duration_seconds_count', { service: 'intake', type: 'mutation', field: 'openCase', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(intake, 'carta_outbox_oldest_unpublished_age_seconds')).toBe(0);
    expect(sample(intake, 'carta_process_resident_memory_bytes')).toBeGreaterThan(0);

    const documents = await scrape(`${serviceUrl('documents')}/metrics`);
    const consumer = 'documents.carta.intake.case.v1';
    expect(sample(documents, 'carta_events_handled_total', { consumer, outcome: 'applied' })).toBeGreaterThanOrEqual(1);
    expect(sample(documents, 'carta_event_handler_duration_seconds_count', { consumer, outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    // Kafka reports each partition's lag; the group has caught up with the case's event.
    expect(sample(documents, 'carta_consumer_lag', { topic: 'carta.intake.case.v1' })).toBe(0);
    expect(sample(documents, 'carta_uploads_total', { outcome: 'rejected' })).toBe(1);
    expect(documents).toContain('# TYPE carta_dead_letters_total counter');
    expect(documents).toContain('# TYPE carta_event_retries_total counter');
    expect(await scrape(`${serviceUrl('eligibility')}/metrics`)).toContain('# TYPE carta_screenings_total counter');

    const gatewayMetrics = await scrape(platform.gateway.metricsUrl!);
    expect(
      sample(gatewayMetrics, 'carta_graphql_request_duration_seconds_count', { service: 'gateway', field: 'openCase', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
    // Not on the public port: the gateway routes no /metrics, to itself or to a subgraph.
    expect((await fetch(platform.gateway.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
  });

  it('answers liveness and readiness, and keeps /health as it was', async () => {
    const documents = serviceUrl('documents');
    expect(await (await fetch(`${documents}/health/live`)).json()).toEqual({ service: 'documents', status: 'ok' });
    const ready = await fetch(`${documents}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ service: 'documents', status: 'ready', checks: { database: 'ok', consumers: 'ready', objectStore: 'ok' } });
    expect(await (await fetch(`${documents}/health`)).json()).toMatchObject({ service: 'documents', status: 'ok', database: 'ok', consumers: 'ready' });
    // The gateway answers the same probe paths (deploy/helm and docker-compose use them).
    const gatewayBase = platform.gateway.url.replace(/\/graphql$/, '');
    for (const path of ['/health/live', '/health/ready']) expect((await fetch(`${gatewayBase}${path}`)).status).toBe(200);
    // ...and Apollo's usage reporting to Apollo is off (the platform runs in this process).
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});

import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { samplerFromEnv, startTelemetry, TelemetryConfigError } from './telemetry';

describe('startTelemetry', () => {
  it('is off without OTEL_* (nothing registered, the API stays a no-op)', () => {
    expect(startTelemetry({ serviceName: 'intake', env: {} })).toBeUndefined();
    expect(
      startTelemetry({ serviceName: 'intake', env: { OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' } }),
    ).toBeUndefined();
    expect(startTelemetry({ serviceName: 'intake', env: { OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' } })).toBeUndefined();
    const span = trace.getTracer('probe').startSpan('nothing');
    expect(span.isRecording()).toBe(false);
    expect(() => startTelemetry({ serviceName: 'intake', env: { OTEL_TRACES_EXPORTER: 'jaeger' } })).toThrow(TelemetryConfigError);
    expect(() =>
      startTelemetry({ serviceName: 'intake', env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' } }),
    ).toThrow(TelemetryConfigError);
  });

  it('reads the sampler the specification names', () => {
    expect(samplerFromEnv({}).toString()).toMatch(/ParentBased\{root=AlwaysOnSampler/);
    expect(samplerFromEnv({ OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.25' }).toString()).toMatch(
      /TraceIdRatioBased\{0.25\}/,
    );
    expect(() => samplerFromEnv({ OTEL_TRACES_SAMPLER: 'xray' })).toThrow(TelemetryConfigError);
  });

  describe('on', () => {
    let server: Server;
    let base: string;
    const exporter = new InMemorySpanExporter();

    beforeAll(async () => {
      server = createServer((_req, res) => res.end('ok'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('records a server span per request (not for probes), continues a caller traceparent, and undoes it all on shutdown', async () => {
      const telemetry = startTelemetry({ serviceName: 'intake', env: {}, exporter })!;
      try {
        await (await fetch(`${base}/graphql`, { headers: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' } })).text();
        await (await fetch(`${base}/health/ready`)).text();
        await (await fetch(`${base}/metrics`)).text();
        const spans = exporter.getFinishedSpans();
        expect(spans).toHaveLength(1);
        expect(spans[0].spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
        expect(spans[0].parentSpanContext?.spanId).toBe('b7ad6b7169203331');
        expect(spans[0].resource.attributes['service.name']).toBe('intake');
      } finally {
        await telemetry.shutdown();
      }
      exporter.reset();
      await (await fetch(`${base}/graphql`)).text();
      expect(exporter.getFinishedSpans()).toHaveLength(0);
      expect(trace.getTracer('probe').startSpan('after').isRecording()).toBe(false);
      expect(context.active()).toBeDefined();
    });
  });
});

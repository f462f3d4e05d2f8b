import * as nodeHttp from 'node:http';
import { IncomingMessage } from 'node:http';
import * as nodeHttps from 'node:https';
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { InstrumentationBase } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import * as pgModule from 'pg';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  Sampler,
  SimpleSpanProcessor,
  SpanExporter,
  TraceIdRatioBasedSampler,
  TracerProvider,
} from '@opentelemetry/sdk-trace';

/**
 * The process's OpenTelemetry tracing, from the standard variables: on when OTEL_TRACES_EXPORTER
 * names an exporter (`otlp`, `console`) or OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT is set, off
 * otherwise (and always with OTEL_SDK_DISABLED=true). Off, nothing is registered: the API's calls
 * stay no-ops and no module is patched. On, it registers a W3C trace-context propagator, an
 * AsyncLocalStorage context manager and the tracer provider, and patches node's http (server and
 * client spans) and pg (a span per query inside a traced request or event; the relay's idle polling
 * makes none). Queries are recorded without their parameters and documents without their text.
 */
export interface Telemetry {
  /** Flushes what was recorded, removes the patches and unregisters everything. */
  shutdown(): Promise<void>;
}

export interface TelemetryOptions {
  /** `service.name` unless OTEL_SERVICE_NAME says otherwise (e.g. `intake`, or `carta` for the one-process platform). */
  serviceName: string;
  env?: NodeJS.ProcessEnv;
  /** Tests: export to this (e.g. an InMemorySpanExporter) span by span, whatever the variables say. */
  exporter?: SpanExporter;
}

/** A telemetry variable with a value this build cannot act on; its message names the variable, never data. */
export class TelemetryConfigError extends Error {
  override readonly name = 'TelemetryConfigError';
}

/** Paths probed every few seconds: no spans for them. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|$|\?)/;

let active: Telemetry | undefined;

export function startTelemetry(options: TelemetryOptions): Telemetry | undefined {
  const env = options.env ?? process.env;
  const exporter = options.exporter ?? exporterFromEnv(env);
  if (!exporter) return undefined;
  if (active) throw new Error('telemetry is already started in this process');

  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }).merge(detectResources({ detectors: [envDetector] })),
    sampler: samplerFromEnv(env),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor({ exporter }) : new BatchSpanProcessor({ exporter })],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  propagation.setGlobalPropagator(new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }));
  trace.setGlobalTracerProvider(provider);
  const unpatch = patchModules(provider);

  const telemetry: Telemetry = {
    async shutdown() {
      if (active !== telemetry) return;
      active = undefined;
      unpatch();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
  active = telemetry;
  return telemetry;
}

function exporterFromEnv(env: NodeJS.ProcessEnv): SpanExporter | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  const named = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const kind = named || (endpoint ? 'otlp' : 'none');
  switch (kind) {
    case 'none':
      return undefined;
    // The exporter reads OTEL_EXPORTER_OTLP_* itself (endpoint, headers, timeout, compression).
    case 'otlp':
      if ((env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL)?.trim() === 'grpc')
        throw new TelemetryConfigError('OTEL_EXPORTER_OTLP_PROTOCOL grpc is not built in: send OTLP over HTTP (a collector listens on 4318)');
      return new OTLPTraceExporter();
    case 'console':
      return new ConsoleSpanExporter();
    default:
      throw new TelemetryConfigError(`OTEL_TRACES_EXPORTER must be otlp, console or none (this build exports OTLP over HTTP), not ${kind}`);
  }
}

/** OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG as the specification names them (default parentbased_always_on). */
export function samplerFromEnv(env: NodeJS.ProcessEnv): Sampler {
  const name = env.OTEL_TRACES_SAMPLER?.trim().toLowerCase() || 'parentbased_always_on';
  const argument = Number(env.OTEL_TRACES_SAMPLER_ARG ?? '1');
  const ratio = Number.isFinite(argument) && argument >= 0 && argument <= 1 ? argument : 1;
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio);
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
    default:
      throw new TelemetryConfigError(`OTEL_TRACES_SAMPLER ${name} is not supported here`);
  }
}

/**
 * Patches the http and pg modules this process resolves, in place. Not through require hooks: those
 * miss modules loaded before them and every module Jest loads, and the patch would then depend on
 * import order. The patched prototypes (pg's Client, http's Server) serve every later call; node's
 * outgoing http requests are not traced (subgraph calls go through undici and carry the context).
 */
function patchModules(provider: TracerProvider): () => void {
  const http = new HttpInstrumentation({
    enabled: false,
    ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.test(request.url ?? ''),
  });
  // Without a parent (the relay's polling, the consumers' idle reads) a query is not worth a trace.
  const pg = new PgInstrumentation({ enabled: false, requireParentSpan: true, enhancedDatabaseReporting: false });
  const patched: { undo: () => void }[] = [];
  for (const [instrumentation, modules] of [
    [http, { http: nodeHttp, https: nodeHttps }],
    [pg, { pg: pgModule }],
  ] as [InstrumentationBase, Record<string, unknown>][]) {
    instrumentation.setTracerProvider(provider);
    for (const definition of instrumentation.getModuleDefinitions()) {
      const exports = modules[definition.name];
      if (!exports || !definition.patch) continue;
      definition.patch(exports);
      patched.push({ undo: () => definition.unpatch?.(exports) });
    }
  }
  return () => patched.reverse().forEach(({ undo }) => undo());
}

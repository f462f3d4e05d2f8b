import { LoggerService } from '@nestjs/common';
import { ErrorFacts, errorFacts } from '@carta/persistence';
import { GraphQLError } from 'graphql';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { DestinationStream, Logger } from 'pino';
import { TelemetryConfigError } from '@carta/telemetry';
import { ConfigError } from './config';

/**
 * The platform's one logger: JSON lines (pino). Patient data stays out by construction: nothing
 * hands it request variables, query parameters or error messages, only the facts below.
 */
export type Log = Logger;

/** A service's logger (bound to its name), for the providers that log. */
export const SERVICE_LOG = Symbol('SERVICE_LOG');

/** A JSON logger on `destination` (stdout, synchronously, so nothing is lost at exit). */
export function createLog(destination: DestinationStream = pino.destination({ fd: 1, sync: true })): Log {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: activeTraceIds,
    },
    destination,
  );
}

/** The active span's ids (OpenTelemetry's log correlation names), so a line leads to its trace; nothing when none is active. */
export function activeTraceIds(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {};
}

let processLog: Log | undefined;

/** The process's logger: every service in the process writes to it, each as a child with its name. */
export function platformLog(): Log {
  return (processLog ??= createLog());
}

/** What may be logged about an unexpected error: its class and code (a SQLSTATE for a database error), never its message. */
export function describeError(error: unknown): ErrorFacts {
  const inner = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const facts = errorFacts(inner);
  if (!facts.code && inner instanceof GraphQLError && typeof inner.extensions.code === 'string') facts.code = inner.extensions.code;
  return facts;
}

/**
 * Why a process could not start: a configuration error says what to fix (it names variables,
 * never data); anything else (a failing migration's database error, say) only its facts.
 */
export function startupFailure(error: unknown): ErrorFacts & { reason?: string } {
  return { ...describeError(error), reason: error instanceof ConfigError || error instanceof TelemetryConfigError ? error.message : undefined };
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Nest's start-up chatter (a line per module and route, for each of six services) is debug. */
const FRAMEWORK_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'NestMicroservice',
  'GraphQLModule',
]);

/**
 * Nest's logger (app.useLogger, and every `new Logger(...)`) through the JSON logger. Text messages
 * are Nest's and the services' own; an Error is reduced to describeError, and stack arguments are
 * dropped (a stack starts with the message, which may carry a value).
 */
export class NestJsonLogger implements LoggerService {
  constructor(private readonly out: Log) {}

  log(message: unknown, ...params: unknown[]) {
    const context = params.at(-1);
    this.write(typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context) ? 'debug' : 'info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]) {
    // Nest passes the context (a class or logger name) last; a stack never qualifies.
    const last = params.at(-1);
    const context = typeof last === 'string' && /^[\w:.\- ]{1,80}$/.test(last) ? last : undefined;
    if (message instanceof Error) this.out[level]({ context, ...describeError(message) }, 'error');
    else if (typeof message === 'string') this.out[level]({ context }, message);
    else this.out[level]({ context, messageType: typeof message }, 'a non-text log message was withheld');
  }
}

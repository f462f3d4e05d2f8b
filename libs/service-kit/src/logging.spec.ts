import { context, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { QueryFailedError } from 'typeorm';
import { createLog, describeError, NestJsonLogger } from './logging';

const MARKER = 'Zqx7731Tanaka';

function captured() {
  const lines: string[] = [];
  const log = createLog({ write: (line: string) => void lines.push(line) });
  return { nest: new NestJsonLogger(log), entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), raw: () => lines.join('') };
}

describe('NestJsonLogger', () => {
  it('writes JSON lines with the level and the context', () => {
    const { nest, entries } = captured();
    nest.warn('event for unknown case', 'CasesConsumer');
    expect(entries()).toEqual([expect.objectContaining({ level: 'warn', context: 'CasesConsumer', msg: 'event for unknown case', time: expect.any(String) })]);
  });

  it("reduces an Error (as Nest's exception handler passes it) to its class and code, and drops stacks", () => {
    const { nest, entries, raw } = captured();
    const error = new QueryFailedError(
      'INSERT INTO "intake"."patient" VALUES ($1)',
      [MARKER],
      Object.assign(new Error(`invalid input syntax for type uuid: "${MARKER}"`), { code: '22P02' }),
    );
    nest.error(error);
    nest.error('Request failed', error.stack, 'ExceptionsHandler');
    expect(entries()).toEqual([
      expect.objectContaining({ level: 'error', errorClass: 'QueryFailedError', code: '22P02' }),
      expect.objectContaining({ level: 'error', msg: 'Request failed', context: 'ExceptionsHandler' }),
    ]);
    expect(raw()).not.toContain(MARKER);
  });

  it('withholds a message that is not text', () => {
    const { nest, raw } = captured();
    nest.log({ patient: MARKER });
    expect(raw()).not.toContain(MARKER);
  });

  it("keeps Nest's start-up chatter at debug, below the default level", () => {
    const { nest, entries } = captured();
    nest.log('Mapped {/health, GET} route', 'RouterExplorer');
    expect(entries()).toEqual([]);
  });
});

describe('describeError', () => {
  it("keeps an error's class and machine code only", () => {
    expect(describeError(Object.assign(new Error(`connect ECONNREFUSED ${MARKER}`), { code: 'ECONNREFUSED' }))).toEqual({
      errorClass: 'Error',
      code: 'ECONNREFUSED',
    });
    expect(describeError(new RangeError(MARKER))).toEqual({ errorClass: 'RangeError' });
    expect(describeError(MARKER)).toEqual({ errorClass: 'string' });
  });
});

describe('trace ids in log lines', () => {
  beforeAll(() => context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable()));
  afterAll(() => context.disable());

  it('carries trace_id and span_id while a span is active, and neither outside one', () => {
    const { nest, entries } = captured();
    const span = trace.wrapSpanContext({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: TraceFlags.SAMPLED });
    context.with(trace.setSpan(context.active(), span), () => nest.warn('inside', 'Probe'));
    nest.warn('outside', 'Probe');
    const [inside, outside] = entries();
    expect(inside).toMatchObject({ msg: 'inside', trace_id: '0af7651916cd43dd8448eb211c80319c', span_id: 'b7ad6b7169203331' });
    expect(outside).not.toHaveProperty('trace_id');
    expect(outside).not.toHaveProperty('span_id');
  });
});

import type { Logger as TypeOrmLogger } from 'typeorm';

/** Where the data source reports: a structured logger (pino's shape). */
export interface SqlLogSink {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/** What may be logged about a failure: its class, a machine code and the constraint it broke, never its message. */
export interface ErrorFacts {
  errorClass: string;
  code?: string;
  constraint?: string;
}

const CODE = /^[A-Za-z0-9_.-]{1,40}$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Facts about an error that carry no value: a database message or detail can hold one
 * ("Key (email)=(x@y) already exists", `invalid input syntax for type uuid: "…"`), so only the
 * class, the code (a PostgreSQL SQLSTATE such as 23505) and the constraint name are kept.
 */
export function errorFacts(error: unknown): ErrorFacts {
  if (!(error instanceof Error)) return { errorClass: typeof error };
  const driver = (error as { driverError?: unknown }).driverError;
  const source = (driver ?? error) as { code?: unknown; constraint?: unknown };
  const facts: ErrorFacts = { errorClass: error.constructor?.name || 'Error' };
  if (typeof source.code === 'string' && CODE.test(source.code)) facts.code = source.code;
  if (typeof source.constraint === 'string' && IDENTIFIER.test(source.constraint)) facts.constraint = source.constraint;
  return facts;
}

/**
 * The statement without its literals: values travel as parameters, which this logger is never
 * given; a literal written into the SQL text itself is blanked too.
 */
export function sqlShape(sql: string): string {
  const blanked = sql
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/'(?:[^']|'')*'?/g, '?')
    .replace(/\s+/g, ' ')
    .trim();
  return blanked.length > 500 ? `${blanked.slice(0, 500)}…` : blanked;
}

/**
 * TypeORM's logger for every data source: reports failed and slow statements by their shape and
 * error facts, migrations by name; it drops the parameters TypeORM passes and never logs queries.
 */
export class RedactingSqlLogger implements TypeOrmLogger {
  constructor(private readonly sink?: SqlLogSink) {}

  logQuery(): void {}

  logQueryError(error: string | Error, query: string): void {
    // `error` is the driver's (its class name says little; a bundled driver's is minified).
    const { code, constraint } = errorFacts(error);
    this.sink?.warn({ code, constraint, sql: sqlShape(query) }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.sink?.warn({ timeMs: time, sql: sqlShape(query) }, 'slow query');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.sink?.info({}, String(message));
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // TypeORM's own notices are text it wrote; anything else might be data.
    if (typeof message !== 'string') return;
    if (level === 'warn') this.sink?.warn({}, message);
    else this.sink?.info({}, message);
  }
}

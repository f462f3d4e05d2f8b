import { QueryFailedError } from 'typeorm';
import { openDataSource } from './data-source';
import { errorFacts, RedactingSqlLogger, sqlShape } from './sql-logger';

const MARKER = 'Zqx7731Okafor';

function sink() {
  const entries: { level: string; fields: object; message: string }[] = [];
  return {
    entries,
    info: (fields: object, message: string) => void entries.push({ level: 'info', fields, message }),
    warn: (fields: object, message: string) => void entries.push({ level: 'warn', fields, message }),
  };
}

describe('the data source logger', () => {
  it('reports a failed statement by its shape and SQLSTATE, never the parameters or the database message', async () => {
    const log = sink();
    const printed: unknown[] = [];
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...args) => void printed.push(args)),
    );
    const dataSource = await openDataSource({ schema: 'public', entities: [], migrations: [], database: {}, log });
    try {
      await dataSource.query('CREATE TABLE patient (email text CONSTRAINT patient_email_key UNIQUE)');
      await dataSource.query('INSERT INTO patient (email) VALUES ($1)', [`${MARKER}@example.org`]);
      const failure = await dataSource.query('INSERT INTO patient (email) VALUES ($1)', [`${MARKER}@example.org`]).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(QueryFailedError);
      // The error itself carries the value (why nothing may log its message or detail)...
      expect(JSON.stringify({ ...(failure as object), message: (failure as Error).message })).toContain(MARKER);
      // ...the log gets the facts only.
      expect(log.entries).toEqual([
        { level: 'warn', message: 'query failed', fields: { code: '23505', constraint: 'patient_email_key', sql: 'INSERT INTO patient (email) VALUES ($1)' } },
      ]);
      expect(JSON.stringify(printed)).not.toContain(MARKER);
    } finally {
      consoleSpies.forEach((spy) => spy.mockRestore());
      await dataSource.destroy();
    }
  });

  it('never logs a query, and drops the parameters of a slow one', () => {
    const log = sink();
    const logger = new RedactingSqlLogger(log);
    logger.logQuery();
    logger.logQuerySlow(1500, `SELECT * FROM patient WHERE email = '${MARKER}'`);
    expect(log.entries).toEqual([{ level: 'warn', message: 'slow query', fields: { timeMs: 1500, sql: 'SELECT * FROM patient WHERE email = ?' } }]);
  });
});

describe('sqlShape', () => {
  it('blanks literals, escaped quotes and dollar quoting included', () => {
    expect(sqlShape(`UPDATE p SET name = 'O''Brien ${MARKER}', note = $tag$${MARKER}$tag$ WHERE id = $1`)).toBe(
      'UPDATE p SET name = ?, note = ? WHERE id = $1',
    );
    expect(sqlShape(`SELECT '${MARKER}`)).toBe('SELECT ?');
  });
});

describe('errorFacts', () => {
  it('keeps identifiers, never free text', () => {
    expect(errorFacts(Object.assign(new Error('x'), { code: `Key (email)=(${MARKER})`, constraint: `${MARKER} is taken` }))).toEqual({ errorClass: 'Error' });
  });
});

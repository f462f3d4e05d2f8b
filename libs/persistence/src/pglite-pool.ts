import { EventEmitter } from 'node:events';
import { PGlite } from '@electric-sql/pglite';

type Done = (error?: unknown) => void;
type QueryCallback = (error: unknown, result: unknown) => void;

/**
 * A `pg.Pool` look-alike over ONE PGlite instance, for TypeORM's postgres driver in embedded mode.
 * PGlite has a single connection, so a client is leased exclusively: without the lease, two
 * concurrent TypeORM transactions would interleave their statements on the same session.
 * (typeorm-pglite shares one global instance per process and does not lease.)
 */
export class PGlitePool extends EventEmitter {
  private leaseQueue: Promise<void> = Promise.resolve();

  constructor(readonly db: PGlite) {
    super();
  }

  connect(callback: (error: unknown, client: unknown, done: Done) => void): void {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.leaseQueue;
    this.leaseQueue = previous.then(() => released);
    previous.then(() => {
      let done = false;
      // An EventEmitter like pg.Client: TypeORM listens for its 'error' events.
      const client = Object.assign(new EventEmitter(), {
        query: (sql: string, params?: unknown, cb?: QueryCallback) => this.run(sql, params, cb),
        release: () => finish(),
      });
      const finish = () => {
        if (!done) {
          done = true;
          release();
        }
      };
      callback(null, client, finish);
    });
  }

  query(sql: string, params?: unknown, cb?: QueryCallback): Promise<unknown> {
    // A pool-level query takes its own lease, like pg.Pool does.
    return new Promise((resolve, reject) => {
      this.connect((_error, client, done) => {
        (client as { query: (s: string, p?: unknown) => Promise<unknown> })
          .query(sql, params)
          .then((result) => {
            done();
            if (typeof params === 'function') (params as QueryCallback)(null, result);
            cb?.(null, result);
            resolve(result);
          })
          .catch((error: unknown) => {
            done();
            if (typeof params === 'function') (params as QueryCallback)(error, null);
            cb?.(error, null);
            reject(error);
          });
      });
    });
  }

  /** LISTEN under a lease, so it never lands inside (and dies with) another caller's transaction. */
  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const unsubscribe = await this.leased(() => this.db.listen(channel, onNotify));
    return () => this.leased(() => unsubscribe());
  }

  private leased<T>(work: () => Promise<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      this.connect((_error, _client, done) => {
        work()
          .then(resolve, reject)
          .finally(() => done());
      });
    });
  }

  end(callback?: (error?: unknown) => void): void {
    this.db.close().then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }

  private async run(sql: string, params: unknown, cb?: QueryCallback): Promise<unknown> {
    const callback = typeof params === 'function' ? (params as QueryCallback) : cb;
    const values = Array.isArray(params) ? params : undefined;
    try {
      // exec() runs multi-statement strings; TypeORM expects the last statement's result.
      const result = values && values.length > 0 ? await this.db.query(sql, values) : ((await this.db.exec(sql)).at(-1) ?? { rows: [], fields: [] });
      const shaped = { ...result, rowCount: (result as { affectedRows?: number }).affectedRows ?? (result as { rows: unknown[] }).rows.length };
      callback?.(null, shaped);
      return shaped;
    } catch (error) {
      callback?.(error, null);
      throw error;
    }
  }
}

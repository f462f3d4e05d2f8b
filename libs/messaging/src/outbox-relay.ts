import { Logger } from '@nestjs/common';
import { failureSummary } from './event-consumer';
import { embeddedDatabaseOf } from '@carta/persistence';
import { DataSource } from 'typeorm';
import { MessageBroker } from './broker';
import { outboxChannel, recordOf } from './outbox';
import { backoffDelay } from './timing';
import { publishTraced } from './tracing';

/** Batches one turn publishes at most before it reads the outbox afresh (see publishBatch). */
const MAX_BATCHES_PER_TURN = 10;

export interface OutboxRelayOptions {
  batchSize?: number;
  /** Safety net only: the relay normally wakes on NOTIFY the moment a row commits. */
  pollIntervalMs?: number;
  maxBackoffMs?: number;
}

/**
 * Publishes committed outbox rows in commit order. One relay per schema holds an advisory lock
 * while it publishes a batch, so several relay instances never publish the same row twice nor
 * reorder one aggregate's events; the others wait for the next wake.
 */
export class OutboxRelay {
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxBackoffMs: number;
  private running = false;
  /** stop() was called: a turn in progress marks what it sent and ends. */
  private stopping = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A commit was announced since the last batch began: the relay must not go to sleep on it. */
  private notified = false;
  private unlisten?: () => Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly broker: MessageBroker,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    // Capped low: a broker back from a restart is used within 2 s (each failed try costs one refused connection).
    this.maxBackoffMs = options.maxBackoffMs ?? 2_000;
    this.logger = new Logger(`OutboxRelay:${this.schema}`);
  }

  private get schema(): string {
    return this.dataSource.driver.schema as string;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.unlisten = await this.listen();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    this.wake?.();
    await this.loop;
    await this.unlisten?.();
  }

  /**
   * Publishes what is pending, in batches, during one turn. Returns how many rows it published (0 when
   * idle or another relay is at work). A session advisory lock (not a transaction) is held across
   * read → send → mark: relays still take turns, yet no snapshot or row lock stays open while Kafka
   * acknowledges. Each batch's mark and, while a backlog lasts, the next batch's read are one statement
   * (rows after the marked ones: its snapshot does not see its own marks), so a turn of n batches costs
   * n + 3 statements. A row that commits late with a lower `seq` is read in the next turn.
   * A crash between send and mark publishes those rows again, which consumers' inboxes absorb.
   */
  async publishBatch(): Promise<number> {
    const lock = `carta.outbox.${this.schema}`;
    const runner = this.dataSource.createQueryRunner();
    let broken: Error | undefined;
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [lock]).catch((error: Error) => {
        broken = error;
        throw error;
      });
      if (!locked) return 0;
      try {
        // The hot path in raw SQL: the envelope is read as the JSON text it is published as (not
        // parsed and serialised again), its traceparent picked out by the database.
        const columns = `"seq", "event_id", "topic", "message_key", "event_type", "envelope"::text AS "envelope", "envelope"->>'traceparent' AS "traceparent"`;
        let rows: PendingRow[] = await runner.query(`SELECT ${columns} FROM "${this.schema}"."outbox" WHERE "published_at" IS NULL ORDER BY "seq" LIMIT $1`, [
          this.batchSize,
        ]);
        let published = 0;
        for (let batches = 1; rows.length > 0; batches++) {
          await this.send(rows);
          published += rows.length;
          const seqs = rows.map((row) => row.seq);
          // The next batch is read with this one's mark only while a backlog lasts (a full batch), for
          // a bounded number of batches: a row that committed late below `seq` waits one turn at most.
          // Stopping: mark, and leave the rest to the next turn.
          const chained = rows.length === this.batchSize && batches < MAX_BATCHES_PER_TURN && !this.stopping;
          const next = chained ? this.batchSize : 0;
          rows = await runner.query(
            `WITH marked AS (UPDATE "${this.schema}"."outbox" SET "published_at" = now() WHERE "seq" = ANY($1::bigint[]))
             SELECT ${columns} FROM "${this.schema}"."outbox" WHERE "published_at" IS NULL AND "seq" > $2 ORDER BY "seq" LIMIT $3`,
            [seqs, seqs[seqs.length - 1], next],
          );
        }
        return published;
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]).catch((error: Error) => (broken = error));
      }
    } finally {
      // A connection that could not unlock is destroyed, not pooled: its end releases the lock.
      await (runner as unknown as { releasePostgresConnection(error?: Error): Promise<void> }).releasePostgresConnection(broken);
    }
  }

  private send(rows: PendingRow[]): Promise<void> {
    return publishTraced(
      (records) => this.broker.publish(records),
      rows.map((row) => ({
        record: recordOf(row.topic, row.message_key, row.event_id, row.event_type, row.envelope),
        eventId: row.event_id,
        eventType: row.event_type,
        traceparent: row.traceparent ?? undefined,
      })),
      this.broker.system ?? 'in-process',
    );
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      // Cleared before the batch reads, so a NOTIFY arriving while it runs is not slept through.
      this.notified = false;
      try {
        const published = await this.publishBatch();
        failures = 0;
        if (published >= this.batchSize) continue; // a backlog: more may be pending
      } catch (error) {
        failures += 1;
        const delay = backoffDelay(failures, 200, this.maxBackoffMs);
        this.logger.warn(`publish failed (attempt ${failures}), retrying in ${delay} ms: ${failureSummary(error)}`);
        this.notified = false; // a broker that is down is not helped by trying again at once
        await this.idle(delay);
        continue;
      }
      await this.idle(this.pollIntervalMs);
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
      if (!this.running || this.notified) done();
    });
  }

  private async listen(): Promise<() => Promise<void>> {
    const channel = outboxChannel(this.schema);
    const onNotify = () => {
      this.notified = true;
      this.wake?.();
    };
    const embedded = embeddedDatabaseOf(this.dataSource);
    if (embedded) return embedded.listen(channel, onNotify);
    // A dedicated pool client holds the LISTEN. PostgreSQL can end it at any time (a restart, an
    // admin's pg_terminate_backend): then the relay polls meanwhile and listens again with backoff.
    const pool = (this.dataSource.driver as unknown as { master: { connect(): Promise<ListeningClient> } }).master;
    let client: ListeningClient | undefined;
    let closed = false;
    let retry: NodeJS.Timeout | undefined;
    const connect = async (): Promise<void> => {
      const next = await pool.connect();
      next.on('error', (error) => lost(next, error));
      next.on('notification', onNotify);
      try {
        await next.query(`LISTEN "${channel}"`);
      } catch (error) {
        next.release(error as Error);
        throw error;
      }
      if (closed) return next.release();
      client = next;
    };
    const reconnect = (attempt: number): void => {
      retry = setTimeout(
        () => {
          connect().then(
            () => {
              this.logger.log(`listening for ${channel} again`);
              onNotify(); // rows committed while nobody listened
            },
            (error) => {
              this.logger.warn(`LISTEN failed (attempt ${attempt}): ${failureSummary(error)}`);
              if (!closed) reconnect(attempt + 1);
            },
          );
        },
        backoffDelay(attempt, 200, this.maxBackoffMs),
      );
    };
    const lost = (lostClient: ListeningClient, error: Error): void => {
      if (client !== lostClient) return;
      client = undefined;
      lostClient.release(error); // a broken connection is destroyed, not returned to the pool
      this.logger.warn(`lost the LISTEN connection: ${failureSummary(error)}`);
      if (!closed) reconnect(1);
    };
    await connect();
    return async () => {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = undefined;
      if (!last) return;
      await last.query(`UNLISTEN "${channel}"`).catch(() => undefined);
      last.release();
    };
  }
}

/** An unpublished outbox row as the relay reads it. */
interface PendingRow {
  seq: string;
  event_id: string;
  topic: string;
  message_key: string;
  event_type: string;
  envelope: string;
  traceparent: string | null;
}

interface ListeningClient {
  on(event: 'notification', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  query(sql: string): Promise<unknown>;
  release(error?: Error): void;
}

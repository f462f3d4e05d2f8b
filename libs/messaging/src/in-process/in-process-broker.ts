import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { Logger } from '@nestjs/common';
import { BatchControls, IncomingRecord, MessageBroker, OutgoingRecord, Subscription } from '../broker';
import { failureSummary } from '../event-consumer';
import { backoffDelay } from '../timing';

export interface InProcessBrokerOptions {
  /** The log's SQLite file (embedded mode keeps it beside the databases); in memory when absent (unit tests, harnesses). */
  file?: string;
  /** Records kept per topic for consumer groups that subscribe later, on top of what every known group has yet to apply. */
  retention?: number;
  /** Most records one delivery hands a subscription, like one Kafka fetch. */
  fetchSize?: number;
  /** Cap of the pause before a delivery that threw is offered again. */
  maxRetryDelayMs?: number;
}

interface Lane {
  subscription: Subscription;
  /** The group's committed position: the offset of the next record to deliver. */
  next: number;
  /** Replaced by a newer subscription of the same group and topic, or the broker closed. */
  retired: boolean;
  /** A record was published or the lane retired since it last looked: it must not go to sleep. */
  signalled: boolean;
  wake?: () => void;
  running: Promise<void>;
}

type Row = { seq: number; key: string | null; value: string | null; headers: string };

/**
 * The embedded-mode adapter, a small durable log with Kafka's semantics for one process. Each
 * topic is one partition in a SQLite file: `publish` resolves once its records are committed there
 * (so the relay marks outbox rows published only when a crash can no longer lose them), and each
 * consumer group's position is committed there too, as `done` reports records applied. After a
 * crash every group resumes from its position: what it applied but had not yet committed is
 * delivered again, which the consumers' inboxes absorb. SQLite's WAL with `synchronous=NORMAL`
 * survives a killed process, like the PGlite databases it connects (a power cut can lose the last
 * writes of both).
 *
 * A group seen for the first time starts at the oldest retained record, like a new Kafka group
 * reading from the earliest offset: services start one after another, and one that subscribes after
 * another's seed events still hears them. A record is deleted only once every group ever seen on
 * its topic has applied it and `retention` newer records follow it, so the log stays bounded and
 * nothing lives in memory but the batch being delivered.
 */
export class InProcessBroker implements MessageBroker {
  private readonly logger = new Logger('InProcessBroker');
  private readonly db: DatabaseSync;
  private readonly lanes = new Map<string, Lane>();
  private readonly retention: number;
  private readonly fetchSize: number;
  private readonly maxRetryDelayMs: number;
  private readonly sql: Record<'nextSeq' | 'append' | 'prune' | 'join' | 'position' | 'fetch' | 'commit', StatementSync>;
  private closed = false;

  constructor(options: InProcessBrokerOptions = {}) {
    this.retention = options.retention ?? 10_000;
    this.fetchSize = options.fetchSize ?? 500;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;
    if (options.file) mkdirSync(dirname(options.file), { recursive: true });
    // Loaded only here: node:sqlite announces itself as experimental to every process that imports it.
    const sqlite = process.getBuiltinModule('node:sqlite') as typeof import('node:sqlite');
    this.db = new sqlite.DatabaseSync(options.file ?? ':memory:');
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      CREATE TABLE IF NOT EXISTS topic (name TEXT PRIMARY KEY, next_seq INTEGER NOT NULL) STRICT;
      CREATE TABLE IF NOT EXISTS record (
        topic TEXT NOT NULL, seq INTEGER NOT NULL, key TEXT, value TEXT, headers TEXT NOT NULL,
        PRIMARY KEY (topic, seq)) STRICT, WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS group_position (
        group_id TEXT NOT NULL, topic TEXT NOT NULL, next_seq INTEGER NOT NULL,
        PRIMARY KEY (group_id, topic)) STRICT;
    `);
    this.sql = {
      nextSeq: this.db.prepare(
        `INSERT INTO topic (name, next_seq) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET next_seq = next_seq + 1 RETURNING next_seq - 1 AS seq`,
      ),
      append: this.db.prepare(`INSERT INTO record (topic, seq, key, value, headers) VALUES (?, ?, ?, ?, ?)`),
      // Older than the retained window AND applied by every group seen on the topic.
      prune: this.db.prepare(
        `DELETE FROM record WHERE topic = :topic AND seq < MIN(
           (SELECT next_seq FROM topic WHERE name = :topic) - :retention,
           COALESCE((SELECT MIN(next_seq) FROM group_position WHERE topic = :topic), 9223372036854775807))`,
      ),
      join: this.db.prepare(
        `INSERT INTO group_position (group_id, topic, next_seq)
         VALUES (:group, :topic, COALESCE((SELECT MIN(seq) FROM record WHERE topic = :topic), (SELECT next_seq FROM topic WHERE name = :topic), 0))
         ON CONFLICT DO NOTHING`,
      ),
      position: this.db.prepare(`SELECT next_seq FROM group_position WHERE group_id = ? AND topic = ?`),
      fetch: this.db.prepare(`SELECT seq, key, value, headers FROM record WHERE topic = ? AND seq >= ? ORDER BY seq LIMIT ?`),
      commit: this.db.prepare(`UPDATE group_position SET next_seq = ? WHERE group_id = ? AND topic = ? AND next_seq < ?`),
    };
  }

  async publish(records: OutgoingRecord[]): Promise<void> {
    if (this.closed) throw new Error('in-process broker is closed');
    if (records.length === 0) return;
    const topics = new Set(records.map((record) => record.topic));
    this.transaction(() => {
      for (const record of records) {
        const { seq } = this.sql.nextSeq.get(record.topic) as { seq: number };
        this.sql.append.run(record.topic, seq, record.key, record.value, JSON.stringify(record.headers));
      }
      for (const topic of topics) this.sql.prune.run({ topic, retention: this.retention });
    });
    for (const lane of this.lanes.values()) if (topics.has(lane.subscription.topic)) this.signal(lane);
  }

  async subscribe(subscription: Subscription): Promise<void> {
    if (this.closed) throw new Error('in-process broker is closed');
    const { groupId, topic } = subscription;
    this.sql.join.run({ group: groupId, topic });
    const { next_seq: next } = this.sql.position.get(groupId, topic) as { next_seq: number };
    // One member per group, as the newest Kafka member would take the partition: the previous one
    // (a service started again in this process) stops, and only then does this one start.
    const key = JSON.stringify([groupId, topic]);
    const previous = this.lanes.get(key);
    if (previous) this.retire(previous);
    const lane: Lane = { subscription, next, retired: false, signalled: false, running: Promise.resolve() };
    lane.running = (previous?.running ?? Promise.resolve()).then(() => this.run(lane));
    this.lanes.set(key, lane);
  }

  /** Stops delivering once in-flight deliveries finish (what they did not report done is delivered after the next start). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const lane of this.lanes.values()) this.retire(lane);
    await Promise.all([...this.lanes.values()].map((lane) => lane.running));
    this.db.close();
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  private async run(lane: Lane): Promise<void> {
    const { subscription } = lane;
    let failures = 0;
    while (!lane.retired) {
      lane.signalled = false;
      const batch = this.fetch(lane);
      if (batch.length === 0) {
        await this.idle(lane);
        continue;
      }
      const before = lane.next;
      let failure: string | undefined;
      try {
        await this.deliver(lane, batch);
        // A delivery that resolved with nothing done (shutting down, or a subscription that could not
        // apply anything) is not re-offered in a tight loop.
        if (lane.next === before && !lane.retired) failure = 'no record was reported done';
      } catch (error) {
        failure = failureSummary(error);
      }
      if (failure === undefined) {
        failures = 0;
        continue;
      }
      // As a Kafka consumer restarts after its handler threw: what was not done comes again, after a pause.
      failures += 1;
      const delay = backoffDelay(failures, 200, this.maxRetryDelayMs);
      this.logger.warn(`${subscription.groupId} failed a delivery (attempt ${failures}), again in ${delay} ms: ${failure}`);
      await this.idle(lane, delay);
    }
  }

  private fetch(lane: Lane): IncomingRecord[] {
    const rows = this.sql.fetch.all(lane.subscription.topic, lane.next, this.fetchSize) as Row[];
    return rows.map((row) => ({
      topic: lane.subscription.topic,
      partition: 0,
      offset: String(row.seq),
      key: row.key,
      value: row.value,
      headers: JSON.parse(row.headers) as Record<string, string>,
    }));
  }

  private async deliver(lane: Lane, batch: IncomingRecord[]): Promise<void> {
    const { subscription } = lane;
    const controls: BatchControls = {
      heartbeat: async () => undefined,
      active: () => !lane.retired,
      done: async (record) => this.commit(lane, Number(record.offset) + 1),
    };
    if (subscription.handleBatch) return subscription.handleBatch(batch, controls);
    for (const record of batch) {
      if (lane.retired) return;
      await subscription.handle(record, controls);
      this.commit(lane, Number(record.offset) + 1);
    }
  }

  /** Moves the group's committed position forward (never back); a retired member no longer commits. */
  private commit(lane: Lane, next: number): void {
    if (lane.retired || next <= lane.next) return;
    const { groupId, topic } = lane.subscription;
    this.sql.commit.run(next, groupId, topic, next);
    lane.next = next;
  }

  /** Until a publish or retirement signals the lane, or `ms` pass when given. */
  private idle(lane: Lane, ms?: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        lane.wake = undefined;
        resolve();
      }
      if (lane.retired || (ms === undefined && lane.signalled)) return done();
      lane.wake = ms === undefined ? done : () => lane.retired && done();
    });
  }

  private signal(lane: Lane): void {
    lane.signalled = true;
    lane.wake?.();
  }

  private retire(lane: Lane): void {
    lane.retired = true;
    lane.wake?.();
  }
}

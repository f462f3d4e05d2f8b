/**
 * The event pipeline end to end on the real engines, with its baselines measured in the same run:
 *   - raw kafkajs: batched produce (acks=all, idempotent, batches of 100) → eachBatch consume;
 *   - PostgreSQL: pgbench-style single-row autocommit INSERTs with `pg`;
 *   - Carta: CaseOpened committed in intake's outbox → relay → Kafka → documents' real consumer
 *     (EventTransport, inbox, ChecklistsConsumer) → checklist committed. The effect's commit is
 *     observed by LISTENing on documents' outbox channel: the ChecklistEvaluated it appends in the
 *     same transaction is announced exactly at that commit.
 *   - the other CaseOpened consumers (travel, eligibility: BENCH_CONSUMERS) started beside it, as the
 *     platform runs them, each consuming the same burst; a consumer's effect commits with its inbox
 *     row, so its progress is its inbox count (polled). The slowest of them is the figure that counts.
 * Prints sustained events/s, commit→effect p50/p99 at fixed rates, ratios to the baselines and peak RSS.
 *   eval "$(bash deploy/engines/engines.sh env)"; npm run bench:pipeline
 *   (BENCH_EVENTS burst size, BENCH_RATES e.g. "20,200", BENCH_RATE_SECONDS, BENCH_RAW_RECORDS,
 *   BENCH_CONSUMERS e.g. "travel,eligibility" or "" for documents alone)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CaseOpened } from '@carta/contracts';
import { documentsService } from '@carta/documents';
import { eligibilityService } from '@carta/eligibility';
import { KafkaBroker, MESSAGING_ENTITIES, MessagingTables1763800000000, Outbox, OutboxRelay, outboxChannel } from '@carta/messaging';
import { migrate, openDataSource } from '@carta/persistence';
import { loadPlatformConfig, RunningService, ServiceDefinition, startService } from '@carta/service-kit';
import { createTestDatabase, requireEngines, TEST_SEALING_KEY, uniqueSuffix } from '@carta/testing';
import { travelService } from '@carta/travel';
import { Kafka, logLevel } from 'kafkajs';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';

const BURST = Number(process.env.BENCH_EVENTS ?? 3_000);
const RATES = (process.env.BENCH_RATES ?? '20,200')
  .split(',')
  .map(Number)
  .filter((rate) => rate > 0);
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 10);
const RAW_RECORDS = Number(process.env.BENCH_RAW_RECORDS ?? 20_000);
const PG_CLIENTS = Number(process.env.BENCH_PG_CLIENTS ?? 8);
const PG_SECONDS = Number(process.env.BENCH_PG_SECONDS ?? 3);
const OTHER_CONSUMERS: ServiceDefinition[] = (process.env.BENCH_CONSUMERS ?? 'travel,eligibility')
  .split(',')
  .filter(Boolean)
  .map((name) => {
    const found = [travelService, eligibilityService].find((service) => service.name === name);
    if (!found) throw new Error(`BENCH_CONSUMERS: no CaseOpened consumer named ${name}`);
    return found;
  });

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let peakRss = 0;
const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

/** Raw kafkajs: consumer joined first, then batches of 100 produced with acks=all; first send → last record consumed. */
async function rawKafka(brokers: string[], prefix: string): Promise<{ perSecond: number; produceOnly: number }> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers, logLevel: logLevel.NOTHING });
  const topic = `${prefix}bench.raw`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] });
  await admin.disconnect();
  const value = JSON.stringify({ padding: 'x'.repeat(560) }); // about a CaseOpened envelope's size
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const consumer = kafka.consumer({ groupId: `${prefix}bench.raw` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let consumed = 0;
  let lastAt = 0;
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      consumed += batch.messages.length;
      lastAt = performance.now();
    },
  });
  while (!joined) await sleep(50);
  const started = performance.now();
  for (let sent = 0; sent < RAW_RECORDS; sent += 100) {
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: Math.min(100, RAW_RECORDS - sent) }, (_, i) => ({ key: `k${(sent + i) % 997}`, value })),
    });
  }
  const produced = performance.now();
  while (consumed < RAW_RECORDS) await sleep(10);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return { perSecond: RAW_RECORDS / ((lastAt - started) / 1000), produceOnly: RAW_RECORDS / ((produced - started) / 1000) };
}

/** pgbench-style: PG_CLIENTS connections each committing single-row INSERTs for PG_SECONDS. */
async function rawPostgres(url: string): Promise<number> {
  const pool = new Pool({ connectionString: url, max: PG_CLIENTS });
  await pool.query('CREATE TABLE bench_commit (id bigserial PRIMARY KEY, account int NOT NULL, delta int NOT NULL, at timestamptz NOT NULL DEFAULT now())');
  let commits = 0;
  const deadline = performance.now() + PG_SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: PG_CLIENTS }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < deadline) {
          await client.query('INSERT INTO bench_commit (account, delta) VALUES ($1, $2)', [commits % 1000, 1]);
          commits += 1;
        }
      } finally {
        client.release();
      }
    }),
  );
  const perSecond = commits / ((performance.now() - started) / 1000);
  await pool.end();
  return perSecond;
}

interface Pipeline {
  emit(count: number): Promise<string[]>;
  /** caseId → when its CaseOpened committed (performance.now()). */
  committedAt: Map<string, number>;
  /** ChecklistEvaluated event id → when documents committed it. */
  effectAt: Map<string, number>;
  caseOf(eventIds: string[]): Promise<Map<string, string>>;
  /** The other CaseOpened consumers, by service name: how many CaseOpened their inbox holds (committed with the effect). */
  others: Map<string, () => Promise<number>>;
  close(): Promise<void>;
}

/** intake's outbox + relay (its real code) and documents started as a service (its real consumer) on one fresh database. */
async function pipeline(databaseUrl: string, brokers: string[], prefix: string): Promise<{ pipe: Pipeline; documents: RunningService }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carta-bench-'));
  const config = loadPlatformConfig({
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    KAFKA_GROUP_PREFIX: prefix,
    CARTA_DEV_AUTH: 'true',
    CARTA_SEALING_KEY: TEST_SEALING_KEY,
    CARTA_DATA_DIR: dataDir,
  });
  const documents = await startService(documentsService, config, { port: 0 });
  const others = await Promise.all(OTHER_CONSUMERS.map((service) => startService(service, config, { port: 0 })));
  const intake: DataSource = await openDataSource({
    schema: 'intake',
    entities: [...MESSAGING_ENTITIES],
    migrations: [MessagingTables1763800000000],
    database: { url: databaseUrl },
  });
  await migrate(intake);
  const intakeBroker = new KafkaBroker({ brokers, clientId: 'bench-intake', topicPrefix: prefix });
  const relay = new OutboxRelay(intake, intakeBroker);
  await relay.start();
  const outbox = new Outbox('/carta/intake');

  const committedAt = new Map<string, number>();
  const effectAt = new Map<string, number>();
  const listener = new Client({ connectionString: databaseUrl });
  await listener.connect();
  listener.on('notification', (message) => message.payload && effectAt.set(message.payload, performance.now()));
  await listener.query(`LISTEN "${outboxChannel('documents')}"`);

  return {
    documents,
    pipe: {
      committedAt,
      effectAt,
      others: new Map(
        others.map((service, index) => [
          OTHER_CONSUMERS[index].name,
          async () =>
            Number(
              (await service.dataSource.query(`SELECT count(*) AS n FROM "${OTHER_CONSUMERS[index].name}"."inbox" WHERE event_type = $1`, [CaseOpened.type]))[0]
                .n,
            ),
        ]),
      ),
      async emit(count) {
        const ids = Array.from({ length: count }, () => randomUUID());
        await intake.transaction((manager) =>
          outbox.appendAll(
            manager,
            CaseOpened,
            ids.map((caseId) => ({
              caseId,
              patientId: `pt_${caseId.replace(/-/g, '').slice(0, 16)}`,
              diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' },
              coordinatorId: 'bench-coordinator',
              openedAt: new Date().toISOString(),
              priorCellularTherapy: false,
            })),
          ),
        );
        const now = performance.now();
        for (const caseId of ids) committedAt.set(caseId, now);
        return ids;
      },
      async caseOf(eventIds) {
        const rows: { event_id: string; case_id: string }[] = await documents.dataSource.query(
          `SELECT event_id, envelope->'data'->>'caseId' AS case_id FROM documents.outbox WHERE event_id = ANY($1::uuid[]) AND event_type = 'carta.documents.checklist.evaluated.v1'`,
          [eventIds],
        );
        return new Map(rows.map((row) => [row.event_id, row.case_id]));
      },
      async close() {
        await listener.end();
        await relay.stop();
        await intakeBroker.close();
        await intake.destroy();
        await documents.close();
        for (const service of others) await service.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    },
  };
}

/** Waits until every case has its effect (or the timeout), then pairs commit and effect times. */
async function settle(pipe: Pipeline, cases: string[], timeoutMs: number): Promise<{ latencies: number[]; lastEffect: number; done: number }> {
  const wanted = new Set(cases);
  const seen = new Map<string, number>();
  const deadline = performance.now() + timeoutMs;
  const pending = new Set<string>();
  let scanned = 0;
  for (;;) {
    const fresh = [...pipe.effectAt.keys()].slice(scanned);
    scanned += fresh.length;
    fresh.forEach((id) => pending.add(id));
    if (pending.size > 0) {
      const caseOf = await pipe.caseOf([...pending]);
      for (const [eventId, caseId] of caseOf) {
        pending.delete(eventId);
        if (wanted.has(caseId) && !seen.has(caseId)) seen.set(caseId, pipe.effectAt.get(eventId)!);
      }
    }
    if (seen.size === wanted.size || performance.now() > deadline) break;
    await sleep(200);
  }
  const latencies = [...seen].map(([caseId, at]) => at - pipe.committedAt.get(caseId)!).sort((a, b) => a - b);
  return { latencies, lastEffect: Math.max(...seen.values()), done: seen.size };
}

/** Polls an inbox count until it reaches `target` (or the timeout): when it did, performance.now(). */
async function reached(count: () => Promise<number>, target: number, timeoutMs: number): Promise<{ at: number; done: number }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const done = await count();
    if (done >= target || performance.now() > deadline) return { at: performance.now(), done };
    await sleep(10);
  }
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn'; // the services' info lines would drown the figures
  const engines = requireEngines();
  const prefix = `bench-${uniqueSuffix()}.`;
  const database = await createTestDatabase(engines.databaseUrl);
  console.log(
    `bench:pipeline — ${new Date().toISOString()}, node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model}), ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM`,
  );
  console.log(
    `run conditions: load average ${loadavg()
      .map((l) => fmt(l, 2))
      .join(' / ')} (the machine is shared: figures are noisy, compare ratios within one run)`,
  );
  console.log(
    `kafka ${engines.kafkaBrokers.join(',')}, namespace ${prefix}; burst ${fmt(BURST)} events, rates ${RATES.join(', ')}/s for ${RATE_SECONDS} s each`,
  );
  try {
    const kafka = await rawKafka(engines.kafkaBrokers, prefix);
    console.log(
      `baseline kafkajs  batched produce→consume: ${fmt(kafka.perSecond)} records/s (produce alone ${fmt(kafka.produceOnly)}/s; ${fmt(RAW_RECORDS)} records, batches of 100, acks=all, idempotent)`,
    );
    const pg = await rawPostgres(database.url);
    console.log(`baseline postgres single-row commits:      ${fmt(pg)} commits/s (${PG_CLIENTS} clients, ${PG_SECONDS} s)`);

    const { pipe } = await pipeline(database.url, engines.kafkaBrokers, prefix);
    try {
      const joinStart = performance.now();
      const warm = await pipe.emit(1);
      const warmed = await settle(pipe, warm, 120_000);
      if (warmed.done !== 1) throw new Error('the documents consumer never applied the warm-up event');
      for (const [name, count] of pipe.others) {
        if ((await reached(count, 1, 120_000)).done !== 1) throw new Error(`the ${name} consumer never applied the warm-up event`);
      }
      console.log(
        `consumers ready (groups joined, first event applied: documents${[...pipe.others.keys()].map((name) => `, ${name}`).join('')}) after ${fmt((performance.now() - joinStart) / 1000, 1)} s`,
      );

      // Sustained: a burst committed as fast as intake can (transactions of 100), first commit → last checklist.
      const burstStart = performance.now();
      const burstCpu = process.cpuUsage();
      const burst: string[] = [];
      for (let i = 0; i < BURST; i += 100) burst.push(...(await pipe.emit(Math.min(100, BURST - i))));
      const burstCommitted = performance.now();
      const othersDone = [...pipe.others].map(async ([name, count]) => ({ name, ...(await reached(count, 1 + BURST, 300_000)) }));
      const sustained = await settle(pipe, burst, 300_000);
      const perSecond = sustained.done / ((sustained.lastEffect - burstStart) / 1000);
      const cpu = process.cpuUsage(burstCpu);
      const cpuPerEvent = (cpu.user + cpu.system) / 1000 / sustained.done;
      console.log(
        `carta documents consumer sustained: ${fmt(perSecond)} events/s end to end (${fmt(sustained.done)}/${fmt(BURST)} applied; committed in ${fmt((burstCommitted - burstStart) / 1000, 2)} s; ${fmt(cpuPerEvent, 2)} ms of this process's CPU per event, all consumers) — ${fmt(perSecond / kafka.perSecond, 3)}× raw kafkajs, ${fmt(perSecond / pg, 3)}× pg commits`,
      );
      let slowest = { name: 'documents', perSecond };
      for (const other of await Promise.all(othersDone)) {
        const applied = other.done - 1; // the warm-up event
        const rate = applied / ((other.at - burstStart) / 1000);
        if (rate < slowest.perSecond) slowest = { name: other.name, perSecond: rate };
        console.log(
          `carta ${other.name} consumer sustained:${' '.repeat(Math.max(1, 10 - other.name.length))}${fmt(rate)} events/s end to end (${fmt(applied)}/${fmt(BURST)} applied; inbox polled every 10 ms) — ${fmt(rate / kafka.perSecond, 3)}× raw kafkajs`,
        );
      }
      console.log(
        `slowest consumer: ${slowest.name}, ${fmt(slowest.perSecond)} events/s end to end — ${fmt(slowest.perSecond / kafka.perSecond, 3)}× raw kafkajs`,
      );

      for (const rate of RATES) {
        const cases: string[] = [];
        const count = Math.round(rate * RATE_SECONDS);
        const start = performance.now();
        for (let i = 0; i < count; i++) {
          const due = start + (i * 1000) / rate;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          cases.push(...(await pipe.emit(1)));
        }
        const offered = count / ((performance.now() - start) / 1000);
        const result = await settle(pipe, cases, 120_000);
        console.log(
          `carta commit→checklist at ${rate}/s (offered ${fmt(offered, 1)}/s, ${count} single-event commits): p50 ${fmt(percentile(result.latencies, 50), 1)} ms, p99 ${fmt(percentile(result.latencies, 99), 1)} ms, max ${fmt(result.latencies.at(-1) ?? NaN, 1)} ms (${result.done}/${count} applied)`,
        );
      }
    } finally {
      await pipe.close();
    }
    console.log(
      `peak RSS of this process (baselines + relay + consumer services): ${fmt(peakRss / 2 ** 20)} MiB; load average now ${loadavg()
        .map((l) => fmt(l, 2))
        .join(' / ')}`,
    );
  } finally {
    clearInterval(rssTimer);
    await database.drop().catch(() => undefined);
    await deleteTopics(engines.kafkaBrokers, prefix).catch((error) => console.warn(`could not delete this run's topics: ${(error as Error).message}`));
  }
}

async function deleteTopics(brokers: string[], prefix: string): Promise<void> {
  const admin = new Kafka({ clientId: 'bench-cleanup', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

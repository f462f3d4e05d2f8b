/**
 * The event pipeline end to end on the real engines, with its baselines measured in the same run:
 *   - raw kafkajs: batched produce (acks=all, idempotent, batches of 100) → eachBatch consume;
 *   - PostgreSQL: pgbench-style single-row autocommit INSERTs with `pg`;
 *   - Carta as deployed: CaseOpened committed in intake's outbox → intake's relay (its real code, in
 *     this process) → Kafka → each CaseOpened consumer service (documents, travel, eligibility:
 *     BENCH_CONSUMERS) in its OWN process, started like a deployment starts it (`node tools/run.js
 *     services/<name>/src/main.ts`, i.e. runStandalone → startService) → effect committed.
 * A consumer's effect commits with its inbox row, so its progress is its inbox: sustained events/s runs
 * from the burst's first commit to the start of the transaction that applied its last record
 * (`inbox.processed_at`, the database's clock on this machine). Measured twice: (a) each consumer
 * alone with the relay — like for like with the raw baseline, one producer and one consumer — and (b) all
 * of them at once, sharing the machine's cores with each other and the relay: both slowest are printed.
 * Each phase has its own topics and groups (a namespace), so no phase inherits another's backlog.
 * commit→checklist p50/p99 at fixed rates (all consumers running): documents' ChecklistEvaluated,
 * appended in the checklist's transaction, is announced on its outbox channel exactly at that commit.
 * Prints ratios to the baselines and peak RSS summed over this process and its consumer processes.
 *   eval "$(bash deploy/engines/engines.sh env)"; npm run bench:pipeline
 *   (BENCH_EVENTS burst size, BENCH_RATES e.g. "20,200", BENCH_RATE_SECONDS, BENCH_RAW_RECORDS,
 *   BENCH_CONSUMERS e.g. "documents,travel", BENCH_ALONE=false to skip (a), BENCH_CPU_PROF=documents
 *   to write that consumer's V8 CPU profile (node --cpu-prof) into BENCH_CPU_PROF_DIR, default .carta/profiles)
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CaseOpened } from '@carta/contracts';
import { KafkaBroker, MESSAGING_ENTITIES, MessagingTables1763800000000, Outbox, OutboxRelay, outboxChannel } from '@carta/messaging';
import { migrate, openDataSource } from '@carta/persistence';
import { freePort, ServiceName } from '@carta/service-kit';
import { createTestDatabase, requireEngines, TEST_SEALING_KEY, uniqueSuffix } from '@carta/testing';
import { Kafka, logLevel } from 'kafkajs';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PlatformProcess, until } from '../test/faults/cluster';

const BURST = Number(process.env.BENCH_EVENTS ?? 10_000);
/** Intake transactions committing the burst side by side, as concurrent requests would: intake must out-pace the consumers measured. */
const EMITTERS = Number(process.env.BENCH_EMITTERS ?? 4);
const RATES = (process.env.BENCH_RATES ?? '20,200')
  .split(',')
  .map(Number)
  .filter((rate) => rate > 0);
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 10);
const RAW_RECORDS = Number(process.env.BENCH_RAW_RECORDS ?? 20_000);
const PG_CLIENTS = Number(process.env.BENCH_PG_CLIENTS ?? 8);
const PG_SECONDS = Number(process.env.BENCH_PG_SECONDS ?? 3);
const ALONE = process.env.BENCH_ALONE !== 'false';
const CPU_PROF = process.env.BENCH_CPU_PROF;
const CPU_PROF_DIR = resolve(process.env.BENCH_CPU_PROF_DIR ?? '.carta/profiles');
const CASE_OPENED_CONSUMERS = ['documents', 'travel', 'eligibility'] as const;
const CONSUMERS: ServiceName[] = (process.env.BENCH_CONSUMERS ?? CASE_OPENED_CONSUMERS.join(','))
  .split(',')
  .filter(Boolean)
  .map((name) => {
    if (!(CASE_OPENED_CONSUMERS as readonly string[]).includes(name)) throw new Error(`BENCH_CONSUMERS: no CaseOpened consumer named ${name}`);
    return name as ServiceName;
  });
/** The inbox key of a service's subscription to intake's case topic. */
const inboxName = (service: string) => `${service}.${CaseOpened.topic}`;

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const load = () =>
  loadavg()
    .map((l) => fmt(l, 2))
    .join(' / ');
const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Peak resident memory of this process plus its live consumer processes, sampled every 100 ms. */
const memory = {
  children: new Set<PlatformProcess>(),
  peakTotal: 0,
  peakChildren: 0,
  peakSelf: 0,
};
const rssTimer = setInterval(() => {
  const self = process.memoryUsage().rss;
  const children = [...memory.children].reduce((sum, child) => sum + procStatus(child.pid, 'VmRSS'), 0);
  memory.peakSelf = Math.max(memory.peakSelf, self);
  memory.peakChildren = Math.max(memory.peakChildren, children);
  memory.peakTotal = Math.max(memory.peakTotal, self + children);
}, 100);

/** A kB field of /proc/<pid>/status in bytes (0 when the process is gone). */
function procStatus(pid: number | undefined, field: string): number {
  if (!pid) return 0;
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a process has used so far, in ms (Linux: /proc/<pid>/stat, 100 ticks a second). */
function procCpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime: fields 14 and 15 of stat
  } catch {
    return 0;
  }
}

/** The consumer's transactions so far (`carta_event_handler_duration_seconds` on its /metrics): how many, and their seconds. */
async function transactionsOf(child: PlatformProcess, consumer: string): Promise<{ count: number; seconds: number }> {
  const text = await (await fetch(`${child.url}/metrics`)).text();
  const total = (series: string) =>
    [...text.matchAll(new RegExp(`^carta_event_handler_duration_seconds_${series}\\{([^}]*)\\} (\\S+)$`, 'gm'))]
      .filter(([, labels]) => labels.includes(`consumer="${consumer}"`))
      .reduce((sum, [, , value]) => sum + Number(value), 0);
  return { count: total('count'), seconds: total('sum') };
}

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

/** intake's side, for the whole run: its outbox (real code) on the bench database, and a pool to read the consumers' tables. */
interface Intake {
  emit(count: number): Promise<string[]>;
  /** caseId → when its CaseOpened committed (performance.now()). */
  committedAt: Map<string, number>;
  /** How many CaseOpened each service's inbox holds (its effects committed with them), in one round trip. */
  inboxCounts(services: readonly string[]): Promise<Map<string, number>>;
  /** When each service's last inbox row's transaction started, as performance.now() (the database's clock is this machine's). */
  lastApplied(services: readonly string[]): Promise<Map<string, number>>;
  /** When the relay last marked rows published (after Kafka acknowledged them), as performance.now(). */
  lastPublished(): Promise<number>;
  pool: Pool;
  dataSource: DataSource;
  close(): Promise<void>;
}

async function intakeSide(databaseUrl: string): Promise<Intake> {
  const dataSource: DataSource = await openDataSource({
    schema: 'intake',
    entities: [...MESSAGING_ENTITIES],
    migrations: [MessagingTables1763800000000],
    database: { url: databaseUrl },
  });
  await migrate(dataSource);
  const outbox = new Outbox('/carta/intake');
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined); // an idle connection ended by the database's drop at the end
  const committedAt = new Map<string, number>();
  // performance.now() and the wall clock differ by a constant: database timestamps are converted with it.
  const wallToPerf = (wallMs: number) => wallMs - (Date.now() - performance.now());
  const perService = async <T>(services: readonly string[], column: string, parse: (value: unknown) => T): Promise<Map<string, T>> => {
    const { rows } = await pool.query(
      `SELECT ${services.map((service, i) => `(SELECT ${column} FROM "${service}"."inbox" WHERE consumer = $${i + 1}) AS "${service}"`).join(', ')}`,
      [...services.map(inboxName)],
    );
    return new Map(services.map((service) => [service, parse(rows[0][service])]));
  };
  return {
    committedAt,
    pool,
    dataSource,
    async emit(count) {
      const ids = Array.from({ length: count }, () => randomUUID());
      await dataSource.transaction((manager) =>
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
    inboxCounts: (services) => perService(services, 'count(*)', Number),
    async lastPublished() {
      const { rows } = await pool.query<{ at: Date }>('SELECT max(published_at) AS at FROM intake.outbox');
      return wallToPerf(rows[0].at.getTime());
    },
    lastApplied: (services) => perService(services, 'max(processed_at)', (value) => wallToPerf((value as Date).getTime())),
    async close() {
      await pool.end();
      await dataSource.destroy();
    },
  };
}

/** One phase's consumer processes and the relay publishing into the phase's namespace. */
interface Phase {
  prefix: string;
  processes: Map<ServiceName, PlatformProcess>;
  close(): Promise<void>;
}

async function startPhase(
  intake: Intake,
  databaseUrl: string,
  brokers: string[],
  prefix: string,
  services: ServiceName[],
  workDir: string,
  label: string,
): Promise<Phase> {
  const relayBroker = new KafkaBroker({ brokers, clientId: 'bench-intake', topicPrefix: prefix });
  // Topics exist before the consumers join, as the deployment's topic Job makes them.
  await relayBroker.provision([CaseOpened.topic]);
  const relay = new OutboxRelay(intake.dataSource, relayBroker);
  await relay.start();
  const processes = new Map<ServiceName, PlatformProcess>();
  for (const service of services) {
    const port = await freePort('127.0.0.1');
    const profiled = CPU_PROF === service;
    if (profiled) mkdirSync(CPU_PROF_DIR, { recursive: true });
    const child = new PlatformProcess(
      service,
      port,
      `services/${service}/src/main.ts`,
      {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: brokers.join(','),
        KAFKA_TOPIC_PREFIX: prefix,
        KAFKA_GROUP_PREFIX: prefix,
        CARTA_DEV_AUTH: 'true',
        CARTA_SEALING_KEY: TEST_SEALING_KEY,
        CARTA_INTERNAL_SECRET: 'bench-internal-secret-0123456789abcdef',
        CARTA_DATA_DIR: join(workDir, 'data'),
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', // info lines would cost the consumer CPU
      },
      join(workDir, `${label}-${service}.log`),
      profiled ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`, `--cpu-prof-name=${label}-${service}.cpuprofile`] : [],
    );
    child.start();
    processes.set(service, child);
    memory.children.add(child);
  }
  // Migrated and serving (its inbox exists); the groups join in the background.
  await Promise.all([...processes.values()].map((child) => until(`${child.name} healthy`, () => child.healthy(), 180_000, 200)));
  return {
    prefix,
    processes,
    async close() {
      await relay.stop();
      await relayBroker.close();
      // SIGTERM: the service finishes in-flight work and leaves its groups (and writes its CPU profile).
      await Promise.all(
        [...processes.values()].map(async (child) => {
          await child.stop(30_000);
          memory.children.delete(child);
          if (child.crashes.length > 0) console.warn(`  ! ${child.name} crashed ${child.crashes.length} time(s) during the phase (see ${workDir})`);
        }),
      );
    },
  };
}

/** Polls the inboxes until each has `target` rows (or the timeout). */
async function untilApplied(intake: Intake, targets: Map<string, number>, timeoutMs: number, intervalMs: number): Promise<Map<string, number>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const counts = await intake.inboxCounts([...targets.keys()]);
    if ([...targets].every(([service, target]) => counts.get(service)! >= target) || performance.now() > deadline) return counts;
    await sleep(intervalMs);
  }
}

interface Sustained {
  service: string;
  perSecond: number;
  applied: number;
  cpuMsPerEvent: number;
  transactions: number;
  transactionMs: number;
}

/** Warm-up (every consumer joined and applied one event), then a burst committed as fast as intake can (transactions of 100, EMITTERS at once). */
async function sustained(intake: Intake, phase: Phase): Promise<{ figures: Sustained[]; readyAfter: number; committedIn: number; publishedIn: number }> {
  const services = [...phase.processes.keys()];
  const joinStart = performance.now();
  const before = await intake.inboxCounts(services);
  await intake.emit(1);
  const warmed = await untilApplied(intake, new Map(services.map((service) => [service, before.get(service)! + 1])), 180_000, 100);
  for (const service of services) {
    if (warmed.get(service)! < before.get(service)! + 1) throw new Error(`the ${service} consumer never applied the warm-up event (log: ${phase.prefix})`);
  }
  const readyAfter = (performance.now() - joinStart) / 1000;
  const cpuBefore = new Map(services.map((service) => [service, procCpuMs(phase.processes.get(service)!.pid)]));
  const transactionsBefore = new Map(
    await Promise.all(services.map(async (service) => [service, await transactionsOf(phase.processes.get(service)!, inboxName(service))] as const)),
  );
  const burstStart = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: EMITTERS }, async () => {
      while (next < BURST) {
        const count = Math.min(100, BURST - next);
        next += count;
        await intake.emit(count);
      }
    }),
  );
  const committedIn = (performance.now() - burstStart) / 1000;
  const targets = new Map(services.map((service) => [service, warmed.get(service)! + BURST]));
  const counts = await untilApplied(intake, targets, 300_000, 200);
  const lastAt = await intake.lastApplied(services);
  const published = await intake.lastPublished();
  const transactionsAfter = new Map(
    await Promise.all(services.map(async (service) => [service, await transactionsOf(phase.processes.get(service)!, inboxName(service))] as const)),
  );
  return {
    readyAfter,
    committedIn,
    publishedIn: (published - burstStart) / 1000,
    figures: services.map((service) => {
      const applied = counts.get(service)! - warmed.get(service)!;
      const transactions = transactionsAfter.get(service)!.count - transactionsBefore.get(service)!.count;
      return {
        transactions,
        transactionMs: ((transactionsAfter.get(service)!.seconds - transactionsBefore.get(service)!.seconds) * 1000) / transactions,
        service,
        applied,
        perSecond: applied / ((lastAt.get(service)! - burstStart) / 1000),
        cpuMsPerEvent: (procCpuMs(phase.processes.get(service)!.pid) - cpuBefore.get(service)!) / applied,
      };
    }),
  };
}

/** commit→checklist at a fixed rate of single-event commits: documents' ChecklistEvaluated commits with the checklist. */
async function latencyAt(intake: Intake, databaseUrl: string, rate: number): Promise<string> {
  const effectAt = new Map<string, number>();
  const listener = new Client({ connectionString: databaseUrl });
  await listener.connect();
  listener.on('notification', (message) => message.payload && effectAt.set(message.payload, performance.now()));
  await listener.query(`LISTEN "${outboxChannel('documents')}"`);
  try {
    const cases: string[] = [];
    const count = Math.round(rate * RATE_SECONDS);
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      cases.push(...(await intake.emit(1)));
    }
    const offered = count / ((performance.now() - start) / 1000);
    const wanted = new Set(cases);
    const seen = new Map<string, number>();
    const deadline = performance.now() + 120_000;
    let scanned = 0;
    const pending = new Set<string>();
    for (;;) {
      const fresh = [...effectAt.keys()].slice(scanned);
      scanned += fresh.length;
      fresh.forEach((id) => pending.add(id));
      if (pending.size > 0) {
        const { rows } = await intake.pool.query<{ event_id: string; case_id: string }>(
          `SELECT event_id, envelope->'data'->>'caseId' AS case_id FROM documents.outbox WHERE event_id = ANY($1::uuid[]) AND event_type = 'carta.documents.checklist.evaluated.v1'`,
          [[...pending]],
        );
        for (const row of rows) {
          pending.delete(row.event_id);
          if (wanted.has(row.case_id) && !seen.has(row.case_id)) seen.set(row.case_id, effectAt.get(row.event_id)!);
        }
      }
      if (seen.size === wanted.size || performance.now() > deadline) break;
      await sleep(200);
    }
    const latencies = [...seen].map(([caseId, at]) => at - intake.committedAt.get(caseId)!).sort((a, b) => a - b);
    // Where the time went: until the relay marked the event published (after Kafka's ack), until documents'
    // transaction began (Kafka delivery), until it committed (database clock, the same machine's).
    const { rows: stages } = await intake.pool.query<{ case_id: string; published: Date; began: Date }>(
      `SELECT o.envelope->'data'->>'caseId' AS case_id, o.published_at AS published, i.processed_at AS began
       FROM intake.outbox o JOIN documents.inbox i ON i.event_id = o.event_id WHERE o.envelope->'data'->>'caseId' = ANY($1::text[])`,
      [cases],
    );
    const wallToPerf = Date.now() - performance.now();
    const spread = (values: number[]) => {
      const sorted = values.sort((a, b) => a - b);
      return `p50 ${fmt(percentile(sorted, 50), 1)} / p99 ${fmt(percentile(sorted, 99), 1)} ms`;
    };
    const relayed = stages.map((row) => row.published.getTime() - wallToPerf - intake.committedAt.get(row.case_id)!);
    const delivered = stages.map((row) => row.began.getTime() - row.published.getTime());
    const applied = stages.flatMap((row) => (seen.has(row.case_id) ? [seen.get(row.case_id)! - (row.began.getTime() - wallToPerf)] : []));
    return [
      `carta commit→checklist at ${rate}/s (offered ${fmt(offered, 1)}/s, ${count} single-event commits; documents, travel and eligibility as processes): p50 ${fmt(percentile(latencies, 50), 1)} ms, p99 ${fmt(percentile(latencies, 99), 1)} ms, max ${fmt(latencies.at(-1) ?? NaN, 1)} ms (${seen.size}/${count} applied; load ${load()})`,
      `  stages: commit→published (relay, Kafka ack) ${spread(relayed)}; published→documents' transaction began (Kafka delivery) ${spread(delivered)}; began→committed ${spread(applied)}`,
    ].join('\n');
  } finally {
    await listener.end();
  }
}

function printSustained(label: string, result: Awaited<ReturnType<typeof sustained>>, raw: number): Sustained {
  console.log(
    `${label}: consumers ready after ${fmt(result.readyAfter, 1)} s; burst of ${fmt(BURST)} committed in ${fmt(result.committedIn, 2)} s (${EMITTERS} transactions of 100 at a time), published by the relay in ${fmt(result.publishedIn, 2)} s; load ${load()}`,
  );
  for (const figure of result.figures) {
    console.log(
      `  ${figure.service.padEnd(11)} ${fmt(figure.perSecond).padStart(6)} events/s end to end — ${fmt(figure.perSecond / raw, 3)}× raw kafkajs (${fmt(figure.applied)}/${fmt(BURST)} applied in ${fmt(figure.transactions)} transactions of ${fmt(figure.transactionMs, 1)} ms on average; ${fmt(figure.cpuMsPerEvent, 2)} ms of its process's CPU per event)`,
    );
  }
  return result.figures.reduce((slowest, figure) => (figure.perSecond < slowest.perSecond ? figure : slowest));
}

async function main(): Promise<void> {
  const engines = requireEngines();
  const prefix = `bench-${uniqueSuffix()}.`;
  const database = await createTestDatabase(engines.databaseUrl);
  const workDir = mkdtempSync(join(tmpdir(), 'carta-bench-'));
  console.log(
    `bench:pipeline — ${new Date().toISOString()}, node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model}), ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM`,
  );
  console.log(`run conditions: load average ${load()} (the machine is shared: figures are noisy, compare ratios within one run)`);
  console.log(
    `kafka ${engines.kafkaBrokers.join(',')}, namespace ${prefix}; burst ${fmt(BURST)} events, rates ${RATES.join(', ')}/s for ${RATE_SECONDS} s each; consumers ${CONSUMERS.join(', ')}, each in its own process (logs in ${workDir})`,
  );
  let intake: Intake | undefined;
  let failed = true;
  try {
    const kafka = await rawKafka(engines.kafkaBrokers, prefix);
    console.log(
      `baseline kafkajs  batched produce→consume: ${fmt(kafka.perSecond)} records/s (produce alone ${fmt(kafka.produceOnly)}/s; ${fmt(RAW_RECORDS)} records, batches of 100, acks=all, idempotent)`,
    );
    const pg = await rawPostgres(database.url);
    console.log(`baseline postgres single-row commits:      ${fmt(pg)} commits/s (${PG_CLIENTS} clients, ${PG_SECONDS} s)`);
    intake = await intakeSide(database.url);
    // The first phase migrates every consumer's schema; the database then stays for the run (inbox counts are relative).
    const phases: { label: string; services: ServiceName[] }[] = [
      ...(ALONE && CONSUMERS.length > 1 ? CONSUMERS.map((service) => ({ label: `alone-${service}`, services: [service] })) : []),
      { label: 'together', services: CONSUMERS },
    ];
    console.log('sustained = first CaseOpened committed → last one applied (its inbox row and effect), per consumer process; intake relay in this process');
    let slowestAlone: Sustained | undefined;
    for (const [index, { label, services }] of phases.entries()) {
      const phase = await startPhase(intake, database.url, engines.kafkaBrokers, `${prefix}p${index}.`, services, workDir, label);
      try {
        const result = await sustained(intake, phase);
        const together = label === 'together';
        const slowest = printSustained(together ? `(b) all ${services.length} consumers at once` : `(a) ${services[0]} alone`, result, kafka.perSecond);
        if (!together) {
          if (!slowestAlone || slowest.perSecond < slowestAlone.perSecond) slowestAlone = slowest;
          continue;
        }
        if (slowestAlone) {
          console.log(
            `slowest consumer alone (a):    ${slowestAlone.service}, ${fmt(slowestAlone.perSecond)} events/s — ${fmt(slowestAlone.perSecond / kafka.perSecond, 3)}× raw kafkajs  (like for like: one producer, one consumer)`,
          );
        }
        console.log(
          `slowest consumer together (b): ${slowest.service}, ${fmt(slowest.perSecond)} events/s — ${fmt(slowest.perSecond / kafka.perSecond, 3)}× raw kafkajs, ${fmt(slowest.perSecond / pg, 3)}× pg commits  (three consumers and the relay sharing the cores)`,
        );
        if (services.includes('documents')) for (const rate of RATES) console.log(await latencyAt(intake, database.url, rate));
      } finally {
        await phase.close();
      }
    }
    console.log(
      `peak RSS summed over this process and its consumer processes: ${fmt(memory.peakTotal / 2 ** 20)} MiB (this process alone at most ${fmt(memory.peakSelf / 2 ** 20)} MiB, the consumer processes together ${fmt(memory.peakChildren / 2 ** 20)} MiB); load average now ${load()}`,
    );
    if (CPU_PROF) console.log(`CPU profiles of ${CPU_PROF}: ${CPU_PROF_DIR}`);
    failed = false;
  } finally {
    clearInterval(rssTimer);
    await intake?.close().catch(() => undefined);
    await database.drop().catch(() => undefined);
    await deleteTopics(engines.kafkaBrokers, prefix).catch((error) => console.warn(`could not delete this run's topics: ${(error as Error).message}`));
    if (failed) console.warn(`the consumer processes' logs are kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
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

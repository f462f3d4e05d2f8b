import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { PGlite } from '@electric-sql/pglite';
import { CaseOpened } from '@carta/contracts';
import { freePort, SERVICE_NAMES } from '@carta/service-kit';
import { PlatformProcess, startNodeFlags, until } from './cluster';
import { EFFECTS, EffectCount } from './effects';
import { Opening, OpenCaseLoad } from './load';

/**
 * `npm start`'s embedded mode under kill -9 (`npm run test:faults`): the whole platform as ONE child
 * process (`node tools/run.js tools/start.ts`: PGlite per service, the in-process bus, files) on a
 * data directory of its own, openCase through its gateway at a steady rate, killed 5 times at
 * random moments — some right after an acknowledged openCase, while the relay and the consumers
 * are busy with it — and each time started again on the same directory. Then, with the platform
 * stopped, it reads every service's database: every acknowledged case (and every case intake
 * committed) must have reached every subscriber exactly once. Prints each restart's recovery time.
 */
const RATE_PER_SECOND = Number(process.env.CARTA_FAULTS_EMBEDDED_RATE ?? 10);
const KILLS = Number(process.env.CARTA_FAULTS_EMBEDDED_KILLS ?? 5);
/** The issue's bar for service to be back; embedded start-up (six PGlite databases) is printed against it. */
const RECOVERY_BAR_MS = 10_000;
/** A restart that takes longer than this is a hang, not a slow start. */
const HANG_MS = 60_000;

interface Recovery {
  kill: number;
  moment: string;
  /** From the restart to the gateway's /health answering. */
  upMs: number;
  /** From the restart until every consumer group applied everything the bus held when the process died. */
  caughtUpMs: number;
}

/** The durable bus's positions, read beside the running platform (SQLite WAL lets a second process read). */
function busProgress(dataDir: string): { ends: Map<string, number>; positions: { group: string; topic: string; next: number }[] } {
  const file = join(dataDir, 'bus', 'events.sqlite');
  if (!existsSync(file)) return { ends: new Map(), positions: [] };
  const bus = new DatabaseSync(file, { readOnly: true });
  try {
    const ends = new Map(
      (bus.prepare('SELECT name, next_seq FROM topic').all() as { name: string; next_seq: number }[]).map((row) => [row.name, row.next_seq]),
    );
    const positions = (
      bus.prepare('SELECT group_id, topic, next_seq FROM group_position').all() as { group_id: string; topic: string; next_seq: number }[]
    ).map((row) => ({ group: row.group_id, topic: row.topic, next: row.next_seq }));
    return { ends, positions };
  } finally {
    bus.close();
  }
}

/** True once every group has applied the records its topic held at `ends` (the default: now). */
function caughtUp(dataDir: string, ends?: Map<string, number>): boolean {
  const now = busProgress(dataDir);
  const targets = ends ?? now.ends;
  return now.positions.length > 0 && now.positions.every((position) => position.next >= (targets.get(position.topic) ?? 0));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const randomBetween = (min: number, max: number) => min + Math.random() * (max - min);

describe('embedded mode under kill -9', () => {
  let dataDir: string;
  let platform: PlatformProcess;
  let load: OpenCaseLoad;
  const recoveries: Recovery[] = [];
  let passed = false;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'carta-embedded-kill-'));
    const port = await freePort('127.0.0.1');
    // No DATABASE_URL, KAFKA_BROKERS or S3_ENDPOINT: the embedded mode, as `npm start` runs it.
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CARTA_DATA_DIR: dataDir,
      // The load is one subject at a steady rate plus resends: above the default 1,200 per minute.
      CARTA_RATE_LIMIT_PER_MINUTE: '60000',
      CARTA_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '60000',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    };
    platform = new PlatformProcess('gateway', port, 'tools/start.ts', env, join(dataDir, 'platform.log'), startNodeFlags());
    platform.start();
    await until('the embedded platform to answer', () => platform.healthy(), 180_000, 200);
    load = new OpenCaseLoad(platform.url, 'Embeddedkill');
  }, 240_000);

  afterAll(async () => {
    await platform?.kill();
    // Requests still being resent to a platform that is gone are given up on, not waited for.
    await Promise.race([load?.stop(), sleep(5_000)]);
    // Kept after a failure: platform.log and the databases say what happened.
    if (dataDir && passed) await rm(dataDir, { recursive: true, force: true });
    else if (dataDir) console.log(`embedded kill -9: data and platform.log kept in ${dataDir}`);
  }, 120_000);

  it('loses no committed case and applies none twice across 5 kill -9 and restarts', async () => {
    load.start(RATE_PER_SECOND);
    for (let kill = 1; kill <= KILLS; kill++) {
      await sleep(randomBetween(2_000, 6_000));
      // Odd kills land 0–15 ms after an acknowledged openCase: its events are in the relay's and the consumers' hands.
      const afterAck = kill % 2 === 1;
      if (afterAck) {
        const opening = await load.open();
        expect(opening).toMatchObject({ caseId: expect.any(String) });
        await sleep(randomBetween(0, 15));
      }
      await platform.kill('SIGKILL');
      const ends = busProgress(dataDir).ends;
      const restartedAt = Date.now();
      platform.start();
      const upMs = await until(`the platform to answer after kill ${kill}`, () => platform.healthy(), 120_000, 50);
      await until(`the consumers to catch up after kill ${kill}`, async () => caughtUp(dataDir, ends), 120_000, 50);
      recoveries.push({ kill, moment: afterAck ? 'right after an acknowledged openCase' : 'at a random moment', upMs, caughtUpMs: Date.now() - restartedAt });
    }
    await sleep(2_000);
    await load.stop();

    // Every event applied by every group, twice in a row a second apart (the second hop follows the first).
    await until('every consumer group to apply every event', async () => caughtUp(dataDir) && (await sleep(1_000), caughtUp(dataDir)), 120_000, 200);
    // Ctrl+C's way out; kill -9 when it does not come within 30 s (PGlite recovers either way).
    await Promise.race([platform.kill('SIGTERM'), sleep(30_000)]);
    await platform.kill('SIGKILL');

    const acknowledged = load.openings.filter((opening) => opening.caseId).map((opening) => opening.caseId!);
    const sum = (of: (opening: Opening) => number) => load.openings.reduce((total, opening) => total + of(opening), 0);
    const waits = load.openings
      .filter((opening) => opening.answeredAt)
      .map((opening) => opening.answeredAt! - opening.sentAt)
      .sort((x, y) => x - y);
    const quantile = (share: number) => waits[Math.min(waits.length - 1, Math.floor(waits.length * share))];
    const counts = await countEmbeddedEffects(dataDir);
    console.log(
      [
        `embedded kill -9 at ${RATE_PER_SECOND} openCase/s: ${load.openings.length} sent, ${acknowledged.length} acknowledged, ${counts.committed.length} committed by intake`,
        `  attempts without an answer: ${sum((opening) => opening.unanswered)}, of which ${sum((opening) => opening.timedOut)} timed out after 5 s (the rest refused or cut while the process was down, or dropped on purpose)`,
        `  time to acknowledge: p50 ${quantile(0.5)} ms, p99 ${quantile(0.99)} ms, max ${quantile(1)} ms`,
        ...recoveries.map(
          (recovery) =>
            `  kill ${recovery.kill} (${recovery.moment}): answering after ${recovery.upMs} ms${recovery.upMs > RECOVERY_BAR_MS ? ` (over the ${RECOVERY_BAR_MS} ms bar)` : ''}, backlog applied after ${recovery.caughtUpMs} ms`,
        ),
        ...counts.effects.map((effect) => `  ${effect.effect}: ${effect.expected - effect.missing}/${effect.expected}, ${effect.duplicated} duplicated`),
        ...counts.inboxes.map((inbox) => `  ${inbox.consumer}: ${inbox.applied} CaseOpened applied`),
      ].join('\n'),
    );

    expect(platform.crashes).toEqual([]);
    expect(load.openings.filter((opening) => opening.refused || !opening.caseId)).toEqual([]);
    expect(recoveries).toHaveLength(KILLS);
    expect(acknowledged.filter((id) => !counts.committed.includes(id))).toEqual([]);
    expect(counts.committed.length).toBeGreaterThan(KILLS * RATE_PER_SECOND);
    expect(counts.effects.filter((effect) => effect.missing > 0 || effect.duplicated > 0)).toEqual([]);
    // One inbox row per (consumer, event): every subscriber of the case topic applied every CaseOpened.
    expect(counts.inboxes.map((inbox) => inbox.consumer.split('.')[0]).sort()).toEqual(
      expect.arrayContaining(['billing', 'documents', 'eligibility', 'travel']),
    );
    expect(counts.inboxes.filter((inbox) => inbox.applied !== counts.committed.length)).toEqual([]);
    expect(recoveries.filter((recovery) => recovery.caughtUpMs > HANG_MS)).toEqual([]);
    passed = true;
  }, 900_000);
});

/**
 * The effects (tools/test/faults/effects.ts) of every case intake committed, read from each
 * service's own PGlite with the platform stopped: each effect's query names its schema, so it runs
 * in the one database that has that schema.
 */
async function countEmbeddedEffects(
  dataDir: string,
): Promise<{ committed: string[]; effects: EffectCount[]; inboxes: { consumer: string; applied: number }[] }> {
  const open = (service: string) => PGlite.create({ dataDir: join(dataDir, 'db', service) });
  const intake = await open('intake');
  let committed: string[];
  let events: string[];
  try {
    committed = (await intake.query<{ id: string }>(`SELECT id::text FROM intake."case"`)).rows.map((row) => row.id);
    events = (
      await intake.query<{ event_id: string }>(`SELECT event_id::text FROM intake.outbox WHERE event_type = $1 AND message_key = ANY($2::text[])`, [
        CaseOpened.type,
        committed,
      ])
    ).rows.map((row) => row.event_id);
  } finally {
    await intake.close();
  }
  const effects = new Map<string, EffectCount>();
  const inboxes: { consumer: string; applied: number }[] = [];
  // One database at a time: each PGlite is a heap of its own.
  for (const service of SERVICE_NAMES) {
    const db = await open(service);
    try {
      for (const { name, sql } of EFFECTS) {
        if (!new RegExp(`"?${service}"?\\.`).test(sql)) continue;
        const rows = (await db.query<{ case_id: string; n: number | string }>(sql, [committed])).rows;
        effects.set(name, {
          effect: name,
          expected: committed.length,
          missing: committed.length - rows.length,
          duplicated: rows.filter((row) => Number(row.n) > 1).length,
        });
      }
      const applied = await db.query<{ consumer: string; n: number | string }>(
        `SELECT consumer, count(*) AS n FROM "${service}".inbox WHERE event_id = ANY($1::uuid[]) GROUP BY consumer`,
        [events],
      );
      inboxes.push(...applied.rows.map((row) => ({ consumer: row.consumer, applied: Number(row.n) })));
    } finally {
      await db.close();
    }
  }
  // An effect no database answered is missing for every case.
  for (const { name } of EFFECTS)
    if (!effects.has(name)) effects.set(name, { effect: name, expected: committed.length, missing: committed.length, duplicated: 0 });
  return { committed, effects: [...effects.values()], inboxes };
}

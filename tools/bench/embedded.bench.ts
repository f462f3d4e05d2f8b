/**
 * Embedded mode's memory under a steady load (`npm run bench:embedded`): `npm start`'s single process
 * (PGlite per service, the durable in-process bus, files) as a CHILD on a temp data directory,
 * openCase through its gateway at a fixed rate plus one read of each opened case (case + checklist),
 * the child's RSS sampled every second from /proc/<pid>/status. Prints figures, asserts nothing.
 *   npm run bench:embedded                       (BENCH_SECONDS=180, BENCH_RATE=10 openCase/s)
 *   BENCH_SECONDS=600 npm run bench:embedded     (the 10-minute run)
 *   BENCH_NODE_FLAGS=--heapsnapshot-signal=SIGUSR2 …  (then `kill -USR2 <pid>` writes a heap snapshot in the repo root)
 *   BENCH_NODE_FLAGS=--trace-gc BENCH_CHILD_LOG=/tmp/child.log …  (GC pauses beside the event-loop stalls)
 * Baselines in the same run: the same process idle before the load (after start-up and seeding) and
 * quiet for BENCH_QUIET_SECONDS after it (what it gives back once the load stops).
 * The child prints process.memoryUsage() every second (CARTA_MEMORY_LOG_MS), so heap, external
 * and the rest of RSS (PGlite's WASM memories, SQLite, native) are printed apart.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '@carta/service-kit';
import { anOpenCaseInput, aPatient } from '@carta/testing';
import { startNodeFlags } from '../test/faults/cluster';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 180);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 15);
const QUIET_SECONDS = Number(process.env.BENCH_QUIET_SECONDS ?? 30);
/** The fault suite's client gives up on an attempt after 5 s: an answer later than that never reached it. */
const ANSWER_TIMEOUT_MS = 5_000;
const ROOT = join(__dirname, '..', '..');

const OPEN_CASE = `mutation Open($input: OpenCaseInput!, $key: String) { openCase(input: $input, idempotencyKey: $key) { id } }`;
const READ_CASE = `query Read($id: ID!) { case(id: $id) { status diagnosis { icd10 } checklist { completeness missing } } }`;

type Phase = 'start' | 'idle' | 'load' | 'quiet';
interface Sample {
  at: number;
  rssMb: number;
}
interface Usage {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** The child's event-loop delay over the last second (every service shares its one thread). */
  loopMaxMs?: number;
  loopP99Ms?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round(bytes / 1_048_576);

function vmRssMb(pid: number): number | undefined {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

/** Least-squares slope of RSS over time, in MB per minute. */
function slopeMbPerMinute(samples: Sample[]): number {
  if (samples.length < 2) return NaN;
  const xs = samples.map((sample) => sample.at / 60_000);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = samples.reduce((a, sample) => a + sample.rssMb, 0) / samples.length;
  let num = 0;
  let den = 0;
  samples.forEach((sample, i) => {
    num += (xs[i] - mx) * (sample.rssMb - my);
    den += (xs[i] - mx) ** 2;
  });
  return num / den;
}

class Calls {
  readonly latencies: number[] = [];
  errors = 0;
  unanswered = 0;
  record(started: number, outcome: 'ok' | 'error' | 'unanswered'): void {
    if (outcome === 'ok') this.latencies.push(performance.now() - started);
    else if (outcome === 'error') this.errors++;
    else this.unanswered++;
  }
  summary(name: string): string {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return `${name}: ${sorted.length} answered, p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p99 ${percentile(sorted, 0.99).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms, ${this.errors} errors, ${this.unanswered} unanswered within ${ANSWER_TIMEOUT_MS / 1000} s`;
  }
}

async function graphql(url: string, token: string, query: string, variables: unknown, calls: Calls): Promise<Record<string, unknown> | undefined> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    const ok = response.ok && !body.errors && body.data;
    calls.record(started, ok ? 'ok' : 'error');
    return ok ? body.data : undefined;
  } catch (error) {
    calls.record(started, (error as Error).name === 'TimeoutError' ? 'unanswered' : 'error');
    return undefined;
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'carta-bench-embedded-'));
  const port = await freePort('127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  // Node flags for the child go on its command line: NODE_OPTIONS refuses some (--trace-gc). npm start's
  // own first (its heap limit), then BENCH_NODE_FLAGS (a later flag wins).
  const flags = [...startNodeFlags(), ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...flags, join(ROOT, 'tools/run.js'), join(ROOT, 'tools/start.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CARTA_DATA_DIR: dataDir,
      PORT: String(port),
      CARTA_RATE_LIMIT_PER_MINUTE: '600000',
      CARTA_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '600000',
      CARTA_MEMORY_LOG_MS: '1000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pid = child.pid!;
  const t0 = performance.now();
  let phase: Phase = 'start' as Phase;
  let usage: Usage | undefined;
  const loopDelays: { phase: string; maxMs: number }[] = [];
  // BENCH_CHILD_LOG=<file> keeps the child's other output (e.g. BENCH_NODE_FLAGS=--trace-gc lines).
  const childLog = process.env.BENCH_CHILD_LOG ? createWriteStream(process.env.BENCH_CHILD_LOG) : undefined;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    childLog?.write(`${(performance.now() - t0).toFixed(0)} ${phase} ${line}\n`);
    if (!line.startsWith('memory ')) return;
    usage = JSON.parse(line.slice(7)) as Usage;
    if (usage.loopMaxMs !== undefined) loopDelays.push({ phase, maxMs: usage.loopMaxMs });
  });
  let exited = false;
  child.once('exit', () => (exited = true));

  const samples: (Sample & { phase: Phase })[] = [];
  // The child reports its memory once it is up: the split starts at idle.
  const usages: Partial<Record<Phase | 'peak', Usage>> = {};
  let peakRss = 0;
  const sampler = setInterval(() => {
    const rssMb = vmRssMb(pid);
    if (rssMb === undefined) return;
    samples.push({ at: performance.now() - t0, rssMb, phase });
    if (phase === 'load' && rssMb > peakRss) {
      peakRss = rssMb;
      if (usage) usages.peak = usage;
    }
  }, 1_000);

  try {
    // Up: the gateway answers /health once every service has started and seeded.
    for (let waited = 0; ; waited += 250) {
      if (exited) throw new Error('the embedded platform exited during start-up');
      if (waited > 180_000) throw new Error('the embedded platform did not answer within 180 s');
      const up = await fetch(`${base}/health`, { signal: AbortSignal.timeout(1_000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      await sleep(250);
    }
    const startedMs = performance.now() - t0;
    phase = 'idle';
    await sleep(IDLE_SECONDS * 1_000);
    usages.idle = usage;

    const token = ((await (await fetch(`${base}/dev/token?role=coordinator&sub=bench-embedded`)).json()) as { token: string }).token;
    const opens = new Calls();
    const reads = new Calls();
    const inFlight = new Set<Promise<unknown>>();
    phase = 'load';
    const loadStarted = performance.now();
    for (let sent = 0; sent < SECONDS * RATE; sent++) {
      const wait = loadStarted + (sent * 1_000) / RATE - performance.now();
      if (wait > 0) await sleep(wait);
      const work = (async () => {
        const input = anOpenCaseInput({ patient: aPatient({ familyName: `Benchembedded` }) });
        const data = await graphql(`${base}/graphql`, token, OPEN_CASE, { input, key: randomUUID() }, opens);
        const id = (data?.openCase as { id: string } | undefined)?.id;
        if (!id) return;
        // A coordinator reads the case back a moment later, its checklist included (documents' consumer).
        await sleep(1_000);
        await graphql(`${base}/graphql`, token, READ_CASE, { id }, reads);
      })();
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    }
    await Promise.allSettled([...inFlight]);
    usages.load = usage;
    phase = 'quiet';
    await sleep(QUIET_SECONDS * 1_000);
    usages.quiet = usage;
    clearInterval(sampler);

    const of = (which: string) => samples.filter((sample) => sample.phase === which);
    const load = of('load');
    const lastHalf = load.slice(Math.floor(load.length / 2));
    const at = (list: Sample[]) => (list.length ? list[list.length - 1].rssMb.toFixed(0) : '?');
    const split = (name: string, u?: Usage) =>
      u
        ? `  ${name.padEnd(12)} rss ${mb(u.rss)} MB = heap ${mb(u.heapTotal)} (used ${mb(u.heapUsed)}) + external ${mb(u.external)} (arrayBuffers ${mb(u.arrayBuffers)}) + rest ${mb(u.rss - u.heapTotal - u.external)} (external counts the PGlite WASM memories whole, resident or not: the rest can be negative)`
        : `  ${name}: no report`;
    console.log(
      [
        `embedded platform, ${RATE} openCase/s + one read each for ${SECONDS} s (pid ${pid}, up after ${(startedMs / 1000).toFixed(1)} s)`,
        `  RSS at start ${at(of('start'))} MB (start-up peak ${Math.max(...of('start').map((sample) => sample.rssMb)).toFixed(0)} MB), idle after ${IDLE_SECONDS} s ${at(of('idle'))} MB (baseline)`,
        `  ${opens.summary('openCase')}`,
        `  ${reads.summary('read case+checklist')}`,
        `  RSS under load: peak ${peakRss.toFixed(0)} MB, end ${at(load)} MB, slope over the last half ${slopeMbPerMinute(lastHalf).toFixed(1)} MB/min (whole load ${slopeMbPerMinute(load).toFixed(1)} MB/min)`,
        `  event loop under load: worst stall ${Math.max(...loopDelays.filter((d) => d.phase === 'load').map((d) => d.maxMs)).toFixed(0)} ms, seconds with a stall over 1 s: ${loopDelays.filter((d) => d.phase === 'load' && d.maxMs > 1_000).length}, over 100 ms: ${loopDelays.filter((d) => d.phase === 'load' && d.maxMs > 100).length}`,
        `  RSS ${QUIET_SECONDS} s after the load stopped: ${at(of('quiet'))} MB (baseline: what it gives back)`,
        '  process.memoryUsage() in the child:',
        split('idle', usages.idle),
        split('end of load', usages.load),
        split('at peak RSS', usages.peak),
        split('quiet', usages.quiet),
      ].join('\n'),
    );
  } finally {
    clearInterval(sampler);
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

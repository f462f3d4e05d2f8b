/**
 * Fixed-concurrency HTTP load with autocannon, from a child process so the load generator does not
 * share the measured server's event loop. `measure` forks this file; the child runs one target and
 * reports requests/s and latency percentiles (p95 from every response: autocannon reports p97.5, not p95).
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  seconds: number;
}

export interface LoadFigures {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers plus socket errors and timeouts: a figure with any is not comparable. */
  failures: number;
}

const RUN_JS = join(__dirname, '..', 'run.js');

export function measure(target: LoadTarget): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(RUN_JS, [__filename, '--child'], { stdio: 'inherit' });
    child.once('message', (figures) => resolve(figures as LoadFigures));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load generator exited with ${code}`))));
    child.send(target);
  });
}

function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

async function child(target: LoadTarget): Promise<LoadFigures> {
  const times: number[] = [];
  let failures = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: target.url, method: 'POST', headers: target.headers, body: target.body, connections: target.connections, duration: target.seconds },
      (error: unknown, done: autocannon.Result) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) failures++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    rps: times.length / target.seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    failures: failures + result.errors + result.timeouts,
  };
}

if (process.argv[2] === '--child') {
  process.once('message', (target) => {
    void child(target as LoadTarget).then((figures) => process.send!(figures, () => process.exit(0)));
  });
}

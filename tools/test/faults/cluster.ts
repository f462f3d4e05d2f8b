import { ChildProcess, execFile, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SERVICE_NAMES, ServiceName } from '@carta/service-kit';
import { TEST_SEALING_KEY, uniqueSuffix } from '@carta/testing';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');

/** The Node flags `npm start` gives the embedded platform (its heap limit among them), read from package.json. */
export function startNodeFlags(): string[] {
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  return script
    .split(' tools/run.js')[0]
    .split(' ')
    .filter((word) => word.startsWith('--'));
}

/**
 * The fault suite's own PostgreSQL, Kafka and MinIO (deploy/engines, a state directory and ports of
 * their own): it restarts and stops them, so it must never touch the shared engines (5432/9092/9000).
 */
export class FaultEngines {
  readonly ports = {
    postgres: Number(process.env.CARTA_FAULTS_PG_PORT ?? 55432),
    kafka: Number(process.env.CARTA_FAULTS_KAFKA_PORT ?? 59092),
    controller: Number(process.env.CARTA_FAULTS_KAFKA_CONTROLLER_PORT ?? 59093),
    minio: Number(process.env.CARTA_FAULTS_MINIO_PORT ?? 59000),
  };
  readonly stateDir = process.env.CARTA_FAULTS_STATE_DIR ?? '/var/tmp/carta-faults';

  get databaseServerUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.ports.postgres}/carta`;
  }

  get kafkaBrokers(): string {
    return `127.0.0.1:${this.ports.kafka}`;
  }

  /** One run at a time on these engines: a second would restart them under the first. */
  lock(): void {
    const file = `${this.stateDir}.lock`;
    try {
      const holder = Number(readFileSync(file, 'utf8'));
      if (holder && holder !== process.pid && alive(holder)) throw new Error(`another fault run (pid ${holder}) is using ${this.stateDir}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    writeFileSync(file, String(process.pid));
  }

  unlock(): void {
    rmSync(`${this.stateDir}.lock`, { force: true });
  }

  /**
   * Kafka from an empty state, for a run that holds the lock. Each run's topics and groups (a namespace
   * of its own) would otherwise stay in the state directory, and a restarted broker recovers all of
   * them before it leads a partition or coordinates a group: after a few dozen runs (1,247 partitions)
   * it answered 8 s before it coordinated, and every Kafka fault measured that, growing run by run.
   */
  async freshKafka(): Promise<void> {
    await this.engines('down', 'kafka');
    rmSync(join(this.stateDir, 'kafka'), { recursive: true, force: true });
  }

  /** `engines.sh <command> [engines]` on this suite's state directory and ports. */
  async engines(command: 'up' | 'down', ...engines: ('postgres' | 'kafka' | 'minio')[]): Promise<void> {
    await run('bash', [join(ROOT, 'deploy/engines/engines.sh'), command, ...engines], {
      cwd: ROOT,
      env: {
        ...process.env,
        CARTA_STATE_DIR: this.stateDir,
        CARTA_PG_PORT: String(this.ports.postgres),
        CARTA_KAFKA_PORT: String(this.ports.kafka),
        CARTA_KAFKA_CONTROLLER_PORT: String(this.ports.controller),
        CARTA_MINIO_PORT: String(this.ports.minio),
      },
      timeout: 180_000,
    });
  }
}

/** One service or the gateway as its own OS process (`node tools/run.js …`), its output in a log file. */
export class PlatformProcess {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  /** How many times this process was started (the log says which life a line belongs to). */
  lives = 0;
  /** Exits nobody asked for (a crash): each is a finding; the suite restarts the process and carries on. */
  readonly crashes: { at: number; code: number | null; signal: string | null }[] = [];
  private stopping = false;

  constructor(
    readonly name: ServiceName | 'gateway',
    readonly port: number,
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
    /** Node's own flags before the entry, e.g. `--cpu-prof` (benchmarks). */
    private readonly nodeArgs: string[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    this.lives += 1;
    const log = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, [...this.nodeArgs, join(ROOT, 'tools/run.js'), join(ROOT, this.entry)], {
      cwd: ROOT,
      env: { ...this.env, PORT: String(this.port) },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.child = child;
    this.stopping = false;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        if (!this.stopping) {
          this.crashes.push({ at: Date.now(), code, signal });
          this.start();
        }
        resolve();
      }),
    );
  }

  /** kill -9: no shutdown hook runs, its consumer group members linger, its in-flight batches are cut. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.stopping = true;
    this.child.kill(signal);
    await this.exited;
  }

  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`; resolves with how long the graceful stop took (NaN: killed). */
  async stop(graceMs: number): Promise<number> {
    const started = Date.now();
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      this.child?.kill('SIGKILL');
    }, graceMs);
    await this.kill('SIGTERM');
    clearTimeout(timer);
    return killed ? NaN : Date.now() - started;
  }

  /** True once `/health` answers 200 (the subgraph's database answered too). */
  async healthy(): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(1_000) });
      return response.ok;
    } catch {
      return false;
    }
  }
}

export interface Platform {
  services: Record<ServiceName, PlatformProcess>;
  gateway: PlatformProcess;
  all: PlatformProcess[];
  topicPrefix: string;
  groupPrefix: string;
  logDir: string;
}

/** Six services and the gateway as separate processes on the suite's engines, configured as a deployment would be. */
export function platformProcesses(engines: FaultEngines, databaseUrl: string, ports: number[], logDir: string): Platform {
  mkdirSync(logDir, { recursive: true });
  const namespace = `faults-${uniqueSuffix()}.`;
  const [gatewayPort, ...servicePorts] = ports;
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: engines.kafkaBrokers,
    KAFKA_TOPIC_PREFIX: namespace,
    KAFKA_GROUP_PREFIX: namespace,
    S3_ENDPOINT: `http://127.0.0.1:${engines.ports.minio}`,
    S3_ACCESS_KEY: 'carta',
    S3_SECRET_KEY: 'carta-dev-secret',
    S3_BUCKET: 'carta-faults',
    CARTA_INTERNAL_SECRET: 'faults-internal-secret-0123456789abcdef',
    CARTA_SEALING_KEY: TEST_SEALING_KEY,
    CARTA_PUBLIC_URL: `http://127.0.0.1:${gatewayPort}`,
    CARTA_DEV_AUTH: 'true',
    // The load is one subject at ~20 requests/s plus resends: above the default 1,200 per minute.
    CARTA_RATE_LIMIT_PER_MINUTE: '60000',
    CARTA_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '60000',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  const services = Object.fromEntries(
    SERVICE_NAMES.map((name, index) => [
      name,
      new PlatformProcess(name, servicePorts[index], `services/${name}/src/main.ts`, base, join(logDir, `${name}.log`)),
    ]),
  ) as Record<ServiceName, PlatformProcess>;
  const gateway = new PlatformProcess(
    'gateway',
    gatewayPort,
    'gateway/src/main.ts',
    {
      ...base,
      ...Object.fromEntries(SERVICE_NAMES.map((name) => [`CARTA_SUBGRAPH_${name.toUpperCase()}_URL`, `${services[name].url}/graphql`])),
    },
    join(logDir, 'gateway.log'),
  );
  return { services, gateway, all: [...Object.values(services), gateway], topicPrefix: namespace, groupPrefix: namespace, logDir };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until `probe` is true; resolves with the elapsed milliseconds, or rejects after `timeoutMs`. */
export async function until(what: string, probe: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

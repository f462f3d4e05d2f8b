import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ObjectStore } from '@carta/storage';
import { Response } from 'express';
import { DataSource } from 'typeorm';
import { ConsumersState } from './consumer-joins';
import { Public } from './identity.guard';
import { CONSUMER_STATE, OBJECT_STORE, SERVICE_NAME } from './tokens';

/** Set (true) for a service whose work needs the object store: readiness then checks it too. */
export const READINESS_CHECKS_STORE = Symbol('READINESS_CHECKS_STORE');

/** How long one readiness check may take before it counts as down (a probe must answer in time). */
const CHECK_TIMEOUT_MS = 2_000;

export type CheckResult = 'ok' | 'down' | ConsumersState;
export interface Readiness {
  status: 'ready' | 'not ready';
  checks: Record<string, CheckResult>;
}

/**
 * Runs the checks side by side: each resolves to its state (`ok`, or what it reports) or is `down`
 * when it throws or outlasts the timeout; ready only when every one is `ok` or `ready`.
 */
export async function checkReadiness(checks: Record<string, () => Promise<CheckResult>>, timeoutMs = CHECK_TIMEOUT_MS): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, CheckResult]> => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<CheckResult>((resolve) => (timer = setTimeout(() => resolve('down'), timeoutMs)));
      try {
        return [name, await Promise.race([check().catch((): CheckResult => 'down'), timeout])];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const ready = entries.every(([, state]) => state === 'ok' || state === 'ready');
  return { status: ready ? 'ready' : 'not ready', checks: Object.fromEntries(entries) };
}

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(CONSUMER_STATE) private readonly consumers: () => ConsumersState,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @Optional() @Inject(READINESS_CHECKS_STORE) private readonly checksStore?: boolean,
  ) {}

  /** HTTP answers from start-up on; `consumers` says whether the event consumers have joined their groups yet. */
  @Get()
  async health(): Promise<{ service: string; status: 'ok'; database: 'ok'; consumers: ConsumersState }> {
    await this.dataSource.query('SELECT 1');
    return { service: this.service, status: 'ok', database: 'ok', consumers: this.consumers() };
  }

  /** Liveness: the process answers. Restarting it would not mend a database or broker that is down. */
  @Get('live')
  live(): { service: string; status: 'ok' } {
    return { service: this.service, status: 'ok' };
  }

  /** Readiness: the database answers, every consumer group has joined, and (documents) the store answers; 503 otherwise. */
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const readiness = await checkReadiness({
      database: async () => (await this.dataSource.query('SELECT 1'), 'ok'),
      consumers: async () => this.consumers(),
      ...(this.checksStore ? { objectStore: async () => (await this.store.ensureReady(), 'ok' as const) } : {}),
    });
    res.status(readiness.status === 'ready' ? 200 : 503).json({ service: this.service, ...readiness });
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Type } from '@nestjs/common';

/**
 * Work that time makes necessary (records ageing, reviews falling overdue), run on an interval.
 * One run at a time; `stop` waits for the current one. The interval comes from an environment
 * variable so tests can shorten it.
 */
export class PeriodicJob {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly name: string,
    private readonly intervalVariable: string,
    private readonly defaultIntervalMs: number,
    private readonly work: () => Promise<unknown>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    if (this.timer) return; // a hybrid Nest app bootstraps its modules twice
    const intervalMs = Number(process.env[this.intervalVariable] ?? this.defaultIntervalMs);
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.work()
        .catch((error: Error) => this.logger.error(error)) // the logger keeps its class and code: a database message may carry a value
        .finally(() => (this.running = undefined));
    }, intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

/**
 * A Nest provider that runs `work` on one of the module's services every interval, from bootstrap
 * to shutdown (which waits for a run in progress): the one way a service schedules a sweep.
 */
export function scheduledJob<T>(
  name: string,
  intervalVariable: string,
  defaultIntervalMs: number,
  service: Type<T>,
  work: (service: T) => Promise<unknown>,
): Type<unknown> {
  @Injectable()
  class ScheduledJob implements OnApplicationBootstrap, OnApplicationShutdown {
    private readonly job: PeriodicJob;

    constructor(@Inject(service) target: T) {
      this.job = new PeriodicJob(name, intervalVariable, defaultIntervalMs, () => work(target));
    }

    onApplicationBootstrap(): void {
      this.job.start();
    }

    onApplicationShutdown(): Promise<void> {
      return this.job.stop();
    }
  }
  Object.defineProperty(ScheduledJob, 'name', { value: name });
  return ScheduledJob;
}

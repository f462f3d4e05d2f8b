import { ApolloServerPlugin } from '@apollo/server';
import { componentRegistry, graphqlRequestMetrics, LATENCY_BUCKETS } from '@carta/telemetry';
import { Controller, Get, Res } from '@nestjs/common';
import { ConsumerObserver } from '@carta/messaging';
import { Response } from 'express';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Public } from './identity.guard';

/** Request and handler latencies, in seconds: from a cached lookup to a slow screening. */
/**
 * A service's Prometheus series, in a registry of its own (every series labelled `service`), so six
 * services in one process still answer `/metrics` each with their own. Served on the service's own
 * port, which the gateway never routes: only what reaches the service directly (a scraper inside the
 * deployment) reads it.
 */
export class ServiceMetrics {
  readonly registry: Registry;
  private readonly lag: Gauge<'group' | 'topic' | 'partition'>;
  private readonly transactions: Histogram<'consumer' | 'mode' | 'outcome'>;
  private readonly handled: Counter<'consumer' | 'outcome'>;
  private readonly retries: Counter<'consumer'>;
  private readonly deadLetters: Counter<'consumer' | 'code'>;

  constructor(readonly service: string) {
    this.registry = componentRegistry(service);
    this.lag = new Gauge({
      name: 'carta_consumer_lag',
      help: 'Records a consumer group has yet to handle on a partition (Kafka), as of its latest batch',
      labelNames: ['group', 'topic', 'partition'],
      registers: [this.registry],
    });
    this.transactions = new Histogram({
      name: 'carta_event_handler_duration_seconds',
      help: 'Time to apply events in one transaction: one record (single) or a batch of records (batch)',
      labelNames: ['consumer', 'mode', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.handled = new Counter({
      name: 'carta_events_handled_total',
      help: 'Records handled, by outcome: applied, duplicate (the inbox absorbed it), ignored, dead-lettered',
      labelNames: ['consumer', 'outcome'],
      registers: [this.registry],
    });
    this.retries = new Counter({
      name: 'carta_event_retries_total',
      help: 'Failed handler attempts tried again after a back-off',
      labelNames: ['consumer'],
      registers: [this.registry],
    });
    this.deadLetters = new Counter({
      name: 'carta_dead_letters_total',
      help: 'Records dead-lettered, by error code (CONTRACT_VIOLATION, HANDLER_FAILED)',
      labelNames: ['consumer', 'code'],
      registers: [this.registry],
    });
  }

  /** A counter of the service's own (e.g. uploads refused), registered once by name. */
  counter<L extends string>(name: string, help: string, labelNames: L[] = []): Counter<L> {
    return (this.registry.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** The outbox's backlog and the age of its oldest unpublished row, read from the database at each scrape. */
  watchOutbox(dataSource: DataSource): void {
    const schema = dataSource.driver.schema as string;
    let last: Promise<{ backlog: number; age: number }> | undefined;
    // One query serves both gauges of a scrape.
    const read = () =>
      (last ??= dataSource
        .query(
          `SELECT count(*)::int AS backlog, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age FROM "${schema}"."outbox" WHERE published_at IS NULL`,
        )
        .then(([row]: { backlog: number; age: number }[]) => ({ backlog: Number(row.backlog), age: Number(row.age) }))
        .finally(() => setImmediate(() => (last = undefined))));
    new Gauge({
      name: 'carta_outbox_backlog',
      help: 'Outbox rows committed and not yet published',
      registers: [this.registry],
      async collect() {
        this.set((await read()).backlog);
      },
    });
    new Gauge({
      name: 'carta_outbox_oldest_unpublished_age_seconds',
      help: 'Age of the oldest unpublished outbox row (0 when none waits)',
      registers: [this.registry],
      async collect() {
        this.set((await read()).age);
      },
    });
  }

  /** For KafkaBrokerOptions.onLag. */
  consumerLag(group: string, topic: string, partition: number, lag: number): void {
    this.lag.set({ group, topic, partition: String(partition) }, Math.max(0, lag));
  }

  /** What the service's consumers report (EventTransport's observer). */
  readonly consumers: ConsumerObserver = {
    applied: (consumer, mode, seconds, failed) => this.transactions.observe({ consumer, mode, outcome: failed ? 'failed' : 'ok' }, seconds),
    handled: (consumer, outcome) => this.handled.inc({ consumer, outcome }),
    retried: (consumer) => this.retries.inc({ consumer }),
    deadLettered: (consumer, code) => this.deadLetters.inc({ consumer, code }),
  };

  /** Times each GraphQL request by its operation; names the active span after it. */
  graphqlPlugin(): ApolloServerPlugin {
    return graphqlRequestMetrics(this.registry, this.service);
  }
}

/** `GET /metrics`: the service's registry in Prometheus' text format. */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Get()
  async scrape(@Res() res: Response): Promise<void> {
    res
      .status(200)
      .type(this.metrics.registry.contentType)
      .send(await this.metrics.registry.metrics());
  }
}

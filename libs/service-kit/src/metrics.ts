import { ApolloServerPlugin } from '@apollo/server';
import { Controller, Get, Res } from '@nestjs/common';
import { ConsumerObserver } from '@carta/messaging';
import { trace } from '@opentelemetry/api';
import { Response } from 'express';
import { OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Public } from './identity.guard';

/** Request and handler latencies, in seconds: from a cached lookup to a slow screening. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A service's Prometheus series, in a registry of its own (every series labelled `service`), so six
 * services in one process still answer `/metrics` each with their own. Served on the service's own
 * port, which the gateway never routes: only what reaches the service directly (a scraper inside the
 * deployment) reads it.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Histogram<'type' | 'field' | 'outcome'>;
  private readonly lag: Gauge<'group' | 'topic' | 'partition'>;
  private readonly transactions: Histogram<'consumer' | 'mode' | 'outcome'>;
  private readonly handled: Counter<'consumer' | 'outcome'>;
  private readonly retries: Counter<'consumer'>;
  private readonly deadLetters: Counter<'consumer' | 'code'>;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'carta_' });
    this.requests = new Histogram({
      name: 'carta_graphql_request_duration_seconds',
      help: 'GraphQL requests by operation type and root field (bounded by the schema, not by client-chosen names) and outcome',
      labelNames: ['type', 'field', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
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
    return graphqlRequestMetrics(this.requests, this.service);
  }
}

/**
 * Times a GraphQL request by operation type and first root field (bounded by the schema; a
 * client's operation names are not, and never become labels), and names the request's active span
 * `<service> <type> <field>`. A request that never resolved an operation counts as `(invalid)`.
 */
export function graphqlRequestMetrics(histogram: Histogram<'type' | 'field' | 'outcome'>, service: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      let type = '(invalid)';
      let field = '(invalid)';
      return {
        async didResolveOperation({ operation }) {
          ({ type, field } = describeOperation(operation));
          const span = trace.getActiveSpan();
          span?.updateName(`${service} ${type} ${field}`);
          span?.setAttributes({ 'carta.service': service, 'graphql.operation.type': type, 'carta.graphql.field': field });
        },
        async willSendResponse({ response }) {
          const failed = response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length);
          histogram.observe({ type, field, outcome: failed ? 'error' : 'ok' }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}

/** The operation's type and first root field (`_entities` for the gateway's entity fetches). */
export function describeOperation(operation: OperationDefinitionNode | undefined): { type: string; field: string } {
  if (!operation) return { type: '(invalid)', field: '(invalid)' };
  const first = operation.selectionSet.selections.find((selection) => selection.kind === 'Field');
  return { type: operation.operation, field: first?.kind === 'Field' ? first.name.value : '(fragment)' };
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

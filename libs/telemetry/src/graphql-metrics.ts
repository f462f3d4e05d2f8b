import { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Seconds, from a fast lookup to a slow report. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

let processMetrics: Registry | undefined;

/**
 * Node's own series (memory, CPU, event-loop lag, GC), collected once per process: prom-client's
 * collectors (a GC observer, an event-loop monitor) are never released, so collecting them per
 * registry piled up with every service and every platform a process started.
 */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics, prefix: 'carta_' });
  }
  return processMetrics;
}

/** A process component's Prometheus registry: every series labelled with it, plus the process's own series. */
export function componentRegistry(service: string): Registry {
  const registry = Registry.merge([processRegistry()]);
  registry.setDefaultLabels({ service });
  return registry;
}

/**
 * `carta_graphql_request_duration_seconds`, kept the same way by the gateway and every subgraph:
 * each request timed by operation type and first root field (bounded by the schema; a client's
 * operation names are not, and never become labels); the request's active span is named
 * `<service> <type> <field>`. A request that never resolved an operation counts as `(invalid)`.
 */
export function graphqlRequestMetrics(registry: Registry, service: string): ApolloServerPlugin {
  const name = 'carta_graphql_request_duration_seconds';
  const histogram =
    (registry.getSingleMetric(name) as Histogram<'type' | 'field' | 'outcome'> | undefined) ??
    new Histogram({
      name,
      help: 'GraphQL requests by operation type and root field (bounded by the schema, not by client-chosen names) and outcome',
      labelNames: ['type', 'field', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
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

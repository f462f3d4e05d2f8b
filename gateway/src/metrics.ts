import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * The gateway's Prometheus series. The gateway's own port is the public one, so they are served on a
 * port of their own (`CARTA_METRICS_PORT`), which a deployment keeps inside (not published, not in
 * the ingress); the subgraphs serve theirs on their own ports, which the gateway never routes.
 * (The same series and labels as the services' `ServiceMetrics`: the gateway may not depend on the kit.)
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests: Histogram<'type' | 'field' | 'outcome'>;

  constructor() {
    this.registry.setDefaultLabels({ service: 'gateway' });
    collectDefaultMetrics({ register: this.registry, prefix: 'carta_' });
    this.requests = new Histogram({
      name: 'carta_graphql_request_duration_seconds',
      help: 'GraphQL requests by operation type and root field (bounded by the schema, not by client-chosen names) and outcome',
      labelNames: ['type', 'field', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  /** Times each request by operation and names the active span after it (`gateway <type> <field>`). */
  plugin(): ApolloServerPlugin {
    const histogram = this.requests;
    return {
      async requestDidStart() {
        const started = performance.now();
        let type = '(invalid)';
        let field = '(invalid)';
        return {
          async didResolveOperation({ operation }) {
            ({ type, field } = describeOperation(operation));
            trace.getActiveSpan()?.updateName(`gateway ${type} ${field}`);
          },
          async willSendResponse({ response }) {
            const failed = response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length);
            histogram.observe({ type, field, outcome: failed ? 'error' : 'ok' }, (performance.now() - started) / 1000);
          },
        };
      },
    };
  }

  /** A listener that answers `GET /metrics` and nothing else. */
  async listen(port: number, host: string): Promise<{ url: string; close(): Promise<void> }> {
    const server: Server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"NOT_FOUND"}');
        return;
      }
      this.registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve, reject) => server.listen(port, host, resolve).on('error', reject));
    const bound = (server.address() as AddressInfo).port;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }
}

function describeOperation(operation: OperationDefinitionNode | undefined): { type: string; field: string } {
  if (!operation) return { type: '(invalid)', field: '(invalid)' };
  const first = operation.selectionSet.selections.find((selection) => selection.kind === 'Field');
  return { type: operation.operation, field: first?.kind === 'Field' ? first.name.value : '(fragment)' };
}

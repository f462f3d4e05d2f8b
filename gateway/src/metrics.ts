import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServerPlugin } from '@apollo/server';
import { componentRegistry, graphqlRequestMetrics } from '@carta/telemetry';

/**
 * The gateway's Prometheus series. The gateway's own port is the public one, so they are served on a
 * port of their own (`CARTA_METRICS_PORT`), which a deployment keeps inside (not published, not in
 * the ingress); the subgraphs serve theirs on their own ports, which the gateway never routes.
 */
export class GatewayMetrics {
  readonly registry = componentRegistry('gateway');

  /** Times each request by operation and names the active span after it (`gateway <type> <field>`). */
  plugin(): ApolloServerPlugin {
    return graphqlRequestMetrics(this.registry, 'gateway');
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

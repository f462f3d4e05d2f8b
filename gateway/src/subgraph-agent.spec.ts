import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { subgraphAgent, subgraphFetcher } from './subgraph-fetcher';

/** A stalled subgraph must not be buried under new sockets, and a call to it must end. */
describe('subgraphAgent', () => {
  let server: Server;
  let url: string;
  let connections = 0;
  const stalled: ServerResponse[] = [];

  beforeAll(async () => {
    // Reads each request and never answers, like a subgraph whose database is stuck.
    server = createServer((req: IncomingMessage, res) => {
      req.resume();
      stalled.push(res);
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('opens at most its bound of connections to one subgraph; further calls queue', async () => {
    const agent = subgraphAgent({ connections: 8, timeoutMs: 60_000 });
    const fetcher = subgraphFetcher(agent);
    connections = 0;
    const calls = Array.from({ length: 100 }, () => fetcher(url, { method: 'POST', body: '{}' }).catch((error: Error) => error));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(connections).toBe(8);
    await agent.destroy();
    await Promise.all(calls);
  });

  it('fails a call the subgraph does not answer in time', async () => {
    const agent = subgraphAgent({ timeoutMs: 300 });
    const started = Date.now();
    await expect(subgraphFetcher(agent)(url, { method: 'POST', body: '{}' })).rejects.toThrow(/timeout/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    await agent.destroy();
  });
});

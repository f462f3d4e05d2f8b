import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { context, propagation, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { Agent } from 'undici';
import express from 'express';
import { subgraphFetcher, whileClientWaits } from './subgraph-fetcher';

describe('subgraphFetcher', () => {
  let server: Server;
  let url: string;
  let connections = 0;
  let slowCallsClosed = 0;
  const agent = new Agent();
  const fetcher = subgraphFetcher(agent);

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/slow') {
          // Never answers: the caller must give up. Noted when the gateway closes the call.
          res.on('close', () => slowCallsClosed++);
          return;
        }
        if (req.url === '/down') {
          res.statusCode = 503;
          res.setHeader('content-type', 'text/plain');
          res.end('subgraph down');
          return;
        }
        res.setHeader('content-type', 'application/json');
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end(
          JSON.stringify({
            data: { method: req.method, identity: req.headers['x-carta-identity'], traceparent: req.headers.traceparent, body: JSON.parse(body) },
          }),
        );
      });
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await agent.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the method, headers and body, and answers like fetch', async () => {
    const answer = await fetcher(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-carta-identity': 'signed' },
      body: '{"query":"{ a }"}',
    });
    expect(answer).toMatchObject({ status: 200, ok: true, statusText: 'OK', url: `${url}/graphql` });
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(await answer.json()).toEqual({ data: { method: 'POST', identity: 'signed', body: { query: '{ a }' } } });
  });

  it("carries the active span's context as a W3C traceparent, and none without one", async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    try {
      const span = trace.wrapSpanContext({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: TraceFlags.SAMPLED });
      const traced = await context.with(trace.setSpan(context.active(), span), () => fetcher(`${url}/graphql`, { method: 'POST', body: '{}' }));
      expect(await traced.json()).toMatchObject({ data: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' } });
      const untraced = (await (await fetcher(`${url}/graphql`, { method: 'POST', body: '{}' })).json()) as { data: object };
      expect(untraced.data).not.toHaveProperty('traceparent');
    } finally {
      propagation.disable();
      context.disable();
    }
  });

  it('reuses one kept-alive connection for consecutive requests', async () => {
    const before = connections;
    for (let i = 0; i < 5; i++) await (await fetcher(`${url}/graphql`, { method: 'POST', body: '{}' })).text();
    expect(connections - before).toBeLessThanOrEqual(1);
  });

  it('answers a failing subgraph with its status, not a rejection', async () => {
    const answer = await fetcher(`${url}/down`, { method: 'POST', body: '{}' });
    expect(answer).toMatchObject({ status: 503, ok: false, statusText: 'Service Unavailable' });
    expect(await answer.text()).toBe('subgraph down');
  });

  it('rejects when the subgraph cannot be reached', async () => {
    await expect(fetcher('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it("abandons a request's subgraph calls when its client disconnects before the answer", async () => {
    const gateway = express().post('/graphql', whileClientWaits, async (_req, res) => {
      const answer = await fetcher(`${url}/slow`, { method: 'POST', body: '{}' }).catch((error: Error) => error);
      if (!res.headersSent) res.json({ answer: String(answer) });
    });
    const listening = gateway.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    try {
      const client = new AbortController();
      const call = fetch(`http://127.0.0.1:${(listening.address() as AddressInfo).port}/graphql`, { method: 'POST', signal: client.signal }).catch(
        () => 'gone',
      );
      const before = slowCallsClosed;
      await new Promise((resolve) => setTimeout(resolve, 200)); // the subgraph call is waiting now
      client.abort();
      expect(await call).toBe('gone');
      const deadline = Date.now() + 2_000;
      while (slowCallsClosed === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(slowCallsClosed).toBe(before + 1);
    } finally {
      listening.closeAllConnections();
      await new Promise((resolve) => listening.close(resolve));
    }
  });
});

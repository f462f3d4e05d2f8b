import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { calendarSubscriptionsProxy } from './calendar-subscriptions';

/** The gateway's calendar route against a real HTTP upstream standing in for travel's `/calendars` route. */
describe('calendarSubscriptionsProxy', () => {
  const token = 'a'.repeat(40) + '_-Z';
  let upstream: Server;
  let gateway: Server;
  let base: string;
  const seen: string[] = [];

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen.push(req.url ?? '');
      if (req.url === `/calendars/${token}.ics`) {
        res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-store', 'x-internal': 'secret' });
        res.end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"code":"NOT_FOUND"}');
      }
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const travelUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/graphql`;
    const app = express();
    app.get(
      '/calendars/travel/:file',
      calendarSubscriptionsProxy(() => travelUrl),
    );
    gateway = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => gateway.close(resolve));
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('passes a subscription fetch to travel and its calendar back, with only the headers a calendar needs', async () => {
    const answer = await fetch(`${base}/calendars/travel/${token}.ics?x=1`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-internal')).toBeNull();
    expect(await answer.text()).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    // The query is not passed on: only the token's own path.
    expect(seen.at(-1)).toBe(`/calendars/${token}.ics`);
  });

  it('answers 404 itself for anything not shaped like a token, without asking travel', async () => {
    const before = seen.length;
    for (const file of ['short.ics', `${token}.txt`, `${'a'.repeat(42)}%2F.ics`]) expect((await fetch(`${base}/calendars/travel/${file}`)).status).toBe(404);
    expect(seen.length).toBe(before);
    // A well-formed but unknown token is travel's to refuse.
    expect((await fetch(`${base}/calendars/travel/${'b'.repeat(43)}.ics`)).status).toBe(404);
    expect(seen.length).toBe(before + 1);
  });
});

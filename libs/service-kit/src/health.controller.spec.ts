import { ObjectStore } from '@carta/storage';
import { Response } from 'express';
import { DataSource } from 'typeorm';
import { ConsumersState } from './consumer-joins';
import { checkReadiness, HealthController } from './health.controller';

/** What the controller answered: status and body. */
function answer() {
  const sent: { status?: number; body?: unknown } = {};
  const res = {
    status(code: number) {
      sent.status = code;
      return res;
    },
    json(body: unknown) {
      sent.body = body;
      return res;
    },
  };
  return { res: res as unknown as Response, sent };
}

function controller(options: { database: () => Promise<unknown>; consumers?: ConsumersState; store?: () => Promise<void>; checksStore?: boolean }) {
  const dataSource = { query: options.database } as unknown as DataSource;
  const store = { ensureReady: options.store ?? (async () => undefined) } as unknown as ObjectStore;
  return new HealthController(dataSource, 'documents', () => options.consumers ?? 'ready', store, options.checksStore);
}

describe('readiness', () => {
  it('is 200 when the database answers, the consumers have joined and the store answers', async () => {
    const { res, sent } = answer();
    await controller({ database: async () => [{ '?column?': 1 }], checksStore: true }).ready(res);
    expect(sent).toEqual({ status: 200, body: { service: 'documents', status: 'ready', checks: { database: 'ok', consumers: 'ready', objectStore: 'ok' } } });
  });

  it('is 503 when the database is unreachable', async () => {
    const { res, sent } = answer();
    await controller({
      database: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      },
    }).ready(res);
    expect(sent.status).toBe(503);
    expect(sent.body).toEqual({ service: 'documents', status: 'not ready', checks: { database: 'down', consumers: 'ready' } });
    // Why it is down stays in the logs' domain: the probe's answer names no host or message.
    expect(JSON.stringify(sent.body)).not.toContain('ECONNREFUSED');
  });

  it('is 503 while consumer groups are still joining, and when the store (documents) is down', async () => {
    const joining = answer();
    await controller({ database: async () => [], consumers: 'joining' }).ready(joining.res);
    expect(joining.sent).toMatchObject({ status: 503, body: { checks: { consumers: 'joining' } } });

    const storeDown = answer();
    await controller({
      database: async () => [],
      checksStore: true,
      store: async () => {
        throw new Error('S3 unreachable');
      },
    }).ready(storeDown.res);
    expect(storeDown.sent).toMatchObject({ status: 503, body: { checks: { objectStore: 'down' } } });
  });

  it('counts a check that outlasts its timeout as down', async () => {
    const readiness = await checkReadiness({ database: () => new Promise(() => undefined), consumers: async () => 'ready' }, 20);
    expect(readiness).toEqual({ status: 'not ready', checks: { database: 'down', consumers: 'ready' } });
  });

  it('keeps liveness to the process itself', () => {
    const live = controller({
      database: async () => {
        throw new Error('down');
      },
    }).live();
    expect(live).toEqual({ service: 'documents', status: 'ok' });
  });
});

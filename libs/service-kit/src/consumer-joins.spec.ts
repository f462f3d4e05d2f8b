import { MessageBroker, Subscription } from '@carta/messaging';
import pino from 'pino';
import { BackgroundJoins } from './consumer-joins';

const silent = pino({ level: 'silent' });
const subscription = (groupId: string): Subscription => ({ groupId, topic: 't', handle: async () => undefined });

/** A broker whose subscribe() the test settles by hand. */
class ScriptedBroker implements MessageBroker {
  readonly calls: { groupId: string; resolve(): void; reject(error: Error): void }[] = [];
  closed = 0;
  publish = async () => undefined;
  subscribe(s: Subscription): Promise<void> {
    return new Promise((resolve, reject) => this.calls.push({ groupId: s.groupId, resolve, reject }));
  }
  async close() {
    this.closed++;
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('BackgroundJoins', () => {
  it('returns from subscribe at once and says joining until the join is done', async () => {
    const inner = new ScriptedBroker();
    const joins = new BackgroundJoins(inner, silent, { ownsInner: true });
    await joins.subscribe(subscription('g1'));
    expect(joins.state()).toEqual({ consumers: 'joining', groups: { g1: 'joining' } });
    inner.calls[0].resolve();
    await flush();
    expect(joins.state().consumers).toBe('ready');
  });

  it('logs a failed join, says failed and retries after the back-off until it joins', async () => {
    const inner = new ScriptedBroker();
    const joins = new BackgroundJoins(inner, silent, { ownsInner: true, backoff: { initialMs: 1, maxMs: 1 } });
    await joins.subscribe(subscription('g1'));
    inner.calls[0].reject(new Error('connection refused'));
    await flush();
    expect(joins.state().consumers).toBe('failed');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(inner.calls).toHaveLength(2);
    inner.calls[1].resolve();
    await flush();
    expect(joins.state().consumers).toBe('ready');
  });

  it('follows the broker’s membership reports: a rebalance is joining, a crash without restart is failed', async () => {
    const inner = new ScriptedBroker();
    const joins = new BackgroundJoins(inner, silent, { ownsInner: true });
    await joins.subscribe(subscription('g1'));
    await joins.subscribe(subscription('g2'));
    joins.membership('g1', { state: 'joined' });
    inner.calls[0].resolve();
    await flush();
    expect(joins.state()).toEqual({ consumers: 'joining', groups: { g1: 'ready', g2: 'joining' } });
    // kafkajs' run() also returns after a crashed first join: a reported crash is not overwritten by "ready".
    joins.membership('g2', { state: 'crashed', restart: false, error: new Error('not authorized') });
    inner.calls[1].resolve();
    await flush();
    expect(joins.state().consumers).toBe('failed');
    joins.membership('g1', { state: 'rebalancing' });
    expect(joins.state().groups.g1).toBe('joining');
  });

  it('close() cuts a long back-off short and closes only a broker it owns', async () => {
    const inner = new ScriptedBroker();
    const joins = new BackgroundJoins(inner, silent, { ownsInner: true, backoff: { initialMs: 3_600_000, maxMs: 3_600_000 } });
    await joins.subscribe(subscription('g1'));
    inner.calls[0].reject(new Error('broker not ready'));
    await flush();
    // Without the abort this would wait an hour (and the test time out).
    await joins.close();
    expect(inner.calls).toHaveLength(1);
    expect(inner.closed).toBeGreaterThan(0);

    const shared = new ScriptedBroker();
    const notOwned = new BackgroundJoins(shared, silent, { ownsInner: false });
    await notOwned.close();
    expect(shared.closed).toBe(0);
  });
});

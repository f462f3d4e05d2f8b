import { IncomingRecord } from '../broker';
import { InProcessBroker } from './in-process-broker';

const record = (value: string) => ({ topic: 'carta.test.lanes.v1', key: 'k', value, headers: {} });
/** Delivery is asynchronous: wait (at most a second) until the lanes have what the test expects. */
const until = async (done: () => boolean) => {
  for (let waited = 0; !done() && waited < 1_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('the in-process broker', () => {
  it('gives a late subscription what its topic already holds, then what follows, in order and once', async () => {
    const broker = new InProcessBroker();
    const early: string[] = [];
    const late: string[] = [];
    const collect = (into: string[]) => async (incoming: IncomingRecord) => void into.push(`${incoming.offset}:${incoming.value}`);
    await broker.subscribe({ groupId: 'early', topic: 'carta.test.lanes.v1', handle: collect(early) });
    await broker.publish([record('a'), record('b'), { ...record('other'), topic: 'carta.test.other.v1' }]);
    await broker.subscribe({ groupId: 'late', topic: 'carta.test.lanes.v1', handle: collect(late) });
    await broker.publish([record('c')]);
    await until(() => early.length === 3 && late.length === 3);
    await broker.close();
    expect(early).toEqual(['0:a', '1:b', '2:c']);
    expect(late).toEqual(['0:a', '1:b', '2:c']);
  });

  it('keeps a bounded history for late subscriptions, with offsets that keep counting', async () => {
    const broker = new InProcessBroker(2);
    await broker.publish([record('a'), record('b'), record('c')]);
    const late: string[] = [];
    await broker.subscribe({
      groupId: 'late',
      topic: 'carta.test.lanes.v1',
      handle: async (incoming) => void late.push(`${incoming.offset}:${incoming.value}`),
    });
    await until(() => late.length === 2);
    await broker.close();
    expect(late).toEqual(['1:b', '2:c']);
  });
});

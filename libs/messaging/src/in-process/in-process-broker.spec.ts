import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IncomingRecord, Subscription } from '../broker';
import { InProcessBroker } from './in-process-broker';

const TOPIC = 'carta.test.lanes.v1';
const record = (value: string) => ({ topic: TOPIC, key: 'k', value, headers: { ce_id: value } });
/** Delivery is asynchronous: wait (at most two seconds) until the lanes have what the test expects. */
const until = async (done: () => boolean) => {
  for (let waited = 0; !done() && waited < 2_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
};
const seen = (incoming: IncomingRecord) => `${incoming.offset}:${incoming.value}`;
/** A subscription that reports every record done as it is handed over, one at a time. */
const collecting = (groupId: string, into: string[]): Subscription => ({ groupId, topic: TOPIC, handle: async (incoming) => void into.push(seen(incoming)) });

describe('the in-process broker', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'carta-bus-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a late subscription what its topic already holds, then what follows, in order and once', async () => {
    const broker = new InProcessBroker();
    const early: string[] = [];
    const late: string[] = [];
    await broker.subscribe(collecting('early', early));
    await broker.publish([record('a'), record('b'), { ...record('other'), topic: 'carta.test.other.v1' }]);
    await broker.subscribe(collecting('late', late));
    await broker.publish([record('c')]);
    await until(() => early.length === 3 && late.length === 3);
    await broker.close();
    expect(early).toEqual(['0:a', '1:b', '2:c']);
    expect(late).toEqual(['0:a', '1:b', '2:c']);
  });

  it('keeps a bounded history for new groups, with offsets that keep counting', async () => {
    const broker = new InProcessBroker({ retention: 2 });
    await broker.publish([record('a'), record('b'), record('c')]);
    const late: string[] = [];
    await broker.subscribe(collecting('late', late));
    await until(() => late.length === 2);
    await broker.close();
    expect(late).toEqual(['1:b', '2:c']);
  });

  it('after a restart, resumes each group where it last reported done: nothing published is lost, beyond retention too', async () => {
    const file = join(dir, 'bus.sqlite');
    const first = new InProcessBroker({ file, retention: 1, maxRetryDelayMs: 20 });
    const applied: string[] = [];
    await first.subscribe(collecting('steady', applied));
    // `stalled` takes its batch but reports nothing done, as a process killed mid-batch would.
    let stalledGot = 0;
    await first.subscribe({
      groupId: 'stalled',
      topic: TOPIC,
      handle: async () => undefined,
      handleBatch: async (records) => void (stalledGot += records.length),
    });
    await first.publish([record('a'), record('b'), record('c')]);
    await until(() => applied.length === 3 && stalledGot >= 3);
    await first.close();

    const second = new InProcessBroker({ file, retention: 1 });
    const steadyAgain: string[] = [];
    const stalledAgain: string[] = [];
    await second.publish([record('d')]);
    await second.subscribe(collecting('steady', steadyAgain));
    await second.subscribe(collecting('stalled', stalledAgain));
    await until(() => steadyAgain.length === 1 && stalledAgain.length === 4);
    await second.close();
    expect(steadyAgain).toEqual(['3:d']);
    // Two records older than the retention window stayed because this group had not applied them.
    expect(stalledAgain).toEqual(['0:a', '1:b', '2:c', '3:d']);
  });

  it('offers a delivery that threw again from the first record not done, instead of skipping it', async () => {
    const broker = new InProcessBroker({ maxRetryDelayMs: 20 });
    const handed: string[][] = [];
    let failed = false;
    await broker.subscribe({
      groupId: 'flaky',
      topic: TOPIC,
      handle: async () => undefined,
      handleBatch: async (records, controls) => {
        handed.push(records.map(seen));
        for (const incoming of records) {
          if (incoming.value === 'b' && !failed) {
            failed = true;
            throw new Error('database went away');
          }
          await controls.done(incoming);
        }
      },
    });
    await broker.publish([record('a'), record('b'), record('c')]);
    await until(() => handed.length === 2);
    await broker.close();
    expect(handed).toEqual([
      ['0:a', '1:b', '2:c'],
      ['1:b', '2:c'],
    ]);
  });

  it('gives a group to its newest subscription only, once the previous one finished its delivery', async () => {
    const broker = new InProcessBroker();
    const old: string[] = [];
    const replacement: string[] = [];
    await broker.subscribe(collecting('service', old));
    await broker.publish([record('a')]);
    await until(() => old.length === 1);
    await broker.subscribe(collecting('service', replacement));
    await broker.publish([record('b')]);
    await until(() => replacement.length === 1);
    await broker.close();
    expect(old).toEqual(['0:a']);
    expect(replacement).toEqual(['1:b']);
  });

  it('refuses to publish once closed', async () => {
    const broker = new InProcessBroker();
    await broker.close();
    await expect(broker.publish([record('a')])).rejects.toThrow('closed');
  });
});

import { IncomingRecord, MessageBroker, OutgoingRecord, Subscription } from '../broker';

interface Lane {
  subscription: Subscription;
  queue: IncomingRecord[];
  draining?: Promise<void>;
}

/**
 * The embedded-mode adapter: topics live in memory for one process. Publishing only enqueues, so a
 * relay holding its transaction never waits on a consumer; each subscription drains its own lane
 * in order, like one Kafka consumer group on one partition.
 */
export class InProcessBroker implements MessageBroker {
  private readonly lanes: Lane[] = [];
  private readonly offsets = new Map<string, number>();
  private closed = false;

  async publish(records: OutgoingRecord[]): Promise<void> {
    if (this.closed) throw new Error('in-process broker is closed');
    for (const record of records) {
      const offset = this.offsets.get(record.topic) ?? 0;
      this.offsets.set(record.topic, offset + 1);
      const incoming: IncomingRecord = { topic: record.topic, partition: 0, offset: String(offset), key: record.key, value: record.value, headers: { ...record.headers } };
      for (const lane of this.lanes) {
        if (lane.subscription.topic === record.topic) {
          lane.queue.push(incoming);
          this.drain(lane);
        }
      }
    }
  }

  async subscribe(subscription: Subscription): Promise<void> {
    this.lanes.push({ subscription, queue: [] });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.lanes.map((lane) => lane.draining));
  }

  private drain(lane: Lane): void {
    if (lane.draining) return;
    lane.draining = (async () => {
      while (lane.queue.length > 0 && !this.closed) {
        const record = lane.queue[0];
        await lane.subscription.handle(record, { heartbeat: async () => undefined }).catch(() => undefined);
        lane.queue.shift();
      }
      lane.draining = undefined;
    })();
  }
}

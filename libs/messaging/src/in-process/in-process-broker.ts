import { IncomingRecord, MessageBroker, OutgoingRecord, Subscription } from '../broker';

interface Lane {
  subscription: Subscription;
  queue: IncomingRecord[];
  draining?: Promise<void>;
}

/**
 * The embedded-mode adapter: topics live in memory for one process. Publishing only enqueues, so a
 * relay holding its transaction never waits on a consumer; each subscription drains its own lane
 * in order, like one Kafka consumer group on one partition. Like a new Kafka consumer group reading
 * from the earliest offset, a subscription made later first receives what its topic already holds:
 * services start one after another, and one that subscribes after another's seed events still
 * hears them (the inbox makes any repeat harmless). Like Kafka, it retains a bounded history, so a
 * long-running embedded platform does not grow without limit.
 */
export class InProcessBroker implements MessageBroker {
  private readonly lanes: Lane[] = [];
  private readonly topics = new Map<string, { next: number; retained: IncomingRecord[] }>();
  private closed = false;

  /** @param retention records kept per topic for subscriptions made later (the oldest go first) */
  constructor(private readonly retention = 10_000) {}

  async publish(records: OutgoingRecord[]): Promise<void> {
    if (this.closed) throw new Error('in-process broker is closed');
    for (const record of records) {
      const log = this.topics.get(record.topic) ?? { next: 0, retained: [] };
      this.topics.set(record.topic, log);
      const incoming: IncomingRecord = {
        topic: record.topic,
        partition: 0,
        offset: String(log.next++),
        key: record.key,
        value: record.value,
        headers: { ...record.headers },
      };
      log.retained.push(incoming);
      if (log.retained.length > this.retention) log.retained.shift();
      for (const lane of this.lanes) {
        if (lane.subscription.topic === record.topic) {
          lane.queue.push(incoming);
          this.drain(lane);
        }
      }
    }
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const lane: Lane = { subscription, queue: [...(this.topics.get(subscription.topic)?.retained ?? [])] };
    this.lanes.push(lane);
    this.drain(lane);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.lanes.map((lane) => lane.draining));
  }

  private drain(lane: Lane): void {
    if (lane.draining || lane.queue.length === 0) return;
    // Cleared in `finally`, which always runs after this assignment (never synchronously inside it).
    lane.draining = this.deliver(lane).finally(() => {
      lane.draining = undefined;
      if (!this.closed) this.drain(lane);
    });
  }

  private async deliver(lane: Lane): Promise<void> {
    const heartbeat = async () => undefined;
    while (lane.queue.length > 0 && !this.closed) {
      const handleBatch = lane.subscription.handleBatch;
      if (!handleBatch) {
        await lane.subscription.handle(lane.queue[0], { heartbeat }).catch(() => undefined);
        lane.queue.shift();
        continue;
      }
      // What is queued now is the batch, as a Kafka fetch would return it; `done` moves the lane on.
      const batch = lane.queue.slice();
      let done = 0;
      const finished = await handleBatch
        .call(lane.subscription, batch, {
          heartbeat,
          active: () => !this.closed,
          done: async (record) => void (done = Math.max(done, batch.indexOf(record) + 1)),
        })
        .then(
          () => true,
          () => false,
        );
      // Like `handle` above, a record whose delivery threw is not offered again.
      lane.queue.splice(0, finished ? batch.length : Math.max(done, 1));
    }
  }
}

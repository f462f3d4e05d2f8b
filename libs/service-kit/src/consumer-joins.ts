import { setTimeout as sleep } from 'node:timers/promises';
import { MembershipChange, MessageBroker, OutgoingRecord, Subscription } from '@carta/messaging';
import { Log } from './logging';

/** What `/health` says of a service's consumer groups: `ready` once every group has joined. */
export type ConsumersState = 'joining' | 'ready' | 'failed';

export interface JoinBackoff {
  initialMs: number;
  maxMs: number;
}

const DEFAULT_BACKOFF: JoinBackoff = { initialMs: 500, maxMs: 30_000 };

/**
 * Lets a service serve HTTP without waiting for its consumer groups: `subscribe` returns at once and
 * the group joins in the background; a failed join is logged and retried with a back-off that
 * close() cuts short. The state per group comes from the broker's membership reports when it makes
 * them (Kafka), otherwise from the subscription's own outcome (the in-process broker).
 */
export class BackgroundJoins implements MessageBroker {
  private readonly groups = new Map<string, { state: ConsumersState; reported: boolean }>();
  private readonly attempts = new Set<Promise<void>>();
  private readonly stopping = new AbortController();

  /** `ownsInner`: close() closes the wrapped broker too (a service's own Kafka client, not a shared in-process bus). */
  constructor(
    private readonly inner: MessageBroker,
    private readonly log: Log,
    private readonly options: { ownsInner: boolean; backoff?: JoinBackoff },
  ) {}

  get system(): string | undefined {
    return this.inner.system;
  }

  publish(records: OutgoingRecord[]): Promise<void> {
    return this.inner.publish(records);
  }

  subscribe(subscription: Subscription): Promise<void> {
    this.groups.set(subscription.groupId, { state: 'joining', reported: false });
    const attempt = this.joinUntilDone(subscription).finally(() => this.attempts.delete(attempt));
    this.attempts.add(attempt);
    return Promise.resolve();
  }

  /** The broker's membership reports (KafkaBrokerOptions.onMembership): they keep the state truthful after the first join. */
  membership(groupId: string, change: MembershipChange): void {
    const group = this.groups.get(groupId) ?? { state: 'joining' as ConsumersState, reported: false };
    group.reported = true;
    if (change.state === 'joined') group.state = 'ready';
    else if (change.state === 'rebalancing') group.state = 'joining';
    else if (change.state === 'crashed') {
      // kafkajs rejoins by itself after a retriable crash; otherwise the group stays failed (and says so).
      group.state = change.restart ? 'joining' : 'failed';
      if (!this.stopping.signal.aborted) this.log.warn({ group: groupId, restart: change.restart, error: change.error.message }, 'consumer group crashed');
    }
    this.groups.set(groupId, group);
  }

  /** `failed` if any group is, `joining` while any is, else `ready`. */
  state(): { consumers: ConsumersState; groups: Record<string, ConsumersState> } {
    const groups = Object.fromEntries([...this.groups].map(([groupId, group]) => [groupId, group.state]));
    const states = Object.values(groups);
    const consumers = states.includes('failed') ? 'failed' : states.includes('joining') ? 'joining' : 'ready';
    return { consumers, groups };
  }

  /** Cuts retry back-offs short, then closes the wrapped broker (its consumers leave their groups). */
  async close(): Promise<void> {
    this.stopping.abort();
    if (this.options.ownsInner) await this.inner.close();
    await Promise.allSettled([...this.attempts]);
    // A join that was still connecting when the broker closed made a consumer after it: close that one too.
    if (this.options.ownsInner) await this.inner.close();
  }

  private async joinUntilDone(subscription: Subscription): Promise<void> {
    const backoff = this.options.backoff ?? DEFAULT_BACKOFF;
    for (let attempt = 1; !this.stopping.signal.aborted; attempt++) {
      try {
        await this.inner.subscribe(subscription);
        const group = this.groups.get(subscription.groupId);
        if (group && !group.reported) group.state = 'ready';
        return;
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        const group = this.groups.get(subscription.groupId);
        if (group) group.state = 'failed';
        const delayMs = Math.min(backoff.maxMs, backoff.initialMs * 2 ** (attempt - 1));
        this.log.warn({ group: subscription.groupId, attempt, retryInMs: delayMs, error: (error as Error).message }, 'consumer group could not join; retrying');
        await sleep(delayMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }
}

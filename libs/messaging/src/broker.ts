/** A record as it goes onto a topic. */
export interface OutgoingRecord {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A record as a subscription receives it. */
export interface IncomingRecord {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export interface DeliveryControls {
  /** Keeps the consumer's group membership alive during long work. */
  heartbeat(): Promise<void>;
}

export interface BatchControls extends DeliveryControls {
  /** `record` and every record before it in the batch are done with: their offsets may be committed. */
  done(record: IncomingRecord): Promise<void>;
  /** False once the batch should stop early (rebalance, shutdown): what is not done is delivered again. */
  active(): boolean;
}

/** One consumer group reading one topic: a slow topic never stalls another subscription. */
export interface Subscription {
  groupId: string;
  topic: string;
  /** Resolves when the record is done with (applied, ignored or dead-lettered); then its offset is committed. */
  handle(record: IncomingRecord, controls: DeliveryControls): Promise<void>;
  /**
   * When present, the adapter hands over one partition's records at a time, in offset order, and
   * commits offsets as `done` reports them; resolving means every record is done with.
   */
  handleBatch?(records: IncomingRecord[], controls: BatchControls): Promise<void>;
}

/** The port both the Kafka adapter and the in-process adapter implement. */
export interface MessageBroker {
  /** The messaging system, as traces name it (`kafka`); unset for the in-process bus. */
  readonly system?: string;
  /** Resolves once every record is durably accepted (acks=all on Kafka). */
  publish(records: OutgoingRecord[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<void>;
  /** Stops consuming after in-flight records finish, then disconnects. */
  close(): Promise<void>;
}

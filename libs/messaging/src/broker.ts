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

/** One consumer group reading one topic: a slow topic never stalls another subscription. */
export interface Subscription {
  groupId: string;
  topic: string;
  /** Resolves when the record is done with (applied, ignored or dead-lettered); then its offset is committed. */
  handle(record: IncomingRecord, controls: DeliveryControls): Promise<void>;
}

/** The port both the Kafka adapter and the in-process adapter implement. */
export interface MessageBroker {
  /** Resolves once every record is durably accepted (acks=all on Kafka). */
  publish(records: OutgoingRecord[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<void>;
  /** Stops consuming after in-flight records finish, then disconnects. */
  close(): Promise<void>;
}

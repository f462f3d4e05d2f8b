import { CloudEvent, Kafka, KafkaMessage } from 'cloudevents';
import { Catalogue } from './catalogue';

/** One Kafka record as read off a topic, every header as text. */
export interface RawRecord {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export type CartaEvent = CloudEvent<Record<string, unknown>>;

export class UndecodableRecord extends Error {
  constructor(
    readonly record: Pick<RawRecord, 'topic' | 'partition' | 'offset'>,
    problems: string[],
  ) {
    super(`${record.topic}/${record.partition}/${record.offset}: ${problems.join('; ')}`);
    this.name = 'UndecodableRecord';
  }
}

/**
 * A record as a CloudEvent, through the official SDK's Kafka binding (structured mode: the value is
 * the whole envelope), checked against CloudEvents 1.0 and then its `data` against the type's published schema.
 */
export function decode(record: RawRecord, catalogue: Catalogue): CartaEvent {
  let event: CartaEvent;
  try {
    const message: KafkaMessage<string | null> = { key: record.key ?? '', value: record.value, headers: record.headers, body: record.value };
    event = Kafka.toEvent(message) as CartaEvent;
    event.validate();
  } catch (error) {
    throw new UndecodableRecord(record, [`not a CloudEvent: ${(error as Error).message}`]);
  }
  const problems = catalogue.problems(event.type, event.data);
  if (event.subject !== record.key) problems.push(`the key ${record.key} is not the subject ${event.subject}`);
  if (problems.length > 0) throw new UndecodableRecord(record, problems);
  return event;
}

/**
 * Writes the AsyncAPI 3.0 document of Carta's Kafka topics (docs/events/asyncapi.yaml) from the event
 * catalogue: one channel per topic and one per dead-letter topic, one message per CloudEvents type whose
 * `data` is the JSON Schema `npm run event-schemas` writes, the Kafka headers and key the relay really
 * sends, and what an analyst's consumer does. `--check` fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deadLetterTopic, EVENT_CATALOG, envelopeSchema, newEvent, Topics } from '@carta/contracts';
import { toRecord } from '@carta/messaging';
import { stringify } from 'yaml';
import { z } from 'zod';
import { eventSchemas } from './event-schemas';

export const ASYNCAPI_FILE = join(__dirname, '..', 'docs', 'events', 'asyncapi.yaml');

const KAFKA_BINDING = '0.5.0';

/** What each header the relay sets means; a header the relay sends that is not described here fails the build. */
const RECORD_HEADERS: Record<string, (type: string) => Record<string, unknown>> = {
  'content-type': () => ({
    type: 'string',
    const: 'application/cloudevents+json',
    description: 'CloudEvents structured content mode: the record value is the whole envelope as JSON.',
  }),
  ce_id: () => ({ type: 'string', description: "The envelope's `id` (a copy for routing without parsing the value; the value is authoritative)." }),
  ce_type: (type) => ({ type: 'string', const: type, description: "The envelope's `type`, so a consumer can skip records without parsing them." }),
  traceparent: () => ({ type: 'string', description: 'W3C trace context of the change that produced the event.' }),
};

/** The headers a consumer's dead-lettering adds to the original record's (libs/messaging event-consumer.ts). */
const DEAD_LETTER_HEADERS: Record<string, string> = {
  'carta-dlq-error-code': 'CONTRACT_VIOLATION (unreadable or breaks its schema: dead-lettered at once) or HANDLER_FAILED (after the retries).',
  'carta-dlq-error': 'What failed, without values: the broken rule, a domain refusal, or an error class and SQLSTATE.',
  'carta-dlq-consumer': 'The consumer group that gave up on the record.',
  'carta-dlq-origin-topic': 'The topic the record was read from.',
  'carta-dlq-origin-partition': 'Its partition there.',
  'carta-dlq-origin-offset': 'Its offset there.',
  'carta-dlq-attempts': 'How many times the handler ran.',
};

/** What an analyst must know of one topic beyond its events. */
const TOPIC_NOTES: Record<string, string> = {
  [Topics.intakePerson]:
    ' Each identity is sealed (AES-256-GCM under the platform key, CARTA_SEALING_KEY): an analyst reads ciphertext, never a name, birth date or passport.',
};

const camel = (text: string) => text.replace(/[-.]([a-z])/g, (_, letter: string) => letter.toUpperCase());
const messageId = (type: string) => camel(type.replace(/^carta\./, '').replace(/\.v\d+$/, ''));
const ref = ($ref: string) => ({ $ref });

/** The Kafka headers one record of this type carries, read off the relay's own `toRecord`. */
function recordHeaders(type: string): Record<string, unknown> {
  const sample = newEvent({ type, source: '/carta/asyncapi', subject: 'subject', data: {} });
  const { headers } = toRecord({ topic: 'topic', messageKey: sample.subject, eventType: type, eventId: sample.id, envelope: sample });
  const properties: Record<string, unknown> = {};
  for (const name of Object.keys(headers).sort()) {
    const describe = RECORD_HEADERS[name];
    if (!describe) throw new Error(`the relay sends a header tools/asyncapi.ts does not describe: ${name}`);
    properties[name] = describe(type);
  }
  return { type: 'object', required: Object.keys(properties), properties };
}

export function asyncApiDocument(): Record<string, unknown> {
  const payloadSchemas = eventSchemas();
  const topics = Object.entries(Topics);
  const channelOf = new Map<string, string>(topics.map(([name, topic]) => [topic, name]));
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};

  // The envelope every record's value holds, from the same zod contract the consumers check.
  const envelope: Record<string, unknown> = { ...z.toJSONSchema(envelopeSchema, { io: 'input' }) };
  delete envelope.$schema;
  schemas.CloudEventEnvelope = {
    ...envelope,
    title: 'CloudEvents 1.0 envelope',
    description:
      'The record value. `subject` is the aggregate id (the record key); `dataschema` is `urn:carta:schema:<type>`; `data` follows the schema of the type.',
  };

  for (const definition of EVENT_CATALOG.values()) {
    const channel = channelOf.get(definition.topic);
    if (!channel) throw new Error(`${definition.type} names a topic outside the Topics catalogue: ${definition.topic}`);
    // The payload schema exactly as libs/contracts/schemas holds it, minus the keys that only make sense in a file of its own.
    const { $schema: _draft, $id: _id, ...data } = JSON.parse(payloadSchemas.get(`${definition.type}.json`)!) as Record<string, unknown>;
    schemas[definition.type] = data;
    messages[definition.type] = {
      name: definition.type,
      title: definition.type,
      summary: definition.description,
      contentType: 'application/cloudevents+json',
      headers: recordHeaders(definition.type),
      payload: {
        allOf: [
          ref('#/components/schemas/CloudEventEnvelope'),
          {
            type: 'object',
            properties: {
              type: { const: definition.type },
              dataschema: { const: `urn:carta:schema:${definition.type}` },
              data: ref(`#/components/schemas/${definition.type}`),
            },
          },
        ],
      },
      correlationId: { description: `The aggregate (${definition.aggregateIdField}) the event is about.`, location: '$message.payload#/subject' },
      bindings: {
        kafka: {
          key: { type: 'string', description: `The envelope's subject: the event's ${definition.aggregateIdField}, so one aggregate's events stay in order.` },
          bindingVersion: KAFKA_BINDING,
        },
      },
    };
  }

  for (const [name, topic] of topics) {
    const types = [...EVENT_CATALOG.values()].filter((definition) => definition.topic === topic).map((definition) => definition.type);
    if (types.length === 0) throw new Error(`topic ${topic} carries no event of the catalogue`);
    const channelMessages = Object.fromEntries(types.map((type) => [messageId(type), ref(`#/components/messages/${type}`)]));
    channels[name] = {
      address: topic,
      title: topic,
      description: `Events of the ${topic.split('.').slice(1, 3).join(' ')} stream, keyed by the aggregate id: ${types.join(', ')}.${TOPIC_NOTES[topic] ?? ''}`,
      messages: channelMessages,
      bindings: { kafka: { topic, bindingVersion: KAFKA_BINDING } },
    };
    channels[`${name}DeadLetters`] = {
      address: deadLetterTopic(topic),
      title: deadLetterTopic(topic),
      description: `Records of ${topic} that a Carta consumer gave up on, with the original key, value and headers and why.`,
      messages: { deadLetter: ref('#/components/messages/DeadLetter') },
      bindings: { kafka: { topic: deadLetterTopic(topic), bindingVersion: KAFKA_BINDING } },
    };
    operations[`read${name[0].toUpperCase()}${name.slice(1)}`] = {
      action: 'receive',
      channel: ref(`#/channels/${name}`),
      title: `Read ${topic}`,
      summary: `An analyst's consumer group reads ${topic} from the earliest offset and decodes each record as a CloudEvent.`,
      messages: Object.keys(channelMessages).map((id) => ref(`#/channels/${name}/messages/${id}`)),
      bindings: { kafka: { groupId: { type: 'string', description: 'Your own group (never a Carta service group).' }, bindingVersion: KAFKA_BINDING } },
    };
    operations[`read${name[0].toUpperCase()}${name.slice(1)}DeadLetters`] = {
      action: 'receive',
      channel: ref(`#/channels/${name}DeadLetters`),
      title: `Read ${deadLetterTopic(topic)}`,
      summary: `Inspect what Carta's consumers of ${topic} could not apply (an admin redrives them through the API).`,
      messages: [ref(`#/channels/${name}DeadLetters/messages/deadLetter`)],
    };
  }

  messages.DeadLetter = {
    name: 'DeadLetter',
    title: 'Dead letter',
    summary: 'The original record (key, value and headers) as the consumer read it, plus why it was dead-lettered.',
    headers: {
      type: 'object',
      required: Object.keys(DEAD_LETTER_HEADERS),
      properties: Object.fromEntries(Object.entries(DEAD_LETTER_HEADERS).map(([name, description]) => [name, { type: 'string', description }])),
    },
    payload: { description: 'The original record value, byte for byte (it may be unreadable: that can be why it is here).' },
    bindings: { kafka: { key: { type: 'string', description: "The original record's key." }, bindingVersion: KAFKA_BINDING } },
  };

  return {
    asyncapi: '3.0.0',
    id: 'urn:carta:events',
    info: {
      title: 'Carta events',
      version: '1.0.0',
      description:
        'Facts Carta publishes on Kafka, one topic per aggregate stream. Every record is a CloudEvents 1.0 envelope in structured mode, keyed by its subject (the aggregate id), so one aggregate is in order within its partition; nothing on a topic names a person (identities travel sealed). Generated by `npm run asyncapi` from libs/contracts; the guide is docs/events.md.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      kafka: {
        host: '{brokers}',
        protocol: 'kafka',
        description: 'The Kafka cluster Carta publishes to. A deployment may put a namespace (KAFKA_TOPIC_PREFIX, e.g. `staging.`) before every address.',
        variables: { brokers: { default: '127.0.0.1:9092', description: 'host:port of a bootstrap broker (KAFKA_BROKERS)' } },
      },
    },
    channels,
    operations,
    components: { messages, schemas },
  };
}

export function asyncApiText(): string {
  return `# Generated by \`npm run asyncapi\` from libs/contracts: do not edit.\n${stringify(asyncApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

if (process.argv[1] === __filename) {
  const expected = asyncApiText();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(ASYNCAPI_FILE, 'utf8');
    } catch {
      // missing: stale like any other difference
    }
    if (committed !== expected) {
      console.error('docs/events/asyncapi.yaml is stale: run `npm run asyncapi` and commit the result');
      process.exit(1);
    }
    console.log('AsyncAPI document is up to date');
  } else {
    writeFileSync(ASYNCAPI_FILE, expected);
    console.log(`wrote ${ASYNCAPI_FILE}`);
  }
}

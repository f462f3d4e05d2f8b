import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { EVENT_CATALOG, Topics, deadLetterTopic } from '@carta/contracts';
import { z } from 'zod';
import { ASYNCAPI_FILE, asyncApiText } from '../asyncapi';

/** The committed AsyncAPI document: current, valid for @asyncapi/parser, and covering every event and topic. */
describe('docs/events/asyncapi.yaml', () => {
  const text = readFileSync(ASYNCAPI_FILE, 'utf8');

  it('is what `npm run asyncapi` generates from the current contracts', () => {
    expect(text).toBe(asyncApiText());
  });

  it('parses with @asyncapi/parser with no error', async () => {
    const { document, diagnostics } = await new Parser().parse(text);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)).toEqual([]);
    expect(document).toBeDefined();
    expect(document!.version()).toBe('3.0.0');
  });

  it('has a channel per topic and its DLQ, a message per event type with its Kafka key and CloudEvents headers', async () => {
    const { document } = await new Parser().parse(text);
    const addresses = document!
      .channels()
      .all()
      .map((channel) => channel.address());
    expect(addresses.sort()).toEqual(
      Object.values(Topics)
        .flatMap((topic) => [topic, deadLetterTopic(topic)])
        .sort(),
    );
    for (const definition of EVENT_CATALOG.values()) {
      const channel = document!
        .channels()
        .all()
        .find((candidate) => candidate.address() === definition.topic)!;
      const message = channel
        .messages()
        .all()
        .find((candidate) => candidate.name() === definition.type);
      expect(message).toBeDefined();
      expect(Object.keys(message!.headers()!.properties()!)).toEqual(expect.arrayContaining(['content-type', 'ce_id', 'ce_type']));
      expect(message!.bindings().get('kafka')?.value().key).toMatchObject({ type: 'string' });
      // The payload's `data` is the event's own schema: a required field of the contract is required here.
      const data = message!.payload()!.allOf()![1].properties()!.data;
      expect(data.required()).toEqual(z.toJSONSchema(definition.schema, { io: 'input' }).required);
    }
    const receives = document!
      .operations()
      .all()
      .filter((operation) => operation.action() === 'receive');
    expect(receives).toHaveLength(Object.keys(Topics).length * 2);
  });

  it('is introduced by docs/events.md, whose table names every topic', () => {
    const guide = readFileSync(join(__dirname, '..', '..', 'docs', 'events.md'), 'utf8');
    expect(Object.values(Topics).filter((topic) => !guide.includes(`| \`${topic}\``))).toEqual([]);
  });
});

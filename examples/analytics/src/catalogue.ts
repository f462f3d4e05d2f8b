import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/** Where the repository keeps the published AsyncAPI document; pass another path to read a copy. */
export const DEFAULT_ASYNCAPI = join(__dirname, '..', '..', '..', 'docs', 'events', 'asyncapi.yaml');

interface AsyncApi {
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  components: { messages: Record<string, { name: string; contentType?: string }>; schemas: Record<string, object> };
}

/**
 * What this consumer knows of Carta, read from the published AsyncAPI document alone (no Carta code):
 * the topics, the dead-letter topics and one JSON Schema validator per event type.
 */
export class Catalogue {
  readonly topics: string[];
  readonly deadLetterTopics: string[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: AsyncApi) {
    const addresses = Object.values(document.channels).map((channel) => channel.address);
    this.deadLetterTopics = addresses.filter((address) => address.endsWith('.dlq'));
    this.topics = addresses.filter((address) => !address.endsWith('.dlq'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    // Sealed values are base64 (zod's format name; not one of ajv-formats').
    ajv.addFormat('base64', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
    for (const message of Object.values(document.components.messages)) {
      if (message.contentType !== 'application/cloudevents+json') continue;
      this.validators.set(message.name, ajv.compile(document.components.schemas[message.name]));
    }
  }

  static load(path = DEFAULT_ASYNCAPI): Catalogue {
    return new Catalogue(parse(readFileSync(path, 'utf8')) as AsyncApi);
  }

  get types(): string[] {
    return [...this.validators.keys()];
  }

  /** Why `data` does not fit the published schema of `type` (empty: it fits). */
  problems(type: string, data: unknown): string[] {
    const validate = this.validators.get(type);
    if (!validate) return [`unknown event type ${type}`];
    if (validate(data)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '(data)'} ${error.message ?? 'is invalid'}`);
  }
}

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { instant } from './values';

/**
 * CloudEvents 1.0 envelope, carried in structured mode (the whole envelope is the record value,
 * `content-type: application/cloudevents+json`), so any CloudEvents SDK reads it off a topic.
 */
export interface CartaEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  dataschema: string;
  /** W3C trace context, a CloudEvents distributed-tracing extension attribute. */
  traceparent?: string;
  data: T;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';

export const envelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.string().regex(/^carta\.[a-z-]+\.[a-z-]+\.[a-z-]+\.v\d+$/, 'type must look like carta.<service>.<aggregate>.<fact>.v<N>'),
  subject: z.string().min(1),
  time: instant,
  datacontenttype: z.literal('application/json'),
  dataschema: z.string().min(1),
  traceparent: z.string().optional(),
  data: z.unknown(),
});

export function dataschemaFor(type: string): string {
  return `urn:carta:schema:${type}`;
}

export function newEvent<T>(fields: { type: string; source: string; subject: string; data: T; traceparent?: string; time?: Date }): CartaEvent<T> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: fields.source,
    type: fields.type,
    subject: fields.subject,
    time: (fields.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    dataschema: dataschemaFor(fields.type),
    ...(fields.traceparent ? { traceparent: fields.traceparent } : {}),
    data: fields.data,
  };
}

import { randomUUID } from 'node:crypto';
import { Catalogue } from './catalogue';
import { decode, RawRecord } from './decode';

/** Records shaped as Carta's relay sends them (structured CloudEvents, key = subject), checked against the committed AsyncAPI document. */
describe('decode', () => {
  const catalogue = Catalogue.load();
  const caseId = randomUUID();
  const type = 'carta.intake.case.status-changed.v1';
  const record = (data: unknown, overrides: Partial<RawRecord> = {}): RawRecord => {
    const id = randomUUID();
    const envelope = {
      specversion: '1.0',
      id,
      source: '/carta/intake',
      type,
      subject: caseId,
      time: '2026-03-01T09:00:00.000Z',
      datacontenttype: 'application/json',
      dataschema: `urn:carta:schema:${type}`,
      data,
    };
    return {
      topic: 'carta.intake.case.v1',
      partition: 0,
      offset: '7',
      key: caseId,
      value: JSON.stringify(envelope),
      headers: { 'content-type': 'application/cloudevents+json', ce_id: id, ce_type: type },
      ...overrides,
    };
  };
  const valid = { caseId, from: 'NEW', to: 'COLLECTING_RECORDS', changedAt: '2026-03-01T09:00:00.000Z' };

  it('knows every topic and type of the published document', () => {
    expect(catalogue.topics).toContain('carta.intake.case.v1');
    expect(catalogue.deadLetterTopics).toContain('carta.intake.case.v1.dlq');
    expect(catalogue.types).toContain(type);
  });

  it('decodes a structured CloudEvent whose data fits its published schema', () => {
    const event = decode(record(valid), catalogue);
    expect(event).toMatchObject({ type, subject: caseId, data: valid });
  });

  it('refuses data that breaks the published schema, naming the field', () => {
    expect(() => decode(record({ ...valid, to: 'TELEPORTED' }), catalogue)).toThrow(/\/to must be equal to one of the allowed values/);
  });

  it('refuses a record keyed by something other than its subject, and one that is no CloudEvent', () => {
    expect(() => decode(record(valid, { key: randomUUID() }), catalogue)).toThrow(/is not the subject/);
    expect(() => decode(record(valid, { headers: {} }), catalogue)).toThrow(/not a CloudEvent/);
  });
});

import { randomUUID } from 'node:crypto';
import { buildEvent, CaseOpened, ContractViolation, EVENT_CATALOG, parseEvent, ReferralReviewOverdue, Topics } from './index';

const overdue = (dueOn: string) => ({
  referralId: randomUUID(),
  caseId: randomUUID(),
  centreId: 'puth',
  trialId: 'NCT05277987',
  dueOn,
  noticedAt: new Date().toISOString(),
});

const opened = () => ({
  caseId: randomUUID(),
  patientId: 'pt_0123456789abcdef',
  diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' },
  coordinatorId: 'coord-1',
  openedAt: new Date().toISOString(),
});

describe('event contracts', () => {
  it('wraps a valid payload in a CloudEvents 1.0 envelope keyed by the aggregate', () => {
    const data = opened();
    const event = buildEvent(CaseOpened, '/carta/intake', data);
    expect(event).toMatchObject({
      specversion: '1.0',
      type: 'carta.intake.case.opened.v1',
      source: '/carta/intake',
      subject: data.caseId,
      datacontenttype: 'application/json',
      dataschema: 'urn:carta:schema:carta.intake.case.opened.v1',
      data,
    });
    expect(parseEvent(CaseOpened, JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('refuses a day or an instant no consumer can store (the year 0000), whichever event carries it', () => {
    expect(() => buildEvent(CaseOpened, '/carta/intake', { ...opened(), openedAt: '0000-01-01T00:00:00Z' })).toThrow(/openedAt/);
    expect(() => buildEvent(ReferralReviewOverdue, '/carta/eligibility', overdue('0000-02-29'))).toThrow(/dueOn/);
    expect(buildEvent(ReferralReviewOverdue, '/carta/eligibility', overdue('2026-12-01')).data.dueOn).toBe('2026-12-01');
  });

  it('refuses to produce a payload that breaks the schema, naming the field', () => {
    expect(() => buildEvent(CaseOpened, '/carta/intake', { ...opened(), patientId: 'Jane Doe' })).toThrow(ContractViolation);
    expect(() => buildEvent(CaseOpened, '/carta/intake', { ...opened(), patientId: 'Jane Doe' })).toThrow(/patientId/);
  });

  it('refuses to consume an envelope or payload that breaks the contract', () => {
    const event = buildEvent(CaseOpened, '/carta/intake', opened());
    expect(() => parseEvent(CaseOpened, { ...event, specversion: '0.3' })).toThrow(/specversion/);
    expect(() => parseEvent(CaseOpened, { ...event, data: { ...event.data, diagnosis: { icd10: 'gastric', description: 'x' } } })).toThrow(/diagnosis.icd10/);
  });

  it('catalogs every event on a versioned topic of its own service', () => {
    const topics = Object.values(Topics);
    for (const definition of EVENT_CATALOG.values()) {
      expect(topics).toContain(definition.topic);
      const [, service, aggregate] = definition.type.split('.');
      expect(definition.topic).toBe(`carta.${service}.${aggregate}.v1`);
    }
  });
});

import { buildEvent, ContractViolation, EVENT_CATALOG, parseEvent } from '../index';
import { TrialOpened, TrialRegistered, TrialUpdated } from './centres-trial';

/** A snapshot as centres published it before the registry: no phase, owner, sites or author. */
const v1Snapshot = () => ({
  trialId: 'NCT05277987',
  registryIds: ['NCT05277987'],
  title: 'CLDN18.2 CAR-T in gastric/GEJ and pancreatic cancer',
  centreIds: ['puth', 'ruijin'],
  targets: ['CLDN18.2'],
  productType: 'AUTOLOGOUS' as const,
  fundingModels: ['SPONSOR_FUNDED' as const],
  recruiting: true,
  openSlots: 5,
  criteria: { version: 1, criteria: [{ id: 'age' }] },
  changedAt: new Date().toISOString(),
});

describe('trial events', () => {
  it('still accept snapshots published before the registry fields existed (the additions are optional)', () => {
    const old = v1Snapshot();
    const event = buildEvent(TrialOpened, '/carta/centres', old);
    expect(parseEvent(TrialOpened, JSON.parse(JSON.stringify(event))).data).toEqual(old);
  });

  it('carry phase, indications, owner, each site and the criteria author', () => {
    const data = {
      ...v1Snapshot(),
      phase: 'PHASE_1',
      indications: ['pancreatic cancer'],
      ownerCentreId: 'puth',
      sites: [
        { centreId: 'puth', recruiting: false, openSlots: 0 },
        { centreId: 'ruijin', recruiting: true, openSlots: 5 },
      ],
      criteriaChangedBy: 'office-puth',
    };
    expect(parseEvent(TrialUpdated, JSON.parse(JSON.stringify(buildEvent(TrialUpdated, '/carta/centres', data)))).data).toEqual(data);
    expect(() => buildEvent(TrialUpdated, '/carta/centres', { ...data, sites: [{ centreId: 'puth', recruiting: true, openSlots: -1 }] })).toThrow(
      /sites\.0\.openSlots/,
    );
    expect(() => buildEvent(TrialUpdated, '/carta/centres', { ...data, ownerCentreId: 'Peking' })).toThrow(ContractViolation);
  });

  it('registers the new kinds in the catalog', () => {
    expect(EVENT_CATALOG.get('carta.centres.trial.registered.v1')).toBe(TrialRegistered);
    expect(EVENT_CATALOG.get('carta.centres.trial.updated.v1')).toBe(TrialUpdated);
  });
});

import { SealedFields } from './audit-chain';
import { toFhirAuditEvent, toFhirBundle } from './audit-fhir';

const CASE = '7c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const download: SealedFields = {
  seq: 7,
  id: '0d5f3a8e-8b1c-4f7e-9d2a-6c4b1e0f9a77',
  at: new Date('2026-11-20T09:30:00.123Z'),
  actor: 'office-puth',
  roles: ['hospital_office'],
  centreId: 'puth',
  action: 'document.download',
  outcome: 'ALLOWED',
  purpose: 'REFERRAL_REVIEW',
  caseId: CASE,
  targetType: 'document-version',
  targetId: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
};

describe('an audit record as a FHIR R4 AuditEvent', () => {
  it('maps an allowed read: action R, outcome 0, the requesting agent, the case and the target, the purpose', () => {
    expect(toFhirAuditEvent(download, 'documents')).toEqual({
      resourceType: 'AuditEvent',
      id: download.id,
      type: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110110', display: 'Patient Record' },
      subtype: [{ system: 'urn:carta:audit-action', code: 'document.download' }],
      action: 'R',
      recorded: '2026-11-20T09:30:00.123Z',
      outcome: '0',
      purposeOfEvent: [
        {
          coding: [
            { system: 'urn:carta:purpose', code: 'REFERRAL_REVIEW' },
            { system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'TREAT', display: 'treatment' },
          ],
        },
      ],
      agent: [
        {
          type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/extra-security-role-type', code: 'humanuser', display: 'human user' }] },
          who: { identifier: { system: 'urn:carta:subject', value: 'office-puth' } },
          requestor: true,
          role: [{ coding: [{ system: 'urn:carta:role', code: 'hospital_office' }] }],
          location: { identifier: { system: 'urn:carta:centre', value: 'puth' } },
        },
      ],
      source: {
        site: 'carta-documents',
        observer: { display: 'carta-documents' },
        type: [{ system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '4', display: 'Application Server' }],
      },
      entity: [
        {
          what: { identifier: { system: 'urn:carta:case', value: CASE } },
          type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2', display: 'System Object' },
          role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '4', display: 'Domain Resource' },
        },
        {
          what: { identifier: { system: 'urn:carta:document-version', value: download.targetId } },
          type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2', display: 'System Object' },
          role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '4', display: 'Domain Resource' },
        },
      ],
    });
  });

  it('maps a refusal to outcome 4 and the attempted action’s code; team cover to continuity of care', () => {
    const event = toFhirAuditEvent(
      {
        ...download,
        actor: 'coord-2',
        roles: ['coordinator'],
        centreId: null,
        action: 'case.write',
        outcome: 'DENIED',
        purpose: 'TEAM_COVER',
        targetType: null,
        targetId: null,
      },
      'intake',
    );
    expect(event).toMatchObject({ action: 'U', outcome: '4', outcomeDesc: 'refused by an access rule or role' });
    expect(event.purposeOfEvent?.[0].coding?.[1]).toEqual({
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
      code: 'COC',
      display: 'continuity of care',
    });
    expect(event.agent[0]).not.toHaveProperty('location');
    expect(event.entity).toHaveLength(1);
  });

  it('maps creates, deletes and role refusals (execute) from the catalogue', () => {
    expect(toFhirAuditEvent({ ...download, action: 'case.open' }, 'intake').action).toBe('C');
    expect(toFhirAuditEvent({ ...download, action: 'document.delete' }, 'documents').action).toBe('D');
    expect(
      toFhirAuditEvent({ ...download, action: 'graphql.denied', outcome: 'DENIED', targetType: 'graphql-field', targetId: 'Query.auditTrail' }, 'intake')
        .action,
    ).toBe('E');
  });

  it('types a record about no case as application activity', () => {
    const event = toFhirAuditEvent({ ...download, caseId: null, action: 'tariff.set', targetType: 'tariff', targetId: 'puth' }, 'billing');
    expect(event.type.code).toBe('110100');
    expect(event.entity).toEqual([expect.objectContaining({ what: { identifier: { system: 'urn:carta:tariff', value: 'puth' } } })]);
  });
});

describe('a case trail as a FHIR Bundle', () => {
  it('is a collection, oldest first, each entry addressed by its uuid', () => {
    const later = toFhirAuditEvent({ ...download, id: '11111111-1111-4111-8111-111111111111', at: new Date('2026-11-21T00:00:00.000Z') }, 'intake');
    const earlier = toFhirAuditEvent(download, 'documents');
    const bundle = toFhirBundle([later, earlier], new Date('2026-11-22T00:00:00.000Z'));
    expect(bundle).toEqual({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-11-22T00:00:00.000Z',
      entry: [
        { fullUrl: `urn:uuid:${download.id}`, resource: earlier },
        { fullUrl: 'urn:uuid:11111111-1111-4111-8111-111111111111', resource: later },
      ],
    });
  });
});

import type { AuditEvent, AuditEventEntity, Bundle, CodeableConcept, Coding } from 'fhir/r4';
import { auditActionSpec, AuditPurpose } from './audit-catalogue';
import { SealedFields } from './audit-chain';

const DICOM = 'http://dicom.nema.org/resources/ontology/DCM';
const V3_ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const ENTITY_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-entity-type';
const OBJECT_ROLE = 'http://terminology.hl7.org/CodeSystem/object-role';
const SECURITY_SOURCE_TYPE = 'http://terminology.hl7.org/CodeSystem/security-source-type';
const EXTRA_SECURITY_ROLE_TYPE = 'http://terminology.hl7.org/CodeSystem/extra-security-role-type';
/** Carta's own identifiers and codes (cases are pseudonymous UUIDs: no patient identifier leaves). */
const carta = (name: string) => `urn:carta:${name}`;

/** Each Carta purpose with its nearest HL7 v3 ActReason, so a generic FHIR reader understands it too. */
const PURPOSE_OF_USE: Record<AuditPurpose, Coding> = {
  CARE_COORDINATION: { system: V3_ACT_REASON, code: 'CAREMGT', display: 'care management' },
  TEAM_COVER: { system: V3_ACT_REASON, code: 'COC', display: 'continuity of care' },
  REFERRAL_REVIEW: { system: V3_ACT_REASON, code: 'TREAT', display: 'treatment' },
  ADMINISTRATION: { system: V3_ACT_REASON, code: 'HSYSADMIN', display: 'health system administration' },
  ANALYTICS: { system: V3_ACT_REASON, code: 'HOPERAT', display: 'healthcare operations' },
};

function purposeConcept(purpose: string): CodeableConcept {
  const standard = PURPOSE_OF_USE[purpose as AuditPurpose];
  return { coding: [{ system: carta('purpose'), code: purpose }, ...(standard ? [standard] : [])] };
}

function entity(system: string, value: string, role: Coding): AuditEventEntity {
  return { what: { identifier: { system, value } }, type: { system: ENTITY_TYPE, code: '2', display: 'System Object' }, role };
}

/**
 * One audit record as a FHIR R4 AuditEvent: subtype = the Carta action, action C/R/U/D/E, outcome
 * 0 (allowed) or 4 (refused), the requesting agent with their roles and centre, the case (by its
 * pseudonymous id) and the target as entities, and the purpose of use.
 */
export function toFhirAuditEvent(record: SealedFields, service: string): AuditEvent {
  const denied = record.outcome === 'DENIED';
  const entities: AuditEventEntity[] = [];
  if (record.caseId) entities.push(entity(carta('case'), record.caseId, { system: OBJECT_ROLE, code: '4', display: 'Domain Resource' }));
  if (record.targetId)
    entities.push(entity(carta(record.targetType ?? 'object'), record.targetId, { system: OBJECT_ROLE, code: '4', display: 'Domain Resource' }));
  return {
    resourceType: 'AuditEvent',
    id: record.id,
    type: record.caseId ? { system: DICOM, code: '110110', display: 'Patient Record' } : { system: DICOM, code: '110100', display: 'Application Activity' },
    subtype: [{ system: carta('audit-action'), code: record.action }],
    action: auditActionSpec(record.action)?.code ?? 'E',
    recorded: record.at.toISOString(),
    outcome: denied ? '4' : '0',
    ...(denied ? { outcomeDesc: 'refused by an access rule or role' } : {}),
    purposeOfEvent: [purposeConcept(record.purpose)],
    agent: [
      {
        type: { coding: [{ system: EXTRA_SECURITY_ROLE_TYPE, code: 'humanuser', display: 'human user' }] },
        who: { identifier: { system: carta('subject'), value: record.actor } },
        requestor: true,
        role: record.roles.map((role) => ({ coding: [{ system: carta('role'), code: role }] })),
        ...(record.centreId ? { location: { identifier: { system: carta('centre'), value: record.centreId } } } : {}),
      },
    ],
    source: {
      site: `carta-${service}`,
      observer: { display: `carta-${service}` },
      type: [{ system: SECURITY_SOURCE_TYPE, code: '4', display: 'Application Server' }],
    },
    ...(entities.length > 0 ? { entity: entities } : {}),
  };
}

/** A case's trail as a FHIR Bundle of type collection, oldest first. */
export function toFhirBundle(events: AuditEvent[], timestamp: Date): Bundle<AuditEvent> {
  const sorted = [...events].sort((a, b) => a.recorded.localeCompare(b.recorded));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: timestamp.toISOString(),
    entry: sorted.map((event) => ({ fullUrl: `urn:uuid:${event.id}`, resource: event })),
  };
}

import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { instant, isoDate, nationalityCode, passportNumber, uuid } from '../values';

/**
 * A value only the platform's services can read: AES-256-GCM under a key they share (`kid` names
 * it, so keys can rotate). Analysts reading the topic see ciphertext, never a name or a passport.
 */
export const sealedValue = z.object({
  kid: z.string().regex(/^[a-f0-9]{8,64}$/),
  iv: z.base64(),
  data: z.base64(),
  tag: z.base64(),
});
export type SealedValue = z.infer<typeof sealedValue>;

export const PERSON_ROLES = ['PATIENT', 'COMPANION'] as const;

/** What a sealed person carries: entered once at intake, printed by travel and billing as the passport shows it. */
export const personIdentity = z.object({
  givenName: z.string().min(1).max(100),
  familyName: z.string().min(1).max(100),
  birthDate: isoDate,
  nationality: nationalityCode,
  passportNumber: passportNumber.nullable(),
  passportExpiry: isoDate.nullable(),
  /** A companion's relation to the patient (null for the patient). */
  relationship: z.string().min(1).max(50).nullable(),
  email: z.string().max(200).nullable(),
  phone: z.string().max(50).nullable(),
});
export type PersonIdentity = z.infer<typeof personIdentity>;

export const PersonRecorded = defineEvent({
  type: 'carta.intake.person.recorded.v1',
  topic: Topics.intakePerson,
  aggregateIdField: 'caseId',
  description:
    'The patient or a companion of a case was entered or corrected at intake; their identity travels sealed (only the services can read it), the latest record wins.',
  schema: z.object({ caseId: uuid, personId: uuid, role: z.enum(PERSON_ROLES), identity: sealedValue, recordedAt: instant }),
});

export const PersonRemoved = defineEvent({
  type: 'carta.intake.person.removed.v1',
  topic: Topics.intakePerson,
  aggregateIdField: 'caseId',
  description: 'A companion no longer travels with the case.',
  schema: z.object({ caseId: uuid, personId: uuid, removedAt: instant }),
});

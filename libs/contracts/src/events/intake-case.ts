import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { icd10Code, pseudonymousPatientId, uuid } from '../values';

export const CaseOpened = defineEvent({
  type: 'carta.intake.case.opened.v1',
  topic: Topics.intakeCase,
  aggregateIdField: 'caseId',
  description: 'A coordinator opened a case for a patient (identified only by pseudonym).',
  schema: z.object({
    caseId: uuid,
    patientId: pseudonymousPatientId,
    diagnosis: z.object({ icd10: icd10Code, description: z.string().min(1).max(200) }),
    coordinatorId: z.string().min(1),
    openedAt: z.iso.datetime({ offset: true }),
  }),
});

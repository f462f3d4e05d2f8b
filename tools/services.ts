import { ServiceDefinition, ServiceName } from '@carta/service-kit';
import { billingService } from '@carta/billing';
import { centresService } from '@carta/centres';
import { documentsService } from '@carta/documents';
import { eligibilityService } from '@carta/eligibility';
import { intakeService } from '@carta/intake';
import { travelService } from '@carta/travel';

/** Every service definition, for the launcher and workspace tools (tools may see every service; services never see each other). */
export const SERVICES: Record<ServiceName, ServiceDefinition> = {
  intake: intakeService,
  documents: documentsService,
  eligibility: eligibilityService,
  centres: centresService,
  travel: travelService,
  billing: billingService,
};

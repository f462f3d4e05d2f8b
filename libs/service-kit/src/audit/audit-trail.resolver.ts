import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuditRecord, AuditTrailService, toFhirAuditEvent, toFhirBundle } from '@carta/audit';
import { Identity } from '@carta/auth';
import type { AuditEvent } from 'fhir/r4';
import { Clock, CLOCK } from '../clock';
import { CurrentIdentity, Roles } from '../identity.guard';
import { parseUuid } from '../validation';
import { AUDIT_TRAIL_OWNER } from './audit-trail.graphql';

interface AuditTrailRef {
  caseId: string;
  /** At the owner: the other services' parts, fetched by the gateway for `fhirBundle`. */
  [service: string]: unknown;
}

interface AuditEntryView {
  fhir: string;
  [field: string]: unknown;
}

function entryOf(record: AuditRecord, service: string): AuditEntryView {
  return { ...record, service, at: record.at.toISOString(), fhir: JSON.stringify(toFhirAuditEvent(record, service)) };
}

/**
 * A service's part of a case's audit trail (`AuditTrail.<service>`), and at the owner the root
 * field and the FHIR Bundle. Admins only; every read is recorded in the service it reads.
 */
export function auditTrailResolvers(service: string): Function[] {
  @Resolver('AuditTrail')
  class AuditTrailResolver {
    constructor(private readonly trails: AuditTrailService) {}

    @Roles('admin')
    @ResolveReference()
    resolveReference(reference: AuditTrailRef): AuditTrailRef {
      return { ...reference, caseId: parseUuid(reference.caseId, 'caseId') };
    }

    @Roles('admin')
    @ResolveField(service)
    async own(@CurrentIdentity() identity: Identity, @Parent() trail: AuditTrailRef): Promise<AuditEntryView[]> {
      return (await this.trails.read(identity, trail.caseId)).map((record) => entryOf(record, service));
    }
  }

  @Resolver('AuditTrail')
  class AuditTrailOwnerResolver {
    constructor(
      private readonly trails: AuditTrailService,
      @Inject(CLOCK) private readonly clock: Clock,
    ) {}

    @Roles('admin')
    @Query('auditTrail')
    auditTrail(@Args('caseId') caseId: string): AuditTrailRef {
      return { caseId: parseUuid(caseId, 'caseId') };
    }

    /** Its own records, plus the other services' parts that the gateway fetched (@requires). */
    @Roles('admin')
    @ResolveField('fhirBundle')
    async fhirBundle(@CurrentIdentity() identity: Identity, @Parent() trail: AuditTrailRef): Promise<string> {
      const entries = (await this.trails.read(identity, trail.caseId)).map((record) => entryOf(record, service));
      for (const [name, part] of Object.entries(trail)) {
        if (name !== service && Array.isArray(part)) entries.push(...(part as AuditEntryView[]));
      }
      return JSON.stringify(
        toFhirBundle(
          entries.map((entry) => JSON.parse(entry.fhir) as AuditEvent),
          this.clock.now(),
        ),
      );
    }
  }

  return service === AUDIT_TRAIL_OWNER ? [AuditTrailResolver, AuditTrailOwnerResolver] : [AuditTrailResolver];
}

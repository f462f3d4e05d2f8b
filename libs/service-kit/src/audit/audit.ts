import { Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { EntityManager } from 'typeorm';
import { AuditRecord } from './audit-record.entity';

/** Writes the audit trail in the caller's transaction, so a change and its record commit together. */
@Injectable()
export class Audit {
  async record(manager: EntityManager, identity: Identity, action: string, about: { caseId?: string | null; targetId?: string | null }): Promise<void> {
    await manager.insert(AuditRecord, {
      actor: identity.subject,
      roles: identity.roles,
      centreId: identity.centreId ?? null,
      action,
      caseId: about.caseId ?? null,
      targetId: about.targetId ?? null,
    });
  }
}

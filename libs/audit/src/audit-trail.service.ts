import { Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { DataSource } from 'typeorm';
import { Audit } from './audit';
import { AuditRecord } from './audit-record.entity';

/** This service's part of a case's audit trail. */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
  ) {}

  /** The records about a case, read and the read recorded in one transaction. */
  read(identity: Identity, caseId: string): Promise<AuditRecord[]> {
    return this.dataSource.transaction(async (manager) => {
      const records = await this.audit.trailOf(manager, caseId);
      await this.audit.record(manager, identity, 'audit.read', { caseId });
      return records;
    });
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { ConsentGranted, ConsentWithdrawn } from '@carta/contracts';
import { DomainError, isStaff, notFound } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { CentreDirectoryEntry } from '@carta/centre-directory';
import { DataSource, EntityManager } from 'typeorm';
import { idempotent } from '@carta/service-kit';
import { Case } from '../cases/case.entity';
import { ConsentForm } from './consent-facts.entity';
import { Consent } from './consent.entity';
import { consentRecipient } from './consent.rules';
import { RecordConsentInput } from './consents.input';

@Injectable()
export class ConsentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: Audit,
    private readonly access: CaseAccess,
  ) {}

  /** A repeat with the same idempotency key and input records nothing and returns the first consent. */
  record(identity: Identity, input: RecordConsentInput, idempotencyKey?: string | null): Promise<Consent> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Case, { id: input.caseId }))) throw notFound('case');
      await this.access.assertCanWrite(identity, input.caseId, manager);
      return idempotent(
        manager,
        { caller: identity.subject, operation: 'recordConsent', key: idempotencyKey, request: input },
        () => this.insert(manager, identity, input),
        {
          idOf: (consent) => consent.id,
          replay: (id) => manager.findOneByOrFail(Consent, { id }),
        },
      );
    });
  }

  private async insert(manager: EntityManager, identity: Identity, input: RecordConsentInput): Promise<Consent> {
    const grantedAt = input.grantedAt ? new Date(input.grantedAt) : new Date();
    if (grantedAt.getTime() > Date.now() + 60_000)
      throw new DomainError('BAD_USER_INPUT', 'grantedAt: a consent cannot be signed in the future', { field: 'grantedAt' });
    // The signed form must be this case's, verified and not deleted: a consent cites evidence that exists.
    const form = await manager.findOneBy(ConsentForm, { documentId: input.signedFormDocumentId, caseId: input.caseId });
    if (!form?.verifiedAt || form.deletedAt)
      throw new DomainError(
        'BAD_USER_INPUT',
        'signedFormDocumentId: not a verified CONSENT_FORM document of this case (upload the signed form and wait for its verification)',
        { field: 'signedFormDocumentId' },
      );
    const recipient = consentRecipient(input.centreId, await manager.findOneBy(CentreDirectoryEntry, { centreId: input.centreId }));
    const consent = manager.create(Consent, {
      ...input,
      ...recipient,
      id: randomUUID(),
      grantedAt,
      recordedBy: identity.subject,
      withdrawnAt: null,
      withdrawalReason: null,
    });
    await manager.insert(Consent, consent);
    await this.audit.record(manager, identity, 'consent.record', { caseId: input.caseId, targetId: consent.id });
    await this.outbox.append(manager, ConsentGranted, {
      consentId: consent.id,
      caseId: consent.caseId,
      centreId: consent.centreId,
      purpose: input.purpose,
      categories: input.categories,
      direction: input.direction,
      grantedAt: grantedAt.toISOString(),
    });
    return consent;
  }

  /** One mutation: the consent ends here and the event tells every service to stop sharing. */
  withdraw(identity: Identity, consentId: string, reason: string): Promise<Consent> {
    return this.dataSource.transaction(async (manager) => {
      const consent = await manager.findOne(Consent, { where: { id: consentId }, lock: { mode: 'pessimistic_write' } });
      if (!consent) throw notFound('consent');
      await this.access.assertCanWrite(identity, consent.caseId, manager);
      if (consent.withdrawnAt) throw new DomainError('CONFLICT', 'this consent was already withdrawn');
      consent.withdrawnAt = new Date();
      consent.withdrawalReason = reason;
      await manager.update(Consent, consentId, { withdrawnAt: consent.withdrawnAt, withdrawalReason: reason });
      await this.audit.record(manager, identity, 'consent.withdraw', { caseId: consent.caseId, targetId: consentId });
      await this.outbox.append(manager, ConsentWithdrawn, {
        consentId,
        caseId: consent.caseId,
        centreId: consent.centreId,
        withdrawnAt: consent.withdrawnAt.toISOString(),
      });
      return consent;
    });
  }

  /** Staff see every consent of the case; an office only its own centre's. The read is audited like any other. */
  consentsVisibleTo(identity: Identity, caseId: string): Promise<Consent[]> {
    const staff = isStaff(identity);
    return this.dataSource.transaction(async (manager) => {
      const consents = await manager.find(Consent, { where: staff ? { caseId } : { caseId, centreId: identity.centreId ?? '-' }, order: { grantedAt: 'ASC' } });
      await this.audit.record(manager, identity, 'consent.read', { caseId });
      return consents;
    });
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { DomainError, notFound } from '@carta/domain';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { Traveller } from './traveller.entity';
import { PassportInput, TravellerInput } from './travellers.input';

const MAX_COMPANIONS = 2;

/** The travelling party: the patient and at most two companions, as their passports show them. */
@Injectable()
export class TravellersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  add(identity: Identity, caseId: string, input: TravellerInput): Promise<Traveller> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      const party = await manager.find(Traveller, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
      if (input.role === 'PATIENT' && party.some((traveller) => traveller.role === 'PATIENT'))
        throw new DomainError('CONFLICT', 'the patient is already in the travelling party');
      if (input.role === 'COMPANION' && party.filter((traveller) => traveller.role === 'COMPANION').length >= MAX_COMPANIONS) {
        throw new DomainError('CONFLICT', `at most ${MAX_COMPANIONS} companions may accompany the patient`);
      }
      const traveller = manager.create(Traveller, {
        id: randomUUID(),
        caseId,
        ...input,
        relationship: input.role === 'PATIENT' ? null : input.relationship!,
        addedAt: this.clock.now(),
      });
      await manager.insert(Traveller, traveller);
      await this.audit.record(manager, identity, 'traveller.add', { caseId, targetId: traveller.id });
      return traveller;
    });
  }

  /** A renewed passport: the visa checks read the new expiry at once. */
  renewPassport(identity: Identity, travellerId: string, input: PassportInput): Promise<Traveller> {
    return this.dataSource.transaction(async (manager) => {
      const traveller = await manager.findOne(Traveller, { where: { id: travellerId }, lock: { mode: 'pessimistic_write' } });
      if (!traveller) throw notFound('traveller');
      await this.access.assertCanWrite(identity, traveller.caseId, manager);
      Object.assign(traveller, input);
      await manager.save(traveller);
      await this.audit.record(manager, identity, 'traveller.renew-passport', { caseId: traveller.caseId, targetId: travellerId });
      return traveller;
    });
  }

  forCase(identity: Identity, caseId: string): Promise<Traveller[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanRead(identity, caseId, 'IDENTITY', manager);
      await this.audit.record(manager, identity, 'traveller.read', { caseId });
      return manager.find(Traveller, { where: { caseId }, order: { addedAt: 'ASC' } });
    });
  }
}

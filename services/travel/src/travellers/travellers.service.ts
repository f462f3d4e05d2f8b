import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { EventData, personIdentity, PersonRecorded, PersonRemoved } from '@carta/contracts';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { SEALING_KEYRING, SealingKeyring, unseal } from '@carta/service-kit';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PersonRecord } from './person-record.entity';
import { Traveller } from './traveller.entity';

/**
 * The travelling party: the patient and at most two companions, as their passports show them.
 * Intake is where people are entered and corrected; travel derives its travellers from what intake
 * announces, so a name or a passport is typed once.
 */
@Injectable()
export class TravellersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    @Inject(SEALING_KEYRING) private readonly keyring: SealingKeyring,
  ) {}

  /**
   * A person entered or corrected at intake. Someone without a passport on record does not travel
   * (yet); a record older than the last one heard is ignored. A value that cannot be unsealed fails
   * the handler (retried, then dead-lettered), and its content is never logged.
   */
  async onPersonRecorded(manager: EntityManager, data: EventData<typeof PersonRecorded>): Promise<void> {
    const person = unseal(data.identity, this.keyring, personIdentity);
    const recordedAt = new Date(data.recordedAt);
    if (!(await this.isLatest(manager, data.caseId, data.personId, recordedAt, false))) return;
    if (!person.passportNumber || !person.passportExpiry) {
      await manager.delete(Traveller, { caseId: data.caseId, personId: data.personId });
      return;
    }
    const details = {
      role: data.role,
      givenName: person.givenName,
      familyName: person.familyName,
      birthDate: person.birthDate,
      nationality: person.nationality,
      passportNumber: person.passportNumber,
      passportExpiry: person.passportExpiry,
      relationship: data.role === 'PATIENT' ? null : person.relationship,
    };
    // The same row on every correction (and a row typed here before, adopted): visa applications keep pointing at it.
    const existing =
      (await manager.findOneBy(Traveller, { caseId: data.caseId, personId: data.personId })) ??
      (await this.typedBefore(manager, data.caseId, details.role, details.passportNumber));
    if (existing) await manager.update(Traveller, existing.id, { ...details, personId: data.personId });
    else await manager.insert(Traveller, { id: randomUUID(), caseId: data.caseId, personId: data.personId, ...details, addedAt: recordedAt });
  }

  /** A companion no longer travels with the case. */
  async onPersonRemoved(manager: EntityManager, data: EventData<typeof PersonRemoved>): Promise<void> {
    if (!(await this.isLatest(manager, data.caseId, data.personId, new Date(data.removedAt), true))) return;
    await manager.delete(Traveller, { caseId: data.caseId, personId: data.personId });
  }

  forCase(identity: Identity, caseId: string): Promise<Traveller[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanRead(identity, caseId, 'IDENTITY', manager);
      await this.audit.record(manager, identity, 'traveller.read', { caseId });
      return manager.find(Traveller, { where: { caseId }, order: { addedAt: 'ASC' } });
    });
  }

  /** Records this word about the person when it is newer than the last one heard; at the same instant a removal wins. */
  private async isLatest(manager: EntityManager, caseId: string, personId: string, at: Date, removed: boolean): Promise<boolean> {
    const last = await manager.findOne(PersonRecord, { where: { caseId, personId }, lock: { mode: 'pessimistic_write' } });
    if (last && (last.recordedAt > at || (last.recordedAt.getTime() === at.getTime() && (last.removed || !removed)))) return false;
    await manager.upsert(PersonRecord, { caseId, personId, recordedAt: at, removed }, ['caseId', 'personId']);
    return true;
  }

  /** A traveller typed into travel before intake announced people: the patient, or a companion with the same passport. */
  private typedBefore(manager: EntityManager, caseId: string, role: Traveller['role'], passportNumber: string): Promise<Traveller | null> {
    return manager.findOneBy(Traveller, { caseId, personId: IsNull(), role, ...(role === 'COMPANION' ? { passportNumber } : {}) });
  }
}

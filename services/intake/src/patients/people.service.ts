import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { PersonIdentity, PersonRecorded, PersonRemoved } from '@carta/contracts';
import { badInput, DomainError, isStaff, notFound } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK, idempotent, seal, SEALING_KEYRING, SealingKeyring } from '@carta/service-kit';
import { DataSource, EntityManager } from 'typeorm';
import { Case, Companion } from '../cases/case.entity';
import { Patient } from './patient.entity';
import { checkPassportAfterBirth, CompanionChanges, CompanionDetails, PatientChanges } from './person.input';
import { changeCase } from '../cases/change-case';

const MAX_COMPANIONS = 2;

/** Only the fields a correction names change (undefined: keep; null: clear). */
const merged = <T extends object>(current: T, changes: Partial<T>): T =>
  ({ ...current, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) }) as T;

/**
 * The people of a case — the patient and their companions — entered here once and corrected here
 * only. Every entry and correction is announced as PersonRecorded with the identity sealed, so travel
 * and billing print what intake holds and analysts reading the topic see no one.
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    @Inject(SEALING_KEYRING) private readonly keyring: SealingKeyring,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Announces the patient as a person of one case (at openCase, and for each of their cases on a correction). */
  async announcePatient(manager: EntityManager, caseId: string, patient: Patient): Promise<void> {
    const identity: PersonIdentity = {
      givenName: patient.givenName,
      familyName: patient.familyName,
      birthDate: patient.birthDate,
      nationality: patient.nationality,
      passportNumber: patient.passportNumber,
      passportExpiry: patient.passportExpiry,
      relationship: null,
      email: patient.email,
      phone: patient.phone,
    };
    await this.outbox.append(manager, PersonRecorded, {
      caseId,
      personId: patient.personId,
      role: 'PATIENT',
      identity: seal(identity, this.keyring),
      recordedAt: this.clock.now().toISOString(),
    });
  }

  /** Corrects the patient of a case (a misspelt name, a renewed passport): every case of theirs hears it. */
  updatePatient(identity: Identity, caseId: string, changes: PatientChanges): Promise<Case> {
    return changeCase(this.dataSource, this.access, identity, caseId, async (manager, kase) => {
      const patient = await manager.findOneOrFail(Patient, { where: { id: kase.patientId }, lock: { mode: 'pessimistic_write' } });
      const corrected = merged(patient, changes);
      checkPassportAfterBirth(corrected, 'patient');
      await manager.save(Patient, corrected);
      await this.audit.record(manager, identity, 'patient.update', { caseId, targetId: patient.id });
      for (const { id } of await manager.find(Case, { select: { id: true }, where: { patientId: patient.id } }))
        await this.announcePatient(manager, id, corrected);
    });
  }

  /** A repeat with the same idempotency key and details adds no one (the case is answered as it is). */
  addCompanion(identity: Identity, caseId: string, details: CompanionDetails, idempotencyKey?: string | null): Promise<Case> {
    return changeCase(this.dataSource, this.access, identity, caseId, async (manager) => {
      const request = { caller: identity.subject, operation: 'addCompanion', key: idempotencyKey, request: { caseId, details } };
      await idempotent(manager, request, () => this.insertCompanion(manager, identity, caseId, details), { idOf: (id) => id, replay: async (id) => id });
    });
  }

  private async insertCompanion(manager: EntityManager, identity: Identity, caseId: string, details: CompanionDetails): Promise<string> {
    if ((await manager.countBy(Companion, { caseId })) >= MAX_COMPANIONS)
      throw new DomainError('CONFLICT', `a patient travels with at most ${MAX_COMPANIONS} companions`);
    const companion = manager.create(Companion, { ...details, id: randomUUID(), caseId });
    await manager.insert(Companion, companion);
    await this.audit.record(manager, identity, 'case.add-companion', { caseId, targetId: companion.id });
    await this.announceCompanion(manager, companion);
    return companion.id;
  }

  updateCompanion(identity: Identity, companionId: string, changes: CompanionChanges): Promise<Case> {
    return this.changeCompanion(identity, companionId, async (manager, companion) => {
      const corrected = merged(companion, changes);
      // Companions entered before these were asked must give them now: the letter prints them.
      for (const field of ['birthDate', 'nationality'] as const)
        if (!corrected[field]) throw badInput(`companion.${field}: required`, { field: `companion.${field}` });
      checkPassportAfterBirth(corrected, 'companion');
      await manager.save(Companion, corrected);
      await this.audit.record(manager, identity, 'case.update-companion', { caseId: companion.caseId, targetId: companion.id });
      await this.announceCompanion(manager, corrected);
    });
  }

  /** A companion who no longer travels: gone from intake, and travel drops them from the party. */
  removeCompanion(identity: Identity, companionId: string): Promise<Case> {
    return this.changeCompanion(identity, companionId, async (manager, companion) => {
      await manager.delete(Companion, { id: companion.id });
      await this.audit.record(manager, identity, 'case.remove-companion', { caseId: companion.caseId, targetId: companion.id });
      await this.outbox.append(manager, PersonRemoved, { caseId: companion.caseId, personId: companion.id, removedAt: this.clock.now().toISOString() });
    });
  }

  /** Identifying details of companions: coordinators and admins only (anyone else sees none). */
  async companions(identity: Identity, caseId: string): Promise<Companion[]> {
    if (!isStaff(identity)) return [];
    return this.dataSource.manager.find(Companion, { where: { caseId }, order: { familyName: 'ASC' } });
  }

  private async announceCompanion(manager: EntityManager, companion: Companion): Promise<void> {
    // Only companions entered before birth date and nationality were asked lack them; they are announced once corrected.
    if (!companion.birthDate || !companion.nationality) return;
    const identity: PersonIdentity = {
      givenName: companion.givenName,
      familyName: companion.familyName,
      birthDate: companion.birthDate,
      nationality: companion.nationality,
      passportNumber: companion.passportNumber,
      passportExpiry: companion.passportExpiry,
      relationship: companion.relationship,
      email: null,
      phone: null,
    };
    await this.outbox.append(manager, PersonRecorded, {
      caseId: companion.caseId,
      personId: companion.id,
      role: 'COMPANION',
      identity: seal(identity, this.keyring),
      recordedAt: this.clock.now().toISOString(),
    });
  }

  private async changeCompanion(
    identity: Identity,
    companionId: string,
    change: (manager: EntityManager, companion: Companion) => Promise<void>,
  ): Promise<Case> {
    const companion = await this.dataSource.manager.findOneBy(Companion, { id: companionId });
    if (!companion) throw notFound('companion');
    return changeCase(this.dataSource, this.access, identity, companion.caseId, async (manager) => {
      // Re-read under the case's lock: it may have been removed meanwhile.
      const current = await manager.findOneBy(Companion, { id: companionId });
      if (!current) throw notFound('companion');
      await change(manager, current);
    });
  }
}

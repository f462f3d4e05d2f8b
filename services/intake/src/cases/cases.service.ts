import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasRole, Identity } from '@carta/auth';
import { CaseOpened, CaseProfileChanged, CaseStatus, CaseStatusChanged, CoordinatorAssigned } from '@carta/contracts';
import { DomainError, forbidden, isStaff, notFound } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit, statusAction } from '@carta/audit';
import { CaseAccess, recordAssignment } from '@carta/case-access';
import { DataSource, EntityManager } from 'typeorm';
import { Patient } from '../patients/patient.entity';
import { PeopleService } from '../patients/people.service';
import { Case, CaseStatusChange, HomeTeamReview } from './case.entity';
import { checkTransition } from './case-lifecycle.rules';
import { CaseProfile } from './case-profile.input';
import { newCaseReference } from './case-reference.rules';
import { idempotent } from '@carta/service-kit';
import { OpenCaseInput } from './open-case.input';
import { changeCase } from './change-case';
import { quotedTableOf } from '@carta/persistence';

/** One allowed move of a case's status; `changedBy` null when intake follows another service's fact. */
export interface StatusMove {
  caseId: string;
  from: CaseStatus;
  to: CaseStatus;
  reason?: string;
  changedBy: string | null;
}

const newPatientId = () => `pt_${randomBytes(8).toString('hex')}`;

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    private readonly people: PeopleService,
  ) {}

  /**
   * Patient, case, audit record and the CaseOpened event commit together or not at all; a repeat
   * with the same idempotency key (a resend after a lost answer, a double submit) gets the first case.
   */
  openCase(identity: Identity, input: OpenCaseInput, idempotencyKey?: string | null): Promise<Case> {
    // The caller becomes the case's coordinator; only an admin opens a case for someone else.
    const coordinatorId = input.coordinatorId ?? identity.subject;
    if (coordinatorId !== identity.subject && !hasRole(identity, 'admin'))
      throw forbidden('a coordinator opens cases for themselves; an admin assigns them to others');
    return this.dataSource.transaction((manager) =>
      idempotent(
        manager,
        { caller: identity.subject, operation: 'openCase', key: idempotencyKey, request: input },
        () => this.insertCase(manager, identity, input, coordinatorId),
        {
          idOf: (kase) => kase.id,
          replay: (id) => manager.findOneByOrFail(Case, { id }),
        },
      ),
    );
  }

  private async insertCase(manager: EntityManager, identity: Identity, input: OpenCaseInput, coordinatorId: string): Promise<Case> {
    let patientId = input.patientId;
    let birthDate = input.patient?.birthDate;
    if (patientId) {
      const known = await manager.findOne(Patient, { select: { id: true, birthDate: true }, where: { id: patientId } });
      if (!known) throw notFound('patient');
      birthDate = known.birthDate;
    } else {
      const details = input.patient!;
      patientId = newPatientId();
      await manager.insert(Patient, {
        id: patientId,
        personId: randomUUID(),
        ...details,
        passportNumber: details.passportNumber ?? null,
        passportExpiry: details.passportExpiry ?? null,
        email: details.email ?? null,
        phone: details.phone ?? null,
      });
    }
    const openedAt = new Date();
    const kase = manager.create(Case, {
      id: randomUUID(),
      patientId,
      diagnosisIcd10: input.diagnosis.icd10,
      diagnosisDescription: input.diagnosis.description,
      reference: await this.unusedReference(manager),
      priorCellularTherapy: input.priorCellularTherapy ?? null,
      coordinatorId,
      status: 'NEW',
      openedAt,
      homeTeamReview: null,
    });
    await manager.insert(Case, kase);
    await manager.insert(CaseStatusChange, {
      id: randomUUID(),
      caseId: kase.id,
      fromStatus: null,
      toStatus: 'NEW',
      reason: null,
      changedBy: identity.subject,
      changedAt: openedAt,
    });
    // Intake owns the assignment: its own access projection is written now, not when its event comes back.
    await recordAssignment(manager, { caseId: kase.id, coordinatorId, assignedAt: openedAt });
    await this.audit.record(manager, identity, 'case.open', { caseId: kase.id });
    // Travel and billing learn the patient of this case from intake, never by typing them again.
    await this.people.announcePatient(manager, kase.id, await manager.findOneByOrFail(Patient, { id: patientId }));
    await this.outbox.append(manager, CaseOpened, {
      caseId: kase.id,
      patientId,
      diagnosis: { icd10: kase.diagnosisIcd10, description: kase.diagnosisDescription },
      coordinatorId: kase.coordinatorId,
      openedAt: openedAt.toISOString(),
      reference: kase.reference,
      // Year and month only: other services derive age from it; the exact date stays here.
      ...(birthDate ? { birthYearMonth: String(birthDate).slice(0, 7) } : {}),
      priorCellularTherapy: kase.priorCellularTherapy,
    });
    return kase;
  }

  /** Reads a case the caller may see, leaving an audit record. */
  readCase(identity: Identity, caseId: string): Promise<Case | null> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await manager.findOneBy(Case, { id: caseId });
      if (!kase) return null;
      await this.access.assertCanRead(identity, caseId, 'CLINICAL_SUMMARY', manager);
      await this.audit.record(manager, identity, 'case.read', { caseId });
      return kase;
    });
  }

  async readPatient(identity: Identity, kase: Case): Promise<Patient | null> {
    if (!isStaff(identity)) return null;
    return this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, identity, 'patient.read', { caseId: kase.id, targetId: kase.patientId });
      return manager.findOneBy(Patient, { id: kase.patientId });
    });
  }

  transition(identity: Identity, caseId: string, to: CaseStatus, reason?: string | null): Promise<Case> {
    return changeCase(this.dataSource, this.access, identity, caseId, async (manager, kase) => {
      await this.moveTo(manager, kase, to, reason ?? undefined, identity.subject);
      await this.audit.record(manager, identity, statusAction('case.transition', to), { caseId });
    });
  }

  /**
   * Moves a case, keeps the move in its history and emits the change. Used by coordinators (`changedBy`
   * is who); an invalid move is a CONFLICT naming the allowed next states.
   */
  async moveTo(manager: EntityManager, kase: Case, to: CaseStatus, reason?: string, changedBy: string | null = null): Promise<void> {
    const check = checkTransition(kase.status, to, { homeTeamReviewed: kase.homeTeamReview !== null });
    if (!check.allowed) throw new DomainError('CONFLICT', check.reason, { allowedNext: check.allowedNext });
    const move: StatusMove = { caseId: kase.id, from: kase.status, to, reason, changedBy };
    kase.status = to;
    await this.recordMoves(manager, [move]);
  }

  /**
   * Writes allowed moves, in order, in three statements however many (the consumers that follow other
   * services' facts move a batch's cases at once): each case's last status, every move in its history,
   * one CaseStatusChanged per move.
   */
  async recordMoves(manager: EntityManager, moves: StatusMove[]): Promise<void> {
    if (moves.length === 0) return;
    const latest = new Map(moves.map((move) => [move.caseId, move.to]));
    await manager.query(
      `UPDATE ${quotedTableOf(manager, Case)} AS c SET "status" = m.status, "updated_at" = now()
       FROM unnest($1::uuid[], $2::text[]) AS m(id, status) WHERE c."id" = m.id`,
      [[...latest.keys()], [...latest.values()]],
    );
    // A case moved twice in one batch keeps its moves' order in the history (read by time, then id).
    const now = Date.now();
    const earlier = new Map<string, number>();
    const changes = moves.map((move) => {
      const nth = earlier.get(move.caseId) ?? 0;
      earlier.set(move.caseId, nth + 1);
      return { ...move, id: randomUUID(), changedAt: new Date(now + nth) };
    });
    await manager.insert(
      CaseStatusChange,
      changes.map(({ id, caseId, from, to, reason, changedBy, changedAt }) => ({
        id,
        caseId,
        fromStatus: from,
        toStatus: to,
        reason: reason ?? null,
        changedBy,
        changedAt,
      })),
    );
    await this.outbox.appendAll(
      manager,
      CaseStatusChanged,
      changes.map(({ caseId, from, to, reason, changedAt }) => ({ caseId, from, to, ...(reason ? { reason } : {}), changedAt: changedAt.toISOString() })),
    );
  }

  /** The case's status moves, oldest first (the opening first): coordinators and admins only, others see none. */
  statusHistory(identity: Identity, caseId: string): Promise<CaseStatusChange[]> {
    if (!isStaff(identity)) return Promise.resolve([]);
    return this.dataSource.manager.find(CaseStatusChange, { where: { caseId }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  /** An admin action (the resolver allows admins only), audited like every change. */
  assignCoordinator(identity: Identity, caseId: string, coordinatorId: string): Promise<Case> {
    return changeCase(this.dataSource, this.access, identity, caseId, async (manager, kase) => {
      kase.coordinatorId = coordinatorId;
      await manager.update(Case, caseId, { coordinatorId });
      const assignedAt = new Date();
      await recordAssignment(manager, { caseId, coordinatorId, assignedAt });
      await this.audit.record(manager, identity, 'case.assign-coordinator', { caseId });
      await this.outbox.append(manager, CoordinatorAssigned, { caseId, coordinatorId, assignedAt: assignedAt.toISOString() });
    });
  }

  recordHomeTeamReview(identity: Identity, caseId: string, review: Omit<HomeTeamReview, 'recordedAt' | 'recordedBy'>): Promise<Case> {
    return changeCase(this.dataSource, this.access, identity, caseId, async (manager, kase) => {
      kase.homeTeamReview = { ...review, recordedAt: new Date().toISOString(), recordedBy: identity.subject };
      await manager.update(Case, caseId, { homeTeamReview: kase.homeTeamReview });
      await this.audit.record(manager, identity, 'case.record-home-review', { caseId });
    });
  }

  /** Corrects the diagnosis and prior cellular therapy; documents and eligibility follow the event. */
  updateProfile(identity: Identity, caseId: string, profile: CaseProfile): Promise<Case> {
    return changeCase(this.dataSource, this.access, identity, caseId, async (manager, kase) => {
      Object.assign(kase, {
        diagnosisIcd10: profile.diagnosis.icd10,
        diagnosisDescription: profile.diagnosis.description,
        priorCellularTherapy: profile.priorCellularTherapy,
      });
      await manager.update(Case, caseId, {
        diagnosisIcd10: kase.diagnosisIcd10,
        diagnosisDescription: kase.diagnosisDescription,
        priorCellularTherapy: kase.priorCellularTherapy,
      });
      await this.audit.record(manager, identity, 'case.update-profile', { caseId });
      await this.outbox.append(manager, CaseProfileChanged, {
        caseId,
        diagnosis: profile.diagnosis,
        priorCellularTherapy: profile.priorCellularTherapy,
        changedAt: new Date().toISOString(),
      });
    });
  }

  /** A reference no case has yet: the unique index is the last word, this makes a clash all but impossible. */
  private async unusedReference(manager: EntityManager): Promise<string> {
    for (;;) {
      const reference = newCaseReference();
      if (!(await manager.existsBy(Case, { reference }))) return reference;
    }
  }
}

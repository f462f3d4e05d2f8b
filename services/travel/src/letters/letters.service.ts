import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { InvitationLetterExpired, InvitationLetterIssued, InvitationLetterRequested } from '@carta/contracts';
import { DomainError, notFound, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { storePaper, UnprintablePaper } from '@carta/pdf';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK, downloadLink, DownloadLink, OBJECT_STORE, ObjectLinks } from '@carta/service-kit';
import { ObjectStore } from '@carta/storage';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { Journey } from '../journeys/journey.entity';
import { CentreProfile } from '../reference/reference.entities';
import { plannedStay } from '../timeline/treatment-timeline.rules';
import { Traveller } from '../travellers/traveller.entity';
import { InvitationLetter, LetterTraveller } from './invitation-letter.entity';
import { invitationLetterPaper } from './invitation-letter.paper';
import { IssueLetterInput } from './letters.input';

export type LetterView = InvitationLetter & { effectiveStatus: 'REQUESTED' | 'ISSUED' | 'EXPIRED' };

/** Invitation letters: requested on acceptance, issued by the accepting centre's office as a stored PDF. */
@Injectable()
export class LettersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly links: ObjectLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async request(manager: EntityManager, about: { caseId: string; centreId: string; trialId: string }): Promise<InvitationLetter> {
    const now = this.clock.now();
    const letter = manager.create(InvitationLetter, { id: randomUUID(), ...about, status: 'REQUESTED', requestedAt: now });
    await manager.insert(InvitationLetter, letter);
    await this.outbox.append(manager, InvitationLetterRequested, { letterId: letter.id, ...about, requestedAt: now.toISOString() });
    return letter;
  }

  /** A fresh letter (the last one expired, or a refused visa needs a new one): never while one is pending or still valid. */
  requestAnother(identity: Identity, caseId: string): Promise<LetterView> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      const journey = await manager.findOne(Journey, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
      if (!journey) throw notFound('journey (the case has not been accepted by a centre)');
      const letters = (await manager.find(InvitationLetter, { where: { caseId } })).map((letter) => this.view(letter));
      if (letters.some((letter) => letter.effectiveStatus !== 'EXPIRED')) throw new DomainError('CONFLICT', 'a letter is already requested or still valid');
      const letter = await this.request(manager, { caseId, centreId: journey.centreId, trialId: journey.trialId });
      await this.audit.record(manager, identity, 'invitation-letter.request', { caseId, targetId: letter.id });
      return this.view(letter);
    });
  }

  /** Issued letters past their validity get one expiry event each. */
  async noticeExpired(): Promise<number> {
    const today = todayOf(this.clock);
    const expired = await this.dataSource.manager.find(InvitationLetter, {
      where: { status: 'ISSUED', expiryNoticedAt: IsNull(), validUntil: LessThan(today) },
    });
    for (const letter of expired) {
      await this.dataSource.transaction(async (manager) => {
        const noticedAt = this.clock.now();
        await manager.update(InvitationLetter, letter.id, { expiryNoticedAt: noticedAt });
        await this.outbox.append(manager, InvitationLetterExpired, {
          letterId: letter.id,
          caseId: letter.caseId,
          centreId: letter.centreId,
          validUntil: letter.validUntil!,
          noticedAt: noticedAt.toISOString(),
        });
      });
    }
    return expired.length;
  }

  /** The office of the letter's centre issues it; the PDF is stored before the letter counts as issued. */
  issue(identity: Identity, letterId: string, input: IssueLetterInput): Promise<LetterView> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await manager.findOne(InvitationLetter, { where: { id: letterId }, lock: { mode: 'pessimistic_write' } });
      // Another centre's office learns nothing, not even that the letter exists.
      if (!letter || letter.centreId !== identity.centreId) throw notFound('invitation letter');
      await this.access.assertCanRead(identity, letter.caseId, 'TRAVEL', manager);
      if (letter.status !== 'REQUESTED') throw new DomainError('CONFLICT', 'this letter was already issued');
      const [journey, centre, party] = await Promise.all([
        manager.findOneByOrFail(Journey, { caseId: letter.caseId }),
        manager.findOneBy(CentreProfile, { centreId: letter.centreId }),
        manager.find(Traveller, { where: { caseId: letter.caseId }, order: { addedAt: 'ASC' } }),
      ]);
      if (!centre) throw new DomainError('CONFLICT', 'the centre profile has not reached travel yet; try again shortly');
      if (!party.some((traveller) => traveller.role === 'PATIENT'))
        throw new DomainError('CONFLICT', "the coordinator has not entered the patient's passport details yet");

      const now = this.clock.now();
      const stay = plannedStay(journey.timeline);
      const plannedArrival = input.plannedArrival ?? stay.arrival;
      const plannedDeparture = input.plannedDeparture ?? stay.departure;
      if (plannedDeparture <= plannedArrival)
        throw new DomainError('BAD_USER_INPUT', 'plannedDeparture: must be after the planned arrival', { field: 'plannedDeparture' });
      if (input.validUntil <= todayOf(this.clock))
        throw new DomainError('BAD_USER_INPUT', 'validUntil: a letter must be valid after the day it is issued', { field: 'validUntil' });

      const travellers: LetterTraveller[] = party.map(
        ({ role, givenName, familyName, birthDate, nationality, passportNumber, passportExpiry, relationship }) => ({
          role,
          givenName,
          familyName,
          birthDate,
          nationality,
          passportNumber,
          passportExpiry,
          relationship,
        }),
      );
      const paper = invitationLetterPaper({
        letterId,
        officeReference: input.officeReference,
        centre,
        trialId: letter.trialId,
        acceptedOn: journey.acceptedOn,
        plannedArrival,
        plannedDeparture,
        validUntil: input.validUntil,
        travellers,
        issuedAt: now,
      });
      const { objectKey, sha256 } = await storePaper(this.store, `cases/${letter.caseId}/invitation-letters/${letterId}/v1`, paper).catch((error: unknown) => {
        if (error instanceof UnprintablePaper)
          throw new DomainError('CONFLICT', `the letter cannot print ${error.characters.join(' ')}: enter the office reference in Latin letters`);
        throw error;
      });

      Object.assign(letter, {
        status: 'ISSUED',
        officeReference: input.officeReference,
        plannedArrival,
        plannedDeparture,
        validUntil: input.validUntil,
        travellers,
        issuedBy: identity.subject,
        issuedAt: now,
        objectKey,
        sha256,
      });
      await manager.save(letter);
      await this.audit.record(manager, identity, 'invitation-letter.issue', { caseId: letter.caseId, targetId: letterId });
      await this.outbox.append(manager, InvitationLetterIssued, {
        letterId,
        caseId: letter.caseId,
        centreId: letter.centreId,
        companions: travellers.filter((traveller) => traveller.role === 'COMPANION').length,
        validUntil: input.validUntil,
        issuedAt: now.toISOString(),
      });
      return this.view(letter);
    });
  }

  /** A hospital office's letters: its own centre's only, for cases it may still read. */
  async forOffice(identity: Identity): Promise<LetterView[]> {
    if (!identity.centreId) return [];
    return this.readable(identity, { centreId: identity.centreId }, 'DESC');
  }

  forCase(identity: Identity, caseId: string): Promise<LetterView[]> {
    return this.readable(identity, { caseId }, 'ASC');
  }

  /** Letters print names and passports: each one shown is an audited read. */
  private readable(identity: Identity, where: { caseId: string } | { centreId: string }, order: 'ASC' | 'DESC'): Promise<LetterView[]> {
    return this.dataSource.transaction(async (manager) => {
      const letters = await manager.find(InvitationLetter, { where, order: { requestedAt: order } });
      const visible: LetterView[] = [];
      for (const letter of await this.access.readableCentreRecords(identity, letters, 'TRAVEL', manager)) {
        await this.audit.record(manager, identity, 'invitation-letter.read', { caseId: letter.caseId, targetId: letter.id });
        visible.push(this.view(letter));
      }
      return visible;
    });
  }

  /** A five-minute link to the issued PDF, for the coordinators or the issuing office; every fetch is audited. */
  async downloadLink(identity: Identity, letterId: string): Promise<DownloadLink> {
    const letter = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(InvitationLetter, { id: letterId });
      if (!found || !(await this.mayRead(identity, found, manager))) throw notFound('invitation letter');
      if (!found.objectKey) throw new DomainError('CONFLICT', 'the letter has not been issued yet');
      await this.audit.record(manager, identity, 'invitation-letter.download', { caseId: found.caseId, targetId: letterId });
      return found;
    });
    return downloadLink(this.links, letter.objectKey!, this.clock, {
      contentType: 'application/pdf',
      fileName: `invitation-letter-${letterId}.pdf`,
      sha256: letter.sha256 ?? undefined,
    });
  }

  private async mayRead(identity: Identity, letter: InvitationLetter, manager?: EntityManager): Promise<boolean> {
    return this.access.assertCanReadCentreRecord(identity, letter, 'TRAVEL', manager).then(
      () => true,
      () => false,
    );
  }

  /** Expiry is tracked from the letter's validity: past it, the consulate will not take it. */
  private view(letter: InvitationLetter): LetterView {
    const expired = letter.status === 'ISSUED' && letter.validUntil! < todayOf(this.clock);
    return Object.assign(letter, { effectiveStatus: expired ? ('EXPIRED' as const) : letter.status });
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { InvitationLetterExpired, InvitationLetterIssued, InvitationLetterRequested } from '@carta/contracts';
import { DomainError, notFound, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { storePaper } from '@carta/pdf';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { CentreDirectoryEntry } from '@carta/centre-directory';
import { Clock, CLOCK, downloadLink, DownloadLink, idempotent, OBJECT_STORE, ObjectLinks } from '@carta/service-kit';
import { ObjectStore } from '@carta/storage';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { Journey } from '../journeys/journey.entity';
import { PrincipalInvestigator, TrialTerms } from '../reference/reference.entities';
import { plannedStay } from '../timeline/treatment-timeline.rules';
import { Traveller } from '../travellers/traveller.entity';
import { InvitationLetter, LetterTraveller, PrintedLetterhead } from './invitation-letter.entity';
import { draftLetter, invitationLetterPaper, unprintableFields } from './invitation-letter.paper';
import { DraftLetterInput, IssueLetterInput } from './letters.input';

export type LetterView = InvitationLetter & { effectiveStatus: 'REQUESTED' | 'ISSUED' | 'SUPERSEDED' | 'EXPIRED' };

/** A letter before issue: each field once known (null and named in `missing` until then) and a draft PDF. */
export interface LetterPreview {
  letterId: string;
  version: number;
  missing: string[];
  unprintable: string[];
  centre: PrintedLetterhead['centre'] | null;
  principalInvestigator: PrincipalInvestigator | null;
  trialId: string;
  acceptedOn: string;
  officeReference: string | null;
  plannedArrival: string | null;
  plannedDeparture: string | null;
  validUntil: string | null;
  travellers: LetterTraveller[];
  draft: DownloadLink;
}

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
  /** A repeat with the same idempotency key requests nothing and returns the first letter. */
  requestAnother(identity: Identity, caseId: string, idempotencyKey?: string | null): Promise<LetterView> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      return idempotent(
        manager,
        { caller: identity.subject, operation: 'requestInvitationLetter', key: idempotencyKey, request: { caseId } },
        () => this.requestFor(manager, identity, caseId),
        { idOf: (letter) => letter.id, replay: async (id) => this.view(await manager.findOneByOrFail(InvitationLetter, { id })) },
      );
    });
  }

  private async requestFor(manager: EntityManager, identity: Identity, caseId: string): Promise<LetterView> {
    const journey = await manager.findOne(Journey, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
    if (!journey) throw notFound('journey (the case has not been accepted by a centre)');
    const letters = (await manager.find(InvitationLetter, { where: { caseId } })).map((letter) => this.view(letter));
    if (letters.some((letter) => letter.effectiveStatus === 'REQUESTED' || letter.effectiveStatus === 'ISSUED'))
      throw new DomainError('CONFLICT', 'a letter is already requested or still valid');
    const letter = await this.request(manager, { caseId, centreId: journey.centreId, trialId: journey.trialId });
    await this.audit.record(manager, identity, 'invitation-letter.request', { caseId, targetId: letter.id });
    return this.view(letter);
  }

  /** Issued letters past their validity get one expiry event each. */
  async noticeExpired(): Promise<number> {
    const today = todayOf(this.clock);
    const expired = await this.dataSource.manager.find(InvitationLetter, {
      where: { status: 'ISSUED', expiryNoticedAt: IsNull(), validUntil: LessThan(today) },
    });
    let noticed = 0;
    for (const letter of expired) {
      await this.dataSource.transaction(async (manager) => {
        const noticedAt = this.clock.now();
        // Claimed, not just written: with several replicas sweeping, only the one whose update finds
        // the letter still issued and unnoticed announces its expiry.
        const claimed = await manager.update(InvitationLetter, { id: letter.id, status: 'ISSUED', expiryNoticedAt: IsNull() }, { expiryNoticedAt: noticedAt });
        if (claimed.affected !== 1) return;
        noticed += 1;
        await this.outbox.append(manager, InvitationLetterExpired, {
          letterId: letter.id,
          caseId: letter.caseId,
          centreId: letter.centreId,
          validUntil: letter.validUntil!,
          noticedAt: noticedAt.toISOString(),
        });
      });
    }
    return noticed;
  }

  /** The office of the letter's centre issues it; the PDF is stored before the letter counts as issued. */
  issue(identity: Identity, letterId: string, input: IssueLetterInput): Promise<LetterView> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.officeLetter(manager, identity, letterId);
      if (letter.status !== 'REQUESTED')
        throw new DomainError('CONFLICT', 'this letter was already issued: re-issue it (reissueInvitationLetter) to correct it');
      await this.issueInto(manager, identity, letter, input, 'invitation-letter.issue');
      return this.view(letter);
    });
  }

  /**
   * A correction while a letter is still valid (a traveller's name corrected at intake, new dates): a new
   * letter with the next version, printed from today's facts; the old one is superseded, kept and still
   * downloadable by who may read it, but no longer valid.
   */
  reissue(identity: Identity, letterId: string, reason: string, input: DraftLetterInput | null | undefined): Promise<LetterView> {
    return this.dataSource.transaction(async (manager) => {
      const previous = await this.officeLetter(manager, identity, letterId);
      if (this.view(previous).effectiveStatus !== 'ISSUED')
        throw new DomainError('CONFLICT', 'only an issued letter that is still valid is re-issued; an expired one is replaced by requesting a new letter');
      const now = this.clock.now();
      const next = manager.create(InvitationLetter, {
        id: randomUUID(),
        caseId: previous.caseId,
        centreId: previous.centreId,
        trialId: previous.trialId,
        status: 'REQUESTED',
        requestedAt: now,
        version: previous.version + 1,
        supersedesLetterId: previous.id,
        reissueReason: reason,
      });
      await manager.insert(InvitationLetter, next);
      await manager.update(InvitationLetter, previous.id, { status: 'SUPERSEDED', supersededAt: now });
      await this.issueInto(
        manager,
        identity,
        next,
        {
          officeReference: input?.officeReference ?? previous.officeReference!,
          plannedArrival: input?.plannedArrival,
          plannedDeparture: input?.plannedDeparture,
          validUntil: input?.validUntil ?? previous.validUntil!,
        },
        'invitation-letter.reissue',
      );
      return this.view(next);
    });
  }

  /**
   * The letter as it would be issued now, before issuing it: its fields, what is still missing, and a
   * 5-minute link to a draft PDF marked as such. For the issuing office and the case's coordinators.
   */
  preview(identity: Identity, letterId: string, input: DraftLetterInput): Promise<LetterPreview> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await manager.findOneBy(InvitationLetter, { id: letterId });
      if (!letter || !(await this.mayRead(identity, letter, manager))) throw notFound('invitation letter');
      if (letter.status === 'SUPERSEDED') throw new DomainError('CONFLICT', 'this letter was superseded by a re-issue; preview the current one');
      // An issued letter previews its re-issue: the next version, printed from today's facts.
      const reissue = letter.status === 'ISSUED';
      const { contents, missing } = await this.draft(manager, letter, {
        version: reissue ? letter.version + 1 : letter.version,
        officeReference: input.officeReference ?? letter.officeReference,
        plannedArrival: input.plannedArrival,
        plannedDeparture: input.plannedDeparture,
        validUntil: input.validUntil ?? letter.validUntil,
      });
      const unprintable = unprintableFields(contents);
      const paper = invitationLetterPaper({ ...contents, draft: true });
      const { objectKey, sha256 } = await storePaper(this.store, `cases/${letter.caseId}/invitation-letters/${letterId}/drafts/${randomUUID()}`, paper, {
        unprintable: 'mark',
      });
      await this.audit.record(manager, identity, 'invitation-letter.preview', { caseId: letter.caseId, targetId: letterId });
      const known = <T>(value: T, field: string) => (missing.includes(field) ? null : value);
      return {
        letterId,
        version: contents.version,
        missing,
        unprintable,
        centre: missing.includes('centre') ? null : contents.centre,
        principalInvestigator: known(contents.principalInvestigator, 'principalInvestigator'),
        trialId: contents.trialId,
        acceptedOn: contents.acceptedOn,
        officeReference: known(contents.officeReference, 'officeReference'),
        plannedArrival: known(contents.plannedArrival, 'plannedArrival'),
        plannedDeparture: known(contents.plannedDeparture, 'plannedDeparture'),
        validUntil: known(contents.validUntil, 'validUntil'),
        travellers: contents.travellers,
        draft: downloadLink(this.links, objectKey, this.clock, {
          contentType: 'application/pdf',
          fileName: `invitation-letter-${letterId}-draft.pdf`,
          sha256,
        }),
      };
    });
  }

  /** The letter, locked, when the caller is the office of its centre; another centre's office learns nothing, not even that it exists. */
  private async officeLetter(manager: EntityManager, identity: Identity, letterId: string): Promise<InvitationLetter> {
    const letter = await manager.findOne(InvitationLetter, { where: { id: letterId }, lock: { mode: 'pessimistic_write' } });
    if (!letter || letter.centreId !== identity.centreId) throw notFound('invitation letter');
    await this.access.assertCanRead(identity, letter.caseId, 'TRAVEL', manager);
    return letter;
  }

  /** The letter from today's facts: the centre and its PI as travel knows them, the travellers, the timeline's stay. */
  private async draft(
    manager: EntityManager,
    letter: InvitationLetter,
    given: { version: number; officeReference: string | null; plannedArrival?: string | null; plannedDeparture?: string | null; validUntil: string | null },
  ) {
    // One after another: a transaction's connection runs one query at a time.
    const journey = await manager.findOneByOrFail(Journey, { caseId: letter.caseId });
    const centre = await manager.findOneBy(CentreDirectoryEntry, { centreId: letter.centreId });
    const trial = await manager.findOneBy(TrialTerms, { trialId: letter.trialId });
    const party = await manager.find(Traveller, { where: { caseId: letter.caseId }, order: { addedAt: 'ASC' } });
    const stay = plannedStay(journey.timeline);
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
    return draftLetter({
      letterId: letter.id,
      version: given.version,
      trialId: letter.trialId,
      acceptedOn: journey.acceptedOn,
      issuedAt: this.clock.now(),
      centre,
      principalInvestigator: trial?.principalInvestigators?.[letter.centreId] ?? null,
      travellers,
      officeReference: given.officeReference,
      plannedArrival: given.plannedArrival ?? stay.arrival,
      plannedDeparture: given.plannedDeparture ?? stay.departure,
      validUntil: given.validUntil,
    });
  }

  /** Prints the letter from today's facts and stores it; refused while a required field is missing or cannot be printed. */
  private async issueInto(
    manager: EntityManager,
    identity: Identity,
    letter: InvitationLetter,
    input: IssueLetterInput,
    action: 'invitation-letter.issue' | 'invitation-letter.reissue',
  ) {
    const { contents, missing } = await this.draft(manager, letter, { version: letter.version, ...input });
    if (missing.length > 0) throw new DomainError('CONFLICT', `the letter cannot be issued yet: missing ${missing.join(', ')}`, { missing });
    if (contents.plannedDeparture <= contents.plannedArrival)
      throw new DomainError('BAD_USER_INPUT', 'plannedDeparture: must be after the planned arrival', { field: 'plannedDeparture' });
    if (contents.validUntil <= todayOf(this.clock))
      throw new DomainError('BAD_USER_INPUT', 'validUntil: a letter must be valid after the day it is issued', { field: 'validUntil' });
    // Names are refused at entry; one that still cannot print is named by its field, never blamed on the reference.
    const unprintable = unprintableFields(contents);
    if (unprintable.length > 0)
      throw new DomainError('CONFLICT', `the letter cannot print ${unprintable.join('; ')}: correct it where it was entered`, {
        field: unprintable[0].split(':')[0],
      });
    const { objectKey, sha256 } = await storePaper(
      this.store,
      `cases/${letter.caseId}/invitation-letters/${letter.id}/v${letter.version}`,
      invitationLetterPaper(contents),
    );
    const now = contents.issuedAt;
    Object.assign(letter, {
      status: 'ISSUED',
      officeReference: contents.officeReference,
      plannedArrival: contents.plannedArrival,
      plannedDeparture: contents.plannedDeparture,
      validUntil: contents.validUntil,
      travellers: contents.travellers,
      printed: { centre: contents.centre, principalInvestigator: contents.principalInvestigator },
      issuedBy: identity.subject,
      issuedAt: now,
      objectKey,
      sha256,
    });
    await manager.save(letter);
    await this.audit.record(manager, identity, action, { caseId: letter.caseId, targetId: letter.id });
    await this.outbox.append(manager, InvitationLetterIssued, {
      letterId: letter.id,
      caseId: letter.caseId,
      centreId: letter.centreId,
      companions: contents.travellers.filter((traveller) => traveller.role === 'COMPANION').length,
      validUntil: contents.validUntil,
      issuedAt: now.toISOString(),
      version: letter.version,
      ...(letter.supersedesLetterId ? { supersedesLetterId: letter.supersedesLetterId } : {}),
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

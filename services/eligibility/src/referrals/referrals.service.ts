import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { PiDecisionRecorded, ReferralReviewOverdue, ReferralSubmitted } from '@carta/contracts';
import { dayOf, DomainError, isStaff, notFound, reviewDueOn, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit, statusAction } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK, idempotent } from '@carta/service-kit';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { TrialProjection } from '../summaries/eligibility.entities';
import { recruitsAt } from '../trials/trial-sites.rules';
import { ChecklistStatus, Referral } from './referral.entity';
import { PiDecisionInput, SubmissionInput } from './referrals.input';

@Injectable()
export class ReferralsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Submits a case to a trial at a centre: never without the patient's active consent for that centre. */
  /** A repeat with the same idempotency key and arguments submits nothing and returns the first referral. */
  submit(identity: Identity, caseId: string, submission: SubmissionInput, idempotencyKey?: string | null): Promise<Referral> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      return idempotent(
        manager,
        { caller: identity.subject, operation: 'submitCase', key: idempotencyKey, request: { caseId, submission } },
        () => this.insertReferral(manager, identity, caseId, submission),
        { idOf: (referral) => referral.id, replay: (id) => manager.findOneByOrFail(Referral, { id }) },
      );
    });
  }

  private async insertReferral(manager: EntityManager, identity: Identity, caseId: string, { trialId, centreId }: SubmissionInput): Promise<Referral> {
    const trial = await manager.findOneBy(TrialProjection, { trialId });
    if (!trial) throw notFound('trial');
    if (!trial.snapshot.centreIds.includes(centreId))
      throw new DomainError('BAD_USER_INPUT', `centreId: ${trialId} does not run at ${centreId}`, { field: 'centreId' });
    // Each site recruits on its own: the centre submitted to must be recruiting itself.
    if (!recruitsAt(trial.snapshot, centreId)) throw new DomainError('CONFLICT', `${trialId} is not recruiting at ${centreId}`);
    const facts = await this.access.facts(caseId, manager);
    if (!facts.consents.some((consent) => consent.centreId === centreId && consent.categories.includes('CLINICAL_SUMMARY'))) {
      throw new DomainError('CONFLICT', `the patient has no active consent to share this case with ${centreId}`);
    }
    const open = await manager.findOneBy(Referral, { caseId, trialId, centreId, status: 'AWAITING_DECISION' });
    if (open) throw new DomainError('CONFLICT', 'this case already awaits a decision on this trial at this centre');
    const now = this.clock.now();
    const completeness = (await manager.findOneBy(ChecklistStatus, { caseId }))?.completeness ?? 'INCOMPLETE';
    const referral = manager.create(Referral, {
      id: randomUUID(),
      caseId,
      trialId,
      centreId,
      status: 'AWAITING_DECISION',
      completenessAtSubmission: completeness,
      submittedAt: now,
      submittedBy: identity.subject,
      reviewDueOn: reviewDueOn(completeness, dayOf(now)),
      overdueNoticedAt: null,
      decisionReason: null,
      decidedAt: null,
      decidedBy: null,
    });
    await manager.insert(Referral, referral);
    await this.audit.record(manager, identity, 'referral.submit', { caseId, targetId: referral.id });
    await this.outbox.append(manager, ReferralSubmitted, { referralId: referral.id, caseId, centreId, trialId, submittedAt: now.toISOString() });
    return referral;
  }

  /** What a centre's office sees: only referrals to its own centre that it may still read. */
  async forOffice(identity: Identity): Promise<Referral[]> {
    if (!identity.centreId) return [];
    const referrals = await this.dataSource.manager.find(Referral, { where: { centreId: identity.centreId }, order: { submittedAt: 'DESC' } });
    const visible = await this.access.visibleCases(
      identity,
      referrals.map((referral) => referral.caseId),
    );
    return referrals.filter((referral) => visible.has(referral.caseId));
  }

  /** A case's referrals: all of them for whoever runs or administers it, an office only its own centre's. */
  async forCase(identity: Identity, caseId: string): Promise<Referral[]> {
    await this.access.assertCanRead(identity, caseId);
    const referrals = await this.dataSource.manager.find(Referral, { where: { caseId }, order: { submittedAt: 'DESC' } });
    // As myReferrals: another centre's submission of the same case is none of this office's business.
    return isStaff(identity) ? referrals : referrals.filter((referral) => referral.centreId === identity.centreId);
  }

  recordDecision(identity: Identity, referralId: string, { decision, reason }: PiDecisionInput): Promise<Referral> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await manager.findOne(Referral, { where: { id: referralId }, lock: { mode: 'pessimistic_write' } });
      // Another centre's office learns nothing, not even that the referral exists.
      if (!referral || referral.centreId !== identity.centreId) throw notFound('referral');
      await this.access.assertCanRead(identity, referral.caseId, 'CLINICAL_SUMMARY', manager);
      if (referral.status !== 'AWAITING_DECISION') throw new DomainError('CONFLICT', `the PI already decided: ${referral.status}`);
      if (decision !== 'ACCEPTED' && !reason)
        throw new DomainError('BAD_USER_INPUT', 'reason: say why the PI declined or what more is needed', { field: 'reason' });
      const now = this.clock.now();
      Object.assign(referral, { status: decision, decisionReason: reason, decidedAt: now, decidedBy: identity.subject });
      await manager.save(referral);
      await this.audit.record(manager, identity, statusAction('referral', decision), { caseId: referral.caseId, targetId: referral.id });
      await this.outbox.append(manager, PiDecisionRecorded, {
        referralId,
        caseId: referral.caseId,
        centreId: referral.centreId,
        trialId: referral.trialId,
        decision,
        ...(reason ? { reason } : {}),
        decidedAt: now.toISOString(),
      });
      return referral;
    });
  }

  /** Referrals past their review deadline get one overdue event each. */
  async noticeOverdue(): Promise<number> {
    const today = todayOf(this.clock);
    const overdue = await this.dataSource.manager.find(Referral, {
      where: { status: 'AWAITING_DECISION', overdueNoticedAt: IsNull(), reviewDueOn: LessThan(today) },
    });
    let noticed = 0;
    for (const referral of overdue) {
      await this.dataSource.transaction(async (manager) => {
        referral.overdueNoticedAt = this.clock.now();
        // Claimed, not just written: with several replicas sweeping, only the one whose update finds
        // the referral still unnoticed (and undecided) announces it.
        const claimed = await manager.update(
          Referral,
          { id: referral.id, overdueNoticedAt: IsNull(), status: 'AWAITING_DECISION' },
          { overdueNoticedAt: referral.overdueNoticedAt },
        );
        if (claimed.affected !== 1) return;
        noticed += 1;
        await this.outbox.append(manager, ReferralReviewOverdue, {
          referralId: referral.id,
          caseId: referral.caseId,
          centreId: referral.centreId,
          trialId: referral.trialId,
          dueOn: referral.reviewDueOn,
          noticedAt: referral.overdueNoticedAt.toISOString(),
        });
      });
    }
    return noticed;
  }
}

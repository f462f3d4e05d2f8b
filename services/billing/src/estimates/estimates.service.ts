import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { CostEstimateAccepted, CostEstimatePrepared } from '@carta/contracts';
import { dayOf, DomainError, notFound, todayOf } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { storePaper } from '@carta/pdf';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK, downloadLink, DownloadLink, OBJECT_STORE, ObjectLinks } from '@carta/service-kit';
import { ObjectStore } from '@carta/storage';
import { DataSource, EntityManager } from 'typeorm';
import { BillingAccount, TrialFunding } from '../accounts/billing-account.entity';
import { estimateCosts, EstimateInput, ILLUSTRATIVE_PRICE_LIST } from './cost-estimate.rules';
import { Estimate, StoredEstimate } from './estimate.entity';
import { AcceptEstimateInput, PrepareEstimateInput } from './estimates.input';
import { estimatePaper } from './estimate.paper';
import { CentreDirectoryEntry } from '@carta/centre-directory';
import { CentreTariff } from '../tariffs/centre-tariff.entity';
import { priceListFromTariff } from '../tariffs/tariff.rules';

/** Cost estimates, versioned by what they were made from, and the family's acceptance of one version. */
@Injectable()
export class EstimatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly links: ObjectLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A new version only when something it is made from changed; the same inputs return the current one. */
  prepare(identity: Identity, caseId: string, input: PrepareEstimateInput): Promise<Estimate> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      const account = await this.lockedAccount(manager, caseId);
      if (input.usdToCny.asOf > todayOf(this.clock))
        throw new DomainError('BAD_USER_INPUT', 'usdToCny.asOf: a rate cannot be dated in the future', { field: 'usdToCny.asOf' });
      if (input.fundingModel === 'SPONSOR_FUNDED') {
        const funding = await manager.findOneBy(TrialFunding, { trialId: account.trialId });
        // Never under-state the cost: the product is free only where the sponsor pays for it.
        if (!funding?.fundingModels.includes('SPONSOR_FUNDED'))
          throw new DomainError('CONFLICT', `${account.trialId} is not sponsor-funded: estimate it as patient-paid or compassionate`);
      }
      // The centre's own prices once its office has entered them; until then, the illustrative list, flagged as such.
      const tariff = await manager.findOneBy(CentreTariff, { centreId: account.centreId });
      const estimateInput: EstimateInput = {
        fundingModel: input.fundingModel,
        product: account.productType === 'AUTOLOGOUS' ? { type: 'AUTOLOGOUS', manufacturingWaitDays: account.manufacturingWaitDays! } : { type: 'ALLOGENEIC' },
        monitoringDays: account.monitoringDays,
        hotelMonitoringAfterDay14: account.hotelMonitoringAfterDay14,
        familyStaysDuringManufacturing: input.familyStaysDuringManufacturing,
        prices: tariff ? priceListFromTariff(tariff.tariff) : ILLUSTRATIVE_PRICE_LIST,
        rate: { from: 'USD', to: 'CNY', ...input.usdToCny },
      };
      const previous = await this.latest(manager, caseId);
      const { version, inputHash, ...costed } = estimateCosts(estimateInput, previous ?? undefined);
      if (previous && version === previous.version) return previous;

      const id = randomUUID();
      const now = this.clock.now();
      const breakdown = JSON.parse(JSON.stringify(costed)) as StoredEstimate;
      const centre = await manager.findOneBy(CentreDirectoryEntry, { centreId: account.centreId });
      const paper = estimatePaper({ caseId, centreId: account.centreId, centre, trialId: account.trialId, version, inputHash, breakdown, preparedAt: now });
      const { objectKey, sha256 } = await storePaper(this.store, `cases/${caseId}/estimates/${id}/v1`, paper);
      const estimate = manager.create(Estimate, {
        id,
        caseId,
        version,
        inputHash,
        breakdown,
        timelineRevision: account.timelineRevision,
        familyStaysDuringManufacturing: input.familyStaysDuringManufacturing,
        preparedAt: now,
        preparedBy: identity.subject,
        objectKey,
        sha256,
        acceptedBy: null,
        acceptedAt: null,
        acceptanceRecordedBy: null,
      });
      await manager.insert(Estimate, estimate);
      await this.audit.record(manager, identity, 'estimate.prepare', { caseId, targetId: id });
      await this.outbox.append(manager, CostEstimatePrepared, {
        estimateId: id,
        caseId,
        version,
        inputHash,
        fundingModel: input.fundingModel,
        totalLow: breakdown.total.low,
        totalHigh: breakdown.total.high,
        preparedAt: now.toISOString(),
      });
      return estimate;
    });
  }

  /** The family accepts one specific version: the latest, once. Only then may it be invoiced. */
  accept(identity: Identity, estimateId: string, input: AcceptEstimateInput): Promise<Estimate> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(Estimate, { id: estimateId });
      if (!found) throw notFound('estimate');
      await this.access.assertCanWrite(identity, found.caseId, manager);
      const account = await this.lockedAccount(manager, found.caseId);
      const estimate = await manager.findOneByOrFail(Estimate, { id: estimateId });
      const latest = (await this.latest(manager, estimate.caseId))!;
      if (latest.id !== estimate.id)
        throw new DomainError('CONFLICT', `version ${estimate.version} was superseded by version ${latest.version}: the family accepts the current one`, {
          currentVersion: latest.version,
        });
      if (estimate.acceptedAt) throw new DomainError('CONFLICT', `version ${estimate.version} was already accepted on ${dayOf(estimate.acceptedAt)}`);
      const acceptedAt = input.acceptedAt ? new Date(input.acceptedAt) : this.clock.now();
      if (acceptedAt < estimate.preparedAt || acceptedAt > this.clock.now())
        throw new DomainError('BAD_USER_INPUT', 'acceptedAt: between the estimate being prepared and now', { field: 'acceptedAt' });
      Object.assign(estimate, { acceptedBy: input.acceptedBy, acceptedAt, acceptanceRecordedBy: identity.subject });
      await manager.save(estimate);
      account.acceptedEstimateId = estimate.id;
      await manager.save(account);
      await this.audit.record(manager, identity, 'estimate.accept', { caseId: estimate.caseId, targetId: estimate.id });
      await this.outbox.append(manager, CostEstimateAccepted, {
        estimateId,
        caseId: estimate.caseId,
        version: estimate.version,
        inputHash: estimate.inputHash,
        acceptedAt: acceptedAt.toISOString(),
      });
      return estimate;
    });
  }

  async downloadLink(identity: Identity, estimateId: string): Promise<DownloadLink> {
    const estimate = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(Estimate, { id: estimateId });
      if (!found) throw notFound('estimate');
      await this.access.assertCanSeeFinances(identity, found.caseId, manager);
      await this.audit.record(manager, identity, 'estimate.download', { caseId: found.caseId, targetId: estimateId });
      return found;
    });
    return downloadLink(this.links, estimate.objectKey, this.clock, {
      contentType: 'application/pdf',
      fileName: `cost-estimate-v${estimate.version}.pdf`,
      sha256: estimate.sha256,
    });
  }

  latest(manager: EntityManager, caseId: string): Promise<Estimate | null> {
    return manager.findOne(Estimate, { where: { caseId }, order: { version: 'DESC' } });
  }

  /** Every version of a case's estimate, oldest first, for money already read (and audited) by the caller. */
  versionsOf(caseId: string): Promise<Estimate[]> {
    return this.dataSource.manager.find(Estimate, { where: { caseId }, order: { version: 'ASC' } });
  }

  /** The current version, for money already read (and audited) by the caller. */
  currentOf(caseId: string): Promise<Estimate | null> {
    return this.latest(this.dataSource.manager, caseId);
  }

  /** Serialises every change to one case's money. */
  async lockedAccount(manager: EntityManager, caseId: string): Promise<BillingAccount> {
    const account = await manager.findOne(BillingAccount, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
    if (!account) throw new DomainError('CONFLICT', 'the case has no treatment timeline yet: its costs follow from it');
    return account;
  }
}

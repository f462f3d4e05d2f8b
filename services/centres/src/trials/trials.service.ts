import { Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { EventData, TrialClosed, TrialCriteriaChanged, TrialOpened } from '@carta/contracts';
import { DomainError, InvalidCriteria, notFound, parseCriteria } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit } from '@carta/service-kit';
import { DataSource, EntityManager } from 'typeorm';
import { Trial } from './trial.entity';

export function snapshotOf(trial: Trial, changedAt = new Date()): EventData<typeof TrialOpened> {
  return {
    trialId: trial.id,
    registryIds: trial.registryIds,
    title: trial.title,
    centreIds: trial.centreIds,
    targets: trial.targets,
    productType: trial.productType,
    manufacturingWeeks: trial.manufacturingWeeks,
    fundingModels: trial.fundingModels,
    recruiting: trial.recruiting,
    openSlots: trial.openSlots,
    criteria: trial.criteria,
    changedAt: changedAt.toISOString(),
  };
}

@Injectable()
export class TrialsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: Audit,
  ) {}

  list(recruitingOnly: boolean, centreId?: string): Promise<Trial[]> {
    const query = this.dataSource.getRepository(Trial).createQueryBuilder('trial').orderBy('trial.id', 'ASC');
    if (recruitingOnly) query.andWhere('trial.recruiting = true');
    if (centreId) query.andWhere(':centreId = ANY(trial.centre_ids)', { centreId });
    return query.getMany();
  }

  /** A new version of the criteria, validated clause by clause; eligibility re-screens on the event. */
  updateCriteria(identity: Identity, trialId: string, criteriaJson: string): Promise<Trial> {
    return this.change(identity, trialId, async (manager, trial) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(criteriaJson);
      } catch {
        throw new DomainError('BAD_USER_INPUT', 'criteria: not valid JSON', { field: 'criteria' });
      }
      try {
        trial.criteria = parseCriteria({ ...(parsed as object), version: trial.criteria.version + 1 });
      } catch (error) {
        if (error instanceof InvalidCriteria) throw new DomainError('BAD_USER_INPUT', `criteria: ${error.message}`, { field: 'criteria', clause: error.path });
        throw error;
      }
      await manager.update(Trial, trial.id, { criteria: trial.criteria });
      await this.audit.record(manager, identity, 'trial.criteria-change', { targetId: trial.id });
      await this.outbox.append(manager, TrialCriteriaChanged, snapshotOf(trial));
    });
  }

  setRecruiting(identity: Identity, trialId: string, recruiting: boolean, openSlots: number): Promise<Trial> {
    return this.change(identity, trialId, async (manager, trial) => {
      if (!Number.isInteger(openSlots) || openSlots < 0) throw new DomainError('BAD_USER_INPUT', 'openSlots must be a whole number ≥ 0', { field: 'openSlots' });
      const reopened = recruiting && !trial.recruiting;
      const closed = !recruiting && trial.recruiting;
      Object.assign(trial, { recruiting, openSlots });
      await manager.update(Trial, trial.id, { recruiting, openSlots });
      await this.audit.record(manager, identity, 'trial.recruiting-change', { targetId: trial.id });
      if (reopened) await this.outbox.append(manager, TrialOpened, snapshotOf(trial));
      if (closed) await this.outbox.append(manager, TrialClosed, snapshotOf(trial));
    });
  }

  /**
   * A trial belongs to its lead site: only that centre's office (or an admin) changes it, so one site of
   * a multi-centre trial can never rewrite the criteria every other site screens against.
   */
  private change(identity: Identity, trialId: string, apply: (manager: EntityManager, trial: Trial) => Promise<void>): Promise<Trial> {
    return this.dataSource.transaction(async (manager) => {
      const trial = await manager.findOne(Trial, { where: { id: trialId }, lock: { mode: 'pessimistic_write' } });
      if (!trial) throw notFound('trial');
      if (!identity.roles.includes('admin') && identity.centreId !== trial.ownerCentreId) {
        throw new DomainError('FORBIDDEN', 'only the office of the trial’s lead site may change it');
      }
      await apply(manager, trial);
      return trial;
    });
  }
}

import { Injectable } from '@nestjs/common';
import { hasRole, Identity } from '@carta/auth';
import { EventData, EventDefinition, TrialClosed, TrialCriteriaChanged, TrialOpened, TrialRegistered, TrialUpdated } from '@carta/contracts';
import { actsForCentre, badInput, DomainError, notFound } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit, AuditAction } from '@carta/audit';
import { idempotent } from '@carta/service-kit';
import { DataSource, EntityManager, In } from 'typeorm';
import { Centre } from '../centres/centre.entity';
import { Trial, TrialCriteriaVersion, TrialSite } from './trial.entity';
import { checkProductTerms, criteriaFrom, RegisterTrialInput, TrialChanges, trialIdFor } from './trial-registration.rules';
import { RecruitmentInput, SiteInvestigatorInput } from './trials.input';

/** Who wrote criteria that came with the reference data (and those the registry migration found). */
export const SEED_AUTHOR = 'seed';

/** Sites, the lead site first, then by centre code. */
const bySite = (ownerCentreId: string) => (a: TrialSite, b: TrialSite) =>
  Number(b.centreId === ownerCentreId) - Number(a.centreId === ownerCentreId) || a.centreId.localeCompare(b.centreId);

export const recruitingAnywhere = (sites: TrialSite[]) => sites.some((site) => site.recruiting);

/** The trial as every trial event carries it: registration, criteria and each site's recruitment. */
export function snapshotOf(trial: Trial, sites: TrialSite[], criteriaChangedBy: string, changedAt = new Date()): EventData<typeof TrialOpened> {
  const ordered = [...sites].sort(bySite(trial.ownerCentreId));
  return {
    trialId: trial.id,
    registryIds: trial.registryIds,
    title: trial.title,
    centreIds: ordered.map((site) => site.centreId),
    targets: trial.targets,
    productType: trial.productType,
    manufacturingWeeks: trial.manufacturingWeeks,
    fundingModels: trial.fundingModels,
    recruiting: recruitingAnywhere(ordered),
    openSlots: ordered.filter((site) => site.recruiting).reduce((sum, site) => sum + site.openSlots, 0),
    phase: trial.phase,
    indications: trial.indications,
    ownerCentreId: trial.ownerCentreId,
    sites: ordered.map(({ centreId, recruiting, openSlots, principalInvestigator }) => ({
      centreId,
      recruiting,
      openSlots,
      principalInvestigator: principalInvestigator ?? null,
    })),
    criteriaChangedBy,
    criteria: trial.criteria,
    changedAt: changedAt.toISOString(),
  };
}

interface Locked {
  trial: Trial;
  sites: TrialSite[];
}

@Injectable()
export class TrialsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: Audit,
  ) {}

  async list(recruitingOnly: boolean, centreId?: string): Promise<Trial[]> {
    const trials = await this.withSites(this.dataSource.manager, await this.dataSource.manager.find(Trial, { order: { id: 'ASC' } }));
    return trials.filter(
      (trial) => (!recruitingOnly || recruitingAnywhere(trial.sites!)) && (!centreId || trial.sites!.some((site) => site.centreId === centreId)),
    );
  }

  async get(trialId: string): Promise<Trial | null> {
    const trial = await this.dataSource.manager.findOneBy(Trial, { id: trialId });
    return trial ? (await this.withSites(this.dataSource.manager, [trial]))[0] : null;
  }

  criteriaHistory(trialId: string): Promise<TrialCriteriaVersion[]> {
    return this.dataSource.manager.find(TrialCriteriaVersion, { where: { trialId }, order: { version: 'ASC' } });
  }

  criteriaAtVersion(trialId: string, version: number): Promise<TrialCriteriaVersion | null> {
    return this.dataSource.manager.findOneBy(TrialCriteriaVersion, { trialId, version });
  }

  /**
   * A centre's office registers a trial it leads (an admin registers for a centre it names). Its sites
   * start closed: each participating office opens its own with setTrialRecruiting.
   */
  /** A repeat with the same idempotency key and input registers nothing and returns the first trial. */
  register(identity: Identity, input: RegisterTrialInput, idempotencyKey?: string | null): Promise<Trial> {
    return this.dataSource.transaction(async (manager) => {
      const owner = await this.ownerFor(manager, identity, input.ownerCentreId ?? null);
      return idempotent(
        manager,
        { caller: identity.subject, operation: 'registerTrial', key: idempotencyKey, request: input },
        () => this.insertTrial(manager, identity, input, owner),
        { idOf: (trial) => trial.id, replay: async (id) => (await this.withSites(manager, [await manager.findOneByOrFail(Trial, { id })]))[0] },
      );
    });
  }

  private async insertTrial(manager: EntityManager, identity: Identity, input: RegisterTrialInput, owner: string): Promise<Trial> {
    checkProductTerms(input);
    const criteria = criteriaFrom(input.criteria, 1);
    await this.assertCentresExist(manager, input.centreIds ?? [], 'centreIds');
    await this.lockRegistry(manager);
    await this.assertRegistryIdsFree(manager, input.registryIds, null);
    // One of its registry ids, which assertRegistryIdsFree just found free (as a trial id too).
    const id = trialIdFor(input.registryIds);
    const trial = manager.create(Trial, {
      id,
      registryIds: input.registryIds,
      title: input.title,
      ownerCentreId: owner,
      targets: input.targets,
      productType: input.productType,
      indications: input.indications,
      manufacturingWeeks: input.manufacturingWeeks ?? null,
      deliveries: input.deliveries ?? null,
      nmpaIndStatus: input.nmpaIndStatus ?? null,
      phase: input.phase ?? null,
      fundingModels: input.fundingModels,
      criteria,
    });
    const now = new Date();
    const sites = [...new Set([owner, ...(input.centreIds ?? [])])].map((centreId) =>
      manager.create(TrialSite, { trialId: id, centreId, recruiting: false, openSlots: 0, updatedAt: now }),
    );
    await manager.insert(Trial, trial);
    await manager.insert(TrialSite, sites);
    await manager.insert(TrialCriteriaVersion, { trialId: id, version: criteria.version, criteria, changedBy: identity.subject, changedAt: now });
    await this.audit.record(manager, identity, 'trial.register', { targetId: id });
    await this.outbox.append(manager, TrialRegistered, snapshotOf(trial, sites, identity.subject, now));
    return Object.assign(trial, { sites: [...sites].sort(bySite(owner)) });
  }

  /** The lead site's office (or an admin) changes the trial's registration and its participating centres. */
  update(identity: Identity, trialId: string, changes: TrialChanges): Promise<Trial> {
    return this.asOwner(identity, trialId, 'trial.update', async (manager, { trial, sites }) => {
      const merged = { ...trial, ...changes };
      checkProductTerms(merged);
      if (changes.registryIds) {
        await this.lockRegistry(manager);
        await this.assertRegistryIdsFree(manager, changes.registryIds, trial.id);
      }
      const { centreIds, ...columns } = changes;
      if (Object.keys(columns).length > 0) await manager.update(Trial, trial.id, columns);
      Object.assign(trial, columns);
      let current = sites;
      if (centreIds) {
        await this.assertCentresExist(manager, centreIds, 'centreIds');
        const wanted = new Set([trial.ownerCentreId, ...centreIds]);
        const leaving = sites.filter((site) => !wanted.has(site.centreId));
        const joining = [...wanted]
          .filter((centreId) => !sites.some((site) => site.centreId === centreId))
          .map((centreId) => manager.create(TrialSite, { trialId, centreId, recruiting: false, openSlots: 0, updatedAt: new Date() }));
        if (leaving.length > 0) await manager.delete(TrialSite, { trialId, centreId: In(leaving.map((site) => site.centreId)) });
        if (joining.length > 0) await manager.insert(TrialSite, joining);
        current = [...sites.filter((site) => wanted.has(site.centreId)), ...joining];
      }
      await this.audit.record(manager, identity, 'trial.update', { targetId: trial.id });
      // A site that leaves while it was the last one recruiting closes the trial.
      const event = recruitingAnywhere(sites) && !recruitingAnywhere(current) ? TrialClosed : TrialUpdated;
      await this.announce(manager, event, trial, current);
      return current;
    });
  }

  /** A new version of the criteria, validated clause by clause and kept beside every earlier one; eligibility re-screens on the event. */
  updateCriteria(identity: Identity, trialId: string, criteriaJson: string): Promise<Trial> {
    return this.asOwner(identity, trialId, 'trial.criteria-change', async (manager, { trial, sites }) => {
      trial.criteria = criteriaFrom(criteriaJson, trial.criteria.version + 1);
      const now = new Date();
      await manager.update(Trial, trial.id, { criteria: trial.criteria });
      await manager.insert(TrialCriteriaVersion, {
        trialId,
        version: trial.criteria.version,
        criteria: trial.criteria,
        changedBy: identity.subject,
        changedAt: now,
      });
      await this.audit.record(manager, identity, 'trial.criteria-change', { targetId: trial.id });
      await this.outbox.append(manager, TrialCriteriaChanged, snapshotOf(trial, sites, identity.subject, now));
      return sites;
    });
  }

  /**
   * A participating centre's office sets ITS OWN site's recruitment (an admin names the site). The
   * trial opens when its first site recruits and closes when its last one stops; any other change
   * is an update, so every consumer knows each site's status.
   */
  setRecruiting(identity: Identity, trialId: string, input: RecruitmentInput): Promise<Trial> {
    return this.asSite(identity, trialId, input.centreId, 'trial.recruiting-change', async (manager, { trial, sites }, site) => {
      const wasRecruiting = recruitingAnywhere(sites);
      const unchanged = site.recruiting === input.recruiting && site.openSlots === input.openSlots;
      Object.assign(site, { recruiting: input.recruiting, openSlots: input.openSlots, updatedAt: new Date() });
      await manager.update(
        TrialSite,
        { trialId, centreId: site.centreId },
        { recruiting: site.recruiting, openSlots: site.openSlots, updatedAt: site.updatedAt },
      );
      await this.audit.record(manager, identity, 'trial.recruiting-change', { targetId: trialId });
      if (!unchanged) {
        const nowRecruiting = recruitingAnywhere(sites);
        const event = nowRecruiting && !wasRecruiting ? TrialOpened : !nowRecruiting && wasRecruiting ? TrialClosed : TrialUpdated;
        await this.announce(manager, event, trial, sites);
      }
    });
  }

  /**
   * A participating centre's office names ITS OWN site's principal investigator (an admin names the
   * site): letters print the PI, so every consumer hears it with the trial's next TrialUpdated.
   */
  setSiteInvestigator(identity: Identity, trialId: string, input: SiteInvestigatorInput): Promise<Trial> {
    return this.asSite(identity, trialId, input.centreId, 'trial.investigator-change', async (manager, { trial, sites }, site) => {
      site.principalInvestigator = input.principalInvestigator;
      site.updatedAt = new Date();
      await manager.update(TrialSite, { trialId, centreId: site.centreId }, { principalInvestigator: site.principalInvestigator, updatedAt: site.updatedAt });
      await this.audit.record(manager, identity, 'trial.investigator-change', { targetId: trialId });
      await this.announce(manager, TrialUpdated, trial, sites);
    });
  }

  /** A change one site makes to itself: only that centre's office, or an admin naming the site. */
  private asSite(
    identity: Identity,
    trialId: string,
    namedCentreId: string | null | undefined,
    action: AuditAction,
    apply: (manager: EntityManager, locked: Locked, site: TrialSite) => Promise<void>,
  ): Promise<Trial> {
    const isAdmin = hasRole(identity, 'admin');
    if (isAdmin && !namedCentreId) throw badInput('centreId: an admin names the site that changes', { field: 'centreId' });
    const siteCentre = isAdmin ? namedCentreId! : identity.centreId;
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, trialId);
      const site = locked.sites.find((candidate) => candidate.centreId === siteCentre);
      if (!isAdmin && (!site || (namedCentreId && namedCentreId !== identity.centreId))) {
        await this.audit.recordDenial(identity, action, { targetId: trialId }, manager);
        throw new DomainError('FORBIDDEN', 'an office changes its own centre’s site only');
      }
      if (!site) throw badInput(`centreId: ${siteCentre} is not a site of ${trialId}`, { field: 'centreId' });
      await apply(manager, locked, site);
      return Object.assign(locked.trial, { sites: [...locked.sites].sort(bySite(locked.trial.ownerCentreId)) });
    });
  }

  /** Loads the sites of each trial, the lead site first. */
  async withSites(manager: EntityManager, trials: Trial[]): Promise<(Trial & { sites: TrialSite[] })[]> {
    const sites = trials.length === 0 ? [] : await manager.find(TrialSite, { where: { trialId: In(trials.map((trial) => trial.id)) } });
    return trials.map((trial) => Object.assign(trial, { sites: sites.filter((site) => site.trialId === trial.id).sort(bySite(trial.ownerCentreId)) }));
  }

  private async announce(manager: EntityManager, event: EventDefinition, trial: Trial, sites: TrialSite[]): Promise<void> {
    const author = await manager.findOneBy(TrialCriteriaVersion, { trialId: trial.id, version: trial.criteria.version });
    await this.outbox.append(manager, event as typeof TrialUpdated, snapshotOf(trial, sites, author?.changedBy ?? SEED_AUTHOR));
  }

  private async lock(manager: EntityManager, trialId: string): Promise<Locked> {
    const trial = await manager.findOne(Trial, { where: { id: trialId }, lock: { mode: 'pessimistic_write' } });
    if (!trial) throw notFound('trial');
    const sites = await manager.find(TrialSite, { where: { trialId } });
    return { trial, sites };
  }

  /**
   * A trial belongs to its lead site: only that centre's office (or an admin) changes its registration
   * and criteria, so one site of a multi-centre trial never rewrites what every other site screens against.
   */
  private asOwner(
    identity: Identity,
    trialId: string,
    action: AuditAction,
    apply: (manager: EntityManager, locked: Locked) => Promise<TrialSite[]>,
  ): Promise<Trial> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, trialId);
      if (!actsForCentre(identity, locked.trial.ownerCentreId)) {
        await this.audit.recordDenial(identity, action, { targetId: trialId }, manager);
        throw new DomainError('FORBIDDEN', 'only the office of the trial’s lead site may change it');
      }
      const sites = await apply(manager, locked);
      return Object.assign(locked.trial, { sites: [...sites].sort(bySite(locked.trial.ownerCentreId)) });
    });
  }

  /** An office registers for its own centre; an admin names one. */
  private async ownerFor(manager: EntityManager, identity: Identity, named: string | null): Promise<string> {
    if (hasRole(identity, 'admin')) {
      if (!named) throw badInput('ownerCentreId: an admin names the centre that will own the trial', { field: 'ownerCentreId' });
      await this.assertCentresExist(manager, [named], 'ownerCentreId');
      return named;
    }
    if (!identity.centreId || (named && named !== identity.centreId)) {
      await this.audit.recordDenial(identity, 'trial.register', { targetId: named }, manager);
      throw new DomainError('FORBIDDEN', 'an office registers trials for its own centre only');
    }
    return identity.centreId;
  }

  private async assertCentresExist(manager: EntityManager, centreIds: string[], field: string): Promise<void> {
    if (centreIds.length === 0) return;
    const known = new Set((await manager.find(Centre, { select: { id: true }, where: { id: In(centreIds) } })).map((centre) => centre.id));
    const index = centreIds.findIndex((id) => !known.has(id));
    if (index >= 0) {
      const path = field === 'ownerCentreId' ? field : `${field}.${index}`;
      throw badInput(`${path}: no centre ${centreIds[index]}`, { field: path });
    }
  }

  /** Registrations and registry-id changes take turns, so two offices cannot claim one NCT number at once. */
  private async lockRegistry(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['carta.centres.trial-registry']);
  }

  /** A registry id names one trial: CONFLICT, naming the entry, when another trial has it. */
  private async assertRegistryIdsFree(manager: EntityManager, registryIds: string[], exceptTrialId: string | null): Promise<void> {
    const others = (await manager.find(Trial, { select: { id: true, registryIds: true } })).filter((trial) => trial.id !== exceptTrialId);
    registryIds.forEach((registryId, index) => {
      const holder = others.find((trial) => trial.registryIds.includes(registryId) || trial.id === registryId);
      if (holder)
        throw new DomainError('CONFLICT', `registryIds.${index}: ${registryId} is already registered (trial ${holder.id})`, { field: `registryIds.${index}` });
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { parseCriteria } from '@carta/domain';
import { Audit, CaseAccess, Clock, CLOCK } from '@carta/service-kit';
import { DataSource, EntityManager, In } from 'typeorm';
import { OncologySummary } from '../screening/oncology-summary';
import { rankScreenings, screenTrial, TrialScreening } from '../screening/screening';
import { OncologySummaryRecord, Screening, TrialProjection } from './eligibility.entities';

const dateOf = (instant: Date) => instant.toISOString().slice(0, 10);

@Injectable()
export class ScreeningsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Saves a new version of the summary and re-screens the case against every recruiting trial. */
  saveSummary(identity: Identity, caseId: string, summary: OncologySummary): Promise<OncologySummaryRecord> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      const current = await manager.findOne(OncologySummaryRecord, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
      const record = manager.create(OncologySummaryRecord, { caseId, summary, version: (current?.version ?? 0) + 1, updatedBy: identity.subject, updatedAt: this.clock.now() });
      await manager.save(record);
      await this.audit.record(manager, identity, 'summary.update', { caseId });
      await this.screen(manager, [record], await this.recruitingTrials(manager));
      return record;
    });
  }

  async readSummary(identity: Identity, caseId: string): Promise<OncologySummaryRecord | null> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanRead(identity, caseId, 'CLINICAL_SUMMARY', manager);
      await this.audit.record(manager, identity, 'summary.read', { caseId });
      return manager.findOneBy(OncologySummaryRecord, { caseId });
    });
  }

  /** The ranked, explained matches of a case; screenings from an earlier day are redone first (data ages). */
  matches(identity: Identity, caseId: string): Promise<TrialScreening[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanRead(identity, caseId, 'CLINICAL_SUMMARY', manager);
      await this.audit.record(manager, identity, 'screening.read', { caseId });
      const trials = await this.recruitingTrials(manager);
      let rows = await manager.find(Screening, { where: { caseId, trialId: In(trials.map((trial) => trial.trialId)) } });
      if (rows.some((row) => row.screenedOn < dateOf(this.clock.now()))) {
        const summary = await manager.findOneBy(OncologySummaryRecord, { caseId });
        if (summary) rows = await this.screen(manager, [summary], trials);
      }
      return rankScreenings(rows.map((row) => ({ trialId: row.trialId, verdict: row.verdict, criteria: row.criteria })));
    });
  }

  /** Something about the case changed (a verified document arrived): re-screen it against every recruiting trial. */
  async caseChanged(manager: EntityManager, caseId: string): Promise<void> {
    const summary = await manager.findOneBy(OncologySummaryRecord, { caseId });
    if (summary) await this.screen(manager, [summary], await this.recruitingTrials(manager));
  }

  /** A trial opened or changed: re-screen every summary against that trial only. */
  async trialChanged(manager: EntityManager, trial: TrialProjection): Promise<void> {
    await manager.save(trial);
    if (!trial.snapshot.recruiting) return;
    const summaries = await manager.find(OncologySummaryRecord);
    await this.screen(manager, summaries, [trial]);
  }

  private async recruitingTrials(manager: EntityManager): Promise<TrialProjection[]> {
    return (await manager.find(TrialProjection)).filter((trial) => trial.snapshot.recruiting);
  }

  private async screen(manager: EntityManager, summaries: OncologySummaryRecord[], trials: TrialProjection[]): Promise<Screening[]> {
    const today = dateOf(this.clock.now());
    // Patient-paid programmes are the compassionate route for their targets.
    const compassionateTargets = (await manager.find(TrialProjection)).filter((trial) => trial.snapshot.fundingModels.includes('PATIENT_PAID')).flatMap((trial) => trial.snapshot.targets);
    const rows: Screening[] = [];
    for (const record of summaries) {
      for (const trial of trials) {
        const criteria = parseCriteria(trial.snapshot.criteria);
        const result = screenTrial({ id: trial.trialId, targets: trial.snapshot.targets, criteria }, record.summary, today, compassionateTargets);
        rows.push(manager.create(Screening, { caseId: record.caseId, trialId: trial.trialId, verdict: result.verdict, criteria: result.criteria, criteriaVersion: criteria.version, screenedOn: today }));
      }
    }
    if (rows.length > 0) await manager.save(rows);
    return rows;
  }
}

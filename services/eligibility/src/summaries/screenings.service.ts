import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { addDays, badInput, dayOf, parseCalendarDate, parseCriteria, todayOf } from '@carta/domain';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK, ServiceMetrics } from '@carta/service-kit';
import { DataSource, EntityManager, In } from 'typeorm';
import { CriterionAssessment } from '../assessments/criterion-assessment.entity';
import { CaseRecord } from '../cases/case-projections.entities';
import { CaseEvidence } from '../cases/case-evidence';
import { Screening, TrialProjection } from './eligibility.entities';
import { countingFacts } from './fact-history.rules';
import {
  birthFactFromIntake,
  INTAKE_SOURCE_ID,
  INTAKE_SOURCE_LABEL,
  ManualAssessment,
  rankScreenings,
  screenTrial,
  summaryOf,
  TrialScreening,
} from './summary-domain.rules';
import { SummaryFactRecord } from './summary-fact.entity';
import { recruitsAnywhere } from '../trials/trial-sites.rules';

/** How far ahead a screening may be asked for (a planned admission date, not a prognosis). */
export const MAX_DAYS_AHEAD = 365;

/** The newest assessment of each criterion, as the domain reads them. */
function latestAssessments(rows: CriterionAssessment[]): ManualAssessment[] {
  const newest = new Map<string, CriterionAssessment>();
  for (const row of rows) {
    const known = newest.get(row.criterionId);
    if (!known || row.assessedAt > known.assessedAt) newest.set(row.criterionId, row);
  }
  return [...newest.values()].map((row) => ({
    criterionId: row.criterionId,
    criteriaVersion: row.criteriaVersion,
    ...(row.criterion ? { criterion: row.criterion } : {}),
    status: row.status,
    assessedBy: row.assessedBy,
    assessedAt: row.assessedAt.toISOString(),
    sourceDocumentId: row.sourceDocumentId,
    ...(row.note ? { note: row.note } : {}),
  }));
}

/** Screens cases against trials: stored "as of today" for ranking, or judged as of another day on request. */
@Injectable()
export class ScreeningsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    private readonly evidence: CaseEvidence,
    @Inject(CLOCK) private readonly clock: Clock,
    metrics: ServiceMetrics,
  ) {
    this.screenings = metrics.counter('carta_screenings_total', 'Screenings of a case against a trial, stored or judged as of another day');
  }

  private readonly screenings: ReturnType<ServiceMetrics['counter']>;

  /**
   * The ranked, explained matches of a case as of a day (default today). Today's are the stored
   * screenings, redone first when made on an earlier day (data ages); another day's are judged on
   * the spot and not stored.
   */
  matches(identity: Identity, caseId: string, asOf?: string | null): Promise<TrialScreening[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanRead(identity, caseId, 'CLINICAL_SUMMARY', manager);
      const today = todayOf(this.clock);
      const day = await this.checkAsOf(manager, caseId, asOf ?? today, today);
      await this.audit.record(manager, identity, 'screening.read', { caseId });
      const trials = await this.recruitingTrials(manager);
      if (day !== today) return rankScreenings(await this.screen(manager, [caseId], trials, day));
      let rows = await manager.find(Screening, { where: { caseId, trialId: In(trials.map((trial) => trial.trialId)) } });
      if (rows.some((row) => row.screenedOn < today)) rows = await this.screenStored(manager, [caseId], trials);
      return rankScreenings(
        rows.map((row) => ({
          trialId: row.trialId,
          criteriaVersion: row.criteriaVersion,
          verdict: row.verdict,
          criteria: row.criteria,
          judgedOn: row.screenedOn,
        })),
      );
    });
  }

  /** Something about the case changed (a fact, an assessment, a document): re-screen it against every recruiting trial. */
  async caseChanged(manager: EntityManager, caseId: string): Promise<void> {
    await this.casesChanged(manager, [caseId]);
  }

  /** `caseChanged` for several cases at once (a batch of events), in a fixed number of statements. */
  async casesChanged(manager: EntityManager, caseIds: string[]): Promise<void> {
    await this.screenStored(manager, caseIds, await this.recruitingTrials(manager));
  }

  /**
   * A trial opened or changed: re-screen every case with a summary or an assessment against that trial
   * only — or against every recruiting trial when a patient-paid programme opened, changed or closed,
   * which changes other trials' compassionate-use verdicts.
   */
  async trialChanged(manager: EntityManager, trial: TrialProjection): Promise<void> {
    const before = await manager.findOneBy(TrialProjection, { trialId: trial.trialId });
    await manager.save(trial);
    const programme = [before?.snapshot, trial.snapshot].some((snapshot) => snapshot && isPatientPaid(snapshot));
    if (!programme && !recruitsAnywhere(trial.snapshot)) return;
    const withFacts: { caseId: string }[] = await manager.createQueryBuilder(SummaryFactRecord, 'fact').select('DISTINCT fact.caseId', 'caseId').getRawMany();
    const withAssessments: { caseId: string }[] = await manager
      .createQueryBuilder(CriterionAssessment, 'assessment')
      .select('DISTINCT assessment.caseId', 'caseId')
      .getRawMany();
    const caseIds = [...new Set([...withFacts, ...withAssessments].map((row) => row.caseId))];
    if (caseIds.length === 0) return;
    const recruiting = await this.recruitingTrials(manager);
    await this.screenStored(manager, caseIds, programme ? recruiting : [trial], recruiting);
  }

  /** YYYY-MM-DD, not before the case opened, at most MAX_DAYS_AHEAD after today. */
  private async checkAsOf(manager: EntityManager, caseId: string, asOf: string, today: string): Promise<string> {
    parseCalendarDate(asOf, 'asOf');
    if (asOf === today) return asOf;
    const latest = addDays(today, MAX_DAYS_AHEAD);
    if (asOf > latest) throw badInput(`asOf: must be at most ${MAX_DAYS_AHEAD} days after today (${latest})`, { field: 'asOf' });
    const opened = await manager.findOneBy(CaseRecord, { caseId });
    if (opened && asOf < dayOf(opened.openedAt)) throw badInput(`asOf: must not be before the case opened (${dayOf(opened.openedAt)})`, { field: 'asOf' });
    return asOf;
  }

  private async recruitingTrials(manager: EntityManager): Promise<TrialProjection[]> {
    return (await manager.find(TrialProjection)).filter((trial) => recruitsAnywhere(trial.snapshot));
  }

  /** Screens as of today and stores the result: what ranking and re-screening keep. */
  private async screenStored(manager: EntityManager, caseIds: string[], trials: TrialProjection[], recruiting = trials): Promise<Screening[]> {
    const results = await this.screen(manager, caseIds, trials, todayOf(this.clock), recruiting);
    const rows = results.map((result) =>
      manager.create(Screening, {
        caseId: result.caseId,
        trialId: result.trialId,
        verdict: result.verdict,
        criteria: result.criteria,
        criteriaVersion: result.criteriaVersion,
        screenedOn: result.judgedOn,
      }),
    );
    // One statement: a screening replaces the case's previous one against the trial.
    if (rows.length > 0) await manager.upsert(Screening, rows, ['caseId', 'trialId']);
    return rows;
  }

  /** `trials` are screened; `recruiting` (every recruiting trial, usually the same list) holds the patient-paid programmes. */
  private async screen(
    manager: EntityManager,
    caseIds: string[],
    trials: TrialProjection[],
    asOf: string,
    recruiting = trials,
  ): Promise<(TrialScreening & { caseId: string; criteriaVersion: number })[]> {
    if (trials.length === 0 || caseIds.length === 0) return [];
    const facts = await manager.find(SummaryFactRecord, { where: { caseId: In(caseIds) } });
    const assessments = await manager.find(CriterionAssessment, { where: { caseId: In(caseIds), trialId: In(trials.map((trial) => trial.trialId)) } });
    const documents = await this.evidence.describer(manager, caseIds);
    const intake = new Map((await manager.find(CaseRecord, { where: { caseId: In(caseIds) } })).map((record) => [record.caseId, record]));
    const describe = (documentId: string) => (documentId === INTAKE_SOURCE_ID ? INTAKE_SOURCE_LABEL : documents.describe(documentId));
    // Each trial's criteria are checked once per batch, not once per case: a criteria change re-screens every case.
    const parsed = trials.map((trial) => ({ trial, criteria: parseCriteria(trial.snapshot.criteria) }));
    // Another trial's patient-paid programme for the antigen makes a fitness failure a compassionate-use candidate.
    const programmes = recruiting.filter((trial) => isPatientPaid(trial.snapshot));
    const compassionateTargetsFor = (trialId: string) => programmes.filter((other) => other.trialId !== trialId).flatMap((other) => other.snapshot.targets);
    const results: (TrialScreening & { caseId: string; criteriaVersion: number })[] = [];
    for (const caseId of caseIds) {
      const counting = countingFacts(
        facts.filter((fact) => fact.caseId === caseId),
        documents.deleted,
      );
      // Age derives from the birth month intake recorded, never from a typed fact.
      const record = intake.get(caseId);
      const derived = record?.birthYearMonth ? [birthFactFromIntake(record.birthYearMonth, dayOf(record.openedAt))] : [];
      const summary = summaryOf(caseId, [...counting.map((fact) => fact.payload), ...derived]);
      for (const { trial, criteria } of parsed) {
        const assessed = latestAssessments(assessments.filter((row) => row.caseId === caseId && row.trialId === trial.trialId));
        const result = screenTrial(
          summary,
          { trialId: trial.trialId, criteria, targets: trial.snapshot.targets },
          { asOf, assessments: assessed, describeDocument: describe, compassionateTargets: compassionateTargetsFor(trial.trialId) },
        );
        results.push({ ...result, caseId, criteriaVersion: criteria.version });
      }
    }
    this.screenings.inc(results.length);
    return results;
  }
}

const isPatientPaid = (snapshot: TrialProjection['snapshot']) => snapshot.fundingModels.includes('PATIENT_PAID');

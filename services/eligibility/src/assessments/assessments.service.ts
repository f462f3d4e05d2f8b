import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { badInput, criterionLine, notFound, parseCriteria } from '@carta/domain';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { Clock, CLOCK } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { CaseEvidence } from '../cases/case-evidence';
import { describeDocument } from '../cases/document-description.rules';
import { TrialProjection } from '../summaries/eligibility.entities';
import { ScreeningsService } from '../summaries/screenings.service';
import { isManualCriterion } from '../summaries/summary-domain.rules';
import { AssessmentInput } from './assessments.input';
import { CriterionAssessment } from './criterion-assessment.entity';

/**
 * Assessments of manual criteria. Recorded by the case's coordinator or an admin (the write rule of
 * every case write): the PI's own judgement reaches Carta as the referral's decision, and an
 * assessment changes what every centre screening this case sees. Each cites a verified document of
 * the case and is kept with the trial's criteria version and the line as it read, so a change of the line voids it.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    private readonly evidence: CaseEvidence,
    private readonly screenings: ScreeningsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  record(identity: Identity, input: AssessmentInput): Promise<{ row: CriterionAssessment; source: string }> {
    return this.dataSource.transaction(async (manager) => {
      const { caseId, trialId, criterionId } = input;
      await this.evidence.requireCase(manager, caseId);
      await this.access.assertCanWrite(identity, caseId, manager);
      const trial = await manager.findOneBy(TrialProjection, { trialId });
      if (!trial) throw notFound('trial');
      const criteria = parseCriteria(trial.snapshot.criteria);
      const manual = isManualCriterion(criteria, criterionId);
      const line = criteria.criteria.find((criterion) => criterion.id === criterionId);
      if (manual === undefined)
        throw badInput(`criterionId: ${trialId} has no criterion with this id in its criteria version ${criteria.version}`, { field: 'criterionId' });
      if (!manual) throw badInput('criterionId: this criterion is checked from the summary; only manual criteria are assessed', { field: 'criterionId' });
      const document = await this.evidence.requireCitable(manager, caseId, input.sourceDocumentId, 'sourceDocumentId');
      const assessment = manager.create(CriterionAssessment, {
        id: randomUUID(),
        caseId,
        trialId,
        criterionId,
        criteriaVersion: criteria.version,
        criterion: line ? criterionLine(line) : null,
        status: input.status,
        sourceDocumentId: input.sourceDocumentId,
        note: input.note,
        assessedBy: identity.subject,
        assessedAt: this.clock.now(),
      });
      await manager.insert(CriterionAssessment, assessment);
      await this.audit.record(manager, identity, 'assessment.record', { caseId, targetId: assessment.id });
      await this.screenings.caseChanged(manager, caseId);
      return { row: assessment, source: describeDocument(document) };
    });
  }
}

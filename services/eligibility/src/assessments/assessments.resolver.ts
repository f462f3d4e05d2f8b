import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { badInput } from '@carta/domain';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { ASSESSMENT_STATUSES, AssessmentsService, AssessmentStatus } from './assessments.service';

const text = (value: unknown, field: string, max: number): string => {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > max) throw badInput(`${field}: 1 to ${max} characters`, { field });
  return value.trim();
};

@Resolver('CriterionAssessment')
export class AssessmentsResolver {
  constructor(private readonly assessments: AssessmentsService) {}

  @Roles('coordinator', 'admin')
  @Mutation('recordCriterionAssessment')
  async record(
    @CurrentIdentity() identity: Identity,
    @Args('caseId') caseId: string,
    @Args('trialId') trialId: unknown,
    @Args('criterionId') criterionId: unknown,
    @Args('status') status: string,
    @Args('sourceDocumentId') sourceDocumentId: unknown,
    @Args('note') note: unknown,
  ) {
    if (!(ASSESSMENT_STATUSES as readonly string[]).includes(status))
      throw badInput(`status must be one of ${ASSESSMENT_STATUSES.join(', ')}`, { field: 'status' });
    const assessment = await this.assessments.record(identity, {
      caseId: parseUuid(caseId, 'caseId'),
      trialId: text(trialId, 'trialId', 100),
      criterionId: text(criterionId, 'criterionId', 100),
      status: status as AssessmentStatus,
      sourceDocumentId: parseUuid(sourceDocumentId, 'sourceDocumentId'),
      note: note === null || note === undefined || note === '' ? null : text(note, 'note', 1000),
    });
    return { ...assessment.row, source: assessment.source, assessedAt: assessment.row.assessedAt.toISOString() };
  }
}

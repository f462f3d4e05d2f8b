import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, Roles } from '@carta/service-kit';
import { parseAssessment } from './assessments.input';
import { AssessmentsService } from './assessments.service';

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
    const assessment = await this.assessments.record(identity, parseAssessment({ caseId, trialId, criterionId, status, sourceDocumentId, note }));
    return { ...assessment.row, source: assessment.source, assessedAt: assessment.row.assessedAt.toISOString() };
  }
}

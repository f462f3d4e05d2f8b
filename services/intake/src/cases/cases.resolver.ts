import { Args, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, GraphQLRequest, identityOf, parseUuid, Roles } from '@carta/service-kit';
import { ConsentsService } from '../consents/consents.service';
import { Case } from './case.entity';
import { allowedTransitions } from './case-lifecycle.rules';
import { parseCompanion, parseCoordinatorId, parseHomeTeamReview, parseTransition } from './case-changes.input';
import { CasesService } from './cases.service';
import { parseOpenCaseInput } from './open-case.input';
import type { CompanionInput, HomeTeamReviewInput, OpenCaseInput } from '../generated/graphql';

@Resolver('Case')
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly consents: ConsentsService,
  ) {}

  @Roles('coordinator', 'admin')
  @Mutation('openCase')
  openCase(@CurrentIdentity() identity: Identity, @Args('input') input: OpenCaseInput): Promise<Case> {
    return this.cases.openCase(identity, parseOpenCaseInput(input));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('case')
  case(@CurrentIdentity() identity: Identity, @Args('id') id: string): Promise<Case | null> {
    return this.cases.readCase(identity, parseUuid(id, 'id'));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveReference()
  resolveReference(reference: { id: string }, context: { req: GraphQLRequest }): Promise<Case | null> {
    return this.cases.readCase(identityOf(context), parseUuid(reference.id, 'id'));
  }

  @Roles('coordinator', 'admin')
  @Mutation('transitionCase')
  transitionCase(
    @CurrentIdentity() identity: Identity,
    @Args('caseId') caseId: string,
    @Args('to') to: unknown,
    @Args('reason') reason: unknown,
  ): Promise<Case> {
    const input = parseTransition({ to, reason });
    return this.cases.transition(identity, parseUuid(caseId, 'caseId'), input.to, input.reason);
  }

  @Roles('admin')
  @Mutation('assignCoordinator')
  assignCoordinator(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('coordinatorId') coordinatorId: unknown): Promise<Case> {
    return this.cases.assignCoordinator(identity, parseUuid(caseId, 'caseId'), parseCoordinatorId(coordinatorId));
  }

  @Roles('coordinator', 'admin')
  @Mutation('addCompanion')
  addCompanion(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('companion') companion: CompanionInput): Promise<Case> {
    return this.cases.addCompanion(identity, parseUuid(caseId, 'caseId'), parseCompanion(companion));
  }

  @Roles('coordinator', 'admin')
  @Mutation('recordHomeTeamReview')
  recordHomeTeamReview(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('review') review: HomeTeamReviewInput): Promise<Case> {
    return this.cases.recordHomeTeamReview(identity, parseUuid(caseId, 'caseId'), parseHomeTeamReview(review));
  }

  @ResolveField('diagnosis')
  diagnosis(@Parent() kase: Case) {
    return { icd10: kase.diagnosisIcd10, description: kase.diagnosisDescription };
  }

  @ResolveField('allowedTransitions')
  allowedTransitions(@Parent() kase: Case) {
    return allowedTransitions(kase.status);
  }

  @ResolveField('patient')
  patient(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return this.cases.readPatient(identity, kase);
  }

  @ResolveField('companions')
  companions(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return this.cases.companions(identity, kase.id);
  }

  @ResolveField('consents')
  consentsOf(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return this.consents.consentsVisibleTo(identity, kase.id);
  }
}

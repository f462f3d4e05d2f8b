import { Args, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, GraphQLRequest, identityOf, parseUuid, Roles } from '@carta/service-kit';
import { ConsentsService } from '../consents/consents.service';
import { Case } from './case.entity';
import { allowedTransitions } from './case-lifecycle.rules';
import { parseCoordinatorId, parseHomeTeamReview, parseTransition } from './case-changes.input';
import { CaseListFacts, CaseListService, CasePage } from './case-list.service';
import { parseCaseList } from './case-list.input';
import { parseCaseProfile } from './case-profile.input';
import { CasesService } from './cases.service';
import { parseOpenCaseInput } from './open-case.input';
import type { CaseProfileInput, HomeTeamReviewInput, OpenCaseInput } from '../generated/graphql';

@Resolver('Case')
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly consents: ConsentsService,
    private readonly caseList: CaseListService,
  ) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('cases')
  list(
    @CurrentIdentity() identity: Identity,
    @Args('filter') filter: unknown,
    @Args('first') first: unknown,
    @Args('after') after: unknown,
  ): Promise<CasePage> {
    return this.caseList.list(identity, parseCaseList({ filter, first, after }));
  }

  @Roles('coordinator', 'admin')
  @Mutation('updateCaseProfile')
  updateCaseProfile(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('input') input: CaseProfileInput): Promise<Case> {
    return this.cases.updateProfile(identity, parseUuid(caseId, 'caseId'), parseCaseProfile(input));
  }

  @Roles('coordinator', 'admin')
  @Mutation('openCase')
  openCase(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: OpenCaseInput,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ): Promise<Case> {
    return this.cases.openCase(identity, parseOpenCaseInput(input), idempotencyKey);
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
  @Mutation('recordHomeTeamReview')
  recordHomeTeamReview(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('review') review: HomeTeamReviewInput): Promise<Case> {
    return this.cases.recordHomeTeamReview(identity, parseUuid(caseId, 'caseId'), parseHomeTeamReview(review));
  }

  @ResolveField('reviewDueOn')
  async reviewDueOn(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return (await this.listFacts(identity, kase)).reviewDueOn;
  }

  @ResolveField('reviewOverdue')
  async reviewOverdue(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return (await this.listFacts(identity, kase)).reviewOverdue;
  }

  @ResolveField('checklistCompleteness')
  async checklistCompleteness(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return (await this.listFacts(identity, kase)).checklistCompleteness;
  }

  @ResolveField('staleRecordKinds')
  async staleRecordKinds(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return (await this.listFacts(identity, kase)).staleRecordKinds;
  }

  /** The four list facts come from one lookup per case and request. */
  private listFacts(identity: Identity, kase: Case): Promise<CaseListFacts> {
    let facts = this.factsOf.get(kase);
    if (!facts) this.factsOf.set(kase, (facts = this.caseList.facts(identity, kase.id)));
    return facts;
  }

  private readonly factsOf = new WeakMap<Case, Promise<CaseListFacts>>();

  @ResolveField('diagnosis')
  diagnosis(@Parent() kase: Case) {
    return { icd10: kase.diagnosisIcd10, description: kase.diagnosisDescription };
  }

  @ResolveField('statusHistory')
  async statusHistory(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    const changes = await this.cases.statusHistory(identity, kase.id);
    return changes.map((change) => ({
      from: change.fromStatus,
      to: change.toStatus,
      reason: change.reason,
      changedBy: change.changedBy,
      changedAt: change.changedAt,
    }));
  }

  @ResolveField('allowedTransitions')
  allowedTransitions(@Parent() kase: Case) {
    return allowedTransitions(kase.status);
  }

  @ResolveField('patient')
  patient(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return this.cases.readPatient(identity, kase);
  }

  @ResolveField('consents')
  consentsOf(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return this.consents.consentsVisibleTo(identity, kase.id);
  }
}

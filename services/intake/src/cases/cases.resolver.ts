import { Args, Mutation, Query, ResolveField, Resolver, ResolveReference, Parent } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { uuid } from '@carta/contracts';
import { badInput } from '@carta/domain';
import { CurrentIdentity, GraphQLRequest, identityOf, Roles } from '@carta/service-kit';
import { Case } from './case.entity';
import { CasesService } from './cases.service';
import { parseOpenCaseInput } from './open-case.input';

function parseCaseId(id: string): string {
  if (!uuid.safeParse(id).success) throw badInput('id must be a case id (UUID)', { field: 'id' });
  return id;
}

@Resolver('Case')
export class CasesResolver {
  constructor(private readonly cases: CasesService) {}

  @Roles('coordinator', 'admin')
  @Mutation('openCase')
  openCase(@Args('input') input: unknown): Promise<Case> {
    return this.cases.openCase(parseOpenCaseInput(input));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('case')
  case(@CurrentIdentity() identity: Identity, @Args('id') id: string): Promise<Case | null> {
    return this.cases.findReadable(identity, parseCaseId(id));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveReference()
  resolveReference(reference: { id: string }, context: { req: GraphQLRequest }): Promise<Case | null> {
    return this.cases.findReadable(identityOf(context), parseCaseId(reference.id));
  }

  @ResolveField('diagnosis')
  diagnosis(@Parent() kase: Case) {
    return { icd10: kase.diagnosisIcd10, description: kase.diagnosisDescription };
  }

  @ResolveField('openedAt')
  openedAt(@Parent() kase: Case): string {
    return kase.openedAt.toISOString();
  }
}

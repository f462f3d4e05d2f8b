import { Args, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { uuid } from '@carta/contracts';
import { badInput } from '@carta/domain';
import { CurrentIdentity, Roles } from '@carta/service-kit';
import { ChecklistsService, ChecklistView } from './checklists.service';

function parseCaseId(id: string): string {
  if (!uuid.safeParse(id).success) throw badInput('caseId must be a case id (UUID)', { field: 'caseId' });
  return id;
}

@Resolver('Case')
export class ChecklistsResolver {
  constructor(private readonly checklists: ChecklistsService) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('checklist')
  checklist(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string): Promise<ChecklistView | null> {
    return this.checklists.findReadable(identity, parseCaseId(caseId));
  }

  /** Only a reference: the checklist field below checks access before it returns any data. */
  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveReference()
  resolveReference(reference: { id: string }): { id: string } {
    return { id: parseCaseId(reference.id) };
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('checklist')
  caseChecklist(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }): Promise<ChecklistView | null> {
    return this.checklists.findReadable(identity, kase.id);
  }
}

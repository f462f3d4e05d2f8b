import { Args, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { parseChecklistItem, parseNotApplicable } from './checklists.input';
import { ChecklistsService, ChecklistView } from './checklists.service';

@Resolver('Case')
export class ChecklistsResolver {
  constructor(private readonly checklists: ChecklistsService) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('checklist')
  checklist(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string): Promise<ChecklistView | null> {
    return this.checklists.findReadable(identity, parseUuid(caseId, 'caseId'));
  }

  @Roles('coordinator', 'admin')
  @Mutation('markChecklistItemNotApplicable')
  markNotApplicable(
    @CurrentIdentity() identity: Identity,
    @Args('caseId') caseId: string,
    @Args('kind') kind: string,
    @Args('reason') reason: string,
  ): Promise<ChecklistView> {
    const input = parseNotApplicable(caseId, kind, reason);
    return this.checklists.markNotApplicable(identity, input.caseId, input.kind, input.reason);
  }

  @Roles('coordinator', 'admin')
  @Mutation('clearChecklistItemNotApplicable')
  clearNotApplicable(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('kind') kind: string): Promise<ChecklistView> {
    const input = parseChecklistItem(caseId, kind);
    return this.checklists.clearNotApplicable(identity, input.caseId, input.kind);
  }

  /** Only a reference: the checklist field below checks access before it returns any data. */
  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveReference()
  resolveReference(reference: { id: string }): { id: string } {
    return { id: parseUuid(reference.id, 'id') };
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('checklist')
  caseChecklist(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }): Promise<ChecklistView | null> {
    return this.checklists.findReadable(identity, kase.id);
  }
}

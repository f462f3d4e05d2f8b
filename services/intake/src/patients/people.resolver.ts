import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { Case } from '../cases/case.entity';
import { PeopleService } from './people.service';
import { parseCompanion, parseCompanionChanges, parsePatientChanges } from './person.input';
import type { CompanionChangesInput, CompanionInput, PatientChangesInput } from '../generated/graphql';

/** The patient and companions of a case: entered and corrected here only, by the case's coordinator or an admin. */
@Resolver('Case')
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Roles('coordinator', 'admin')
  @Mutation('updatePatient')
  updatePatient(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('patient') patient: PatientChangesInput): Promise<Case> {
    return this.people.updatePatient(identity, parseUuid(caseId, 'caseId'), parsePatientChanges(patient));
  }

  @Roles('coordinator', 'admin')
  @Mutation('addCompanion')
  addCompanion(
    @CurrentIdentity() identity: Identity,
    @Args('caseId') caseId: string,
    @Args('companion') companion: CompanionInput,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ): Promise<Case> {
    return this.people.addCompanion(identity, parseUuid(caseId, 'caseId'), parseCompanion(companion), idempotencyKey);
  }

  @Roles('coordinator', 'admin')
  @Mutation('updateCompanion')
  updateCompanion(
    @CurrentIdentity() identity: Identity,
    @Args('companionId') companionId: string,
    @Args('companion') companion: CompanionChangesInput,
  ): Promise<Case> {
    return this.people.updateCompanion(identity, parseUuid(companionId, 'companionId'), parseCompanionChanges(companion));
  }

  @Roles('coordinator', 'admin')
  @Mutation('removeCompanion')
  removeCompanion(@CurrentIdentity() identity: Identity, @Args('companionId') companionId: string): Promise<Case> {
    return this.people.removeCompanion(identity, parseUuid(companionId, 'companionId'));
  }

  @ResolveField('companions')
  companions(@CurrentIdentity() identity: Identity, @Parent() kase: Case) {
    return this.people.companions(identity, kase.id);
  }
}

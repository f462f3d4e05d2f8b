import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { Traveller } from './traveller.entity';
import { parsePassport, parseTraveller } from './travellers.input';
import { TravellersService } from './travellers.service';
import type { PassportInput, TravellerInput } from '../generated/graphql';

/** Passport details are for coordinators and admins; an office sees them only as printed on its letter. */
@Resolver('Case')
export class TravellersResolver {
  constructor(private readonly travellers: TravellersService) {}

  @Roles('coordinator', 'admin')
  @Mutation('addTraveller')
  add(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('traveller') traveller: TravellerInput): Promise<Traveller> {
    return this.travellers.add(identity, parseUuid(caseId, 'caseId'), parseTraveller(traveller));
  }

  @Roles('coordinator', 'admin')
  @Mutation('renewPassport')
  renew(@CurrentIdentity() identity: Identity, @Args('travellerId') travellerId: string, @Args('passport') passport: PassportInput): Promise<Traveller> {
    return this.travellers.renewPassport(identity, parseUuid(travellerId, 'travellerId'), parsePassport(passport));
  }

  @Roles('coordinator', 'admin')
  @ResolveField('travellers')
  ofCase(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }): Promise<Traveller[]> {
    return this.travellers.forCase(identity, kase.id);
  }
}

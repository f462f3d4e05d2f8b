import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, Roles } from '@carta/service-kit';
import { Traveller } from './traveller.entity';
import { TravellersService } from './travellers.service';

/** Passport details are for coordinators and admins; an office sees them only as printed on its letter. They are entered at intake. */
@Resolver('Case')
export class TravellersResolver {
  constructor(private readonly travellers: TravellersService) {}

  @Roles('coordinator', 'admin')
  @ResolveField('travellers')
  ofCase(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }): Promise<Traveller[]> {
    return this.travellers.forCase(identity, kase.id);
  }
}

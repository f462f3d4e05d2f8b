import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, Roles } from '@carta/service-kit';
import { Centre } from './centre.entity';
import { parseCentreId, parseCentreProfile } from './centres.input';
import { CentresService } from './centres.service';
import type { CentreProfileInput } from '../generated/graphql';

/** Reference data: every signed-in role may read the centres; an office edits only its own. */
@Resolver('Centre')
export class CentresResolver {
  constructor(private readonly centresService: CentresService) {}

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @Query('centres')
  centres(): Promise<Centre[]> {
    return this.centresService.list();
  }

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @Query('centre')
  centre(@Args('id') id: string): Promise<Centre | null> {
    return this.centresService.get(parseCentreId(id, 'id'));
  }

  @Roles('admin', 'hospital_office')
  @Mutation('updateCentreProfile')
  updateProfile(@CurrentIdentity() identity: Identity, @Args('centreId') centreId: string, @Args('profile') profile: CentreProfileInput): Promise<Centre> {
    return this.centresService.updateProfile(identity, parseCentreId(centreId, 'centreId'), parseCentreProfile(profile));
  }

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @ResolveReference()
  resolveReference(reference: { id: string }): Promise<Centre | null> {
    return this.centresService.get(parseCentreId(reference.id, 'id'));
  }
}

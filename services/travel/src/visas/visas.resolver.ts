import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { VisaRouteRecord } from './visa.entities';
import { parseOpenVisa, parseVisaRoute, parseVisaStatus } from './visas.input';
import { VisaApplicationView, VisasService } from './visas.service';
import type { OpenVisaApplicationInput, VisaRouteInput, VisaStatusInput } from '../generated/graphql';

@Resolver('VisaApplication')
export class VisasResolver {
  constructor(private readonly visas: VisasService) {}

  @Roles('coordinator', 'admin')
  @Mutation('openVisaApplication')
  open(
    @CurrentIdentity() identity: Identity,
    @Args('travellerId') travellerId: string,
    @Args('input') input: OpenVisaApplicationInput | null | undefined,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ): Promise<VisaApplicationView> {
    return this.visas.open(identity, parseUuid(travellerId, 'travellerId'), parseOpenVisa(input), idempotencyKey);
  }

  @Roles('coordinator', 'admin')
  @Mutation('updateVisaApplication')
  update(
    @CurrentIdentity() identity: Identity,
    @Args('applicationId') applicationId: string,
    @Args('input') input: VisaStatusInput,
  ): Promise<VisaApplicationView> {
    return this.visas.changeStatus(identity, parseUuid(applicationId, 'applicationId'), parseVisaStatus(input));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('visaRoutes')
  routes(): Promise<VisaRouteRecord[]> {
    return this.visas.routes();
  }

  @Roles('admin')
  @Mutation('setVisaRoute')
  setRoute(@CurrentIdentity() identity: Identity, @Args('route') route: VisaRouteInput): Promise<VisaRouteRecord> {
    return this.visas.setRoute(identity, parseVisaRoute(route));
  }
}

@Resolver('Case')
export class CaseVisasResolver {
  constructor(private readonly visas: VisasService) {}

  @Roles('coordinator', 'admin')
  @ResolveField('visaApplications')
  ofCase(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }): Promise<VisaApplicationView[]> {
    return this.visas.forCase(identity, kase.id);
  }
}

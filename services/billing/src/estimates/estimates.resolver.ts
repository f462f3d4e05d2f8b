import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { Estimate } from './estimate.entity';
import { parseAcceptEstimate, parsePrepareEstimate } from './estimates.input';
import { EstimatesService } from './estimates.service';
import type { AcceptEstimateInput, PrepareEstimateInput } from '../generated/graphql';

/** An estimate as GraphQL shows it: its stored breakdown, flattened, with the acceptance if any. */
export const estimateOf = (estimate: Estimate) => ({
  ...estimate.breakdown,
  id: estimate.id,
  version: estimate.version,
  inputHash: estimate.inputHash,
  timelineRevision: estimate.timelineRevision,
  preparedAt: estimate.preparedAt.toISOString(),
  sha256: estimate.sha256,
  acceptance: estimate.acceptedAt
    ? { acceptedBy: estimate.acceptedBy, acceptedAt: estimate.acceptedAt.toISOString(), recordedBy: estimate.acceptanceRecordedBy }
    : null,
});

@Resolver('CostEstimate')
export class EstimatesResolver {
  constructor(private readonly estimates: EstimatesService) {}

  @Roles('coordinator', 'admin')
  @Mutation('prepareCostEstimate')
  async prepare(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('input') input: PrepareEstimateInput) {
    return estimateOf(await this.estimates.prepare(identity, parseUuid(caseId, 'caseId'), parsePrepareEstimate(input)));
  }

  @Roles('coordinator', 'admin')
  @Mutation('acceptCostEstimate')
  async accept(@CurrentIdentity() identity: Identity, @Args('estimateId') estimateId: string, @Args('input') input: AcceptEstimateInput) {
    return estimateOf(await this.estimates.accept(identity, parseUuid(estimateId, 'estimateId'), parseAcceptEstimate(input)));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('costEstimateDownload')
  download(@CurrentIdentity() identity: Identity, @Args('estimateId') estimateId: string) {
    return this.estimates.downloadLink(identity, parseUuid(estimateId, 'estimateId'));
  }
}

import { Args, Mutation, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { OncologySummaryRecord } from './eligibility.entities';
import { ScreeningsService } from './screenings.service';
import { parseSummary } from './summary.input';

const toGraphQL = (record: OncologySummaryRecord | null) =>
  record && { caseId: record.caseId, version: record.version, updatedAt: record.updatedAt.toISOString(), json: JSON.stringify(record.summary) };

@Resolver('Case')
export class SummariesResolver {
  constructor(private readonly screenings: ScreeningsService) {}

  @Roles('coordinator', 'admin')
  @Mutation('updateOncologySummary')
  async update(@CurrentIdentity() identity: Identity, @Args('caseId') caseId: string, @Args('summary') summary: unknown) {
    const id = parseUuid(caseId, 'caseId');
    return toGraphQL(await this.screenings.saveSummary(identity, id, parseSummary(id, summary)));
  }

  /** Only a reference: the fields below check access before returning data. */
  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveReference()
  resolveReference(reference: { id: string }): { id: string } {
    return { id: parseUuid(reference.id, 'id') };
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('oncologySummary')
  async oncologySummary(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }) {
    return toGraphQL(await this.screenings.readSummary(identity, kase.id));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('trialMatches')
  trialMatches(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }) {
    return this.screenings.matches(identity, kase.id);
  }
}

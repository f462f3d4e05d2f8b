import { Args, Mutation, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { statusOf } from './fact-history.rules';
import { ScreeningsService } from './screenings.service';
import { parseAsOf, parseFactReason } from './summaries.input';
import { SummaryFactsService, SummaryView, WrittenFact } from './summary-facts.service';
import { SummaryFactRecord } from './summary-fact.entity';
import { factDetail, typedSummary } from './summary-view.rules';

/** A fact as the SDL shows it; `successors` and `describe` come from the summary it belongs to, when known. */
function factToGraphQL(
  row: SummaryFactRecord,
  context: { successors?: Map<string, string>; describe?: (id: string) => string | undefined; deleted?: ReadonlySet<string> } = {},
) {
  const successors = context.successors ?? new Map<string, string>();
  return {
    id: row.id,
    kind: row.kind,
    detail: factDetail(row.payload, context.describe),
    fact: row.payload,
    observedOn: row.observedOn,
    sourceDocumentId: row.sourceDocumentId,
    source: context.describe?.(row.sourceDocumentId) ?? null,
    sourceDeleted: context.deleted?.has(row.sourceDocumentId) ?? false,
    sourceReference: row.sourceReference ?? null,
    version: row.version,
    status: statusOf(row, successors),
    supersedesFactId: row.supersedesFactId,
    supersededByFactId: successors.get(row.id) ?? null,
    correctionReason: row.correctionReason,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
    retractedAt: row.retractedAt?.toISOString() ?? null,
    retractedBy: row.retractedBy,
    retractionReason: row.retractionReason,
  };
}

const writtenToGraphQL = ({ row, source }: WrittenFact) => factToGraphQL(row, { describe: () => source });

const summaryToGraphQL = (view: SummaryView) => ({
  caseId: view.caseId,
  version: view.version,
  updatedAt: view.updatedAt?.toISOString() ?? null,
  ...typedSummary(view.summary, view.birthYearMonth, view.describe),
  json: JSON.stringify(view.summary),
  view,
});

@Resolver('Case')
export class SummariesResolver {
  constructor(
    private readonly facts: SummaryFactsService,
    private readonly screenings: ScreeningsService,
  ) {}

  @Roles('coordinator', 'admin')
  @Mutation('addSummaryFact')
  async add(
    @CurrentIdentity() identity: Identity,
    @Args('caseId') caseId: string,
    @Args('fact') fact: unknown,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ) {
    return writtenToGraphQL(await this.facts.add(identity, parseUuid(caseId, 'caseId'), fact, idempotencyKey));
  }

  @Roles('coordinator', 'admin')
  @Mutation('correctSummaryFact')
  async correct(@CurrentIdentity() identity: Identity, @Args('factId') factId: string, @Args('fact') fact: unknown, @Args('reason') reason: unknown) {
    return writtenToGraphQL(await this.facts.correct(identity, parseUuid(factId, 'factId'), fact, parseFactReason(reason)));
  }

  @Roles('coordinator', 'admin')
  @Mutation('importSummaryFhir')
  async importFhir(
    @CurrentIdentity() identity: Identity,
    @Args('caseId') caseId: string,
    @Args('sourceDocumentId') sourceDocumentId: string,
    @Args('bundle') bundle: unknown,
  ) {
    const written = await this.facts.importFhir(identity, parseUuid(caseId, 'caseId'), parseUuid(sourceDocumentId, 'sourceDocumentId'), bundle);
    return written.map(writtenToGraphQL);
  }

  @Roles('coordinator', 'admin')
  @Mutation('retractSummaryFact')
  async retract(@CurrentIdentity() identity: Identity, @Args('factId') factId: string, @Args('reason') reason: unknown) {
    return writtenToGraphQL(await this.facts.retract(identity, parseUuid(factId, 'factId'), parseFactReason(reason)));
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
    return summaryToGraphQL(await this.facts.read(identity, kase.id));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('oncologySummaryFhir')
  oncologySummaryFhir(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }) {
    return this.facts.exportFhir(identity, kase.id);
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('trialMatches')
  trialMatches(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }, @Args('asOf') asOf: unknown) {
    return this.screenings.matches(identity, kase.id, parseAsOf(asOf));
  }
}

/** The facts of a summary already read (and audited) by Case.oncologySummary. */
@Resolver('OncologySummary')
export class OncologySummaryResolver {
  @ResolveField('facts')
  facts(@Parent() summary: { view: SummaryView }, @Args('includeHistory') includeHistory: boolean | null) {
    const { view } = summary;
    const context = { successors: view.successors, describe: view.describe, deleted: view.deletedDocuments };
    const shown = includeHistory ? view.rows : view.rows.filter((row) => statusOf(row, view.successors) === 'CURRENT');
    return shown.map((row) => factToGraphQL(row, context));
  }
}

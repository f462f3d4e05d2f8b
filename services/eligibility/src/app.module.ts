import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { AssessmentsResolver } from './assessments/assessments.resolver';
import { AssessmentsService } from './assessments/assessments.service';
import { CaseEvidence } from './cases/case-evidence';
import { CaseProjectionsConsumer } from './cases/case-projections.consumer';
import { OverdueSweeper } from './referrals/overdue.sweeper';
import { ReferralsConsumer } from './referrals/referrals.consumer';
import { CaseReferralsResolver, ReferralsResolver } from './referrals/referrals.resolver';
import { ReferralsService } from './referrals/referrals.service';
import { JsonScalar } from './summaries/json.scalar';
import { ScreeningsService } from './summaries/screenings.service';
import { OncologySummaryResolver, SummariesResolver } from './summaries/summaries.resolver';
import { SummaryFactsService } from './summaries/summary-facts.service';
import { RescreeningConsumer } from './trials/rescreening.consumer';
import { TrialMatchSitesResolver } from './trials/trial-match-sites.resolver';
import { TrialSitesService } from './trials/trial-sites.service';

/** The eligibility service: oncology summaries fact by fact, manual assessments, explained screening, submissions and PI decisions. */
@Module({
  imports: [CaseAccessModule],
  controllers: [RescreeningConsumer, ReferralsConsumer, CaseProjectionsConsumer],
  providers: [
    JsonScalar,
    CaseEvidence,
    ScreeningsService,
    SummaryFactsService,
    SummariesResolver,
    OncologySummaryResolver,
    AssessmentsService,
    AssessmentsResolver,
    ReferralsService,
    ReferralsResolver,
    CaseReferralsResolver,
    OverdueSweeper,
    TrialSitesService,
    TrialMatchSitesResolver,
  ],
})
export class EligibilityModule {}

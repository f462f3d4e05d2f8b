import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/service-kit';
import { OverdueSweeper } from './referrals/overdue.sweeper';
import { ReferralsConsumer } from './referrals/referrals.consumer';
import { ReferralsResolver } from './referrals/referrals.resolver';
import { ReferralsService } from './referrals/referrals.service';
import { ScreeningsService } from './summaries/screenings.service';
import { SummariesResolver } from './summaries/summaries.resolver';
import { RescreeningConsumer } from './trials/rescreening.consumer';

/** The eligibility service: oncology summaries, explained screening, submissions and PI decisions. */
@Module({
  imports: [CaseAccessModule],
  controllers: [RescreeningConsumer, ReferralsConsumer],
  providers: [ScreeningsService, SummariesResolver, ReferralsService, ReferralsResolver, OverdueSweeper],
})
export class EligibilityModule {}

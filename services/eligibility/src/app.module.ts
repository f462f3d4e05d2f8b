import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/service-kit';
import { ScreeningsService } from './summaries/screenings.service';
import { SummariesResolver } from './summaries/summaries.resolver';
import { TrialsConsumer } from './trials/trials.consumer';

/** The eligibility service: oncology summaries, explained screening against every recruiting trial. */
@Module({ imports: [CaseAccessModule], controllers: [TrialsConsumer], providers: [ScreeningsService, SummariesResolver] })
export class EligibilityModule {}

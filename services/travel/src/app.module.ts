import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { CentreDirectoryModule } from '@carta/centre-directory';
import { CalendarController } from './journeys/calendar.controller';
import { CalendarService } from './journeys/calendar.service';
import { JourneysConsumer } from './journeys/journeys.consumer';
import { CaseJourneyResolver, JourneysResolver, TreatmentTimelineResolver } from './journeys/journeys.resolver';
import { JourneysService } from './journeys/journeys.service';
import { LetterExpirySweeper } from './letters/expiry.sweeper';
import { CaseLettersResolver, LettersResolver } from './letters/letters.resolver';
import { LettersService } from './letters/letters.service';
import { ReferenceConsumer } from './reference/reference.consumer';
import { TravellersConsumer } from './travellers/travellers.consumer';
import { TravellersResolver } from './travellers/travellers.resolver';
import { TravellersService } from './travellers/travellers.service';
import { CaseVisasResolver, VisasResolver } from './visas/visas.resolver';
import { VisasService } from './visas/visas.service';

/** The travel service: the journey and its treatment timeline, invitation letters, travellers and visa applications. */
@Module({
  imports: [CaseAccessModule, CentreDirectoryModule],
  controllers: [ReferenceConsumer, JourneysConsumer, TravellersConsumer, CalendarController],
  providers: [
    JourneysService,
    CaseJourneyResolver,
    JourneysResolver,
    TreatmentTimelineResolver,
    CalendarService,
    LettersService,
    LettersResolver,
    CaseLettersResolver,
    LetterExpirySweeper,
    TravellersService,
    TravellersResolver,
    VisasService,
    VisasResolver,
    CaseVisasResolver,
  ],
})
export class TravelModule {}
